// What a second role would be called when a family of work is split out of a bundled posting.
export const ROLE_FOR_FAMILY: Readonly<Record<string, string>> = {
  'social media management': 'Social Media Manager',
  'creative production': 'Content Producer (video and design)',
  'paid media': 'Paid Social Specialist',
  'customer care': 'Social Customer Care Specialist',
  'communications / PR': 'PR & Communications Specialist',
  partnerships: 'Influencer & Partnerships Coordinator',
  'web & lifecycle marketing': 'Email & Web Marketing Specialist',
  events: 'Events Coordinator',
  sales: 'Social Commerce Specialist',
  'people management': 'Social Media Team Lead',
};

/** A title for each level of a social-media role, for "raise the title" fixes. */
export const TITLE_FOR_LEVEL = {
  intern: 'Social Media Intern',
  entry: 'Social Media Coordinator',
  mid: 'Social Media Manager',
  senior: 'Senior Social Media Manager',
  head: 'Head of Social Media',
  executive: 'VP, Social Media',
} as const;

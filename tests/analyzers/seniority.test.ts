import { describe, expect, it } from 'vitest';
import { readExperience } from '../../analyzers/experience';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { readResponsibilities } from '../../analyzers/responsibilities';
import { readSeniority, statedLevel } from '../../analyzers/seniority';

describe('statedLevel', () => {
  it.each([
    ['Associate Social Media Manager', 'entry'], // glassdoor2020-001
    ['Senior Manager, Social Support & Insights', 'senior'], // remotewlb-002
    ['Director of PR & Influencer Marketing', 'head'], // glassdoor2020-010
    ['PR/Influencer Marketing Internship', 'intern'], // glassdoor2020-046
    ['Social Media Fellow - Contract', 'intern'], // reprojobs-013
    ['Entry Level Social Media Assistant', 'entry'], // linkedin2023-020
    ['Social Media Content Strategist', 'mid'], // glassdoor2020-056
    ['Social Media and Content Executive', 'mid'], // crocoder-011: "executive" is a UK mid-level title
    ['VP, Social Media', 'executive'], // invented: no VP in the corpus
    ['TEC Create_Here Campaign - Social Media Content & Marketing FY24', 'mid'], // linkedin2023-071: no level word
  ])('reads "%s" as %s', (title, level) => {
    expect(statedLevel(title).level).toBe(level);
  });

  // Issue 12: level words are whole words, the job named decides, plurals and grades read.
  it.each([
    ['Internal Communications Manager', 'mid'], // not "intern…"
    ['International Social Media Manager', 'mid'],
    ['Staff Accountant', 'mid'], // staff + an ordinary job is that job
    ['Staff Software Engineer', 'senior'], // staff is a rung of the engineering ladder
    ['Lead Generation Specialist', 'mid'], // lead generation is work, not a lead
    ['Social Media Lead', 'senior'], // linkedin corpus title
    ['Executive Assistant to the CMO', 'entry'], // whom an assistant works for is not the job
    ['Director of First Impressions (Receptionist)', 'mid'], // the job in brackets, not the playful title
    ['Warehouse Associates', 'entry'],
    ['Social Media Interns', 'intern'],
    ['Assistant Director of Communications', 'senior'], // one rung below the job assisted
    ['Associate Director, Social Media', 'senior'],
    ['Software Engineer II', 'mid'],
    ['Software Engineer III', 'senior'],
    ['Customer Service Representative I', 'entry'],
    ['Social Media Manager (m/w/d)', 'mid'], // brackets that name no one are left alone
  ])('reads "%s" as %s', (title, level) => {
    expect(statedLevel(title).level).toBe(level);
  });

  // Titles of other occupations (../shared/corpus/occupations/postings.jsonl), levels decided by
  // reading the title on the ladder of taxonomy.md; a title with no level word is mid (LABELING.md).
  it.each([
    ['occ-001', 'Overnight RN Supervisor', 'senior'],
    ['occ-002', 'Registered Nurse (Rn) - Spanish speaking', 'mid'],
    ['occ-003', 'LPN', 'mid'],
    ['occ-007', 'PCA- Personal Care Assistant', 'entry'],
    ['occ-009', 'Staff Pharmacist (Overnight)', 'mid'],
    ['occ-012', 'Emergency Medical Technician (EMT)', 'mid'],
    ['occ-021', 'Warehouse Associate', 'entry'],
    ['occ-027', 'OTR Truck Driver', 'mid'],
    ['occ-043', 'Journeyman Electrician', 'mid'],
    ['occ-059', 'Armed Security Officer', 'mid'],
    ['occ-070', 'Assistant Slot Shift Supervisor', 'mid'],
    ['occ-071', 'Security Shift Supervisor - Commercial Building - Hudson Yards', 'senior'],
    ['occ-072', 'Front Office Manager', 'mid'],
    ['occ-075', 'CAMP EVERGREEN JUNIOR COUNSELOR', 'entry'],
    ['occ-077', 'Sales Associate - Part Time Seasonal', 'entry'],
    ['occ-084', 'Medical Assistant', 'entry'],
    ['occ-088', 'Nurse Practitioner', 'mid'],
    ['occ-095', 'Montessori Lead Guide, Primary', 'senior'],
    ['occ-103', 'Senior Elder Law / Trusts and Estates Associate Attorney', 'senior'],
    ['occ-106', '2L 2025 Summer Law Clerk', 'intern'],
    ['occ-108', 'Accounts Payable Specialist', 'mid'],
    ['occ-113', 'Administrative Assistant', 'entry'],
    ['occ-115', 'Executive Personal Assistant', 'entry'],
    ['occ-116', 'Receptionist', 'mid'],
    ['occ-121', 'Software Engineer', 'mid'],
    ['occ-144', 'Social Media Coordinator', 'entry'],
    ['occ-150', 'Creative and Social Intern', 'intern'],
    ['occ-164', 'Associate Planner', 'entry'],
    ['occ-176', 'Accountant', 'mid'],
    ['occ-182', 'Director of Compliance', 'head'],
    ['occ-190', 'Wholesale Sales Director, Luxury Fashion Accessories Company', 'head'],
    ['occ-192', 'Tax Associate', 'entry'],
    ['occ-200', 'Associate Product Manager', 'entry'],
    ['occ-205', 'Sr. Product Marketing Manager', 'senior'],
    ['occ-207', 'Sr. Data Engineer', 'senior'],
    ['occ-208', 'Network and Systems Administrator', 'mid'],
    ['occ-210', "Senior Workers' Compensation Underwriter | Buffalo, NY", 'senior'],
    ['occ-214', 'Senior HR Workday Advanced Compensation Analyst (Remote)', 'senior'],
    ['occ-218', 'Development Director, AR & OK (Home Based)', 'head'],
    ['occ-220', 'Procurement Assistant', 'entry'],
    ['occ-225', 'Entry-Level Marketing & PR Assistant', 'entry'],
    ['occ-243', 'Community Manager', 'mid'],
    ['occ-244', 'Social Media + Growth Intern', 'intern'],
    ['occ-245', 'Press Officer', 'mid'],
    ['occ-258', 'Customer Service Agent/Naperville', 'entry'],
    ['occ-259', 'Traveling Photographer/Videographer - Seasonal - Atlanta', 'mid'],
  ])('%s "%s" reads as %s', (_, title, level) => {
    expect(statedLevel(title).level).toBe(level);
  });
});

const seniorityOf = (text: string) => {
  const posting = readPosting(postingFromText(text));
  return readSeniority(posting.title, readResponsibilities(posting), readExperience(posting));
};

describe('readSeniority', () => {
  it('reads senior scope into a coordinator title that owns strategy and budget and reports to the CEO', () => {
    const s = seniorityOf("Social Media Coordinator\n\nWhat you'll do\n• Develop and own our social media strategy\n• Manage the paid social budget\n• Present results to our CEO every month\n• Write captions");
    expect(s.stated).toBe('entry');
    expect(s.scope).toBe('senior');
    expect(s.signals.some((x) => x.kind === 'duty' && x.evidence.includes('social media strategy'))).toBe(true);
  });

  it('reads head scope when the duties lead a team and own strategy and budget (glassdoor2020-010 wording)', () => {
    const s = seniorityOf('Director of PR & Influencer Marketing\n\nWhat you get to do every day:\nLead PR strategies and programs that bring the brand narrative to life\nResponsibility for overall budget management for PR and Influencer Marketing\nManage and mentor the team of PR and influencer specialists');
    expect(s.scope).toBe('head');
  });

  it('reads entry scope when the duties only assist others (linkedin2023-020 wording)', () => {
    const s = seniorityOf('Entry Level Social Media Assistant\n\nResponsibilities\n• Assist in the planning, execution, and monitoring of social media campaigns\n• Support the marketing team with scheduling posts\n• Help with community replies');
    expect(s.scope).toBe('entry');
  });

  it('keeps a one-person social function at mid when it owns channels but neither budget nor people', () => {
    const s = seniorityOf('Social Media Manager\n\nResponsibilities\n• Plan and publish content across our channels\n• Reply to comments and messages\n• Report monthly on performance');
    expect(s.scope).toBe('mid');
  });

  it('reads an intern who only executes as entry-level scope (reprojobs-013 shape)', () => {
    expect(seniorityOf('Social Media Fellow\n\nThe fellow will work with staff to create and deploy engaging social media content.').scope).toBe('entry');
  });

  it('keeps a director who owns the strategy at head scope (glassdoor2020-011 shape)', () => {
    expect(seniorityOf('Director, Influencer Marketing\n\nResponsibilities\n• Own the influencer marketing strategy and scale it across brands').scope).toBe('head');
  });

  it('reads an intern whose duties are supervised tasks at an internship\'s scope (glassdoor2020-040 shape)', () => {
    const s = seniorityOf('Marketing Intern\n\nResponsibilities\n• Assist in planning and developing the content calendar\n• Help with community replies\n• Write captions for Instagram posts');
    expect(s.stated).toBe('intern');
    expect(s.scope).toBe('intern');
  });

  it('reads ownership from what the duties say (issue 14 wording)', () => {
    const s = seniorityOf('Social Media Coordinator\n\nResponsibilities\n• Own and execute our global social presence\n• Manage the communications budget\n• Direct and guide subordinates on the social team');
    expect(s.scope).toBe('head');
    expect(s.signals.map((x) => x.evidence)).toEqual(expect.arrayContaining(['Own and execute our global social presence', 'Manage the communications budget']));
  });

  it('does not read being supervised as leading (occupations corpus wording)', () => {
    const s = seniorityOf('Social Media Coordinator\n\nResponsibilities\n• Work is performed under the supervision of the marketing manager\n• Schedule posts and reply to comments');
    expect(s.signals.some((x) => x.kind === 'duty' && x.level !== 'entry')).toBe(false);
  });

  it('takes the senior level when title and years both say it (remotewlb-002 shape)', () => {
    expect(seniorityOf('Senior Manager, Social Support\n\nResponsibilities\n• Answer questions from the community on social channels\n\nRequirements\n• 7+ years of experience in social support').scope).toBe('senior');
  });
});

import { describe, expect, it } from 'vitest';
import { postingFromText, readPosting } from '../../analyzers/posting';
import { areasOf, looksLikeHeading, readResponsibilities } from '../../analyzers/responsibilities';
import { statementForms } from '../../analyzers/nlp';
import { AREAS } from '../../analyzers/types';

const areasFor = (line: string) => {
  const [form] = statementForms([line]);
  return areasOf(line, form!.root);
};

describe('areasOf', () => {
  it.each([
    ['Manage and run ads on social media platforms to drive traffic and increase engagement.', ['paid', 'community']], // careerpage-003
    ['Answer DM questions, comments across all social media', ['community']], // linkedin2023-030
    ['Manage all press requests', ['pr']], // linkedin2023-030
    ['Email campaign creation and execution', ['web']], // linkedin2023-030
    ['Schedule, attend and assist at events, shoots, interviews and appearances', ['events', 'creative']], // linkedin2023-030 (name removed)
    ['Supervised two interns and hired freelancers', ['leadership']], // invented: verbs in the past tense
  ])('sorts %j into %j', (line, expected) => {
    expect(areasFor(line)).toEqual(expect.arrayContaining(expected));
  });

  it('does not read a sales area into a post that merely "drives traffic" (careerpage-003)', () => {
    expect(areasFor('Manage and run ads on social media platforms to drive traffic and increase engagement.')).not.toContain('sales');
  });
});

describe('readResponsibilities', () => {
  const posting = readPosting(postingFromText("Social Media Coordinator\n\nAbout us\nWe run events and sell outdoor gear with a great sales team.\n\nWhat you'll do\n• Write captions and plan the content calendar\n• Shoot and edit short-form video\n\nBenefits\n• Free tickets to our events"));
  const duties = readResponsibilities(posting);

  it('takes duties from duty sections and never from the company blurb or benefits', () => {
    expect(duties.map((d) => d.text)).toEqual(['Write captions and plan the content calendar', 'Shoot and edit short-form video']);
    expect(duties.flatMap((d) => d.areas)).not.toContain('events');
    expect(duties.flatMap((d) => d.areas)).not.toContain('sales');
  });

  it('quotes each duty as it stands in the description, with areas from the taxonomy', () => {
    for (const duty of duties) {
      expect(posting.description).toContain(duty.text);
      for (const area of duty.areas) expect(AREAS).toContain(area);
    }
  });

  it('reads role sentences as duties in a short posting with no duty heading (reprojobs-018 shape)', () => {
    const short = readPosting(postingFromText('Social Media Specialist\n\nAs a Social Media Specialist, you will be responsible for developing and implementing Social Media strategy in order to increase our online presence.'));
    expect(readResponsibilities(short)[0]?.areas).toContain('strategy');
  });
});

describe('looksLikeHeading', () => {
  it.each(["What You'll Actually Do", 'Why Join Us?', 'The Ideal Candidate:'])('reads %j as a sub-heading, not a duty', (line) => {
    expect(looksLikeHeading(line)).toBe(true);
  });

  it.each(['Manage all press requests', 'Write captions and plan the content calendar.', 'Answer DM questions, comments across all social media'])('keeps %j as a duty', (line) => {
    expect(looksLikeHeading(line)).toBe(false);
  });
});

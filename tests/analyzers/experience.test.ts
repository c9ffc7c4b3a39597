import { describe, expect, it } from 'vitest';
import { readExperience } from '../../analyzers/experience';
import { postingFromText, readPosting } from '../../analyzers/posting';

const experienceOf = (body: string) => readExperience(readPosting(postingFromText(`Social Media Coordinator\n\n${body}`)));

describe('readExperience', () => {
  it.each([
    // [case, posting text, minYears, maxYears, required]
    ['a range of digits (glassdoor2020-026)', '1-3 years experience in social media, digital marketing, events and/or community management', 1, 3, true],
    ['"N+ years" (linkedin2023-005)', 'Minimum qualifications\n6+ years of professional experience', 6, null, true],
    ['number words (linkedin2023-029)', "Bachelor's degree and three years of relevant experience; or an associate's degree and five years of relevant experience.", 3, null, true],
    ['"a minimum of" (glassdoor2020-015)', 'You have a minimum of 1+ years of experience in Marketing.\nYou have 1-2 years of experience in influencer marketing, preferably in the CPG industry', 1, 2, true],
    ['a required clause beside a preferred one (glassdoor2020-055)', 'Minimum of 3 years of progressive, hands-on social media experience, including content creation and channel management required, and 3 to 5 years of editorial experience in a digital communications, advertising or marketing related environment is preferred.', 3, null, true],
  ])('reads %s', (_, body, min, max, required) => {
    expect(experienceOf(body)).toMatchObject({ minYears: min, maxYears: max, required });
  });

  it('takes the highest minimum among required statements as the bar', () => {
    expect(experienceOf('• 5+ years of marketing experience\n• 2+ years of experience in social media')).toMatchObject({ minYears: 5, required: true });
  });

  it('marks years as not required when only preferred statements give them (linkedin2023-022)', () => {
    const e = experienceOf("QUALIFICATIONS: Bachelor's degree or 2-3 years applicable experience At least 1 year work experience in a similar role is preferred");
    expect(e).toMatchObject({ minYears: 1, required: false });
  });

  it('does not take a degree-equivalence clause as the bar (linkedin2023-072)', () => {
    expect(experienceOf('Associates Degree (2 Year Degree); or 2 years related experience and/or training; or equivalent combination of education and experience.')).toBeNull();
  });

  it('reads years under an "Ideal Qualifications" heading as preferred', () => {
    expect(experienceOf('Ideal Qualifications:\n1-3 years experience in social media')).toMatchObject({ minYears: 1, required: false });
  });

  it('ignores years that describe the company, not the applicant (invented: the corpus lacks a clean one)', () => {
    expect(experienceOf('We have been in business for over 25 years of serving our community.')).toBeNull();
  });

  it('quotes the sentence it read, as it stands in the description', () => {
    const text = 'Social Media Coordinator\n\nRequirements\n• 2+ years of experience managing brand social accounts';
    const posting = readPosting(postingFromText(text));
    const e = readExperience(posting)!;
    for (const quote of e.evidence) expect(posting.description).toContain(quote);
  });
});

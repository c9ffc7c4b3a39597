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

  it('takes the senior level when title and years both say it (remotewlb-002 shape)', () => {
    expect(seniorityOf('Senior Manager, Social Support\n\nResponsibilities\n• Answer questions from the community on social channels\n\nRequirements\n• 7+ years of experience in social support').scope).toBe('senior');
  });
});

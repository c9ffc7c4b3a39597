import { describe, expect, it } from 'vitest';
import { readConditions } from '../../analyzers/conditions';
import { postingFromText, readPosting } from '../../analyzers/posting';

const conditionsOf = (text: string) => readConditions(readPosting(postingFromText(text)));

describe('readConditions', () => {
  it.each([
    ["not locked into just working 9-5 and willing to work until it gets done", 'always-on'], // careerpage-005
    ['Be available nights and weekends to monitor our channels', 'always-on'],
    ['Ability to thrive in a fast-paced, start-up environment', 'pressure'], // glassdoor2020-010 wording
    ['We want a social media ninja', 'hype'],
  ])('finds %j as %s, quoting the sentence', (line, condition) => {
    const found = conditionsOf(`Social Media Manager\n\nResponsibilities\n• ${line}`);
    expect(found.map((c) => c.condition)).toContain(condition);
    expect(found.find((c) => c.condition === condition)?.evidence).toContain(line.slice(0, 20));
  });

  it('does not read "not a high-pressure environment" as pressure (invented edge)', () => {
    expect(conditionsOf('Social Media Manager\n\nResponsibilities\n• This is not a high-pressure role')).toEqual([]);
  });

  it('ignores the legal boilerplate', () => {
    expect(conditionsOf('Social Media Manager\n\nEqual Opportunity Employer\nWe serve customers 24/7 and are an equal opportunity employer.')).toEqual([]);
  });
});

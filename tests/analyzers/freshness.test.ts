// freshness.ts: the board's age words, the JSON-LD dates against the day of analysis, and the
// standing-recruitment wording, each rule with text it must match and text it must not.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAgeText, readFreshness, standingRecruitment } from '../../analyzers/freshness';
import { analyze } from '../../analyzers/report';
import type { PostingInput } from '../../analyzers/types';

const TODAY = new Date('2026-03-10T15:00:00Z');

describe('readAgeText', () => {
  it.each([
    ['15 days ago', 15, false],
    ['30+ days ago', 30, true],
    ['Posted 3 days ago', 3, false],
    ['Reposted 2 weeks ago', 14, false],
    ['1 month ago', 30, false],
    ['1 year ago', 365, false],
    ['13d', 13, false],
    ['30d+', 30, true],
    ['24h', 0, false],
    ['Just posted', 0, false],
    ['2 settimane fa', 14, false],
    ['Ripubblicata: 1 ora fa', 0, false],
  ])('reads "%s" as %i days', (text, days, atLeast) => {
    expect(readAgeText(text)).toMatchObject({ days, atLeast });
  });

  it('tells a repost from a first posting', () => {
    expect(readAgeText('Reposted 2 weeks ago').reposted).toBe(true);
    expect(readAgeText('Ripubblicata: 1 ora fa').reposted).toBe(true);
    expect(readAgeText('2 weeks ago').reposted).toBe(false);
  });

  it("reads Indeed's employer activity as the employer's, not the posting's age", () => {
    expect(readAgeText('Employer active 2 days ago').employerActive).toBe(true);
    expect(readAgeText('Active 5 days ago').employerActive).toBe(true);
    expect(readAgeText('Posted 5 days ago').employerActive).toBe(false);
  });

  it('gives no days for words it does not know, never a guess', () => {
    expect(readAgeText('vor 3 Tagen').days).toBeNull();
    expect(readAgeText('Over 100 applicants').days).toBeNull();
  });
});

describe('readFreshness', () => {
  it('counts the age from the JSON-LD date against the day given, not the clock', () => {
    const f = readFreshness({ posted: '2026-01-24', validThrough: null, postedText: null }, '', TODAY);
    expect(f).toMatchObject({ datePosted: '2026-01-24', ageDays: 45, expired: false, reposted: false });
    expect(f?.signals.map((s) => s.id)).toEqual(['old']);
    expect(f?.signals[0]?.message).toBe('Posted 45 days ago.');
  });

  it('says a posting under a month old is not old', () => {
    const f = readFreshness({ posted: '2026-03-01', validThrough: null, postedText: null }, '', TODAY);
    expect(f).toMatchObject({ ageDays: 9, signals: [] });
  });

  it('says the closing date has passed, and only when it has', () => {
    expect(readFreshness({ posted: null, validThrough: '2026-02-20', postedText: null }, '', TODAY)).toMatchObject({ expired: true, signals: [{ id: 'expired' }] });
    expect(readFreshness({ posted: null, validThrough: '2026-04-30', postedText: null }, '', TODAY)).toMatchObject({ expired: false, signals: [] });
  });

  it('works the date out from "N days ago" and keeps "30+" as a lower bound with no date', () => {
    expect(readFreshness({ posted: null, validThrough: null, postedText: '5 days ago' }, '', TODAY)).toMatchObject({ datePosted: '2026-03-05', ageDays: 5 });
    const plus = readFreshness({ posted: null, validThrough: null, postedText: '30+ days ago' }, '', TODAY);
    expect(plus).toMatchObject({ datePosted: null, ageDays: 30 });
    expect(plus?.signals[0]).toMatchObject({ id: 'old', message: 'Posted 30+ days ago.', evidence: '30+ days ago' });
  });

  it('says a repost as the page shows it', () => {
    const f = readFreshness({ posted: null, validThrough: null, postedText: 'Reposted 2 weeks ago' }, '', TODAY);
    expect(f).toMatchObject({ reposted: true, ageDays: 14, signals: [{ id: 'reposted', evidence: 'Reposted 2 weeks ago' }] });
  });

  it('does not take the employer\'s last visit for the posting\'s age', () => {
    const f = readFreshness({ posted: null, validThrough: null, postedText: 'Employer active 2 days ago' }, '', TODAY);
    expect(f).toMatchObject({ ageDays: null, datePosted: null, signals: [{ id: 'employer-active' }] });
  });

  it('is null when the page shows no date and the text says nothing', () => {
    expect(readFreshness(undefined, 'Plan meetups and online events.', TODAY)).toBeNull();
    expect(readFreshness({ posted: null, validThrough: null, postedText: 'Over 100 applicants' }, '', TODAY)).toBeNull();
  });
});

describe('standingRecruitment', () => {
  it.each([
    'We are hiring multiple candidates for this role across our stores.',
    'This is a continuous recruitment posting; applications are reviewed monthly.',
    'This is an evergreen requisition used to build our bench of nurses.',
    'We are always accepting applications for drivers.',
    'Apply to join our talent pipeline for future openings in the region.',
    'Please note this is not a current opening.',
  ])('matches "%s"', (sentence) => {
    const signals = standingRecruitment(`Plan meetups. ${sentence} Answer questions.`);
    expect(signals).toHaveLength(1);
    expect(signals[0]?.evidence).toBe(sentence);
  });

  it.each([
    // occ-075 (../shared/corpus/occupations/postings.jsonl): a camp named Evergreen.
    'Work Location: Camp Evergreen',
    // A social-media duty, not a standing posting.
    'Create evergreen content for our blog and social channels.',
    // occ-106: applications reviewed as they come in, for a term clerkship that exists.
    'We consider applications for term clerkships on a rolling basis for work during the spring and fall semesters.',
    'Experience hiring multiple vendors and managing contracts.',
    'You will build a sales pipeline for our enterprise team.',
    'The role is a continuous improvement lead for our plants.',
  ])('does not match "%s"', (sentence) => {
    expect(standingRecruitment(sentence)).toEqual([]);
  });

  it('leaves out the occupation corpus postings with no such wording', () => {
    const lines = readFileSync(new URL('../../../shared/corpus/occupations/postings.jsonl', import.meta.url), 'utf8').trim().split('\n');
    const hits = lines.map((l) => JSON.parse(l) as { id: string; description?: string; text?: string })
      .filter((p) => standingRecruitment(p.description ?? p.text ?? '').length > 0).map((p) => p.id);
    expect(hits).toEqual([]);
  });
});

describe('analyze', () => {
  const input: PostingInput = {
    title: 'Community Manager', company: null, location: 'Austin, TX', payText: null, payEstimateText: null,
    description: 'Plan meetups and online events.\nAnswer questions on our forum.', url: null, site: null, method: 'text',
    dates: { posted: '2026-01-24', validThrough: null, postedText: 'Reposted 2 weeks ago' },
  };

  it('sets the freshness block from the page dates and the day of analysis', () => {
    expect(analyze(input, { today: TODAY }).freshness).toMatchObject({ datePosted: '2026-01-24', ageDays: 45, reposted: true });
  });

  it('gives null when the posting carries no date', () => {
    expect(analyze({ ...input, dates: undefined }, { today: TODAY }).freshness).toBeNull();
  });
});

describe('the age in words', () => {
  it.each([
    ['1 month ago', 'Posted 1 month ago.'],
    ['1 year ago', 'Posted 1 year ago.'],
    ['30+ days ago', 'Posted 30+ days ago.'],
    ['30d+', 'Posted 30+ days ago.'],
    ['5 settimane fa', 'Posted 5 weeks ago.'],
  ])('says "%s" as rounded as the page does', (postedText, message) => {
    expect(readFreshness({ posted: null, validThrough: null, postedText }, '', TODAY)?.signals[0]?.message).toBe(message);
  });
});

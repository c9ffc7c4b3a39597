import { describe, expect, it } from 'vitest';
import { choiceKeyOf, readOccupationChoices, withChoice } from '../../extension/occupation-choices';

describe('occupation choices', () => {
  it('keys a posting by title and company, so its search-page and own-page addresses share the choice', () => {
    const onSearch = { title: 'Laboratory Analyst', company: 'Sugar Mill Co', url: 'https://www.indeed.com/jobs?vjk=1' };
    const onOwnPage = { title: 'Laboratory Analyst ', company: 'sugar mill co', url: 'https://www.indeed.com/viewjob?jk=1' };
    expect(choiceKeyOf(onSearch)).toBe(choiceKeyOf(onOwnPage));
    expect(choiceKeyOf({ title: 'Laboratory Analyst', company: null })).not.toBe(choiceKeyOf(onSearch));
  });

  it('keeps only well-formed entries of whatever storage holds', () => {
    expect(readOccupationChoices(null)).toEqual({});
    expect(readOccupationChoices(['29-1141'])).toEqual({});
    expect(readOccupationChoices({ a: '29-1141', b: 'nurse', c: 29, d: '29-1141; drop' })).toEqual({ a: '29-1141' });
  });

  it('sets, replaces and clears a choice, newest last, and drops the oldest past the cap', () => {
    let choices = withChoice({}, 'a', '29-1141');
    choices = withChoice(choices, 'b', '15-1252');
    choices = withChoice(choices, 'a', '19-4031');
    expect(Object.entries(choices)).toEqual([['b', '15-1252'], ['a', '19-4031']]);
    expect(withChoice(choices, 'a', null)).toEqual({ b: '15-1252' });
    expect(Object.keys(withChoice(choices, 'c', '11-2021', 2))).toEqual(['a', 'c']);
  });
});

import { describe, expect, it } from 'vitest';
import { statementForms } from '../../analyzers/nlp';

describe('statementForms', () => {
  it('gives each statement its root form from one parse, in order', () => {
    const forms = statementForms(['Managing our Discord groups', 'Supervised two interns and hired freelancers', 'Strong writing skills']);
    expect(forms.map((f) => f.root)).toEqual(['manage our discord group', 'supervise two intern and hire freelancer', 'strong writing skill']);
  });

  it('names the leading verb of an imperative duty and none for a noun phrase', () => {
    const [duty, skill] = statementForms(['Schedule posts across channels', 'Strong writing skills']);
    expect(duty!.leadVerb).toBe('schedule');
    expect(skill!.leadVerb).toBeNull();
  });

  it('never merges two statements even without a full stop', () => {
    expect(statementForms(['Write captions', 'Reply to DMs'])).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { familiesBundled, tallyAreas } from '../../analyzers/scope';
import type { DutyReading } from '../../analyzers/responsibilities';
import type { Area } from '../../analyzers/types';

const duty = (areas: Area[], from: DutyReading['from'] = 'duties'): DutyReading => ({ text: areas.join(' '), areas, from, root: '', leadVerb: null });

describe('familiesBundled', () => {
  it('counts a family that has a duty of its own', () => {
    expect(familiesBundled([duty(['content']), duty(['creative']), duty(['paid'])])).toEqual(['social media management', 'creative production', 'paid media']);
  });

  it('counts a family sharing one duty with one other family (half a duty each)', () => {
    expect(familiesBundled([duty(['paid', 'strategy'])])).toEqual(['paid media', 'social media management']);
  });

  it('does not count a passing mention in a duty spread over three families', () => {
    expect(familiesBundled([duty(['content', 'events', 'web'])])).toEqual([]);
  });

  it('leaves stakeholders and requirement lines out', () => {
    expect(familiesBundled([duty(['stakeholders']), duty(['creative'], 'requirements')])).toEqual([]);
  });
});

describe('familiesBundled at head scope', () => {
  const led = (areas: Area[], root: string, leadVerb: string | null): DutyReading => ({ text: root, areas, from: 'duties', root, leadVerb });
  const director = [
    led(['paid', 'strategy'], 'oversee paid social and the channel strategy', 'oversee'),
    led(['pr', 'events'], 'direct pr and event programme', 'direct'),
    led(['leadership'], 'manage a team of five', 'manage'),
    led(['content'], 'write the weekly newsletter', 'write'),
  ];

  it('counts what a head does by hand, not the families a head directs (issue 14: breadth is the job)', () => {
    expect(familiesBundled(director, 'head')).toEqual(['social media management']);
  });

  it('counts the same duties as several jobs below head level', () => {
    expect(familiesBundled(director, 'mid').length).toBeGreaterThanOrEqual(4);
  });
});

describe('tallyAreas', () => {
  it('counts duties per area in taxonomy order', () => {
    expect(tallyAreas([duty(['paid', 'content']), duty(['content'])])).toEqual([{ area: 'content', count: 2 }, { area: 'paid', count: 1 }]);
  });
});

// Conditions that change what a job costs the person who takes it: always-on, pressure, hype.
// Read from the posting's own lines, not from the legal boilerplate.

import { splitSentences } from './posting';
import { compiledVocabulary, ENGLISH, type LanguageVocabulary } from './vocabulary/index';
import { CONDITIONS, type Condition, type Posting } from './types';

export interface ConditionReading {
  readonly condition: Condition;
  /** The sentence that states it, a substring of posting.description. */
  readonly evidence: string;
}

export function readConditions(posting: Posting, vocabulary: LanguageVocabulary = ENGLISH): ConditionReading[] {
  const compiled = compiledVocabulary(vocabulary).conditions;
  const found = new Map<Condition, string>();
  for (const section of posting.sections) {
    if (section.kind === 'legal' || section.kind === 'benefits') continue;
    for (const line of section.lines) {
      for (const sentence of splitSentences(line.text)) {
        for (const [condition, cue] of compiled) {
          if (found.has(condition) || !cue.test(sentence)) continue;
          // "Hacker" is a real job word in technical roles; "not a high-pressure" is not pressure.
          if (condition === 'pressure' && /\b(no|not a|without|low)[- ](high[- ])?pressure/i.test(sentence)) continue;
          found.set(condition, sentence);
        }
      }
    }
  }
  // A title can carry a hype label too ("Social Media Ninja").
  const hype = compiled.find(([c]) => c === 'hype')?.[1];
  if (!found.has('hype') && hype?.test(posting.title)) found.set('hype', posting.title);
  return CONDITIONS.filter((c) => found.has(c)).map((c) => ({ condition: c, evidence: found.get(c)! }));
}

// The wording check: words in a posting that narrow who applies. Gender-coded words are counted
// and weighed against each other (Gaucher et al. 2011 counted both kinds); age-coded phrases,
// requirements the job does not need, and clichés are listed with words to use instead. Each list
// lives in its own module with its source: coded.ts, age.ts, exclusionary.ts, cliches.ts. English only.

import { splitSentences } from '../posting';
import type { Posting, SectionKind, Wording, WordingCategory, WordingItem } from '../types';
import { AGE_CODED } from './age';
import { CLICHES } from './cliches';
import { FEMININE_CODED, MASCULINE_CODED } from './coded';
import type { WordingEntry } from './entry';
import { EXCLUSIONARY } from './exclusionary';

export const WORDING_LISTS: readonly (readonly WordingEntry[])[] = [CLICHES, AGE_CODED, EXCLUSIONARY, MASCULINE_CODED, FEMININE_CODED];

/**
 * A posting leans one way when one kind outnumbers the other by at least two words and by half
 * again (9 vs 2 leans; 12 vs 10 is balanced). ScopeFit's threshold: the paper reports shares, not a cut-off.
 */
export const LEAN_MARGIN = 2;
export const LEAN_RATIO = 1.5;

/** Words that make what follows them a requirement: "must be a recent graduate", "we're hiring recent graduates". */
const ASKED_BEFORE = /\b(?:(?:must|should|will)\s+be|you\s+are|you(?:'|’)re|are\s+you|seeking|looking\s+for|hiring|only|applicants?\s+(?:must|should)\s+be|candidates?\s+(?:must|should)\s+be)\s+$/i;
/** …and the words after it that do: "recent graduates only", "age 20–30 preferred". */
const ASKED_AFTER = /^\s*(?:only|required|preferred|wanted|needed|are\s+(?:required|preferred|encouraged\s+to\s+apply))\b/i;
const REQUIREMENT_SECTIONS: ReadonlySet<SectionKind | null> = new Set<SectionKind | null>(['requirements', 'preferred']);

interface Compiled {
  readonly entry: WordingEntry;
  readonly regex: RegExp;
}

const compiled: readonly Compiled[] = WORDING_LISTS.flat().map((entry) => ({
  entry,
  // No letter or digit may touch either end: "guru" is not in "Gurugram".
  regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${entry.pattern})(?![\\p{L}\\p{N}])`, 'giu'),
}));

/** One sentence of the posting (or its title), with where it sits. */
interface Unit {
  readonly text: string;
  readonly kind: SectionKind | null;
  /** Index of its line in `lines`; -1 for the title. */
  readonly line: number;
}

interface Hit {
  readonly entry: WordingEntry;
  readonly found: string;
  /** Where it is: unit then offset, for the posting's order and for one hit per place per category. */
  readonly unit: number;
  readonly at: number;
}

function unitsOf(posting: Posting): { units: Unit[]; lines: string[] } {
  const units: Unit[] = [{ text: posting.title, kind: null, line: -1 }];
  const lines: string[] = [];
  for (const section of posting.sections) {
    // The equal-opportunity boilerplate is the law's wording, not the employer's voice.
    if (section.kind === 'legal') continue;
    for (const line of section.lines) {
      lines.push(line.text);
      for (const sentence of splitSentences(line.text)) units.push({ text: sentence, kind: section.kind, line: lines.length - 1 });
    }
  }
  return { units, lines };
}

export function checkWording(posting: Posting): Wording {
  const { units, lines } = unitsOf(posting);
  // Where a requirement's need is read: the title and the body with the requirements themselves taken
  // out ("a licence and a car" says nothing of the duties; "a licence to drive the company van" does).
  const requirements = compiled.filter((c) => c.entry.neededWhen !== undefined);
  let needText: string | null = null;
  const needs = (entry: WordingEntry): boolean => {
    needText ??= [posting.title, ...lines.map((text) => requirements.reduce((t, r) => t.replace(r.regex, ' '), text))].join('\n');
    return entry.neededWhen?.test(needText) ?? false;
  };
  const hits: Hit[] = [];
  const taken = new Set<string>();
  units.forEach((unit, u) => {
    for (const { entry, regex } of compiled) {
      // Requirements are read from the body; a title asks for nothing.
      if (unit.line < 0 && (entry.neededWhen !== undefined || entry.asRequirement)) continue;
      regex.lastIndex = 0;
      for (let m = regex.exec(unit.text); m !== null; m = regex.exec(unit.text)) {
        const found = m[0];
        const place = `${entry.category}@${u}:${m.index}`;
        if (taken.has(place)) continue;
        const context = { found, before: unit.text.slice(0, m.index), after: unit.text.slice(m.index + found.length) };
        if (entry.unless?.(context)) continue;
        if (entry.asRequirement && !REQUIREMENT_SECTIONS.has(unit.kind) && !ASKED_BEFORE.test(context.before) && !ASKED_AFTER.test(context.after)) continue;
        if (needs(entry)) continue;
        taken.add(place);
        hits.push({ entry, found, unit: u, at: m.index });
      }
    }
  });
  hits.sort((a, b) => a.unit - b.unit || a.at - b.at);

  const masculine = hits.filter((h) => h.entry.category === 'masculine-coded').length;
  const feminine = hits.filter((h) => h.entry.category === 'feminine-coded').length;
  const lean = leanOf(masculine, feminine);
  const items = itemsOf(hits);
  return { summary: summaryOf(masculine, feminine, lean, items), coded: { masculine, feminine, lean }, items };
}

export function leanOf(masculine: number, feminine: number): 'masculine' | 'feminine' | 'neutral' {
  const leans = (more: number, less: number): boolean => more - less >= LEAN_MARGIN && more >= LEAN_RATIO * less;
  if (leans(masculine, feminine)) return 'masculine';
  if (leans(feminine, masculine)) return 'feminine';
  return 'neutral';
}

const CATEGORY_ORDER: readonly WordingCategory[] = ['cliche', 'age-coded', 'exclusionary', 'masculine-coded', 'feminine-coded'];

/** One item per category, entry and words found (case aside), in the posting's order. */
function itemsOf(hits: readonly Hit[]): WordingItem[] {
  const items = new Map<string, WordingItem>();
  for (const { entry, found } of hits) {
    const evidence = found.replace(/\s+/g, ' ');
    const id = `${entry.category}:${entry.id}:${evidence.toLowerCase()}`;
    if (items.has(id)) continue;
    items.set(id, { id, category: entry.category, term: entry.term, evidence, suggestion: entry.suggest(evidence), source: entry.source });
  }
  return [...items.values()].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
}

const COUNTED: readonly (readonly [WordingCategory, string, string])[] = [
  ['cliche', 'cliché', 'clichés'],
  ['age-coded', 'age-coded phrase', 'age-coded phrases'],
  ['exclusionary', 'requirement the duties may not need', 'requirements the duties may not need'],
];

function summaryOf(masculine: number, feminine: number, lean: Wording['coded']['lean'], items: readonly WordingItem[]): string {
  const coded =
    masculine + feminine === 0
      ? 'no gender-coded words'
      : lean === 'masculine'
        ? `leans masculine-coded: ${masculine} vs ${feminine}`
        : lean === 'feminine'
          ? `leans feminine-coded: ${feminine} vs ${masculine}`
          : `balanced: ${masculine} masculine-coded vs ${feminine} feminine-coded`;
  const others = COUNTED.flatMap(([category, one, many]) => {
    const n = items.filter((i) => i.category === category).length;
    return n === 0 ? [] : [`${n} ${n === 1 ? one : many}`];
  });
  return [coded, ...others].join('; ');
}

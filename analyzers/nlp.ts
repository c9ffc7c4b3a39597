// The one module that imports compromise. It registers the project's words once and hands plain
// strings back, so nothing else depends on compromise's object model. One parse per call: the
// duty statements are joined and parsed together (parse only what needs parsing), and tagged no
// further than root forms need.

import nlp from 'compromise';

nlp.plugin({
  words: {
    reels: 'Plural', reel: 'Singular', tiktok: 'Singular', tiktoks: 'Plural', dms: 'Plural', ugc: 'Singular',
    kpis: 'Plural', kpi: 'Singular', okrs: 'Plural', canva: 'Singular', influencers: 'Plural', captions: 'Plural',
  },
});

/**
 * The steps of compromise's own pipeline (its `hooks`) that root forms need, after tokenize():
 * indexing, the lexicon, the pre-tagger and its contraction step. Left out: the post-tagger's corrections and the chunker, which
 * together take about 60 % of a full parse of duty statements. Measured on the 327 corpus
 * postings: 325 reports identical to those made with the full pipeline, the dev-label eval
 * unchanged, analyze() about twice as fast on postings with many duties.
 */
const TAGGING = ['index', 'id', 'lexicon', 'preTagger', 'contractionTwo'];

export interface StatementForm {
  /** The statement lower-cased with verbs in the infinitive and nouns singular ("managing captions" → "manage caption"). */
  readonly root: string;
  /** The infinitive of the statement's first word when compromise reads it as a verb ("Write captions" → "write"). */
  readonly leadVerb: string | null;
}

interface TermJson {
  readonly text: string;
  readonly normal?: string;
  readonly root?: string;
  readonly tags?: readonly string[];
  readonly offset?: { readonly start: number };
}

interface SentenceJson {
  readonly terms: readonly TermJson[];
}

/**
 * Characters of one statement that are parsed. A duty is a sentence, and compromise's time grows
 * faster than the length of one sentence (a 200 kB "sentence" of "5 years of experience" takes
 * seconds, 1 MB minutes): the root form covers the first 1,000 characters. Area cues still read
 * the whole statement as written (responsibilities.ts areasOf).
 */
export const MAX_PARSED_CHARS = 1_000;

export function statementForms(statements: readonly string[]): StatementForm[] {
  if (statements.length === 0) return [];
  // Each statement on its own line, closed with a full stop so compromise never joins two.
  const starts: number[] = [];
  let joined = '';
  for (const statement of statements) {
    const s = statement.slice(0, MAX_PARSED_CHARS);
    starts.push(joined.length);
    joined += `${s.replace(/\s+/g, ' ')}${/[.!?]$/.test(s) ? '' : '.'}\n`;
  }
  const doc = nlp.tokenize(joined);
  doc.compute(TAGGING);
  doc.compute('root');
  const sentences = doc.json({ offset: true, terms: { offset: true } }) as SentenceJson[];
  const roots: string[][] = statements.map(() => []);
  const leads: (string | null)[] = statements.map(() => null);
  let which = 0;
  for (const sentence of sentences) {
    for (const term of sentence.terms) {
      const at = term.offset?.start ?? 0;
      while (which + 1 < starts.length && at >= (starts[which + 1] ?? Infinity)) which += 1;
      const words = roots[which]!;
      const form = (term.root ?? term.normal ?? term.text.toLowerCase()).trim();
      if (words.length === 0 && term.tags?.includes('Verb')) leads[which] = form;
      if (form) words.push(form);
    }
  }
  return statements.map((_, i) => ({ root: roots[i]!.join(' '), leadVerb: leads[i] ?? null }));
}

/**
 * Whether a short phrase names a person by what they do ("Receptionist", "Food Technologist"), by
 * compromise's Actor tag, which it gives job nouns from its lexicon and their endings (-ist, -er,
 * -ian). "(Overnight)", "(Remote)", "(m/w/d)" or "(2-4 years)" beside a title name no one.
 */
export function namesAPerson(phrase: string): boolean {
  return nlp(phrase.slice(0, MAX_PARSED_CHARS)).has('#Actor');
}

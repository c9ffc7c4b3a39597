// Wording that narrows who applies: the balance of gender-coded words, then the age-coded phrases,
// requirements the duties may not need, and clichés, each with words to use instead. Self-contained:
// the report's `wording` block in, markup out. `WordingAudit` is the audit page's form, with an
// "Apply" button per suggestion; `applySuggestion` is what that button does to the draft.

import type { Wording, WordingCategory, WordingItem } from '../analyzers/types';
import { locateQuote } from './audit';
import { Evidence, type ShowEvidence } from './Evidence';
import { foldText } from '../extension/find-text';

export const WORDING_CATEGORY_NAME: Readonly<Record<WordingCategory, string>> = {
  cliche: 'Cliché',
  'age-coded': 'Age-coded',
  exclusionary: 'May shut people out',
  'masculine-coded': 'Masculine-coded',
  'feminine-coded': 'Feminine-coded',
};

/** What to do when there are no words to put in place: the fix is to drop it or say why. */
export const WORDING_ADVICE: Readonly<Record<WordingCategory, string>> = {
  cliche: 'Say what the work needs instead.',
  'age-coded': 'Ask for the skill or the level, not an age.',
  exclusionary: 'Keep it only if the duties need it, and say which.',
  'masculine-coded': 'Balance it with words about how the team works together.',
  'feminine-coded': 'Balance it with words about what the job achieves.',
};

/** "leans masculine-coded: 9 vs 2" → "Leans masculine-coded: 9 vs 2." */
const sentence = (summary: string): string => `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`;

const CODED: readonly WordingCategory[] = ['masculine-coded', 'feminine-coded'];

/** The items to act on one by one (not the counted gender-coded words). */
export const phraseItems = (wording: Wording): WordingItem[] => wording.items.filter((i) => !CODED.includes(i.category));

/** "lead, analytical, competitive": the gender-coded words of one kind, as the posting has them. */
export const codedWords = (wording: Wording, category: WordingCategory): string[] => wording.items.filter((i) => i.category === category).map((i) => i.evidence);

/**
 * The draft with every whole-word occurrence of `evidence` replaced by `suggestion`. Matching folds
 * case, spaces and quote styles as "show in draft" does (components/audit.ts); a match inside a
 * longer word ("guru" in "Gurugram") is left alone.
 */
export function applySuggestion(draft: string, evidence: string, suggestion: string): string {
  const wanted = foldText(evidence.trim());
  const wordChar = /[\p{L}\p{N}]/u;
  let text = draft;
  let from = 0;
  while (from <= text.length) {
    const found = locateQuote(text.slice(from), evidence);
    if (found === null) break;
    const start = from + found.start;
    const end = from + found.end;
    // locateQuote falls back to a long quote's opening words: only the whole phrase is replaced.
    const whole = foldText(text.slice(start, end)) === wanted;
    if (!whole || wordChar.test(text[start - 1] ?? '') || wordChar.test(text[end] ?? '')) {
      from = start + 1;
      continue;
    }
    text = text.slice(0, start) + suggestion + text.slice(end);
    from = start + suggestion.length;
  }
  return text;
}

function Sources({ wording }: { readonly wording: Wording }) {
  const sources = [...new Set(wording.items.map((i) => i.source))];
  if (sources.length === 0) return null;
  return (
    <details class="small muted">
      <summary>Sources</summary>
      <ul>
        {sources.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </details>
  );
}

function CodedLine({ wording, category }: { readonly wording: Wording; readonly category: WordingCategory }) {
  const words = codedWords(wording, category);
  if (words.length === 0) return null;
  return (
    <p class="small" data-testid={`wording-${category}`}>
      {WORDING_CATEGORY_NAME[category]}: {words.join(', ')}
    </p>
  );
}

function Suggestion({ item }: { readonly item: WordingItem }) {
  return item.suggestion === null ? (
    <span class="small muted">{WORDING_ADVICE[item.category]}</span>
  ) : (
    <span class="small">
      Try “<span data-testid="wording-suggestion">{item.suggestion}</span>”.
    </span>
  );
}

export interface WordingSectionProps {
  readonly wording: Wording | null;
  readonly onShow: ShowEvidence;
  /** Set when the posting was not checked (its language), so that silence never reads as "all clear". */
  readonly notChecked?: string | null;
}

export interface WordingAuditProps extends WordingSectionProps {
  /** Put the item's suggestion in place of its words in the draft. */
  readonly onApply: (item: WordingItem) => void;
}

/** Both forms: the balance, each phrase with its suggestion (and "Apply" when given), the coded words, the sources. */
function WordingParts({ wording, onShow, onApply, id }: WordingSectionProps & { readonly onApply: WordingAuditProps['onApply'] | null; readonly id: string }) {
  // `!wording`: not English, or a report kept from before the wording check (no such block at all).
  if (!wording) return null;
  const phrases = phraseItems(wording);
  return (
    <section class="part" aria-labelledby={`${id}-heading`} data-testid={id}>
      <h2 id={`${id}-heading`}>Wording</h2>
      <p data-testid="wording-summary">{sentence(wording.summary)}</p>
      {phrases.length === 0 && onApply !== null && <p>No clichés, age-coded phrases or requirements to check.</p>}
      {phrases.length > 0 && (
        <ul class="quote-list">
          {phrases.map((item) => (
            <li key={item.id} class="flag" data-wording={item.id}>
              <span class="severity">{WORDING_CATEGORY_NAME[item.category]}</span> <Evidence text={item.evidence} onShow={onShow} /> <Suggestion item={item} />
              {onApply !== null && item.suggestion !== null && (
                <button type="button" onClick={() => onApply(item)} aria-label={`Apply: replace “${item.evidence}” with “${item.suggestion}”`}>
                  Apply
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <CodedLine wording={wording} category="masculine-coded" />
      <CodedLine wording={wording} category="feminine-coded" />
      <Sources wording={wording} />
    </section>
  );
}

/** The side panel's short section; for a posting the check does not read (not English), a sentence saying so. */
export function WordingSection({ wording, onShow, notChecked = null }: WordingSectionProps) {
  if (!wording && notChecked !== null) {
    return (
      <section class="part" aria-labelledby="wording-heading" data-testid="wording">
        <h2 id="wording-heading">Wording</h2>
        <p data-testid="wording-not-checked">{notChecked}</p>
      </section>
    );
  }
  return <WordingParts wording={wording} onShow={onShow} onApply={null} id="wording" />;
}

/** The audit page's form: each phrase with its suggestion and an "Apply" button. */
export function WordingAudit({ wording, onShow, onApply }: WordingAuditProps) {
  return <WordingParts wording={wording} onShow={onShow} onApply={onApply} id="wording-audit" />;
}

// The pieces every part of the pay reader shares: how a list of words becomes a pattern, where a
// word starts and ends, and the text's lines with their offsets.

export const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
/** The words as one alternation, longest first so that "per annum" wins over "per". */
export const alternation = (words: readonly string[]): string => byLength(words).map(escape).join('|');

/** Letters that continue a word, so "hr" does not match inside "hrs" nor "M" inside "Monthly". */
export const WORD_END = '(?![A-Za-zÀ-ÿ])';
export const WORD_START = '(?<![A-Za-zÀ-ÿ0-9])';
/** "$22Per Hour" (glassdoor2020-004): a period word may follow a digit directly. */
export const AFTER_LETTER = '(?<![A-Za-zÀ-ÿ])';
/** Space within a line: a period or multiplier on the next line belongs to something else. */
export const SPACE = '[ \\t\\u00a0\\u202f]';

/** A list of words as a case-insensitive pattern on word boundaries; `parts` match inside compounds. */
export const cueRegex = (words: readonly string[], parts: readonly string[] = []): RegExp =>
  new RegExp(`${WORD_START}(?:${alternation(words)})(?![A-Za-zÀ-ÿ0-9])${parts.length ? `|(?:${alternation(parts)})` : ''}`, 'gi');

export function stickyMatch(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The text's lines and where each starts, so that a figure knows its line and the line above. */
export interface Lines {
  readonly starts: readonly number[];
  readonly texts: readonly string[];
}

export function linesOf(text: string): Lines {
  const texts = text.split('\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of texts) {
    starts.push(at);
    at += line.length + 1;
  }
  return { starts, texts };
}

export function lineIndexAt(lines: Lines, offset: number): number {
  let lo = 0;
  let hi = lines.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

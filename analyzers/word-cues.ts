// Cue tables (analyzers/vocabulary/*) are lists of regular-expression sources. Every cue is matched
// as whole words: it starts at a word boundary and ends at one, so "guru" is not found in
// "Gurugram" nor "kol" in "Kolkata". A cue that means a stem says so in its own source by ending
// in a bounded run of word characters ("strateg\w{0,20}" for strategy, strategic, strategist).

/** A run of word characters closing a cue: the cue is a stem and may end inside a word. */
export const STEM_ENDING = /\\w\{0,\d+\}\)?$/;

/** One cue source, bounded on both sides. */
export function wordCueSource(source: string): string {
  return `\\b(?:${source})\\b`;
}

/** One regular expression matching any of the cues, each as whole words, case-insensitive. */
export function wordCues(sources: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${sources.map((s) => `(?:${s})`).join('|')})\\b`, 'i');
}

/** One cue alone, as the analyzers match it (for tests and the coverage script). */
export function wordCue(source: string): RegExp {
  return new RegExp(wordCueSource(source), 'i');
}

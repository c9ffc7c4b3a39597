// Title and duties → the OEWS occupation. The title proposes (its word sequences against 58,000
// O*NET and BLS job titles, rarer words weighing more); the duties decide between the proposals and
// overrule a title they contradict (the posting's words against each occupation's O*NET description
// and title words). Confidence says how clearly one occupation won.
import type { OccupationConfidence } from '../types';
import { occupationIndex, type OccupationIndex } from './table';
import { titleParts, titleWords, type TitlePart } from './title';
import { SOCIAL_MEDIA_SOCS, socialMediaSignal, type SocialMediaSignal } from './social-media';
import { contentWords } from './words';

/** Weights, tuned on one half of the dev set and checked on the other (scripts/eval-occupations.ts). */
export const WEIGHTS: Record<'duties' | 'dutySharpness' | 'mentions' | 'ambiguity' | 'overlap' | 'headless' | 'laterPart' | 'untitled' | 'specific' | 'spread' | 'socialMedia' | 'socialMediaTitle' | 'socialMediaHome', number> = {
  /** How much the duties count next to the title (a full title match scores 1). */
  duties: 0.5,
  /** Duty scores are relative to the best one, raised to this power: only the clearly best few count. */
  dutySharpness: 2,
  /** How much the job titles the description names count (the most-named scores 1). */
  mentions: 0.45,
  /** A title phrase that names many occupations says less about each: score ÷ (count ^ this). */
  ambiguity: 0.35,
  /** Word overlap, when no whole title matches, counts this much of a phrase match. */
  overlap: 0.55,
  /** Word overlap with an occupation whose titles lack the title's head noun counts this much. */
  headless: 0.4,
  /** Each later part of the title (after " - ", "|", "/") counts this much less. */
  laterPart: 0.15,
  /** A matched title whose words weigh less than this (a bare "Specialist") counts in proportion. */
  specific: 5,
  /** A one-word title counts as naming (occupations whose titles use the word ÷ this) occupations. */
  spread: 5,
  /**
   * An occupation the title does not name at all gets its duty evidence cut by this share of the
   * best title score: duties overrule a weak title easily, a clear one only when they are overwhelming.
   */
  untitled: 0.5,
  /** How far a clear social-media signal lifts the social-media occupations. */
  socialMedia: 0.35,
  /** …and how much more when the title names social-media work and the duties come back to it. */
  socialMediaTitle: 0.5,
  /**
   * Among the social-media occupations, 13-1161 is where O*NET files "Social Media Specialist" and
   * "Social Media Strategist": it gets this much more of the lift when the title names no manager or PR.
   */
  socialMediaHome: 0.3,
};

const MAX_NGRAM = 6;
const SOCIAL_MEDIA_HOME = '13-1161';
/** Fewer content words than this, and the description is too thin to vouch for a choice. */
const MIN_DUTY_WORDS = 30;

export interface Scored {
  readonly index: number;
  readonly score: number;
  readonly title: number;
  readonly duties: number;
  /** The title words that matched, for the evidence. */
  readonly matched: string | null;
}

export interface Classification {
  readonly ranked: readonly Scored[];
  readonly confidence: OccupationConfidence;
  readonly social: SocialMediaSignal;
  readonly evidence: string;
}

/** A title word's weight: rare words ("phlebotomist") say more than common ones ("manager"); unknown words count as rare. */
const idf = (ix: OccupationIndex, id: string | undefined): number => Math.log((ix.phraseCount + 1) / ((id ? ix.titleDf.get(id) ?? 0 : 0) + 1));

/** Title score per occupation: the best-matching word sequence of the best part. */
function titleScores(ix: OccupationIndex, parts: readonly TitlePart[]): Map<number, { score: number; matched: string }> {
  const best = new Map<number, { score: number; matched: string }>();
  const offer = (i: number, score: number, matched: string): void => {
    const had = best.get(i);
    if (!had || score > had.score) best.set(i, { score, matched });
  };
  for (const part of parts) {
    const ids = part.words.map((w) => ix.wordId.get(w));
    const weights = ids.map((id) => idf(ix, id));
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    const discount = Math.max(0.4, 1 - WEIGHTS.laterPart * part.position);
    const last = part.words.length - 1;
    for (let start = 0; start <= last; start++) {
      for (let end = start + 1; end <= Math.min(part.words.length, start + MAX_NGRAM); end++) {
        const span = ids.slice(start, end);
        if (span.includes(undefined)) break;
        const codes = ix.phrases.get(span.join('.'));
        if (!codes) continue;
        const key = part.words.slice(start, end).join(' ');
        const coverage = weights.slice(start, end).reduce((a, b) => a + b, 0) / total;
        // The head noun ends an English title ("Warehouse *Associate*"): a match without it names a modifier.
        const head = end - 1 === last ? 1 : 0.6;
        const unique = [...new Set(codes)];
        const weight = weights.slice(start, end).reduce((a, b) => a + b, 0);
        const score = coverage * head * discount * Math.min(1, weight / WEIGHTS.specific);
        const phrase = span.join('.');
        // An occupation's own name ("Paramedic") is not made ambiguous by other occupations' alternate titles.
        // A one-word title ("Associate", "Specialist") is as ambiguous as the word is widespread among titles.
        const spread = end - start === 1 ? (ix.wordCodes.get(span[0]!)?.length ?? 1) / WEIGHTS.spread : 1;
        const ambiguity = Math.max(unique.length, spread) ** WEIGHTS.ambiguity;
        for (const i of unique) offer(i, ix.ownNames.has(`${i}:${phrase}`) ? score : score / ambiguity, key);
      }
    }
    // Word overlap with each occupation's titles, for titles no index title spells out.
    const overlap = new Map<number, number>();
    const headId = ids[last];
    ids.forEach((id, k) => {
      if (!id) return;
      const share = (weights[k]! / total) * (k === last ? 1.3 : 1);
      for (const i of ix.wordCodes.get(id) ?? []) {
        const used = ix.titleWords[i]!.get(id)!;
        overlap.set(i, (overlap.get(i) ?? 0) + share * Math.min(1, 0.35 + used / 8));
      }
    });
    for (const [i, s] of overlap) {
      // Missing the head noun matters as much as the head weighs: "Nurse" a lot, "Crew Member" less.
      const headed = headId !== undefined && ix.titleWords[i]!.has(headId) ? 1 : Math.max(WEIGHTS.headless, 1 - weights[last]! / total);
      offer(i, Math.min(1, s) * WEIGHTS.overlap * headed * discount, part.text);
    }
  }
  return best;
}

/** Duty score per occupation: how much of its profile the posting's words cover, rarer words weighing more. */
function dutyScores(ix: OccupationIndex, description: string): Float64Array {
  const tf = new Map<string, number>();
  for (const w of contentWords(description)) {
    const id = ix.wordId.get(w);
    if (id) tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const scores = new Float64Array(ix.codes.length);
  for (const [w, count] of tf) {
    const boost = 1 + Math.log(count);
    for (const [i, d] of ix.profileWords.get(w) ?? []) scores[i] = scores[i]! + d * boost;
  }
  for (let i = 0; i < scores.length; i++) scores[i] = scores[i]! / ix.profileNorms[i]!;
  return scores;
}

/**
 * Job titles the description itself names ("as a Registered Nurse you will…", "seeking an
 * ophthalmologist"): each title of the index found in a line counts for its occupations, longer
 * and rarer ones more, a title shared by many occupations less.
 */
function mentionScores(ix: OccupationIndex, description: string): Map<number, number> {
  const found = new Map<number, number>();
  for (const line of description.split(/\n|(?<=[.!?;:])\s+/)) {
    const ids = titleWords(line).map((w) => ix.wordId.get(w));
    for (let start = 0; start < ids.length; start++) {
      for (let end = start + 1; end <= Math.min(ids.length, start + 4); end++) {
        const span = ids.slice(start, end);
        if (span.includes(undefined)) break;
        const codes = ix.phrases.get(span.join('.'));
        if (!codes) continue;
        const weight = span.reduce((a, id) => a + idf(ix, id), 0);
        const unique = [...new Set(codes)];
        for (const i of unique) found.set(i, (found.get(i) ?? 0) + weight / unique.length ** WEIGHTS.ambiguity);
      }
    }
  }
  return found;
}

/** Every occupation the title or the duties point to, best first. */
export function classify(title: string, description: string, ix: OccupationIndex = occupationIndex()): Classification | null {
  const parts = titleParts(title);
  const byTitle = titleScores(ix, parts);
  const text = `${title}\n${description}`;
  const duties = dutyScores(ix, text);
  const topDuty = Math.max(...duties);
  const social = socialMediaSignal(title, description);
  const mentions = mentionScores(ix, description);
  const topMention = Math.max(0, ...mentions.values());
  if (!byTitle.size && topDuty <= 0) return null;

  const namesManagerOrPr = /\b(?:manager|director|head|lead|vp|vice president|chief|public relations|pr|communications?)\b/i.test(title);
  const candidates = new Set(byTitle.keys());
  // The duties' own favourites compete too, so a contradicted or empty title can be overruled.
  [...duties.keys()].sort((a, b) => duties[b]! - duties[a]!).slice(0, 8).forEach((i) => candidates.add(i));
  [...mentions.keys()].sort((a, b) => mentions.get(b)! - mentions.get(a)!).slice(0, 8).forEach((i) => candidates.add(i));
  if (social.strength > 0) for (const soc of SOCIAL_MEDIA_SOCS) candidates.add(ix.byCode.get(soc)!);

  const bestTitle = Math.min(1, Math.max(0, ...[...byTitle.values()].map((t) => t.score)));
  const ranked: Scored[] = [...candidates].map((i) => {
    const t = byTitle.get(i);
    const d = topDuty > 0 ? duties[i]! / topDuty : 0;
    const code = ix.codes[i]!;
    const lift = SOCIAL_MEDIA_SOCS.has(code)
      ? social.strength * (WEIGHTS.socialMedia + (code === SOCIAL_MEDIA_HOME && !namesManagerOrPr ? WEIGHTS.socialMediaHome : 0)) +
        (social.inTitle ? WEIGHTS.socialMediaTitle * social.inDuties : 0)
      : 0;
    const titleScore = t?.score ?? 0;
    const m = topMention > 0 ? Math.sqrt((mentions.get(i) ?? 0) / topMention) : 0;
    const trust = titleScore > 0 ? 1 : 1 - WEIGHTS.untitled * bestTitle;
    return { index: i, score: titleScore + trust * (WEIGHTS.duties * d ** WEIGHTS.dutySharpness + WEIGHTS.mentions * m) + lift, title: titleScore, duties: d, matched: t?.matched ?? null };
  });
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const top = ranked[0]!;
  const second = ranked[1];
  const margin = second ? (top.score - second.score) / top.score : 1;
  // The duties only vouch when there are enough of them to read (a bare title says little).
  const duty = contentWords(description).length >= MIN_DUTY_WORDS ? top.duties : 0;
  const confidence: OccupationConfidence =
    top.title >= 0.6 && duty >= 0.7 && margin >= 0.15 ? 'high'
      : ((top.title >= 0.35 && duty >= 0.4) || top.title >= 0.8 || (top.title > 0 && duty >= 0.9)) && margin >= 0.06 ? 'medium'
        : 'low';
  const evidence = top.matched ?? (parts[0]?.text || title.trim());
  return { ranked, confidence, social, evidence };
}

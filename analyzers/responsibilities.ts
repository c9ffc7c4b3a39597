// Duty statements and their work areas. A duty is a line under a duty heading ("Responsibilities",
// "What you'll do"), a "you will …" sentence, or, where a posting has no duty heading at all, a
// line that opens with a verb. Areas come from the cue table matched on each duty's root form
// (verbs and their objects), never from the company blurb, benefits or legal text.

import { statementForms } from './nlp';
import { splitSentences } from './posting';
import { AREA_CUES } from './vocabulary/areas';
import { AREAS, type Area, type Posting, type Responsibility } from './types';
import { wordCues } from './word-cues';

const compiledCues: readonly (readonly [Area, RegExp])[] = AREAS.map((area) => [area, wordCues(AREA_CUES[area])]);

const YOU_WILL = /\b(you will|you'll|you’ll|you would|will be responsible|responsible for|duties include|responsibilities include|the role (will|involves|includes)|this role (will|involves|includes)|in this role|the (candidate|person|individual|coordinator|manager|specialist) will|(he|she|they) will)\b/i;
const NOT_A_DUTY = /\b(we are|we're|our (company|mission|team is|client)|founded|equal opportunity|benefits|401\(?k|paid time off|pto|health insurance|apply|salary|compensation|per hour|an hour|a year|background check|eeo|accommodation|visa|sponsorship|resume|résumé|cover letter|portfolio link)\b/i;
const TOO_SHORT = 14;

export interface DutyStatement {
  readonly text: string;
  /** Where it came from, which decides how much it counts: a duty section, prose, or requirements. */
  readonly from: 'duties' | 'prose' | 'requirements';
}

/**
 * A sub-heading the intake did not know ("What You'll Actually Do", "Why Join Us?"): short, no
 * full stop, and nearly every word capitalised. It names a section; it is not a duty.
 */
export function looksLikeHeading(line: string): boolean {
  const words = line.split(' ');
  if (words.length > 7 || /[.;]$/.test(line)) return false;
  if (/[:?]$/.test(line)) return true;
  const long = words.filter((w) => /^[A-Za-z]/.test(w) && w.length > 3);
  return long.length > 0 && long.every((w) => /^[A-Z]/.test(w));
}

/** Duty statements in reading order; each text is a substring of posting.description. */
export function dutyStatements(posting: Posting): DutyStatement[] {
  const hasDutySection = posting.sections.some((s) => s.kind === 'duties' && s.lines.length > 0);
  const duties: DutyStatement[] = [];
  const seen = new Set<string>();
  const add = (text: string, from: DutyStatement['from']): void => {
    const clean = text.trim();
    if (clean.length < TOO_SHORT || seen.has(clean) || looksLikeHeading(clean)) return;
    seen.add(clean);
    duties.push({ text: clean, from });
  };
  for (const section of posting.sections) {
    const kind = section.kind;
    if (kind === 'company' || kind === 'benefits' || kind === 'legal' || kind === 'pay') continue;
    for (const line of section.lines) {
      for (const sentence of splitSentences(line.text)) {
        if (kind === 'duties') {
          if (!NOT_A_DUTY.test(sentence) || YOU_WILL.test(sentence)) add(sentence, 'duties');
        } else if (kind === 'requirements' || kind === 'preferred') {
          // Requirements that clearly imply doing the work: "Experience shooting and editing video".
          if (/\b(experience|ability|able|skilled|proficien\w*|comfortable|expert\w*) (to |in |with |at )?(\w+ )?\w+ing\b|\bability to\b/i.test(sentence)) add(sentence, 'requirements');
        } else if (YOU_WILL.test(sentence) || (!hasDutySection && line.bullet && !NOT_A_DUTY.test(sentence))) {
          add(sentence, 'prose');
        } else if (!hasDutySection && !NOT_A_DUTY.test(sentence)) {
          add(sentence, 'prose');
        }
      }
    }
  }
  return duties;
}

/** Areas one duty touches, from its root form and its own words (some cues carry punctuation: "a/b test", "24/7"). */
export function areasOf(text: string, root: string): Area[] {
  const haystack = `${root} | ${text.toLowerCase()}`;
  return compiledCues.filter(([, cue]) => cue.test(haystack)).map(([area]) => area);
}

export interface DutyReading extends Responsibility {
  readonly from: DutyStatement['from'];
  readonly root: string;
  readonly leadVerb: string | null;
}

export function readResponsibilities(posting: Posting): DutyReading[] {
  const statements = dutyStatements(posting);
  const forms = statementForms(statements.map((d) => d.text));
  const readings: DutyReading[] = [];
  const hasDutySection = statements.some((d) => d.from === 'duties');
  statements.forEach((duty, i) => {
    const form = forms[i]!;
    // Beside a duty section, prose counts only when it reads as an action ("Manage…", "You will…");
    // a short posting with no duty heading is all prose, and its role sentences are the duties.
    if (hasDutySection && duty.from === 'prose' && !YOU_WILL.test(duty.text) && form.leadVerb === null) return;
    readings.push({ text: duty.text, areas: areasOf(duty.text, form.root), from: duty.from, root: form.root, leadVerb: form.leadVerb });
  });
  return readings;
}

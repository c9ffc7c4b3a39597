// A posting's title as the occupation index reads it: the noise job boards add around the job's
// name ("(m/w/d)", "- Remote", "Urgently hiring", "$22/hr", shifts, requisition numbers, places)
// taken out, and the rest cut into the parts a title is made of ("Delivery Driver/Order Puller").
import { FUNCTION_WORDS, words } from './words';

/**
 * Words that give a level or a contract, not an occupation (the level ladder's words and German
 * contract forms, invented list): "Senior Accountant" and "Accountant" are the same occupation.
 */
const LEVEL_WORDS: ReadonlySet<string> = new Set(
  'senior sr junior jr entry level mid ii iii iv intern internship werkstudent werkstudentin minijob aushilfe praktikant praktikum trainee'.split(' '),
);

/** The words of a title that can name an occupation, in order. */
export const titleWords = (text: string): string[] =>
  words(text).filter((w) => !FUNCTION_WORDS.has(w) && !LEVEL_WORDS.has(w) && !/\d/.test(w));

/** Noise patterns, each removed wherever it stands (invented from how boards write titles). */
const NOISE: readonly RegExp[] = [
  // gender markers: (m/w/d), (w/m/x), (m,f), (x|w|m), (all genders), (gn), m/w/d without brackets
  /\(\s*(?:[mwfdxgn]\s*\.?\s*[/,|*]\s*){1,3}[mwfdxgn]?\s*\.?\s*[/]?\s*\)/gi,
  /\b(?:[mwfd]\s*\/\s*){2}[mwfdx]\b/gi,
  /\(?\b(?:all genders?|gn|genderneutral)\b\)?/gi,
  // German gender endings: Manager:in, Referent*in, Mitarbeiter/-in, Manager(in)
  /(?<=[a-zäöü])(?::|\*|\/-?|_)(?:in|innen|r)\b|\((?:in|r)\)/gi,
  // pay: $22/hr, $16-$18, 3.000 € – 4.000 € Brutto, $13.50/HR + Tips, $7,500 sign-on bonus
  /[$€£]\s?\d[\d.,]*\s*k?(?:\s*(?:-|–|to)\s*[$€£]?\s?\d[\d.,]*\s*k?)?(?:\s*(?:\/|per|an)\s*(?:hr|hour|h|year|yr|week|wk|month|mo|stunde)\b)?(?:\s*\+\s*tips)?/gi,
  /\d[\d.,]*\s*(?:€|eur|usd|\$)\s*(?:brutto|netto)?/gi,
  /\b(?:brutto|netto|\+\s*tips|tips)\b/gi,
  // hiring noise
  /\b(?:urgently|now|immediately)\s+hiring\b|\bhiring\s+(?:immediately|now|urgently)\b|\bimmediate(?:ly)?\s+(?:start|hire|opening)s?\b/gi,
  /\b(?:sign[-\s]?on|signing|retention)\s+bonus\b|\bapply\s+(?:today|now)\b|\bgesucht\b|!+/gi,
  // where and when
  /\b(?:100\s*%\s*)?(?:remote|hybrid|on[-\s]?site|in[-\s]office|work\s+from\s+home|wfh|home[-\s]based|telecommute)\b/gi,
  /\b(?:full|part)[-\s]?time\b|\b(?:pt|ft|prn|per\s+diem|seasonal|temporary|temp|contract|voll-?\s*(?:oder|und|\/)?\s*teilzeit|vollzeit|teilzeit)\b/gi,
  /\b(?:\d+(?:st|nd|rd|th)|first|second|third|day|night|evening|overnight|weekend|swing|grave(?:yard)?|rotating|split)(?:\s*(?:&|and|or|\/)\s*(?:\d+(?:st|nd|rd|th)|day|night|evening|weekend))*\s+shifts?\b/gi,
  /\b(?:overnights?|nights?|weekends?|evenings?|swings?|graves?|on[-\s]call(?:\s+only)?)\b/gi,
  /\b\d+\s*-?\s*(?:hr|hour|h)s?\b(?:\s+shifts?)?/gi,
  /\b(?:choose|pick)\s+your\s+(?:own\s+)?(?:shift|schedule)s?\b/gi,
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:through|to|-)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))?\b/gi,
  // requisition numbers: #13635, Req 4411, DIGIT001783-00001, R-20231
  /#\s*\d[\w-]*|\breq(?:uisition)?\.?\s*#?\s*[\w-]*\d[\w-]*|\b[a-z]*\d{3,}[\w-]*\b/gi,
  // "City, ST" and a trailing two-letter state
  /,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s*[A-Z]{2}\b|,\s*[A-Z]{2}\s*$/g,
];

/** Where a title splits into parts: dashes, bars, slashes, commas, colons, brackets. */
const SPLIT = /\s[-–—]+\s|[|/•·:;,()[\]]|\s[-–—]+$|^[-–—]+\s/;

export interface TitlePart {
  /** The part as written, for the evidence. */
  readonly text: string;
  readonly words: readonly string[];
  /** 0 for the title's first part: the job's name usually comes first, places and extras after. */
  readonly position: number;
}

/** The noise-free parts of a posting's title, with their words; parts without words are dropped. */
export function titleParts(title: string): TitlePart[] {
  let clean = title.replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]/gu, ' ');
  for (const pattern of NOISE) clean = clean.replace(pattern, ' ');
  const parts: TitlePart[] = [];
  let position = 0;
  for (const raw of clean.split(SPLIT)) {
    const text = raw.replace(/\s+/g, ' ').replace(/^[-–—\s]+|[-–—\s]+$/g, '');
    const partWords = titleWords(text);
    if (!partWords.length) continue;
    parts.push({ text, words: partWords, position });
    // "Director of Technical Operations" → also "Technical Operations Director"
    const inverted = /^(\S+(?:\s\S+)?)\s+(?:of|for)\s+(.+)$/i.exec(text);
    if (inverted) parts.push({ text, words: [...titleWords(inverted[2]!), ...titleWords(inverted[1]!)], position });
    position++;
  }
  // "Director, Influencer Marketing" and "Manager of Social Media" name the job with the head first:
  // also read the two parts the other way round.
  const first = parts[0];
  const second = parts[1];
  if (first && second && first.words.length === 1 && second.words.length <= 3) {
    parts.push({ text: `${second.text} ${first.text}`, words: [...second.words, ...first.words], position: 0 });
  }
  return parts;
}

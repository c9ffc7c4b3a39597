// Generators for the property tests: arbitrary Unicode, HTML-ish text, number-heavy text, and real
// lines of ../shared/corpus/postings.jsonl spliced with noise. Every parser and analyzer is fed
// from these, so a new kind of hostile text added here reaches all of them.

import fc from 'fast-check';
import type { Period, PostingInput, SourceMethod } from '../../analyzers/types';
import { HEADINGS } from '../../analyzers/vocabulary/headings';
import { corpusText, loadCorpus } from '../../scripts/corpus';

// ——— Arbitrary Unicode ———————————————————————————————————————————————————————————————————————

/** Half of a surrogate pair on its own: what a truncated UTF-16 string or a bad decoder leaves. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Characters a page can use to hide or reorder text, and ones the intake treats specially. */
const tricky = fc.constantFrom(
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066',
  '\u2067', '\u2068', '\u2069', '\u2060', '\ufeff', '\u00ad', '\u061c', '\u00a0', '\u2028', '\u2029', '\u3000',
  '\r', '\r\n', '\n', '\t', '\u0000', '\u0085', '•', '–', '—', '’', '“', '”', 'ß', 'İ', 'ﬃ', '👩‍💻', '🇺🇸',
);

export const unicodeText = (maxLength = 80): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: loneSurrogate }, { weight: 2, arbitrary: tricky }), maxLength }),
  );

// ——— HTML-ish text ————————————————————————————————————————————————————————————————————————————

const TAGS = ['p', 'div', 'li', 'ul', 'ol', 'br', 'h1', 'h2', 'h3', 'span', 'b', 'strong', 'a', 'img', 'script', 'style', 'iframe', 'svg', 'template', 'noscript', 'table', 'tr', 'td', 'section', 'article'];
const ATTRIBUTES = [
  '', ' class="job"', ' id=x', ' onerror="alert(1)"', ' onclick=alert(1)', ' href="javascript:alert(1)"', " href='javascript:void(0)'",
  ' style="display:none"', ' style="visibility:hidden;font-size:0"', ' hidden', ' src=x', ' data-x="a<b"', ' title="1 > 0"', ' aria-hidden="true"',
];
const ENTITIES = [
  '&amp;', '&lt;', '&gt;', '&quot;', '&nbsp;', '&bull;', '&euro;', '&#36;', '&#x24;', '&#8203;', '&#x202e;', '&#x200B;', '&#0;',
  '&#1114112;', '&#x110000;', '&#xD800;', '&bogus;', '&', '&#', '&#x;', '&amp;lt;script&amp;gt;', '&lt;p&gt;',
];
const tag = fc
  .tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRIBUTES), fc.constantFrom('open', 'close', 'self', 'unclosed'))
  .map(([name, attr, kind]) => (kind === 'open' ? `<${name}${attr}>` : kind === 'close' ? `</${name}>` : kind === 'self' ? `<${name}${attr}/>` : `<${name}${attr}`));
const htmlPiece = fc.oneof(
  { weight: 4, arbitrary: tag },
  { weight: 2, arbitrary: fc.constantFrom(...ENTITIES) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 12 }) },
  { weight: 1, arbitrary: unicodeText(6) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>', '<script type="application/ld+json">{"@type":"JobPosting"}</script>', '<style>p{display:none}</style>',
      '<!-- comment -->', '<![CDATA[x]]>', '<!doctype html>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">Apply</a>',
      '<svg><style>a{}</style></svg>', '<iframe src="https://example.org"></iframe>', '</', '<', '>', '<<>>', '<p <li <div',
    ),
  },
);
export const htmlishText = (maxPieces = 24): fc.Arbitrary<string> => fc.array(htmlPiece, { maxLength: maxPieces }).map((p) => p.join(''));

// ——— Number-heavy text ————————————————————————————————————————————————————————————————————————

const NUMBER_PIECES = [
  '$', '€', '£', '₹', 'US$', 'CA$', 'C$', 'A$', 'USD', 'CAD', 'EUR', 'GBP', 'INR', 'Rs.', 'Euro',
  '0', '1', '7', '12', '15', '45', '200', '999', '2080', '20000', '45,000', '45.000', '1,000,000', '5,00,000', '51.537,75', '56,870.85', '.00', '.5',
  '.', ',', ',,', '..', 'K', 'k', 'M', 'B', 'L', 'LPA', 'lakh', 'Cr', 'million', 'Mio.',
  '/hr', '/hour', '/h', ' per hour', ' an hour', ' hourly', ' a year', ' per year', ' per annum', ' p.a.', '/yr', '/month', ' monthly', ' weekly', ' daily', '/bi-weekly', ' per shift',
  '-', '–', '—', '~', ' - ', ' to ', ' and ', ' bis ', 'between ', 'up to ', 'from ', 'starting at ', '+', '%', '(', ')', ' ', '\n', '\u00a0',
  'Salary: ', 'Pay: ', 'Compensation: ', 'Pay range ', 'Annual salary ', 'Hourly rate ', 'Bonus: ', 'bonus of ', '401(k) ', 'raised ', 'est.', '(Glassdoor est.)', 'Estimated ', '(Employer est.)',
  ' years', ' years of experience', '3-5 years', '5+ years', 'brutto', 'monatlich', 'Jahresgehalt ', 'E11', 'level 4', 'commission only',
  '9999999999999999999999', '1e308', '0x10', 'Infinity', 'NaN', '٣٠', '１２', '²', '½',
];
const formattedNumber = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('en-US')),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n.toLocaleString('de-DE')),
  fc.double({ min: 0, max: 1e7, noNaN: true }).map((n) => n.toFixed(2)),
  fc.double({ noNaN: false }).map(String),
);
export const numberHeavyText = (maxPieces = 16): fc.Arbitrary<string> =>
  fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...NUMBER_PIECES) }, { weight: 2, arbitrary: formattedNumber }, { weight: 1, arbitrary: unicodeText(4) }), { maxLength: maxPieces })
    .map((p) => p.join(''));

/** A pay field as job boards write one, with its true figures: "$45,000 - $55,000 a year". */
export const statedRange = fc
  .record({
    low: fc.integer({ min: 1, max: 400 }),
    spread: fc.integer({ min: 0, max: 100 }),
    thousands: fc.boolean(),
    unit: fc.constantFrom<{ words: string; period: Period }[]>(
      { words: 'an hour', period: 'hour' }, { words: 'per hour', period: 'hour' }, { words: '/hr', period: 'hour' }, { words: 'a year', period: 'year' },
      { words: 'per year', period: 'year' }, { words: 'a month', period: 'month' }, { words: 'per week', period: 'week' }, { words: 'a day', period: 'day' },
    ),
    joiner: fc.constantFrom(' - ', '-', ' – ', ' to '),
  })
  .map(({ low, spread, thousands, unit: { words, period }, joiner }) => {
    const min = thousands ? low * 1000 : low;
    const max = thousands ? (low + spread) * 1000 : low + spread;
    const text = min === max ? `$${min.toLocaleString('en-US')} ${words}` : `$${min.toLocaleString('en-US')}${joiner}$${max.toLocaleString('en-US')} ${words}`;
    return { text: text.replace(' /', '/'), min, max, period };
  });

// ——— Real corpus lines, spliced with noise ————————————————————————————————————————————————————

const corpus = loadCorpus();
/** Every non-empty line of every corpus posting as pasted, cut into pieces of at most 240 characters. */
export const CORPUS_LINES: readonly string[] = corpus.flatMap((p) =>
  corpusText(p).split('\n').filter((l) => l.trim() !== '').flatMap((l) => {
    const pieces: string[] = [];
    for (let at = 0; at < l.length; at += 240) pieces.push(l.slice(at, at + 240));
    return pieces;
  }),
);
export const CORPUS_TITLES: readonly string[] = corpus.map((p) => p.title);
export const CORPUS_LOCATIONS: readonly string[] = [...new Set(corpus.flatMap((p) => (p.location ? [p.location] : [])))];
export const CORPUS_PAY: readonly string[] = [...new Set(corpus.flatMap((p) => (p.salary_text ? [p.salary_text] : [])))];

export const corpusLine = fc.constantFrom(...CORPUS_LINES);

/** Any of the noise kinds above. */
export const noise = (size = 12): fc.Arbitrary<string> => fc.oneof(unicodeText(size * 3), htmlishText(size / 2), numberHeavyText(size / 2));

/** A real line with noise put in at some point: the corpus's words meet what a page can carry. */
export const splicedLine: fc.Arbitrary<string> = fc
  .tuple(corpusLine, noise(), fc.nat())
  .map(([line, extra, at]) => {
    const cut = at % (line.length + 1);
    return line.slice(0, cut) + extra + line.slice(cut);
  });

/** Any text at all, short: for the cheap parsers, run 10,000 times. */
export const anyText: fc.Arbitrary<string> = fc.oneof(unicodeText(), htmlishText(), numberHeavyText(), corpusLine, splicedLine);

const HEADING_WORDS = Object.values(HEADINGS).flat();
/** A line of a posting body: real, spliced, noise, a heading, or a bullet. */
const bodyLine = fc.oneof(
  { weight: 3, arbitrary: corpusLine },
  { weight: 3, arbitrary: splicedLine },
  { weight: 2, arbitrary: noise() },
  { weight: 1, arbitrary: fc.constantFrom(...HEADING_WORDS).map((h) => `${h[0]!.toUpperCase()}${h.slice(1)}:`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('• ', '- ', '* ', '1. ', '<li>'), fc.oneof(corpusLine, splicedLine)).map(([b, l]) => b + l) },
);

/** A posting body of a few lines. */
export const postingBody = (maxLines = 8): fc.Arbitrary<string> =>
  fc.tuple(fc.array(bodyLine, { maxLength: maxLines }), fc.constantFrom('\n', '\r\n', '\n\n', ' ', '')).map(([lines, sep]) => lines.join(sep));

/** A posting as a person pastes it: title line, optional "Company · Place", optional "Pay: …", body. */
export const pastedPosting: fc.Arbitrary<string> = fc
  .record({
    title: fc.oneof(fc.constantFrom(...CORPUS_TITLES), anyText),
    meta: fc.option(fc.tuple(fc.oneof(fc.constant('Acme'), unicodeText(12)), fc.oneof(fc.constantFrom(...CORPUS_LOCATIONS), anyText))),
    pay: fc.option(fc.oneof(fc.constantFrom(...CORPUS_PAY), numberHeavyText(), statedRange.map((r) => r.text))),
    body: postingBody(),
  })
  .map(({ title, meta, pay, body }) => [title, ...(meta ? [`${meta[0]} · ${meta[1]}`] : []), ...(pay !== null ? [`Pay: ${pay}`] : []), '', body].join('\n'));

const METHODS: readonly SourceMethod[] = ['adapter', 'jsonld', 'readability', 'text'];

/** What a site adapter could hand on, every field hostile or real, with a body of up to `maxLines` lines. */
export const postingInputOf = (maxLines: number): fc.Arbitrary<PostingInput> => fc.record({
  title: fc.oneof(fc.constantFrom(...CORPUS_TITLES), anyText),
  company: fc.option(unicodeText(20)),
  location: fc.option(fc.oneof(fc.constantFrom(...CORPUS_LOCATIONS), fc.constantFrom('Remote', 'Remote - US', 'New York, NY', 'Toronto, ON', 'Berlin, DE', 'Denver, CO', 'Remote or San Francisco'), anyText)),
  payText: fc.option(fc.oneof(fc.constantFrom(...CORPUS_PAY), numberHeavyText(), statedRange.map((r) => r.text))),
  payEstimateText: fc.option(fc.oneof(numberHeavyText(), statedRange.map((r) => `${r.text} (est.)`))),
  description: postingBody(maxLines),
  url: fc.option(fc.oneof(fc.webUrl(), unicodeText(20), fc.constantFrom('https://ca.indeed.com/viewjob?jk=1', 'chrome://newtab/', 'javascript:alert(1)'))),
  site: fc.option(fc.constantFrom('indeed', 'linkedin', 'glassdoor', 'greenhouse')),
  method: fc.constantFrom(...METHODS),
});

export const postingInput: fc.Arbitrary<PostingInput> = postingInputOf(8);

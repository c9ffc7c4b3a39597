// Every regular expression the analyzers and the command line use, timed on pathological text:
// long runs of what it matches, near-misses pumped to 100 kB, and the adversarial shapes a hostile
// posting can carry (digits, commas, "$", "years of experience", "<div>", "aA" joins, …). Prints the
// worst time per regex at 100 kB and how that time grows with the input; exits 1 when one grows
// faster than linearly or is slow at 100 kB, so that it can run in CI.
//
//   npx tsx scripts/regex-audit.ts [--top 40] [--all] [--filter pay.ts]
//
// Where the regexes come from:
//  - literals (/…/g) in analyzers/**/*.ts and cli/*.ts, found with the TypeScript parser, so a
//    module's private patterns are audited without being exported;
//  - regexes built at run time from the cue tables (analyzers/vocabulary/*.ts) with `new RegExp`,
//    caught by wrapping the RegExp constructor while the modules load and while a sample posting
//    and a sample page are read. Each is named by the file and line that builds it.
// The inputs are made from the pattern itself: a small parser below turns it into a tree, and
// every quantified part gives a "pump" (a string it repeats on) and the text that leads up to it.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');
const SOURCE_DIRS = ['analyzers', 'cli'];

/** The input size every regex is judged at. */
const SIZE = 100_000;
/** A regex whose worst input takes longer than this at 100 kB is reported, however it grows. */
const SLOW_MS = 250;
/** Growth exponent (time ∝ size^k between 25 kB and 100 kB) above which a regex is superlinear. */
const SUPERLINEAR = 1.5;
/** Below this, timings are noise and say nothing about growth. */
const MEASURABLE_MS = 8;
/** Superlinear growth counts from this time at 100 kB: below it, one garbage collection bends the curve. */
const GROWTH_MS = 40;
/** A run predicted to take longer than this is not made; the time at 100 kB is extrapolated instead. */
const LONGEST_RUN_MS = 2_000;

/**
 * Patterns the code only ever runs on part of a text, with that part: they are timed as used. Each
 * names the guard in the code that makes it safe; keep the two in step.
 */
const GUARDS: readonly { readonly file: string; readonly source: RegExp; readonly guard: string; readonly input: (text: string) => string }[] = [
  {
    file: 'analyzers/posting.ts',
    source: /\[\^>\]\*/,
    guard: 'runs only on the text up to its last ">" (atLastTag)',
    input: (text) => text.slice(0, text.lastIndexOf('>') + 1),
  },
  {
    file: 'analyzers/pay.ts',
    source: /est\(\?:\\\.\|imate\)/,
    guard: 'runs only on the 30 characters after a figure (lookAfter)',
    input: (text) => text.slice(0, 30),
  },
];

const guardOf = (found: Found): (typeof GUARDS)[number] | undefined =>
  GUARDS.find((g) => found.where.startsWith(`${g.file}:`) && g.source.test(found.regex.source));

// ——— Collecting the regexes ————————————————————————————————————————————————————————————————

interface Found {
  readonly where: string;
  readonly regex: RegExp;
  readonly origin: 'literal' | 'built';
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function literalRegexes(): Found[] {
  const found: Found[] = [];
  for (const file of SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(source);
        const slash = literal.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({
          where: `${path.relative(ROOT, file)}:${line}`,
          regex: new RegExp(literal.slice(1, slash), literal.slice(slash + 1)),
          origin: 'literal',
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** Wraps the RegExp constructor, loads the modules and reads a sample, and returns what was built. */
async function builtRegexes(): Promise<Found[]> {
  const found: Found[] = [];
  const Original = RegExp;
  const marker = new Original(`${SOURCE_DIRS.map((d) => `/${d}/`).join('|')}`);
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const regex = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      // The frame that called `new RegExp`: ours, or a library's (happy-dom's selector parser), which is not audited.
      const frame = (new Error().stack ?? '').split('\n')[2] ?? '';
      const at = marker.test(frame) && !frame.includes('node_modules') ? frame.match(/([^\s(]+):(\d+):\d+\)?\s*$/) : null;
      if (at?.[1] !== undefined && at[2] !== undefined) {
        const file = path.relative(ROOT, at[1].replace(/^file:\/\//, ''));
        found.push({ where: `${file}:${at[2]}`, regex, origin: 'built' });
      }
      return regex;
    },
  });
  try {
    const { postingFromText } = await import('../analyzers/posting');
    const { analyze } = await import('../analyzers/report');
    const { readPageFromHtml } = await import('../cli/page');
    const { main } = await import('../cli/scopefit');
    const sample = readFileSync(path.join(ROOT, 'public/sample-posting.txt'), 'utf8');
    analyze(postingFromText(sample), { homeLocation: 'Austin, TX' });
    // Markup builds the block-closing patterns (posting.ts withoutBlocks) on first use.
    analyze(postingFromText('Social Media Manager\n\n<p>Post daily.</p><script>x</script><style>y</style><noscript>z</noscript><template>t</template>'));
    readPageFromHtml(`<html><head><title>Social Media Manager</title></head><body><main><h1>Social Media Manager</h1>${sample
      .split('\n').map((l) => `<p>${l}</p>`).join('')}</main></body></html>`, 'https://careers.example.org/jobs/1');
    await main(['--json', '-'], { out: () => true, err: () => true, stdin: () => Buffer.from(sample) });
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

// ——— A small parser for JavaScript regex syntax ——————————————————————————————————————————————

type Node =
  | { readonly t: 'seq'; readonly items: readonly Node[] }
  | { readonly t: 'alt'; readonly alts: readonly Node[] }
  | { readonly t: 'group'; readonly body: Node; readonly look: boolean; readonly capture: number | null }
  | { readonly t: 'quant'; readonly body: Node; readonly min: number; readonly max: number }
  | { readonly t: 'chars'; readonly samples: readonly string[] }
  | { readonly t: 'empty' }
  | { readonly t: 'backref'; readonly group: number | string };

/** Characters tried as members of a class: the ones postings and hostile text are made of. */
const POOL = [
  ...'a1 Ax_.,-$€£₹%/:;()[]<>!?\'"&#*+=|@~^{}\\\n\t',
  'é', 'ß', 'ü', 'À', '–', '—', '’', '“', '”', '•', '\u00a0', '\u200b', '\u202e', '\u3000', '𝐀', '\u0000',
];

function classSamples(classSource: string, flags: string): string[] {
  const cls = new RegExp(`^(?:${classSource})$`, flags.replace(/[gy]/g, ''));
  const hits = POOL.filter((c) => cls.test(c));
  return hits.length ? hits.slice(0, 4) : ['a'];
}

function parseRegex(source: string, flags: string): Node {
  let i = 0;
  let captures = 0;
  const peek = (): string | undefined => source[i];

  function alternation(): Node {
    const alts = [sequence()];
    while (peek() === '|') {
      i++;
      alts.push(sequence());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return { t: 'seq', items };
  }

  function quantified(body: Node): Node {
    let min: number;
    let max: number;
    const c = peek();
    if (c === '*') { min = 0; max = Infinity; i++; }
    else if (c === '+') { min = 1; max = Infinity; i++; }
    else if (c === '?') { min = 0; max = 1; i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return body;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      i += m[0].length;
    } else return body;
    if (peek() === '?') i++; // lazy: the same inputs hurt it
    return quantified({ t: 'quant', body, min, max });
  }

  function escape(): { node: Node; source: string } {
    const start = i;
    i++; // the backslash
    const c = source[i++] ?? '';
    if ('dDsSwW'.includes(c)) return { node: { t: 'chars', samples: classSamples(`\\${c}`, flags) }, source: source.slice(start, i) };
    if (c === 'b' || c === 'B') return { node: { t: 'empty' }, source: '' };
    if (c === 'p' || c === 'P') {
      const close = source.indexOf('}', i);
      i = close + 1;
      return { node: { t: 'chars', samples: classSamples(source.slice(start, i), flags) }, source: source.slice(start, i) };
    }
    if (c === 'k' && peek() === '<') {
      const close = source.indexOf('>', i);
      const name = source.slice(i + 1, close);
      i = close + 1;
      return { node: { t: 'backref', group: name }, source: '' };
    }
    if (/[1-9]/.test(c)) {
      let digits = c;
      while (/\d/.test(peek() ?? '')) digits += source[i++];
      return { node: { t: 'backref', group: Number(digits) }, source: '' };
    }
    if (c === 'u' && peek() === '{') i = source.indexOf('}', i) + 1;
    else if (c === 'u') i += 4;
    else if (c === 'x') i += 2;
    else if (c === 'c') i += 1;
    const text = source.slice(start, i);
    return { node: { t: 'chars', samples: classSamples(text, flags) }, source: text };
  }

  function atom(): Node {
    const c = peek()!;
    if (c === '(') {
      i++;
      let look = false;
      let capture: number | null = null;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i))) {
        look = true;
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source.startsWith('?<', i)) {
        i = source.indexOf('>', i) + 1;
        capture = ++captures;
      } else capture = ++captures;
      const body = alternation();
      i++; // ')'
      return { t: 'group', body, look, capture };
    }
    if (c === '[') {
      const start = i;
      i++;
      if (peek() === '^') i++;
      if (peek() === ']') i++;
      while (i < source.length && peek() !== ']') i += peek() === '\\' ? 2 : 1;
      i++;
      return { t: 'chars', samples: classSamples(source.slice(start, i), flags) };
    }
    if (c === '\\') return escape().node;
    i++;
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '.') return { t: 'chars', samples: classSamples('.', flags) };
    return { t: 'chars', samples: [c] };
  }

  const tree = alternation();
  return tree;
}

// ——— Pathological inputs from the tree ———————————————————————————————————————————————————————

interface Attack {
  readonly label: string;
  readonly prefix: string;
  readonly unit: string;
  readonly suffix: string;
}

/** The shapes the issue names, tried on every regex whatever it looks like. */
const GENERIC: readonly Attack[] = [
  ['digits', '1'], ['digits and commas', '1,'], ['digits and dots', '1.'], ['dollar signs', '$'], ['dollar figures', '$1,0'],
  ['ranges', '$1-'], ['per hour', '$15/hr '], ['K figures', '5K-'], ['"years of experience"', '5 years of experience '],
  ['long word', 'a'], ['"aA" joins', 'aA'], ['"<div>"', '<div>'], ['unclosed "<p "', '<p '], ['"<script>"', '<script>'],
  ['"<"', '<'], ['entities', '&amp'], ['spaces', ' '], ['tabs', '\t'], ['newlines', '\n'], ['bullets', '• '],
  ['dashes', '- '], ['markdown links', '[a]('], ['zero-width', '\u200b'], ['sentence ends', 'a. '], ['colons', 'Salary: '],
].map(([label, unit]) => ({ label: label!, prefix: '', unit: unit!, suffix: '' }));

/** What ends a pumped run: nothing, or a character the run is not made of, so that the match fails late. */
const FAIL_SUFFIXES = ['', '!', '>', 'a', '1', ' ', 'A', '\u0000'];
const suffixesFor = (pump: string): string[] => FAIL_SUFFIXES.filter((s) => s === '' || !pump.includes(s)).slice(0, 5);

function attacksOf(regex: RegExp): Attack[] {
  const tree = parseRegex(regex.source, regex.flags);
  const groups = new Map<number | string, string>();
  const pumps: { prefix: string; pump: string }[] = [];

  /** A string the node matches; pumps are recorded on the way, each with the text before it. */
  function walk(node: Node, prefix: string): string {
    switch (node.t) {
      case 'seq': {
        let text = '';
        for (const item of node.items) text += walk(item, prefix + text);
        return text;
      }
      case 'alt': {
        const texts = node.alts.map((a) => walk(a, prefix));
        return texts[0] ?? '';
      }
      case 'group': {
        const text = walk(node.body, prefix);
        if (node.capture !== null) groups.set(node.capture, text);
        return node.look ? '' : text;
      }
      case 'quant': {
        const once = walk(node.body, prefix);
        if (node.max > 1 && once !== '') pumps.push({ prefix, pump: once });
        return once.repeat(Math.max(1, node.min));
      }
      case 'chars':
        for (const sample of node.samples.slice(1)) pumps.push({ prefix, pump: sample });
        return node.samples[0] ?? '';
      case 'backref':
        return groups.get(node.group) ?? '';
      case 'empty':
        return '';
    }
  }
  const example = walk(tree, '');

  const attacks: Attack[] = [...GENERIC];
  const add = (label: string, prefix: string, unit: string, suffix: string): void => {
    if (unit !== '') attacks.push({ label, prefix, unit, suffix });
  };
  for (const { prefix, pump } of pumps.slice(0, 60)) {
    for (const suffix of suffixesFor(pump)) add(`pump ${show(pump)} after ${show(prefix)}`, prefix, pump, suffix);
    add(`repeated ${show(prefix + pump)}`, '', prefix + pump, '');
  }
  add('repeated match', '', example, '');
  add('repeated near-miss', '', example.slice(0, -1), '');
  add('repeated match and space', '', `${example} `, '');
  const seen = new Set<string>();
  return attacks.filter((a) => {
    const key = `${a.prefix}\u0001${a.unit}\u0001${a.suffix}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function show(text: string): string {
  const shown = JSON.stringify(text.length > 24 ? `${text.slice(0, 24)}…` : text);
  return shown;
}

function build(attack: Attack, size: number): string {
  const room = Math.max(0, size - attack.prefix.length - attack.suffix.length);
  const body = attack.unit.repeat(Math.ceil(room / attack.unit.length)).slice(0, room);
  return attack.prefix + body + attack.suffix;
}

// ——— Timing ———————————————————————————————————————————————————————————————————————————————

/**
 * Runs the regex over the text as the analyzers do: every match for a global one (replace, matchAll,
 * split), one search otherwise. A sticky one is tried where the text starts, as the code tries it
 * at one place (pay.ts: right after a figure); how many places it is tried at is the caller's to bound.
 */
function exercise(regex: RegExp, text: string): void {
  if (regex.global) {
    // replace() finds every match as matchAll() and split() do, without an array per match whose
    // garbage collection would pass for superlinear growth on patterns that match everywhere.
    text.replace(regex, '');
  } else {
    regex.lastIndex = 0;
    regex.test(text);
  }
}

/** The part of the text the code runs the regex on: all of it, or what its guard leaves. */
let guardInput: (text: string) => string = (text) => text;

function timed(regex: RegExp, text: string): number {
  const start = performance.now();
  exercise(regex, guardInput(text));
  return performance.now() - start;
}

interface Timing {
  readonly attack: Attack;
  /** At SIZE, measured or (when `extrapolated`) predicted from the growth at smaller sizes. */
  readonly ms: number;
  readonly exponent: number | null;
  readonly extrapolated: boolean;
}

/** The faster of two runs: a garbage collection in one of them says nothing about the regex. */
const best = (regex: RegExp, text: string): number => Math.min(timed(regex, text), timed(regex, text));

/**
 * Time at SIZE, reached by doubling from 100 characters: at each step the growth so far predicts the
 * next step's time, and a run predicted to take longer than LONGEST_RUN_MS is not made (the time at
 * SIZE is then reported as predicted), so a cubic pattern cannot stall the audit.
 */
function timeAttack(regex: RegExp, attack: Attack, longestRunMs: number): Timing {
  // Small first: a pattern that is polynomial of high degree (n^4 on 1,000 spaces) never returns.
  let size = 100;
  timed(regex, build(attack, size)); // warm up the compiled regex
  let ms = best(regex, build(attack, size));
  let k = 1;
  const sizes: number[] = [];
  for (let next = size * 2; next < SIZE; next *= 2) sizes.push(next);
  const quarterAt = sizes.findIndex((s) => s >= SIZE / 4);
  let quarter: number | null = null;
  for (const next of [...sizes, SIZE]) {
    // Only the next step is predicted: a bounded quantifier ({0,2000}) grows fast below its bound
    // and linearly above it, so the curve at small sizes would overstate the time at 100 kB.
    if (ms * (next / size) ** Math.max(1, k) > longestRunMs) {
      return { attack, ms: ms * (SIZE / size) ** Math.max(1, k), exponent: k, extrapolated: true };
    }
    const t = ms > 50 ? timed(regex, build(attack, next)) : best(regex, build(attack, next));
    if (ms >= 0.5 && t >= 1) k = Math.log(t / ms) / Math.log(next / size);
    if (sizes.indexOf(next) === quarterAt) quarter = t;
    size = next;
    ms = t;
  }
  // Growth over the last 4× (≈25 kB → 100 kB): time ∝ size^k; 1 is linear.
  const exponent = ms >= MEASURABLE_MS && quarter !== null && quarter >= 1 ? Math.log(ms / quarter) / Math.log(SIZE / sizes[quarterAt]!) : null;
  return { attack, ms, exponent, extrapolated: false };
}

interface Verdict {
  readonly found: Found;
  readonly also: readonly string[];
  readonly worst: Timing;
  readonly worstGrowth: Timing | null;
  readonly attacks: number;
  readonly bad: boolean;
}

function audit(found: Found, also: readonly string[]): Verdict {
  guardInput = guardOf(found)?.input ?? ((text) => text);
  // Once one input is too slow to run to 100 kB the regex is known to be bad: the rest are only
  // measured as far as a tenth of the time, which is enough to find a worse one.
  let longest = LONGEST_RUN_MS;
  const timings = attacksOf(found.regex).map((a) => {
    const timing = timeAttack(found.regex, a, longest);
    if (timing.extrapolated) longest = LONGEST_RUN_MS / 10;
    return timing;
  });
  const worst = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
  const growing = timings.filter((t) => t.exponent !== null && (t.extrapolated || t.ms >= GROWTH_MS));
  const worstGrowth = growing.length ? growing.reduce((a, b) => ((b.exponent ?? 0) > (a.exponent ?? 0) ? b : a)) : null;
  const bad = worst.ms > SLOW_MS || worst.extrapolated || (worstGrowth?.exponent ?? 0) > SUPERLINEAR;
  return { found, also, worst, worstGrowth, attacks: timings.length, bad };
}

// ——— Main ——————————————————————————————————————————————————————————————————————————————————

function argValue(name: string): string | null {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] ?? null : null;
}

async function run(): Promise<number> {
  const top = Number(argValue('--top') ?? 40);
  const filter = argValue('--filter');
  const all = [...literalRegexes(), ...(await builtRegexes())];
  // One entry per distinct pattern; the other places that use it are listed with it.
  const byPattern = new Map<string, { found: Found; also: string[] }>();
  for (const f of all) {
    const key = `/${f.regex.source}/${f.regex.flags}`;
    const entry = byPattern.get(key);
    if (entry === undefined) byPattern.set(key, { found: f, also: [] });
    else if (entry.found.where !== f.where && !entry.also.includes(f.where)) entry.also.push(f.where);
  }
  const entries = [...byPattern.values()].filter((e) => filter === null || e.found.where.includes(filter));
  const literals = entries.filter((e) => e.found.origin === 'literal').length;
  console.log(`Auditing ${entries.length} distinct regexes (${literals} literals, ${entries.length - literals} built at run time) at ${SIZE / 1000} kB…`);
  const started = performance.now();
  const verdicts = entries.map((e, i) => {
    process.stderr.write(`\r${i + 1}/${entries.length} ${e.found.where}`.padEnd(60));
    return audit(e.found, e.also);
  });
  process.stderr.write('\n');
  verdicts.sort((a, b) => Number(b.bad) - Number(a.bad) || b.worst.ms - a.worst.ms);

  const shown = process.argv.includes('--all') ? verdicts : verdicts.slice(0, top);
  for (const v of shown) {
    const { worst, worstGrowth } = v;
    const growth = worstGrowth?.exponent == null ? `too fast to measure (under ${GROWTH_MS} ms)` : `size^${worstGrowth.exponent.toFixed(2)} on ${worstGrowth.attack.label}`;
    const time = worst.extrapolated ? `> ${LONGEST_RUN_MS / 1000} s (predicted)` : `${worst.ms.toFixed(1)} ms`;
    console.log(`${v.bad ? 'BAD ' : 'ok  '} ${time.padStart(20)}  ${v.found.where}${v.also.length ? ` (+${v.also.length} more)` : ''}`);
    console.log(`       /${v.found.regex.source.length > 110 ? `${v.found.regex.source.slice(0, 110)}…` : v.found.regex.source}/${v.found.regex.flags}`);
    console.log(`       worst: ${worst.attack.label}; growth: ${growth}; ${v.attacks} inputs`);
    const guard = guardOf(v.found);
    if (guard !== undefined) console.log(`       guarded: ${guard.guard}`);
  }
  const bad = verdicts.filter((v) => v.bad);
  console.log(`\n${verdicts.length} regexes, ${verdicts.reduce((n, v) => n + v.attacks, 0)} inputs, ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `${bad.length} slow or superlinear (over ${SLOW_MS} ms at ${SIZE / 1000} kB, or growing faster than size^${SUPERLINEAR}).`);
  for (const v of bad) console.log(`  ${v.found.where}: /${v.found.regex.source.slice(0, 80)}/${v.found.regex.flags}`);
  return bad.length ? 1 : 0;
}

process.exitCode = await run();

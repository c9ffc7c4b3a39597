// The command line's arguments, its usage and its version: kept apart from the analysis so that
// `scopefit --help` and `--version` answer without loading the engine (cli/main.ts).

import { version } from '../package.json';

export const VERSION = version;

export const USAGE = `usage: scopefit [--json | --summary | --csv] [--location "City, ST"] [--occupation SOC] [--level-only] [FILE...]
  FILE        .html, .htm, .txt, .md, or - for standard input; none: standard input when it is
              piped, else the bundled sample posting
  --json      one JSON report per input, one per line
  --location  the place to benchmark pay in when the posting names none (or to override it)
  --occupation  compare with this occupation (an OEWS code such as 29-1141) instead of the one
              the posting implies
  --level-only  only the stated and scope levels
  --summary   one row per posting: title, occupation, score, verdict, pay, roles bundled, top flag, wording
  --csv       the summary as CSV
  --version   the version
  Errors go to standard error; exit 0 all read, 1 any failed, 2 bad usage.`;

export interface Args {
  readonly json: boolean;
  readonly levelOnly: boolean;
  readonly summary: boolean;
  readonly csv: boolean;
  readonly location: string | null;
  readonly occupation: string | null;
  readonly files: readonly string[];
}

export function parseArgs(argv: readonly string[]): Args | string {
  let json = false, levelOnly = false, summary = false, csv = false;
  let location: string | null = null;
  let occupation: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--level-only') levelOnly = true;
    else if (arg === '--summary') summary = true;
    else if (arg === '--csv') csv = true;
    else if (arg === '--location') {
      const value = argv[++i];
      if (value === undefined || value.startsWith('--')) return '--location needs a place, e.g. --location "Austin, TX"';
      location = value;
    } else if (arg.startsWith('--location=')) location = arg.slice('--location='.length);
    else if (arg === '--occupation' || arg.startsWith('--occupation=')) {
      const value = arg === '--occupation' ? argv[++i] : arg.slice('--occupation='.length);
      if (value === undefined || !/^\d\d-\d{4}$/.test(value)) return '--occupation needs an OEWS code, e.g. --occupation 29-1141';
      occupation = value;
    } else if (arg === '-h' || arg === '--help') return 'help';
    else if (arg === '-V' || arg === '--version') return 'version';
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  // One output form at a time: which one a script gets must not depend on the order of its flags.
  const forms = [json && '--json', summary && '--summary', csv && '--csv'].filter((f): f is string => f !== false);
  if (forms.length > 1) return `${forms.join(' and ')} cannot be used together: choose one output form`;
  if (levelOnly && (summary || csv)) return `--level-only cannot be used with ${summary ? '--summary' : '--csv'}: the summary has no level columns`;
  if (location !== null && location.trim() === '') return '--location needs a place, e.g. --location "Austin, TX"';
  return { json, levelOnly, summary: summary || csv, csv, location, occupation, files };
}

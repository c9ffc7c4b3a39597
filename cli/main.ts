// The command line's entry (bin/scopefit.mjs runs its build, dist/cli.mjs): answers --help,
// --version and bad usage at once, and loads the engine (cli/scopefit.ts) only to analyse.

import { parseArgs, USAGE, VERSION } from './args';

export async function run(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help' || args === 'version') {
    process.stdout.write(args === 'help' ? `${USAGE}\n` : `scopefit ${VERSION}\n`);
    return 0;
  }
  const { main } = await import('./scopefit');
  return main(argv);
}

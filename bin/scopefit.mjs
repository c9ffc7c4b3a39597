#!/usr/bin/env node
// The `scopefit` command: runs the command line built to plain JavaScript at install time
// (dist/cli.mjs, from scripts/build-cli.mjs). Without it (a checkout before `npm install`, or
// sources changed since the build), runs the TypeScript sources through tsx, which is slower.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli.mjs', import.meta.url));
let cli;
if (existsSync(built) && !sourcesNewerThan(statSync(built).mtimeMs)) {
  cli = await import(built);
} else {
  if (!existsSync(built)) process.stderr.write('scopefit: dist/cli.mjs is missing (run `npm run build:cli`); running the TypeScript sources instead, which starts slower.\n');
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../cli/main.ts');
}
process.exitCode = await cli.run(process.argv.slice(2));

/** True when the command line's TypeScript sources (in a checkout) changed after the build. */
function sourcesNewerThan(time) {
  const { readdirSync } = process.getBuiltinModule?.('node:fs') ?? { readdirSync: null };
  if (readdirSync === null) return false;
  for (const dir of ['../cli/', '../analyzers/']) {
    const url = new URL(dir, import.meta.url);
    if (!existsSync(url)) continue;
    for (const entry of readdirSync(url, { recursive: true })) {
      if (typeof entry === 'string' && entry.endsWith('.ts') && statSync(new URL(entry, url)).mtimeMs > time) return true;
    }
  }
  return false;
}

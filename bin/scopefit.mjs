#!/usr/bin/env node
// The `scopefit` command: runs cli/scopefit.ts through tsx, so the command line runs the very
// analyzer sources the extension bundles.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/scopefit.ts');
process.exitCode = await main(process.argv.slice(2));

// Builds the command line to plain JavaScript (dist/cli.mjs), run from `postinstall` and
// `npm run build:cli`: compiling the TypeScript sources on every start (tsx) took about 2 s.
// happy-dom stays outside the bundle (it is a dependency, loaded only for HTML input).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  // cli/main.ts answers --help and --version; the engine is a chunk loaded only to analyse.
  entryPoints: { cli: 'cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['happy-dom'],
  // Bundled CommonJS (compromise) may call require(): give the ES module one.
  banner: { js: "import { createRequire as __scopefitRequire } from 'node:module'; const require = __scopefitRequire(import.meta.url);" },
  logLevel: 'warning',
});

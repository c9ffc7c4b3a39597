import { Window } from 'happy-dom';
import { readFileSync, readdirSync } from 'node:fs';
const dirs = ['/work/shared/fixtures/pages/', '/work/shared/corpus/html/'];
for (const d of dirs) for (const f of readdirSync(d).filter(f => f.endsWith('.html'))) {
  let html = readFileSync(d + f, 'utf8');
  const fix = process.argv[2] === 'fix';
  if (fix) html = html.replace(/<svg\b[\s\S]*?<\/svg>/gi, (s) => s.replace(/<style\b[\s\S]*?<\/style>/gi, ''));
  const w = new Window({ url: 'https://example.com/' });
  const t = Date.now();
  const doc = new w.DOMParser().parseFromString(html, 'text/html');
  const n = doc.querySelectorAll('*').length;
  const noScript = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<style\b[\s\S]*?<\/style>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  const tags = (noScript.match(/<[a-zA-Z][a-zA-Z0-9-]*/g) || []).length;
  console.log(f.slice(0, 50).padEnd(50), n, tags, Date.now() - t, 'ms');
  await w.happyDOM.close();
}

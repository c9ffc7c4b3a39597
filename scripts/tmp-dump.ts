import { normaliseDescription } from '../analyzers/posting';
import { loadCorpus } from './corpus';
const [from, to, max] = [Number(process.argv[2]), Number(process.argv[3]), Number(process.argv[4] ?? 99999)];
for (const p of loadCorpus()) {
  const n = Number(p.id.split('-')[1]);
  if (!p.id.startsWith('arbeitsagentur') || n < from || n > to) continue;
  console.log(`### ${p.id} | ${p.title} | pay: ${p.salary_text ?? '-'}`);
  const text = normaliseDescription(p.description);
  if (max < 0) console.log(text.split('\n').filter((l) => /jahr|erfahrung|wochenende|abends|bereitschaft|belastbar|dynamisch|stress/i.test(l)).join('\n'));
  else { const at = Math.max(0, text.search(/aufgaben|erwartet dich|deine mission|deine rolle/i)); console.log(text.slice(at, at + max)); }
}

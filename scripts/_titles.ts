import { readFileSync } from 'node:fs';
import { statedLevel } from '../analyzers/seniority';
for (const l of readFileSync('/work/shared/corpus/occupations/postings.jsonl', 'utf8').split('\n').filter(Boolean)) {
  const p = JSON.parse(l); const s = statedLevel(p.title); console.log(`${p.id}\t${s.level}\t${s.evidence}\t${p.title}`);
}

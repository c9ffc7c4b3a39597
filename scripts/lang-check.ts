// Language detection on the corpus: how many postings get the language the corpus records.
import { guessLanguage } from '../analyzers/language';
import { postingFromText, readPosting } from '../analyzers/posting';
import { corpusText, loadCorpus } from './corpus';
const corpus = loadCorpus();
let hit = 0;
for (const p of corpus) {
  const posting = readPosting(postingFromText(corpusText(p)));
  if (posting.language === p.language) hit++;
  else console.log(p.id, p.language, posting.language, JSON.stringify(guessLanguage(`${posting.title}\n${posting.description}`).scores.slice(0, 2)), posting.description.slice(0, 200).replace(/\n/g, ' '));
}
console.log(`${hit}/${corpus.length}`);

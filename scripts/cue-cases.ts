// Writes tests/analyzers/vocabulary-cases.ts: for every cue of the English cue tables, one real
// sentence it must match and one it must not, each with the id of the posting it comes from.
//   npx tsx scripts/cue-cases.ts > tests/analyzers/vocabulary-cases.ts
// The sentence that must match is the first corpus duty (or sentence, for conditions) the cue
// matches; the one that must not is, by preference, a near miss: text the cue's letters appear in
// without its word boundaries ("Gurugram" for "guru"), else a sentence holding the cue's key word
// that the cue does not match, else a sentence of another occupation. Cues no posting matches keep
// the invented case written for them in INVENTED below. Each case is checked as the test checks it.
import { statementForms } from '../analyzers/nlp';
import { wordCue } from '../analyzers/word-cues';
import { allCues, haystackOf, keyWord, marketingSites, occupationSites, type CueSite, type CueTable } from './cue-coverage';

/** Sentences written here for cues the corpus never uses: [must match, must not match]. */
const INVENTED: Readonly<Record<string, readonly [string, string]>> = {
  "long-term plans?": ["Build long-term plans for each social channel with the marketing lead", "Enroll in the long-term disability plan after 90 days"],
  "growth plans?": ["Draft quarterly growth plans for Instagram and TikTok", "Plans for growth of the business are reviewed by the board"],
  "motion graphics?": ["Create motion graphics and short animations for Reels", "Graphics are reviewed in motion by the editor"],
  "capcut": ["Edit short videos in CapCut for daily stories", "Capture photos at every campus event"],
  "thumbnails?": ["Design YouTube thumbnails that lift click-through", "Thumb through the archive for past campaigns"],
  "build relationships with (our )?(audiences?|followers?|community|users?)": ["Build relationships with our followers through daily replies", "Build relationships with local vendors and suppliers"],
  "fanbase": ["Grow and energise the club's fanbase on every platform", "Fans base their opinions on what they see"],
  "customer care": ["Hand customer care questions from social to the support team", "Take care of customer files in the archive"],
  "support requests?": ["Route support requests that arrive by DM to the help team", "Support the team with requests from partners"],
  "enquir(y|ies)": ["Answer enquiries sent through Facebook and Instagram", "Enquire about parking at reception"],
  "service issues?": ["Flag service issues raised in comments to the operations team", "Issue service vehicles to drivers each morning"],
  "help desk": ["Work with the help desk on questions raised on social", "Help set up the desk for new staff"],
  "user support": ["Provide first-line user support in our Discord", "Users support each other in the forum"],
  "social care": ["Own social care: answer customers who reach us on X and Facebook", "Provide personal care and social activities for residents"],
  "platform changes?": ["Keep the team informed of platform changes and new features", "Change platforms at the station when trains are delayed"],
  "what('s| is) happening": ["Know what's happening on TikTok before it trends", "Report what happened during the shift in the log"],
  "cultural moments?": ["Jump on cultural moments with timely, on-brand posts", "Moments of cultural exchange happen in our office"],
  "promoted (posts?|tweets?|content)": ["Set up promoted posts for product launches", "Employees are promoted from within whenever possible"],
  "cpm": ["Report CPM, CPC and CTR for every paid campaign", "Check the CPR certification is current"],
  "retarget(ing|ed)?": ["Build retargeting audiences for paid social", "Target dates are set by the project manager"],
  "outreach to (creators?|influencers?|bloggers?|partners?)": ["Lead outreach to creators for the summer campaign", "Do outreach in the community for the food bank"],
  "issues management": ["Support issues management and crisis response on social", "Manage issues with the forklift fleet"],
  "executive communications?": ["Draft executive communications and LinkedIn posts for the CEO", "Communicate with the executive chef on menu changes"],
  "news releases?": ["Write news releases and distribute them to local media", "Release news of schedule changes to the crew"],
  "media kits?": ["Keep the media kit and press photos up to date", "Kit out the media room with chairs"],
  "employer brand(ing)?": ["Tell employer branding stories on LinkedIn and Instagram", "Brand new equipment for every employer site"],
  "recruit(ing|ment) (content|marketing|campaigns?)": ["Produce recruiting content that shows life at the company", "Recruiting the right candidates is the hiring manager's job"],
  "staff newsletters?": ["Edit the monthly staff newsletter", "Newsletters are sent to staff parents by the school office"],
  "subordinates": ["Direct and guide subordinates on the social team", "Report to the supervisor and follow instructions"],
  "people manage(r|rs|ment)?": ["Take on people management of two content creators", "Manage people's bookings at the front desk"],
  "supervisory (responsibilit(y|ies)|role|duties)": ["Supervisory responsibilities: the social coordinator and two interns", "Work under the supervision of the marketing director"],
  "executive teams?": ["Present the monthly social report to the executive team", "Teams of executives visit the warehouse each quarter"],
  "live coverage": ["Run live coverage of the conference on Instagram Stories", "Coverage of live events is handled by our agency"],
  "festivals?": ["Cover the summer festival on TikTok and Instagram", "Festive decorations are put up in December"],
  "live[- ]tweet(s|ing)?": ["Live-tweet the product keynote", "Live near the office and tweet occasionally"],
  "exhibitions?": ["Promote the gallery's exhibitions across social channels", "Exhibit professionalism at all times"],
  "summits?": ["Plan content around our annual leadership summit", "Submit timesheets every Friday"],
  "close deals": ["Follow up on social leads and close deals with shop owners", "Close the deal room at the end of each day"],
  "book (meetings?|demos?)": ["Reach prospects on LinkedIn and book demos for the sales team", "Book travel for team meetings"],
  "affiliate sales?": ["Track affiliate sales from creator links", "Sales of affiliated companies are not included"],
  "upsell(s|ing)?": ["Upsell bundles to customers who message the shop", "Sell up to 40 units per shift"],
  "manage (the |our )?(online |e-?commerce )?(store|shop)": ["Manage our online store and its product pages", "Manage the store room inventory and deliveries"],
  "around the clock": ["We monitor our channels around the clock during launches", "The clock is displayed around the office"],
  "weekends and evenings": ["Expect to work weekends and evenings when campaigns go live", "Evenings are free and weekends are off"],
  "at any hour": ["Be ready to respond to comments at any hour", "Hours of operation are posted at the entrance"],
  "available (on |during )?(evenings|weekends|nights|after hours|outside (of )?(normal|regular|business) hours)": ["Must be available evenings to cover live events", "Parking is available during business hours"],
  "outside (of )?(normal|regular|standard|business) (working )?hours": ["Some work outside of normal working hours is required", "Normal working hours are Monday to Friday"],
  "always[- ]on (availability|schedule|role|position|coverage)": ["This is an always-on role during product launches", "Plan always-on campaigns for the brand"],
  "wear (many|multiple|a lot of|lots of) hats": ["In a team of four you will wear many hats", "Wear a hard hat on site"],
  "hit the ground running": ["We need someone who can hit the ground running", "Running shoes must not be worn on the ground floor"],
  "pressure (to|of) (deliver|perform|meet|hit)": ["You will feel the pressure to deliver results every week", "Check tyre pressure before each delivery"],
  "quick turnarounds?": ["Content often has quick turnarounds of a few hours", "Turn around quickly and check the mirror"],
  "ninjas?": ["We are looking for a social media ninja", "Nina leads our community team"],
  "gurus?": ["Calling all content gurus!", "The office is in Gurugram"],
  "wizards?": ["Are you an Excel wizard who loves social?", "Licensing for the Wizarding World titles sits with the brand team"],
  "hackers?": ["Join us as our growth hacker", "Hackathons are held twice a year"],
  "jedis?": ["Become our marketing Jedi", "Jed is the hiring manager"],
  "superheroe?s?": ["We need a social media superhero", "Write copy for the Superheroines comic launch"],
  "mavens?": ["You are a TikTok maven", "Mavenlink is the tool we use for projects"],
  "badass(es)?": ["Looking for a badass storyteller", "Bad assumptions lead to bad posts"],
  "magicians?": ["Be the magician behind our feed", "Magic happens at our annual retreat"],
  "whiz": ["You're a whiz with Canva and CapCut", "Whizzing through tasks is not expected"],
  "p&l": ["Own the P&L for the social media business unit", "Review profit and loss statements prepared by the finance team"],
  "(direct|guide|supervise|manage|lead|mentor|coach|train|evaluate) (and (direct|guide|develop|mentor|coach|supervise|train|evaluate) )?(\\w+ )?subordinates": ["Direct and guide subordinates in the communications office", "Report to the director and guide visitors"],
  "team of \\d+": ["Lead a team of 4 content creators", "Join a team of friendly people"],
  "team of (two|three|four|five|six)": ["Manage a team of three social media specialists", "Be one of a team of passionate marketers"],
  "advise (the )?(senior |executive )?(leadership|executives?|ceo)": ["Advise the executive team on social media risk", "Advise customers on product choices"],
};

const roots = new Map<string, string>();
const rootOf = (t: string): string => {
  if (!roots.has(t)) roots.set(t, statementForms([t])[0]!.root);
  return roots.get(t)!;
};
const WINDOW = 240;

/** The part of a long text around where `re` matches, cut at spaces. */
function around(text: string, re: RegExp): string {
  if (text.length <= WINDOW) return text;
  const at = Math.max(0, (re.exec(text)?.index ?? 0) - 80);
  const start = at === 0 ? 0 : text.indexOf(' ', at) + 1;
  const end = text.lastIndexOf(' ', start + WINDOW);
  return text.slice(start, end > start ? end : start + WINDOW);
}

interface Candidate { readonly id: string; readonly text: string; readonly haystack: string }
const candidates = (on: CueTable['on'], sites: readonly CueSite[]): Candidate[] =>
  sites.flatMap((s) => (on === 'duties' ? s.duties.map((d) => ({ id: s.id, text: d.text, haystack: d.haystack })) : s.sentences.map((t) => ({ id: s.id, text: t, haystack: t }))));

const marketing = marketingSites();
const occupations = occupationSites();
const pools = {
  duties: { marketing: candidates('duties', marketing), occupations: candidates('duties', occupations) },
  sentences: { marketing: candidates('sentences', marketing), occupations: candidates('sentences', occupations) },
};
seedRoots(pools.duties.marketing);
seedRoots(pools.duties.occupations);
function seedRoots(list: readonly Candidate[]): void {
  for (const c of list) roots.set(c.text, c.haystack.slice(0, c.haystack.length - c.text.length - 3));
}

const out: string[] = [];
const missing: string[] = [];
for (const cue of allCues()) {
  const bounded = wordCue(cue.cue);
  const bare = new RegExp(cue.cue, 'i');
  const hits = (t: string): boolean => bounded.test(haystackOf(cue.on, t, rootOf));
  const pool = pools[cue.on];
  const all = [...pool.marketing, ...pool.occupations];
  /** A short form of a candidate the test will check the same way, or null. */
  const shortened = (c: Candidate, want: boolean): string | null => {
    if (c.text.length <= WINDOW) return c.text;
    const w = around(c.text, want ? bounded : bare);
    return hits(w) === want ? w : null;
  };
  let match: readonly [string, string] | null = null;
  for (const c of all) {
    if (!bounded.test(c.haystack)) continue;
    const w = shortened(c, true);
    if (w) { match = [c.id, w]; break; }
  }
  const word = keyWord(cue.cue);
  const wordRe = word ? new RegExp(`\\b${word}`, 'i') : null;
  const tiers: ((c: Candidate) => boolean)[] = [
    (c) => bare.test(c.haystack) && !bounded.test(c.haystack),
    (c) => wordRe !== null && wordRe.test(c.haystack) && !bounded.test(c.haystack),
  ];
  let noMatch: readonly [string, string] | null = null;
  for (const tier of tiers) {
    for (const c of all) {
      if (!tier(c)) continue;
      const w = shortened(c, false);
      if (w) { noMatch = [c.id, w]; break; }
    }
    if (noMatch) break;
  }
  const invented = INVENTED[cue.cue];
  if (invented && !noMatch) noMatch = ['invented', invented[1]];
  if (!noMatch) {
    const c = pool.occupations.find((x) => x.text.length > 40 && x.text.length <= WINDOW && !bounded.test(x.haystack));
    if (c) noMatch = [c.id, c.text];
  }
  if (!match && invented) match = ['invented', invented[0]];
  if (!match) missing.push(`${cue.table}.${cue.key}: ${cue.cue}`);
  out.push(`  { table: '${cue.table}', key: '${cue.key}', cue: ${JSON.stringify(cue.cue)},\n    match: ${JSON.stringify(match)},\n    noMatch: ${JSON.stringify(noMatch)} },`);
}
console.log(`// Written by scripts/cue-cases.ts from ../shared/corpus (ids cited; "invented" where no posting uses the cue).
// For each cue of analyzers/vocabulary/{areas,conditions,levels}.ts: a sentence it must match and one it must not.
export interface CueCase {
  readonly table: 'areas' | 'conditions' | 'levels';
  readonly key: string;
  readonly cue: string;
  /** [posting id, text]; null when neither the corpus nor INVENTED has one (the test fails). */
  readonly match: readonly [string, string] | null;
  readonly noMatch: readonly [string, string] | null;
}

export const CUE_CASES: readonly CueCase[] = [
${out.join('\n')}
];`);
console.error(`${missing.length} cues with no sentence that matches:\n${missing.join('\n')}`);

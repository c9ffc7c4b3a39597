// Cues for the 16 work areas of ../shared/design/taxonomy.md. Each cue is a regular-expression
// source matched against the ROOT form of a duty statement (lower case, verbs in the infinitive,
// nouns singular, as compromise gives them), so "Managing captions" meets "manage caption".
// Cues are checked only on duty statements, never on the company blurb. Every cue is matched as
// whole words (analyzers/word-cues.ts): write the endings a cue takes ("videos?", "analy(sis|st|ze)")
// rather than a bare stem. Keep every cue free of nested quantifiers, and bound a stem's ending
// (\w{0,20}, not \w*): they run on text anyone can write, and `npx tsx scripts/regex-audit.ts`
// times each on 100 kB of the worst of it. Each cue's sentence that must match and one that must
// not are in tests/analyzers/vocabulary-cases.ts; `npx tsx scripts/cue-coverage.ts` counts the
// corpus postings each cue matches.

import type { Area } from '../types';

export const AREA_CUES: Readonly<Record<Area, readonly string[]>> = {
  strategy: [
    // Postings and labellers alike count carrying a strategy out as strategy work, so any duty that
    // names the strategy or the plan counts; goal-setting and budgets too.
    'strateg(y|ies|ic|ically|ist|ists|ize|ise|izing|ising)', 'set (\\w+ )?(kpi|okr|goal|objective)s?', 'define (\\w+ )?(kpi|goal|objective|success metric)s?',
    'roadmaps?', '(develop|create|build|write|draft)[a-z]{0,4} (and \\w+ )?(\\w+ )?(promotional |marketing |social |content |campaign )?plans?',
    'plan (and execute |and launch )?(the |our |all )?(social|campaigns?|content strategy|marketing plans?)',
    'budget(s|ing)?', 'go-to-market', 'positioning', 'social (media )?plans?', 'long-term plans?', 'growth plans?',
    'own (the |our )?(social|channels?|brand presence)',
  ],
  content: [
    'caption(s|ing)?', 'copy', 'copywrit(e|es|ing|er|ers)', 'content calendars?', 'editorial calendars?', 'calendars?',
    'blog(s|ging)?', 'articles?', 'write', 'writing', 'draft(s|ing|ed)?', 'proofread(s|ing)?', 'publish(es|ing|ed)?', 'schedule (posts?|content|social)',
    'brand voice', 'tone of voice', 'storytell(ing|er|ers)', 'script(s|ing|writing)?', 'content',
    // "Post" is content when it is social posts, not "post invoices" or "post-secondary": the noun, or the verb with what it posts.
    'posts', 'post (\\w+ )?(content|updates?|videos?|photos?|images?|stor(y|ies)|captions?|on|to|across|daily|regularly|consistently)', '(social|social media|blog|instagram|linkedin|facebook) posts?', 'posting (on|to|across|content|schedule)',
    'newsletters?', 'messaging', 'narratives?', 'edit (copy|content|posts?|articles?)', 'curat(e|es|ed|ing|ion)',
  ],
  creative: [
    'video(s|graphy|grapher)?', 'reels?', 'tiktoks', 'shorts', 'photo(s|graphy|grapher|graphs?|shoots?)?', 'graphic(s|al)?', 'design (graphics?|visuals?|assets?|images?|posts?|templates?|creatives?|content)',
    'canva', 'adobe', 'photoshop', 'illustrator', 'premiere', 'after effects', 'figma', 'visual(s|ly)?', 'imagery',
    'infographics?', 'animations?', 'motion graphics?', 'film(s|ing|ed)?', 'shoot(s|ing)?', 'footage', 'creative assets?', 'capcut',
    'b-roll', 'gifs?', 'thumbnails?', 'podcast(s|ing)?', 'multimedia', 'edit (short|long)', 'video edit(s|ing|or|ors)?',
  ],
  community: [
    'communit(y|ies)', 'engage (with|our|the|followers?|audiences?|fans?|users?|members?|community|customers?)', 'engagement', 'comments?', 'dms?', 'direct messages?', 'respond to', 'repl(y|ies|ying)',
    // Moderating a community, not "moderate noise" or "moderate lifting".
    'moderat(ion|ing|ors?)', 'moderate (\\w+ )?(comments?|content|discussions?|forums?|chats?|conversations?|communit(y|ies)|channels?|groups?)', 'followers?', 'fans?', 'grow (our |the )?(audiences?|following|followers?|channels?)', 'conversations?',
    'discord', 'forums?', 'community members?', 'members of (our|the) community', 'member (engagement|experience)', 'telegram', 'audience growth', 'interact(s|ing|ion|ions)?',
    'build relationships with (our )?(audiences?|followers?|community|users?)', 'fanbase',
  ],
  care: [
    'customer service', 'customer support', 'customer care', 'support requests?', 'complaints?', 'inquir(y|ies)', 'enquir(y|ies)',
    'escalat(e|es|ed|ing|ion|ions)', 'resolve (customer |user )?(issues?|problems?|questions?)', 'customer (questions?|issues?|concerns?|feedback)',
    'service issues?', 'support tickets?', 'helpdesk', 'help desk', 'troubleshoot(s|ing)?', 'user support', 'provide (customer |user )?support',
    'social (customer )?support', 'social care',
  ],
  analytics: [
    'analytic(s|al)?', 'metrics?', 'report(s|ing)? on', 'performance (reports?|metrics?|data|analysis|tracking|of)', 'dashboards?', 'measur(e|es|ed|ing|ement|ements|able)',
    'track (\\w+ )?(performance|metrics?|results?|engagement|kpis?|campaigns?|growth|analytics|success|roi|progress)', 'tracking',
    'roi', 'a/b test(s|ing)?', 'insights?', 'data[- ]driven', 'analy[sz]e data', 'data (analysis|insights?)', 'analy(sis|ses|st|sts|ze|zes|zed|zing|se|ses|sed|sing)', 'benchmark(s|ing)?',
    '(report|measure|track|analy[sz]e) (\\w+ )?results', 'report(s|ing)?\\b(?! (directly )?to\\b)', 'kpis?', 'evaluat(e|es|ed|ing|ion|ions)',
  ],
  listening: [
    'listening', 'monitor(s|ing|ed)?', 'trend(s|ing|y)?', 'competitors?', 'competitive', 'mentions?', 'sentiment',
    'stay (up[- ]to[- ]date|current|on top|abreast|ahead)', 'keep (up|abreast|current)', 'platform changes?', 'best practices?',
    'emerging', 'industry news', 'pulse', 'what(\'s| is) happening', 'algorithms?', 'cultural moments?', 'research(es|ing)?',
  ],
  paid: [
    'paid (social|media|campaigns?|ads?|advertising|search|promotions?|placements?)', 'ads?', 'advertis(e|es|ed|ing|ement|ements|er|ers)', 'ad spend',
    'boost(s|ed|ing)?', 'media buy(s|ing|er|ers)?', 'targeting', 'ppc', 'sponsored', 'promoted (posts?|tweets?|content)', 'campaign budgets?',
    'ads? managers?', 'performance marketing', 'cpc', 'cpm', 'retarget(ing|ed)?',
  ],
  influencer: [
    'influencers?', 'creators', 'creator (partnerships?|programs?|relationships?|outreach|marketing|collabs?|collaborations?)', 'bloggers?', 'partnerships?', 'ugc', 'user[- ]generated', 'ambassadors?',
    'affiliates?', 'brand deals?', 'talent', 'content creators?', 'kols?', 'sponsorships?', 'outreach to (creators?|influencers?|bloggers?|partners?)',
  ],
  pr: [
    'press', 'media relations?', 'public relations?', 'pr', 'cris(is|es)', 'reputation(al)?', 'spokesperson',
    'journalists?', 'media (outreach|inquir(y|ies)|coverage|lists?|pitch(es|ing)?)', 'press releases?', 'earned media', 'corporate communications?',
    'issues management', 'executive communications?', 'pitch (to )?(media|reporters?|stor(y|ies))', 'reporters?', 'thought leadership',
    'speaking opportunit(y|ies)', 'award submissions?', 'news releases?', 'media kits?',
  ],
  internal: [
    'internal comm(s|unications?)', 'employee (advocacy|engagement|communications?|stor(y|ies)|newsletters?)', 'employer brand(ing)?', 'recruit(ing|ment) (content|marketing|campaigns?)',
    'intranet', 'staff newsletters?', 'internal (audiences?|newsletters?|channels?|stakeholder communications?)',
  ],
  leadership: [
    '(manage|lead|supervise|mentor|hire|train|coach|oversee|direct|build|grow|develop) (and (manage|lead|mentor|develop|grow) )?(a |the |our |your |two |three |small )?(part-time )?(teams?|staff|interns?|freelancers?|contractors?|agenc(y|ies)|vendors?|volunteers?|direct reports?|designers?|writers?|specialists?|coordinators?|juniors?|people)',
    // Supervising others ("supervise the team", "supervisory responsibilities"), never being supervised ("under the supervision of").
    'direct reports?', 'subordinates', 'people manage(r|rs|ment)?', 'team lead(s|er|ers)?', 'supervis(e|es|ing) (\\w+ ){0,3}(teams?|staff|employees|interns?|freelancers?|volunteers?|others|workers|crews?)', 'supervisory (responsibilit(y|ies)|role|duties)',
    'agency of record', 'manage (external )?(agency|agencies|vendors?)',
  ],
  stakeholders: [
    'cross[- ]functional(ly)?', '(collaborat\\w{0,20}|work\\w{0,20}|partner\\w{0,20}|liaise|coordinat\\w{0,20}|align\\w{0,20}|consult\\w{0,20}) (closely |directly |regularly )?with (\\w+ ){0,4}(teams?|departments?|colleagues?|directors?|managers?|stakeholders?|leadership|staff|sales|product|engineering|legal|marketing|communications|designers?|executives?|partners?|leads?)',
    'liais(e|es|ing)', 'liaisons?', 'stakeholders?', 'present (to|results?|findings?|recommendations?)', 'leadership teams?',
    'other departments?', 'internal teams?', 'teams across', 'across (the )?(organization|company|business)', 'points? of contact',
    'senior leadership', 'executive teams?', 'clients?', 'in partnership with',
  ],
  web: [
    'websites?', 'web sites?', 'cms', 'wordpress', 'e-?mail(s|ing)?', 'newsletters?', 'mailchimp',
    'seo', 'sem', 'search engines?', 'html5?', 'css', 'landing pages?', 'web content', 'shopify',
    'squarespace', 'web ?pages?', 'digital marketing channels?', 'hubspot', 'marketing automation', 'blog posts?',
  ],
  events: [
    'events?', 'conferences?', 'trade ?shows?', 'webinars?', 'meetups?', 'live coverage',
    'activations?', 'festivals?', 'live[- ]?stream(s|ing|ed)?', 'live[- ]tweet(s|ing)?', 'attend (\\w+ )?(events?|conferences?|trade ?shows?|shows?|festivals?|expos?|fairs?)', 'workshops?', 'exhibitions?', 'summits?',
  ],
  sales: [
    // Doing sales, not hoping a post "drives traffic" or "conversion": those are outcomes of other work.
    'sell', 'selling', 'social selling', 'social commerce', 'commission(s|ed)?', 'quotas?', 'prospect(s|ing)?', 'close deals',
    'book (meetings?|demos?)', 'sales (targets?|calls?|pipeline|quotas?|goals?|outreach|leads?)', 'product listings?', 'cold (call(s|ing)?|outreach|e-?mails?)',
    'affiliate sales?', 'upsell(s|ing)?', 'lead generation', 'manage (the |our )?(online |e-?commerce )?(store|shop)',
  ],
};

/** Which job family each area belongs to (taxonomy.md, "Job families"); stakeholders counts towards none. */
export const FAMILY_OF: Readonly<Record<Area, string | null>> = {
  strategy: 'social media management', content: 'social media management', community: 'social media management',
  analytics: 'social media management', listening: 'social media management',
  creative: 'creative production', paid: 'paid media', care: 'customer care', pr: 'communications / PR',
  internal: 'communications / PR', influencer: 'partnerships', web: 'web & lifecycle marketing', events: 'events',
  sales: 'sales', leadership: 'people management', stakeholders: null,
};

// Cues for the 16 work areas of ../shared/design/taxonomy.md. Each cue is a regular-expression
// source matched against the ROOT form of a duty statement (lower case, verbs in the infinitive,
// nouns singular, as compromise gives them), so "Managing captions" meets "manage caption".
// Cues are checked only on duty statements, never on the company blurb. Keep every cue free of
// nested quantifiers, and bound a stem's ending (\w{0,20}, not \w*): they run on text anyone can
// write, and `npx tsx scripts/regex-audit.ts` times each on 100 kB of the worst of it.

import type { Area } from '../types';

export const AREA_CUES: Readonly<Record<Area, readonly string[]>> = {
  strategy: [
    // Postings and labellers alike count carrying a strategy out as strategy work, so any duty that
    // names the strategy or the plan counts; goal-setting and budgets too.
    'strateg', 'set (\\w+ )?(kpi|okr|goal|objective)', 'define (\\w+ )?(kpi|goal|objective|success metric)',
    '\\broadmap', '(develop|create|build|write|draft)[a-z]{0,4} (and \\w+ )?(\\w+ )?(promotional |marketing |social |content |campaign )?plan',
    'plan (and execute |and launch )?(the |our |all )?(social|campaign|content strategy|marketing plan)',
    '\\bbudget', 'go-to-market', '\\bpositioning', 'social (media )?plan\\b', 'long-term plan', 'growth plan',
    'own (the |our )?(social|channel|brand presence)', 'direction for',
  ],
  content: [
    '\\bcaption', '\\bcopy\\b', 'copywrit', 'content calendar', 'editorial calendar', '\\bcalendar',
    '\\bblog', '\\barticle', '\\bwrite\\b', '\\bwriting\\b', '\\bdraft', 'proofread', '\\bpublish', '\\bschedule (post|content|social)',
    'brand voice', 'tone of voice', 'storytell', '\\bscript', '\\bcontent\\b', '\\bpost\\b', '\\bposts\\b', 'posting',
    '\\bnewsletter', '\\bmessaging\\b', '\\bnarrative', '\\bedit (copy|content|post|article)', '\\bcurate',
  ],
  creative: [
    '\\bvideo', '\\breels?\\b', '\\btiktoks\\b', '\\bshorts\\b', '\\bphoto', '\\bgraphic', 'design (graphic|visual|asset|image|post|template|creative|content)',
    '\\bcanva\\b', '\\badobe', 'photoshop', 'illustrator', 'premiere', 'after effects', '\\bfigma\\b', '\\bvisual', '\\bimagery',
    'infographic', 'animation', 'motion graphic', '\\bfilm', '\\bshoot', '\\bfootage', 'creative asset', '\\bcapcut',
    'b-roll', '\\bgifs?\\b', 'thumbnail', '\\bpodcast', 'multimedia', 'edit (short|long)', 'video edit',
  ],
  community: [
    '\\bcommunit', 'engage (with|our|the|follower|audience|fan|user|member|community|customer)', '\\bengagement\\b', '\\bcomments?\\b', '\\bdms?\\b', 'direct message', 'respond to', '\\breply', '\\breplies',
    '\\bmoderat', '\\bfollowers?\\b', '\\bfans?\\b', 'grow (our |the )?(audience|following|follower|channel)', '\\bconversation',
    '\\bdiscord', '\\bforum', 'community members?', 'members of (our|the) community', 'member (engagement|experience)', '\\btelegram', 'audience growth', '\\binteract',
    'build relationships with (our )?(audience|followers|community|users)', '\\bfanbase',
  ],
  care: [
    'customer service', 'customer support', 'customer care', 'support request', '\\bcomplaint', '\\binquir', '\\benquir',
    '\\bescalat', 'resolve (customer |user )?(issue|problem|question)', 'customer (question|issue|concern|feedback)',
    'service issue', 'support ticket', 'helpdesk', 'help desk', 'troubleshoot', 'user support', 'provide (customer |user )?support',
    'social (customer )?support', 'social care',
  ],
  analytics: [
    '\\banalytic', '\\bmetric', '\\breport(s|ing)? on', 'performance (report|metric|data|analysis|tracking|of)', '\\bdashboard', '\\bmeasur',
    'track (\\w+ )?(performance|metric|result|engagement|kpi|campaign|growth|analytics|success|roi|progress)', 'tracking',
    '\\broi\\b', 'a/b test', '\\binsight', 'data[- ]driven', 'analy[sz]e data', 'data (analysis|insight)', '\\banaly[sz]', '\\bbenchmark',
    '(report|measure|track|analy[sz]e) (\\w+ )?results', '\\breport(s|ing)?\\b(?! (directly )?to\\b)', '\\bkpi', 'monthly report', 'weekly report', '\\bevaluat',
  ],
  listening: [
    '\\blistening', '\\bmonitor', '\\btrend', '\\bcompetitor', '\\bcompetitive', 'mention', '\\bsentiment',
    'stay (up[- ]to[- ]date|current|on top|abreast|ahead)', 'keep (up|abreast|current)', 'platform change', 'best practice',
    '\\bemerging', 'industry news', '\\bpulse\\b', 'what(\'s| is) happening', 'algorithm', 'cultural moment', 'research',
  ],
  paid: [
    'paid (social|media|campaign|ad|advertising|search|promotion|placement)', '\\bads?\\b', 'advertis', 'ad spend',
    '\\bboost', 'media buy', '\\btargeting', '\\bppc\\b', 'sponsored', 'promoted (post|tweet|content)', 'campaign budget',
    'ad manager', 'ads manager', 'performance marketing', '\\bcpc\\b', '\\bcpm\\b', 'retarget',
  ],
  influencer: [
    '\\binfluencer', '\\bcreators\\b', 'creator (partnership|program|relationship|outreach|marketing|collab)', '\\bblogger', '\\bpartnership', '\\bugc\\b', 'user[- ]generated', '\\bambassador',
    '\\baffiliate', 'brand deal', '\\btalent\\b', 'content creator', 'kol', 'sponsorship', 'outreach to (creator|influencer|blogger|partner)',
  ],
  pr: [
    '\\bpress\\b', 'media relation', 'public relation', '\\bpr\\b', '\\bcrisis', '\\breputation', '\\bspokesperson',
    '\\bjournalist', 'media (outreach|inquir|coverage|list|pitch)', 'press release', 'earned media', 'corporate communication',
    'issues management', 'executive communication', '\\bpitch (to )?(media|reporter|story)', '\\breporter', 'thought leadership',
    'speaking opportunit', 'award submission', 'news release', 'media kit',
  ],
  internal: [
    'internal comm', 'employee (advocacy|engagement|communication|story|newsletter)', 'employer brand', 'recruit(ing|ment) (content|marketing|campaign)',
    '\\bintranet', 'staff newsletter', 'culture content', 'internal (audience|newsletter|channel|stakeholder communication)',
  ],
  leadership: [
    '(manage|lead|supervise|mentor|hire|train|coach|oversee|direct|build|grow|develop) (and (manage|lead|mentor|develop|grow) )?(a |the |our |your |two |three |small )?(part-time )?(team|staff|intern|freelancer|contractor|agenc|vendor|volunteer|direct report|designer|writer|specialist|coordinator|junior|people)',
    '\\bdirect reports?', 'people manage', 'team lead', '\\bsupervis', 'agency of record', 'manage (external )?(agency|agencies|vendor)',
  ],
  stakeholders: [
    'cross[- ]functional', '(collaborat\\w{0,20}|work\\w{0,20}|partner\\w{0,20}|liaise|coordinat\\w{0,20}|align\\w{0,20}|consult\\w{0,20}) (closely |directly |regularly )?with (\\w+ ){0,4}(team|department|colleague|director|manager|stakeholder|leadership|staff|sales|product|engineering|legal|marketing|communications|designer|executive|partner|lead)',
    '\\bliaise', '\\bliaison', '\\bstakeholder', 'present (to|result|finding|recommendation)', 'leadership team',
    'other department', 'internal team', 'teams across', 'across (the )?(organization|company|business)', '\\bpoint of contact',
    'senior leadership', 'executive team', '\\bclients?\\b', 'in partnership with',
  ],
  web: [
    '\\bwebsite', '\\bweb site', '\\bcms\\b', '\\bwordpress', '\\bemail', '\\be-mail', '\\bnewsletter', 'mailchimp',
    '\\bseo\\b', '\\bsem\\b', 'search engine', '\\bhtml', '\\bcss\\b', 'landing page', 'web content', '\\bshopify',
    'squarespace', 'web ?page', 'digital marketing channel', '\\bhubspot', 'marketing automation', 'blog post',
  ],
  events: [
    '\\bevents?\\b', '\\bconference', 'trade ?show', '\\bwebinar', '\\bmeetup', 'live coverage',
    '\\bactivation', '\\bfestival', 'live[- ]?stream', 'live[- ]tweet', 'attend (\\w+ )?(event|conference|trade ?show|show|festival|expo|fair)', 'workshop', 'exhibition', 'summit',
  ],
  sales: [
    // Doing sales, not hoping a post "drives traffic" or "conversion": those are outcomes of other work.
    '\\bsell\\b', '\\bselling\\b', 'social selling', 'social commerce', '\\bcommission', '\\bquota', '\\bprospect', 'close deals',
    'book (meeting|demo)', 'sales (target|call|pipeline|quota|goal|outreach|lead)', 'product listing', 'cold (call|outreach|email)',
    'affiliate sale', 'upsell', 'lead generation', 'manage (the |our )?(online |e-?commerce )?(store|shop)\\b', 'shopify',
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

// The words a years-of-experience statement is built from, one table per language. The reader
// (statement.ts) joins the tables: a number followed by a unit reads the same in any of them, and
// a posting that mixes languages (an English title over a German body) is read whole. Another
// language is one more table here. Word lists written from the postings in ../shared/corpus
// (English, German) and from ordinary usage of each language; regex sources, lower case.

export interface YearsWords {
  /** Number words and what they count. */
  readonly numbers: Readonly<Record<string, number>>;
  readonly years: readonly string[];
  readonly months: readonly string[];
  /** Words that join the two ends of a range ("3 to 5", "3 bis 5"). */
  readonly rangeJoins: readonly string[];
  /** Right after the unit or the number: "or more", "minimum" (a floor). */
  readonly floorAfter: readonly string[];
  /** Right before the number: "at least", "minimum of" (a floor). */
  readonly floorBefore: readonly string[];
  /** Before the number: "up to", "fewer than" (a ceiling, not a minimum). */
  readonly ceilingBefore: readonly string[];
  readonly ceilingAfter: readonly string[];
  /** The word for experience (any word holding it counts: "Berufserfahrung"). */
  readonly experience: readonly string[];
  /** Says the clause is wished for, not asked. */
  readonly preferred: readonly string[];
  /** Says the clause is asked outright. */
  readonly required: readonly string[];
  /** Before the number: the years are a window of time, a deadline or a rhythm, not a length of experience. */
  readonly window: readonly string[];
  /** The employer or its team as the subject ("we", "our team"), before one of `companyVerbs`. */
  readonly company: readonly string[];
  /** What the employer does with years: "we have 25 years", "our team brings 60 years". */
  readonly companyVerbs: readonly string[];
  /** The employer's history, anywhere before the number ("serving …", "since", "founded"). */
  readonly history: readonly string[];
  /** After the unit: what the years are of when it is not the applicant's experience. */
  readonly notExperience: readonly string[];
  /** Schooling: "a 4-year degree", "two-year program". */
  readonly schooling: readonly string[];
}

export const ENGLISH: YearsWords = {
  numbers: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, eighteen: 18, twenty: 20, thirty: 30,
    a: 1, an: 1,
  },
  years: ['years?', 'yrs?', 'yoe'],
  months: ['months?', 'mos'],
  rangeJoins: ['-', '–', '—', 'to', 'through'],
  floorAfter: ['or more', 'or greater', 'or longer', 'or above', 'minimum', 'at minimum', 'at a minimum', 'min', 'plus'],
  floorBefore: ['at least', 'a minimum of', 'minimum of', 'minimum', 'min', 'no less than', 'not less than', 'more than', 'over', 'in excess of', 'upwards of', 'a good'],
  ceilingBefore: ['up to', 'no more than', 'not more than', 'less than', 'fewer than', 'under', 'maximum of', 'maximum', 'max', 'at most'],
  ceilingAfter: ['or less', 'or fewer', 'or under', 'maximum', 'max', 'at most'],
  experience: ['experience', 'exp', 'yoe', 'background', 'track record', 'tenure'],
  preferred: [
    'preferred', 'preferable', 'preferably', 'prefer', 'a plus', 'big plus', 'strong plus', 'huge plus', 'definite plus', 'major plus', 'nice to have', 'nice-to-have', 'bonus',
    'ideally', 'desired', 'desirable', 'advantageous', 'an asset', 'an advantage', 'recommended', 'welcome', 'helpful',
  ],
  required: ['required', 'requirement', 'requires', 'must', 'mandatory', 'essential', 'needed', 'necessary'],
  window: [
    'in the last', 'in the past', 'within the last', 'within the past', 'within', 'during the last', 'over the last', 'over the past',
    'in the previous', 'of the last', 'every', 'each', 'per', 'after', 'for the next', 'for the first', 'the first', 'the next', 'once every', 'in your first',
  ],
  company: ['we', 'our', 'the company', 'the firm', 'the business', 'team members', 'members of our team'],
  companyVerbs: ['have', 'has', '\'ve', '’ve', 'bring', 'brings', 'boast', 'boasts', 'combine', 'carry', 'share', 'offer', 'average', 'averages', 'total'],
  history: ['serving', 'served', 'celebrating', 'founded', 'established', 'since', 'operated'],
  notExperience: [
    'of age', 'old', 'olds', 'ago', 'of success', 'of history', 'history', 'of excellence', 'of service', 'of serving', 'of tradition',
    'of innovation', 'of growth', 'of operation', 'of operations', 'in business', 'of performance', 'of collective',
    'anniversary', 'contract', 'commitment', 'term', 'warranty', 'guarantee', 'lookback',
    'background check', 'plan', 'period', 'assignment', 'project', 'duration', 'in a row', 'running', 'later', 'from now',
    'of hire', 'of employment', 'of starting', 'of start', 'of the date', 'probation', 'vesting', 'cliff',
  ],
  schooling: [
    'degree', 'college', 'university', 'bachelor', 'associate', 'diploma', 'program', 'programme', 'course', 'courses',
    'coursework', 'apprenticeship', 'school', 'schooling', 'education', 'institution', 'study', 'studies', 'certificate',
    'certification', 'classes', 'training program', 'residency', 'fellowship',
  ],
};

export const GERMAN: YearsWords = {
  numbers: { ein: 1, eine: 1, einem: 1, einen: 1, zwei: 2, drei: 3, vier: 4, 'fünf': 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwölf: 12, 'fünfzehn': 15 },
  years: ['jahren?', 'jahres?', 'jahr', 'jhr\\.?'],
  months: ['monaten?', 'monats?'],
  rangeJoins: ['bis'],
  floorAfter: ['oder mehr', 'und mehr', 'mindestens'],
  floorBefore: ['mindestens', 'wenigstens', 'mehr als', 'über', 'von mindestens', 'min\\.', '>'],
  ceilingBefore: ['bis zu', 'weniger als', 'höchstens', 'maximal', 'unter', '<'],
  ceilingAfter: ['oder weniger', 'maximal', 'höchstens'],
  experience: ['erfahrung', 'berufspraxis', 'praxis', 'tätigkeit'],
  preferred: ['wünschenswert', 'von vorteil', 'idealerweise', 'gerne', 'gern', 'ein plus', 'vorzugsweise', 'vorteilhaft', 'optimalerweise', 'bevorzugt'],
  required: ['zwingend', 'erforderlich', 'vorausgesetzt', 'voraussetzung', 'notwendig', 'unabdingbar', 'muss', 'müssen', 'benötigt'],
  window: ['in den letzten', 'innerhalb', 'innerhalb der letzten', 'alle', 'jedes', 'nach', 'in den ersten', 'pro'],
  company: ['wir', 'unser', 'unsere', 'unser team'],
  companyVerbs: ['haben', 'verfügen', 'bringen', 'blicken', 'hat', 'verfügt', 'bringt'],
  history: ['seit', 'gegründet', 'tradition'],
  notExperience: ['alt', 'jung', 'vertrag', 'befristet', 'befristung', 'probezeit', 'tradition', 'firmengeschichte', 'garantie'],
  schooling: ['studium', 'ausbildung', 'lehre', 'schule', 'studiengang', 'abschluss', 'weiterbildung'],
};

export const FRENCH: YearsWords = {
  numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, quinze: 15 },
  years: ['ans', 'an', 'années?'],
  months: ['mois'],
  rangeJoins: ['à', 'a'],
  floorAfter: ['et plus', 'ou plus', 'minimum', 'au minimum', 'au moins', 'min'],
  floorBefore: ['au moins', 'minimum', 'au minimum', 'plus de', 'min\\.?'],
  ceilingBefore: ['jusqu\'à', 'jusqu’à', 'moins de', 'au plus', 'maximum'],
  ceilingAfter: ['maximum', 'au plus', 'ou moins'],
  experience: ['expérience', 'experience', 'pratique'],
  preferred: ['souhaitée?s?', 'souhaitable', 'idéalement', 'un plus', 'un atout', 'appréciée?s?', 'serait un plus', 'de préférence', 'bienvenue?'],
  required: ['exigée?s?', 'requise?s?', 'obligatoire', 'indispensable', 'impérative?', 'nécessaire'],
  window: ['dans les', 'au cours des', 'durant les', 'pendant', 'tous les', 'chaque', 'par'],
  company: ['nous', 'notre équipe', 'nos équipes'],
  companyVerbs: ['avons', 'cumulons', 'comptons', 'apportons', 'cumule'],
  history: ['depuis', 'fondée?', 'créée?'],
  notExperience: ['âge', 'révolus', 'contrat', 'cdd', 'garantie', 'période'],
  schooling: ['diplôme', 'formation', 'études', 'bac', 'licence', 'master', 'école', 'cursus', 'alternance'],
};

/** Spanish, Italian, Portuguese and Dutch: the basics (number, unit, floor, experience word). */
export const OTHERS: YearsWords = {
  numbers: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, due: 2, tre: 3, quattro: 4, cinque: 5, dois: 2, duas: 2, 'três': 3,
    twee: 2, drie: 3, vier: 4, vijf: 5,
  },
  years: ['años?', 'anni', 'anno', 'anos', 'ano', 'jaar', 'jaren'],
  months: ['meses', 'mesi', 'maanden'],
  rangeJoins: ['a', 'y', 'e', 'tot'],
  floorAfter: ['o más', 'o più', 'ou mais', 'of meer', 'of langer'],
  floorBefore: ['al menos', 'mínimo de', 'mínimo', 'más de', 'almeno', 'minimo', 'più di', 'oltre', 'pelo menos', 'no mínimo', 'mais de', 'minimaal', 'minstens', 'ten minste', 'meer dan'],
  ceilingBefore: ['hasta', 'menos de', 'fino a', 'meno di', 'até', 'maximaal', 'minder dan'],
  ceilingAfter: [],
  experience: ['experiencia', 'esperienza', 'experiência', 'ervaring', 'werkervaring'],
  preferred: ['deseable', 'preferible', 'valorable', 'se valorará', 'preferibilmente', 'gradita', 'graditi', 'preferencialmente', 'desejável', 'pré', 'bij voorkeur', 'een pré', 'pluspunt'],
  required: ['imprescindible', 'requisito', 'obligatorio', 'indispensabile', 'richiesta', 'richiesti', 'obrigatório', 'obrigatória', 'vereist', 'verplicht'],
  window: ['en los últimos', 'negli ultimi', 'nos últimos', 'in de afgelopen'],
  company: ['nosotros', 'nuestro equipo', 'noi', 'il nostro team', 'nós', 'nossa equipe', 'wij', 'ons team'],
  companyVerbs: ['tenemos', 'contamos', 'abbiamo', 'temos', 'hebben'],
  history: ['desde', 'dal', 'sinds'],
  notExperience: ['de edad', 'di età', 'de idade', 'oud'],
  schooling: ['grado', 'licenciatura', 'laurea', 'diploma', 'graduação', 'opleiding', 'diploma'],
};

export const LANGUAGES: readonly YearsWords[] = [ENGLISH, GERMAN, FRENCH, OTHERS];

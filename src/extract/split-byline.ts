/** Words that introduce a byline in the languages we see most ("By", "Von", "Par", ...). */
export const BYLINE_PREFIX =
  /^(?:作者|记者|記者)\s*[:：]\s*|^(?:(?:written|posted|reported|reporting|story|text|words|photos?|published|added)\s+by|(?:veröffentlicht|gepostet|publiziert)\s+von|(?:publié|posté|écrit)\s+par|publicado\s+por|(?:pubblicato|scritto)\s+da|by|von|par|por|di|door|av|de|autor(?:in|en|innen)?|авторы?|authors?|auteure?s?|autore|autrice|text\s+und\s+fotos?|escribe|escrito por|durch|(?:propos\s+)?recueillis?\s+par|(?:(?:ein|mehr|weitere)\s+)?(?:artikel|beiträge)\s+von|(?:an\s+article|more\s+(?:articles|posts|stories))\s+(?:by|from)|(?:text|erstellt|verfasst|geschrieben|eingestellt|ein beitrag|(?:blog[- ]?)?beitrag|interview)(?:\s+(?:und\s+(?:fotos?|interview)\s+)?von)?|vom)\s*[:\-–]?\s+/i;

/**
 * Job titles and desks that follow a name ("Jane Doe, Staff Writer", "Policy Director", "Leiterin
 * der Lokalredaktion") and are not names. Titles that are also surnames or given names ("Leiter",
 * "Sprecher", "Gründer", "Vice") count only in forms no name takes: feminine, compound or
 * prefixed. Whole words in any script: "Trávice" holds no "vice" (`\b` ends a word at "á").
 */
const ROLE_WORDS =
  /(?<![\p{L}\p{N}])(?:director|directora|direktor(?:in)?|directeur|directrice|manager(?:in)?|president|präsident(?:in)?|présidente?|presidente|founder|co-?founder|mitgründer(?:in)?|gründerin|ceo|cfo|cto|coo|officer|fellow|attorney|counsel|associate|assistant|leiterin|geschäftsführer(?:in)?|inhaber(?:in)?|sprecherin|pressesprecher(?:in)?|referent(?:in)?|berater(?:in)?|consultant|spokes(?:person|man|woman)|volontär(?:in)?|praktikant(?:in)?|expert(?:e|in)?|staff|senior|chief|contributing|special|guest|freelance|writer|reporter|correspondent|editor|editors|editorial|columnist|contributor|journalist|photographer|producer|analyst|(?:chef)?redakteur(?:in)?|chefredaktion|korrespondent(?:in)?|autor(?:in)?|mitarbeiter(?:in)?|journaliste|rédacteur|redactor|periodista|moderator|host|desk|newsroom|team|bureau|admin|administrator|webmaster|user|publisher|guest author|anonymous|anonym|anonyme|anónimo|anonimo|unbekannt|inconnu|desconocido)(?![\p{L}\p{N}])/iu;

/**
 * Job titles in the plural, after several names ("Jane Doe and John Roe, Foreign Correspondents").
 * Not read before a name: "Reporters Without Borders" is an organisation, not a title and a name.
 */
const PLURAL_ROLE_WORDS =
  /(?<![\p{L}\p{N}])(?:writers|reporters|correspondents|columnists|contributors|journalists|photographers|producers|analysts)(?![\p{L}\p{N}])/iu;

/**
 * Desks and beats that stand before a job title ("Policy Director", "Political Editor", "Health
 * Reporter"), read only just before a title: as words of their own they are not names, but the
 * list is no proof that a word is not one ("Jane Doe Business" is left as it is). Words that are
 * also surnames ("Royal", "Courts", "Weather", "State") are not in it.
 */
const DESK_WORD =
  /^(?:policy|political|politics|business|science|health|technology|tech|sports?|foreign|national|legal|climate|education|investigative|economics?|economy|features?|opinion|culture|arts|entertainment|travel|fashion|music|film|crime|metro|energy|environment(?:al)?|markets?|finance|financial|managing|executive|deputy|security|defen[cs]e|diplomatic|military|medical|social|global|international|regional|data|visual|graphics|transport|property|consumer|food|religion|affairs|research|programme|program|communications|content|digital|news|video|photo|audio|web|online|world|media|investment|legislative)$/i;

/**
 * A German compound ending in a job title or a desk ("Ressortleiterin", "Lokalredaktion",
 * "Pressereferent"), four letters or more before it; a "-leiter" or "-sprecher" only after a
 * prefix that makes it a post, as surnames end so too ("Oberleiter", "Fürsprecher").
 */
const COMPOUND_ROLE =
  /^(?:\p{L}{4,}(?:leiterin|sprecherin|redaktion|redakteur(?:in)?|referent(?:in)?|korrespondent(?:in)?|direktor(?:in)?)|(?:ressort|abteilungs|redaktions|bereichs|projekt|gruppen|referats|amts|schul|filial|presse|programm|studien|fach|team|stations|büro|regie)(?:leiter|sprecher))$/iu;

/** Professions written before a name in German and English bylines. */
const PROFESSION =
  /^(?:rechtsanw[aä]lt(?:in)?|fachanw[aä]lt(?:in)?|anw[aä]lt(?:in)?|notar(?:in)?|steuerberater(?:in)?|attorney|lawyer|reporter(?:in)?)$/i;

/** Interface words that byline elements also hold: login links, update lines, "more from" links. */
const INTERFACE_WORDS =
  /^(?:sign|log|login|logout|subscribe|follow|unfollow|share|updated?|published|posted|last|read|more|view|all|alle|beiträge|articles|profile|comments?|email|print|datum|date|gesponserte?|sponsored|anzeige|werbung|no|unknown|message|developed|designed|powered|hosted|veröffentlicht|aktualisiert|aktualisierung|über|fotos|photos|videos|galerie|gallery|publié|publicado|actualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)$/i;

/** Names of organisations and agencies that sites put where a person's name belongs. */
const ORGANISATION_WORDS =
  /\b(?:news|press|presse|redaktion|redacción|rédaction|redazione|redactie|agency|agentur|associated|reuters|afp|dpa|apa|sda|kna|epd|ap|upi|bloomberg|bbc|cnn|online|media|medien|group|gruppe|inc|llc|ltd|gmbh|ag|corp|company|magazine|magazin|zeitung|times|daily|journal|tribune|herald|network|radio|tv|television|fernsehen|verlag|foundation|stiftung|institute|institut|university|universität|office|ministry|department|council|association|verband|verein|club|society|partners|services|solutions|digital|studio|blog|website|project|initiative|program|programme|center|centre|committee|commission|staff|wire|\.com|\.de|\.org|\.net)\b/i;

/** How month names start in English and German, for the date a byline runs on into. */
const MONTH_START =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez';
/** Words that introduce a date after a name or a credit: "updated 12.04.2018", "am 3. Mai". */
const DATE_LEAD = 'updated|published|posted|veröffentlicht|aktualisiert|am|on|le|el';
/** A month name followed by a day, where a byline runs on into its date ("Jane Doe May 12, 2019"). */
const MONTH_THEN_DAY = new RegExp(`[,|•·–—-]?\\s*\\b(?:${MONTH_START})[a-zäé]*\\.?\\s+\\d.*$`, 'i');

/** Days of the week in English and German. */
const WEEKDAY_EN_DE = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag`;
/** Days of the week, not those that are also common names (Domingo, Sabato). */
const WEEKDAY = String.raw`${WEEKDAY_EN_DE}|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|lunedì|martedì|mercoledì|giovedì|venerdì`;
/**
 * A day of the week with a date after it, where a byline runs on into its date ("Joe Wee Monday,
 * February 29, 2016", "Redaktion am Freitag, 3. Mai"); not "Sunday Times" nor "Olu Sunday, Abuja".
 * Its callers fold white space first: a run of spaces would make the leading `\s*` slow.
 */
const WEEKDAY_THEN_DATE = new RegExp(
  String.raw`[,|•·–—-]?\s*(?:(?<!\p{L})(?:${DATE_LEAD})\s+)?(?<!\p{L})(?:${WEEKDAY}),?\s*(?:\d{1,2}\.?\s*(?:de\s+)?\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2}(?!\d)|\d{1,2}[./]\d{1,2}[./]).*$`,
  'iu',
);
const WEEKDAY_WORD = new RegExp(String.raw`^(?:${WEEKDAY}),?$`, 'iu');

/**
 * A name without the weekday and date it runs on into; kept whole where the cut would leave one
 * word, as a surname that is a weekday would ("Jan Freitag, 12.03.2023", "Heidi Montag, 3 May").
 */
function withoutWeekdayDate(text: string): string {
  const cut = text.replace(WEEKDAY_THEN_DATE, '').trim();
  return cut === '' || cut.includes(' ') ? cut : text;
}

/** A word of a date written out: a month's name or its short form, a day's number, "de", "of". */
const DATE_TOKEN =
  /^(?:\d{1,4}(?:st|nd|rd|th)?[.,]?|\d{1,2}:\d{2}|de|del|of|the|le|el|am|den|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|okt|dez|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\.?,?$/i;

/** "Posted on September 21, 2020 by Adi Tzlil", "06.11.2023 13:30 von Olga": the name follows the date. */
export const DATE_THEN_BY = /^.*\d.*?\s(?:by|von|par|por)\s+(?=\p{Lu}|\p{Ll}+\s*$)/u;

/** Separators between several names in one byline. */
const NAME_SEPARATOR =
  /\s*(?:,|;|\/|\||&|\+|(?<![\p{L}\p{N}])(?:and|und|et|y|e|en|og|och|i|и|u\.)(?![\p{L}\p{N}.]))\s*/iu;

const MAX_NAME_LENGTH = 50;
const MAX_NAME_WORDS = 5;

/**
 * An e-mail address, also written out against harvesters ("jane@doe.test", "jane[at]doe.test",
 * "jane (at) doe.test"). Brackets, commas and semicolons end it, so "Jane Doe (E-Mail:
 * jane@doe.test), John Roe" keeps its pair of brackets and its second name; every part is bounded,
 * so a long metadata string without spaces cannot make it backtrack for seconds.
 */
const EMAIL_ADDRESS =
  /[^\s@()[\]<>,;]{1,64}(?:@|\s?(?:\[at\]|\(at\))\s?)[^\s@()[\]<>,;.]{1,63}(?:\.[^\s@()[\]<>,;.]{1,63}){1,8}/gi;

/** A date or a number after a name: "Jane Doe, updated 12.04.2018", "Jane Doe 3 Kommentare". */
const DATE_OR_COUNT_TAIL = new RegExp(`[,|•·–—-]?\\s*(?:\\b(?:${DATE_LEAD})\\b\\s*)?\\d.*$`, 'i');

/** The reading time after a byline, by its label: "Lesezeit: 4 Min.", "Reading time 5 minutes". */
const READING_TIME_TAIL =
  /\s*[·•|–—-]?\s*(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|leestijd)\b.*$/i;

/**
 * A word run onto a name where a byline's elements print no space between them: "Patrick
 * AllanProfileFollowUnfollow", "Daniel MaransSenior Politics". Parted only where what follows is a
 * button's or a job's word: a name's own inner capital stays ("VanderMeer", "AbdulRahman", "KellyAnne").
 */
const RUN_ON_WORD = /(?<=\p{Ll}{2})\p{Lu}\p{Ll}+/gu;

/** "Geschrieben von<a>Elisa Marvena</a>", "by<a>Joseph Cox</a>": a prefix run on into the name. */
const RUN_ON_PREFIX = /(?<!\p{L})([Bb]y|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor)(?=\p{Lu}\p{Ll})/gu;

function partRunOnWords(text: string): string {
  return text
    .replace(RUN_ON_PREFIX, '$1 ')
    .replace(RUN_ON_WORD, (word) =>
      INTERFACE_WORDS.test(word) || ROLE_WORDS.test(word) ? `, ${word}` : word,
    );
}

function stripNoise(text: string): string {
  const undecorated = text
    .replace(/\s+/g, ' ')
    // "Jane DoeJane Doe": the name twice, once for the eye and once for screen readers (one word
    // twice may be a name: "Hassan Hassan").
    .replace(/^(.{3,}?) ?\1$/u, (twice, once: string) => (once.includes(' ') ? once : twice))
    .replace(DATE_THEN_BY, '')
    // Before the brackets go, or "jane[at]doe.test" would read as "jane doe.test".
    .replace(EMAIL_ADDRESS, ' ')
    // Parentheses first: "Jane Doe (https://x.org/jane/)" must not leave a stray "(".
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/https?:\/\/\S+/gi, ' ')
    .replace(/(^|\s)@\w+/g, ' ')
    // "Christian Seiler Illustration von Markus Roost": who made the pictures is not the byline.
    .replace(/\s+(?:illustrations?|fotos?|photos?|bilder|grafik(?:en)?)\s+(?:von|by)\s.*$/i, ' ')
    // A picture's copyright after the name, or alone ("© Springer"), names no writer.
    .replace(/\s*[©®™].*$/, ' ')
    // "von Lars Sobiraj Lesezeit: 4 Min.": the reading time a byline line ends with.
    .replace(READING_TIME_TAIL, ' ');
  // A byline often runs on into its date: "Joe Wee Monday, February 29", "Jane Doe 12 April 2018",
  // "Jane Doe, Apr. 12".
  const cleaned = withoutWeekdayDate(undecorated)
    .replace(MONTH_THEN_DAY, ' ')
    // "Jane Doe For The Daily Mail": the publication credited after the writer is not a name. One
    // word before it is no writer's name but the start of an organisation's ("Organization for …").
    .replace(
      /(?<=[\p{L}.'’-]+\s+[\p{L}.'’-]+)\s+(?:for|für|pour|para|per|voor)\s+(?:the\s+|der\s+|die\s+|das\s+|le\s+|la\s+)?\p{Lu}.*$/iu,
      ' ',
    )
    .trim();
  // The spaces the removals leave ("Bruno (Henrique Zecchin) Rodrigues") are folded.
  return cleaned.replace(/\s+/g, ' ');
}

/** A date or a count after the name goes; a lone handle keeps its digits ("CC7567") and so fails as a name. */
function stripTail(text: string): string {
  return text.includes(' ') ? text.replace(DATE_OR_COUNT_TAIL, ' ').trim() : text;
}

/** Words of a date written out, which a name's tail may hold: "Jane 12. April 2018, 09:11 Uhr". */
const DATE_WORDS = new RegExp(`\\b(?:${MONTH_START}|${DATE_LEAD}|um|uhr|at|[ap]\\.?m)[\\p{L}.]*`, 'giu');

/** A company's legal form or a domain: "Olympia-Verlag GmbH", "hessenschau.de". */
const LEGAL_FORM_OR_DOMAIN =
  /(?:\b(?:gmbh|ag|kg|e\.\s?v|inc|llc|ltd|plc|corp|s\.\s?a|s\.\s?l|sarl|srl|b\.\s?v)\.?|\.(?:com|net|org|de|at|ch|fr|it|es|uk|eu|info))$/i;

/** The possessive a newsroom uses to credit itself ("Our Correspondent", "Notre envoyé spécial"). */
const OWN_NEWSROOM = /^(?:our|unser|unsere|unserem|notre|nos|nuestro|nuestra|nuestros|nostro|nostra|onze)$/i;

/** Whether a piece of text reads like one person's name. */
function isPersonName(name: string, { allowSingleWord }: { allowSingleWord: boolean }): boolean {
  if (name.length < 2 || name.length > MAX_NAME_LENGTH) return false;
  if (/[\d@<>{}=_#:]|https?:|www\./i.test(name)) return false;
  const words = name.split(' ');
  // An acronym among other words is an organisation ("ACLU Speech Project"), not a name; a surname
  // in capitals after the given names is the French convention ("Patrick ANGEVIN").
  const isAcronym = (w: string, i: number): boolean =>
    /^\p{Lu}{2,}$/u.test(w) && !(words.length === 2 && i === 1 && w.length > 3);
  if (words.length > 1 && words.some(isAcronym) && name !== name.toUpperCase()) return false;
  if (words.length > MAX_NAME_WORDS) return false;
  // "Our Foreign Staff", "Unser Korrespondent": a newsroom speaking of itself.
  if (words.length > 1 && OWN_NEWSROOM.test(words[0]!)) return false;
  if (words.length === 1 && !allowSingleWord) return false;
  if (ROLE_WORDS.test(name) || PLURAL_ROLE_WORDS.test(name) || ORGANISATION_WORDS.test(name)) return false;
  if (words.some((w) => COMPOUND_ROLE.test(w)) || PROFESSION.test(words[0]!)) return false;
  if (words.some((w) => INTERFACE_WORDS.test(w))) return false;
  if (name === name.toUpperCase() && /[a-z]/i.test(name) && words.length === 1) return false;
  // A lone word from structured metadata is a pen name or user name ("reineckefuchs"): no case rule.
  if (words.length === 1) return true;
  // Latin-script names start with a capital; other scripts have no case to check.
  const latinWords = words.filter((w) => /^[a-zà-öø-ÿ]/i.test(w));
  const particles = /^(?:van|von|de|der|den|del|della|di|da|dos|du|la|le|bin|ibn|al|el|ter|zu|y|mc)$/i;
  return latinWords.every((w) => /^[A-ZÀ-ÖØ-Þ]/.test(w) || particles.test(w));
}

/** A particle a surname may open with ("van Dyk", "de Vries"); not an article ("der Stadt"). */
const NAME_OPENING_PARTICLE = /^(?:von|van|de|di|da|du|del|della|dos|la|le|ter|zu|al|el|bin|ibn)$/;

function tidyName(raw: string): string {
  const words = raw
    // "— By Jane Doe": the marks before the prefix go first, then the prefix, then the marks after it.
    .replace(/^[\s:,.\-–—|•·/]+/, '')
    .replace(BYLINE_PREFIX, '')
    .replace(/^[\s:,.\-–—|•·/]+|[\s:,\-–—|•·→›»]+$/g, '')
    // A full stop ending the line goes; one after an initial ("Jane D.") stays.
    .replace(/(\p{L}{3})\.$/u, '$1')
    .trim()
    .split(' ');
  // "Christoph Hein Chefredakteur": a job title after the name goes, the name stays. A two-word
  // pen name ending in one ("Rasender Reporter") keeps both words and fails as a person's name.
  const isRole = (word: string) => ROLE_WORDS.test(word) || COMPOUND_ROLE.test(word);
  const isTitleEnd = (word: string) => isRole(word) || PLURAL_ROLE_WORDS.test(word);
  const wordsBefore = words.length;
  while (words.length > 2 && isTitleEnd(words[words.length - 1]!)) words.pop();
  // "Jane Doe Policy Director", "Andrew Woodcock Political Editor": the desk before a title that went.
  if (words.length < wordsBefore)
    while (words.length > 2 && DESK_WORD.test(words[words.length - 1]!)) words.pop();
  // "Jane Doe Chief Political Correspondent": a title of several words starts at its first role word.
  const titleStart = words.findIndex((word, i) => i >= 2 && isRole(word));
  if (words.length < wordsBefore && titleStart > 0) words.length = titleStart;
  // "Rechtsanwalt Sebastian Einbock": so does a profession before it ("Dr." and "Prof." stay).
  // Not a title before a particle or an article: "Directrice de France Inter" and "Pressesprecher
  // der Stadt" are a title and what it is of. A profession is always a name's ("Rechtsanwalt van Dyk").
  const isNameAfter = (word: string, title: string) =>
    /^\p{Lu}/u.test(word) || (PROFESSION.test(title) && NAME_OPENING_PARTICLE.test(word));
  while (
    words.length > 2 &&
    (PROFESSION.test(words[0]!) || isRole(words[0]!)) &&
    isNameAfter(words[1]!, words[0]!)
  )
    words.shift();
  return words.join(' ');
}

/** Title-cases a name that a site wrote in capitals ("JANE DOE" → "Jane Doe"). */
function fixShouting(name: string): string {
  // One word in capitals is an acronym ("KUT", "PTI"), which isPersonName turns away.
  if (name !== name.toUpperCase() || !/[A-Z]{2}/.test(name) || !name.includes(' ')) return name;
  return (
    name
      .toLowerCase()
      // After a full stop too: initials written together stay initials ("J.K. ROWLING" → "J.K. Rowling").
      .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
  );
}

const PARTICLE = '(?:van|von|de|der|den|du|da|di|del|la|le|ter|zu)';
/** One person written surname first: "Jong, Michiel de", "Kooman, F.", "van Dyk, Jan". */
const SURNAME_FIRST = new RegExp(
  `^\\s*((?:${PARTICLE}\\s+)*\\p{Lu}[\\p{L}'’-]+),\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|${PARTICLE})){0,2})\\s*$`,
  'u',
);

/**
 * A name written surname first, as Dublin Core and `citation_author` write one person per tag
 * ("Jong, Michiel de"), turned round as it is printed ("Michiel de Jong"); other text as it is.
 */
export function givenNameFirst(name: string): string {
  const match = SURNAME_FIRST.exec(name);
  return match ? `${match[2]} ${match[1]}` : name;
}

/**
 * An avatar's initials printed before each name ("LP Luana Patriolino RF Raphael Felice") are no
 * part of it: each one that spells the next words' initials becomes a separator between names.
 */
function withoutAvatarInitials(text: string): string {
  if (!/(?:^|\s)\p{Lu}{2,3}\s/u.test(text)) return text;
  const words = text.split(' ');
  const kept: string[] = [];
  words.forEach((word, i) => {
    const isInitials =
      /^\p{Lu}{2,3}$/u.test(word) &&
      [...word].every((letter, k) => words[i + 1 + k]?.startsWith(letter) && words[i + 1 + k] !== word);
    if (!isInitials) kept.push(word);
    else if (kept.length > 0) kept.push(',');
  });
  return kept.join(' ');
}

/**
 * Splits a byline ("By Jane Doe and John Roe, Staff Writers") into person names, dropping the
 * prefix, roles, organisations, dates, e-mail addresses and handles.
 * @param allowSingleWord accept one-word names (structured metadata), not free page text
 */
export function splitByline(byline: string, allowSingleWord = false): string[] {
  // Metadata writes a user name as one word on purpose ("MoritzMeyer"); page text runs elements together.
  const spaced = withoutAvatarInitials(allowSingleWord ? byline : partRunOnWords(byline));
  const untailed = stripNoise(spaced.replace(BYLINE_PREFIX, ''));
  const cleaned = stripTail(untailed);
  const parts = cleaned.split(NAME_SEPARATOR);
  // One word left of several by a tail that is more than a date ("Bündnis" of "Bündnis 90/Die
  // Grünen") is a fragment, not a pen name; so are the one-word parts after a company, which are
  // its address ("Olympia-Verlag GmbH, Nürnberg, Germany").
  const isFragment =
    untailed.includes(' ') &&
    !cleaned.includes(' ') &&
    /\p{L}{2}/u.test(untailed.slice(cleaned.length).replace(DATE_WORDS, ''));
  // A lone word beside words that make no name is a piece of an organisation's name too
  // ("Klimaschutz" of "Bundesministerium für Wirtschaft und Klimaschutz").
  const isBesideNonName = parts.some((p) => {
    const name = tidyName(p.trim());
    return name.includes(' ') && !isPersonName(name, { allowSingleWord: false });
  });
  const loneWordAllowed =
    allowSingleWord && !isFragment && !isBesideNonName && !LEGAL_FORM_OR_DOMAIN.test(parts[0]!.trim());
  const names: string[] = [];
  for (const part of parts) {
    const name = fixShouting(tidyName(part));
    if (
      isPersonName(name, { allowSingleWord: loneWordAllowed }) &&
      !names.some((n) => n.toLowerCase() === name.toLowerCase())
    ) {
      names.push(name);
    }
  }
  return names;
}

/** Joins names for display: "A", "A and B", "A, B and C". */
export function formatByline(names: readonly string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return names[0]!;
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Where a credit runs on into a date or a time: "Redaktion | 12.04.2018", "dpa, 3. Mai 2019". */
const CREDIT_TAIL = new RegExp(
  `(?:\\s*[,|•·–—-]\\s*|\\s+)(?:(?:${DATE_LEAD})\\s+)?(?:\\d{1,2}[./]\\s?\\d{1,2}[./]|\\d{1,2}\\.?\\s+\\p{L}{3,}\\.?\\s+\\d{4}|(?:19|20)\\d{2}\\b|\\d{1,2}:\\d{2}|\\p{L}{3,}\\.?\\s+\\d{1,2}\\b|(?:${WEEKDAY_EN_DE})\\b).*$`,
  'iu',
);
/** A line that is only a date and the word before it, the name left out: "von <a></a> am 20.06.2018". */
const LEADING_DATE = new RegExp(`^(?:${DATE_LEAD}|vom)\\s+\\d.*$`, 'iu');
/** What a CMS writes where no author was entered. */
const PLACEHOLDER =
  /^(?:admin|administrator|super ?user|user|publisher|webmaster|anonymous|anonym|anonyme|anónimo|anonimo|author|autor|unknown|unbekannt|inconnu|desconocido|n\/a|автор|作者)$/i;

/** A separator standing alone between a date's parts. */
const DATE_SEPARATOR = /^[|•·–—-]$/;

/** A byline element that holds only its date ("3 de Mayo de 2022", "Tuesday 3 May 2022"): it credits nobody. */
function isOnlyADate(line: string): boolean {
  const words = line.trim().split(' ');
  // "15 de Abril de 2020 | 16:05": the separators between the day and the time are no credit either.
  return (
    /\d/.test(line) &&
    words.every((w) => DATE_TOKEN.test(w) || WEEKDAY_WORD.test(w) || DATE_SEPARATOR.test(w))
  );
}

/** Words that join the parts of an organisation's name: "Tapas and Vinho", "Stadt und Land". */
const CREDIT_CONNECTIVE =
  /^(?:and|und|et|y|e|&|of|the|to|at|for|für|with|mit|ohne|sans|sin|con|senza|zonder|de|der|die|das|des|du|la|le|les|del|della|di|van|von|vom|zum|zur|im|am|an|auf|aus|bei|in|on)$/i;
const MAX_CREDIT_LENGTH = 60;
const MAX_CREDIT_WORDS = 6;

/** News agencies' names, as bylines and datelines credit them. */
export const AGENCY_NAME = String.raw`(?:dpa|afp|ap|reuters|kna|epd|apa|sda|ddp|sid|ansa|efe|kyodo|jiji|xinhua|tass|ots|upi)`;

/**
 * A place in capitals before a dash, alone: the dateline that opens a story ("KOBE –", "NEW YORK
 * —"); an agency's name so written ("AFP –") is its credit.
 */
const DATELINE_PLACE = /^\s*\p{Lu}[\p{Lu}\s.'’-]*?\s+[-–—]\s*$/u;
const STARTS_WITH_AGENCY = new RegExp(String.raw`^\s*${AGENCY_NAME}\s`, 'i');

/**
 * The credit a byline gives when it names no person: a newsroom, an agency or a user name, as the
 * page writes it ("Redaktion", "dpa/lno", "PETA-Team", "c1ph4"); `null` for anything else.
 * @param fromMetadata the text is a metadata author field, not a line of the page
 */
export function creditOf(byline: string, fromMetadata = false): string | null {
  const line = (fromMetadata ? byline : byline.replace(RUN_ON_PREFIX, '$1 '))
    .replace(/\s+/g, ' ')
    .replace(BYLINE_PREFIX, '')
    // "Quelle: hessenschau.de/bb": the source a page credits is the credit.
    .replace(/^(?:quelle|source|fuente|fonte)\s*:\s*/i, '')
    .replace(READING_TIME_TAIL, '')
    .replace(DATE_THEN_BY, '')
    .replace(EMAIL_ADDRESS, ' ')
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(LEADING_DATE, '');
  if (isOnlyADate(line)) return null;
  // "KOBE –", "WASHINGTON —": a dateline's place opening the story, which Readability's byline
  // (it reads `class="dateline"`) and pages' dateline elements hold.
  if (!fromMetadata && DATELINE_PLACE.test(line) && !STARTS_WITH_AGENCY.test(line)) return null;
  const credit = line
    .replace(WEEKDAY_THEN_DATE, '')
    .replace(CREDIT_TAIL, '')
    .replace(/^[\s:,.\-–—|•·/]+|[\s:,\-–—|•·/→›»]+$/g, '')
    // What the removals leave between words ("Redaktion (redaktion@x.test) Nord") is one space.
    .replace(/\s+/g, ' ')
    .trim();
  if (credit.length < 2 || credit.length > MAX_CREDIT_LENGTH || PLACEHOLDER.test(credit)) return null;
  // An address, markup, or a picture's copyright ("Bild: … von Bankmagazin | © Springer").
  if (/https?:|www\.|@|[<>{}=#©®™]/i.test(credit)) return null;
  const words = credit.split(' ');
  if (words.length > MAX_CREDIT_WORDS || words.some((w) => INTERFACE_WORDS.test(w))) return null;
  // A credit is a name of something, not a phrase: it has a letter and no sentence punctuation.
  // In page text, a lower-case word after the first that is no connective and no agency code
  // ("dpa", "afp", "datev.de") makes it running prose ("vom Ziel erreicht"); metadata states its
  // credit as it is.
  const proseWords = words.slice(1).filter((w) => /^\p{Ll}{4,}$/u.test(w) && !CREDIT_CONNECTIVE.test(w));
  const notProse = fromMetadata || proseWords.length === 0;
  return /\p{L}/u.test(credit) && !/[.!?]\s/.test(credit) && notProse ? credit : null;
}

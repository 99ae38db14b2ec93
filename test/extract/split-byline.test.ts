import { describe, expect, it } from 'vitest';
import { creditOf, formatByline, givenNameFirst, splitByline } from '../../src/extract/split-byline';

describe('splitByline', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe and Richard Miles', ['Jane Doe', 'John Roe', 'Richard Miles']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe and John Roe, Reuters', ['Jane Doe', 'John Roe']],
    ['Von Max Mustermann und Erika Musterfrau', ['Max Mustermann', 'Erika Musterfrau']],
    ['Ludwig van Beethoven', ['Ludwig van Beethoven']],
    ['María José García', ['María José García']],
    ['Jane Doe (Reuters)', ['Jane Doe']],
    ['By Jane Doe and jane doe', ['Jane Doe']],
  ])('%j → %j', (byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });

  it.each([['Associated Press'], ['By AP'], ['Reuters'], ['Staff'], ['Editorial Team']])(
    '%j is an organisation or a desk, not a person → []',
    (byline) => {
      expect(splitByline(byline)).toEqual([]);
      expect(splitByline(byline, true)).toEqual([]);
    },
  );

  it('title-cases a name the site wrote in capitals', () => {
    expect(splitByline('JANE DOE')).toEqual(['Jane Doe']);
    expect(splitByline('By JANE DOE AND JOHN ROE')).toEqual(['Jane Doe', 'John Roe']);
  });

  it.each([
    ['Jane Doe jane@example.com', 'an e-mail address'],
    ['Jane Doe jane[at]example.com', 'an e-mail address written out against harvesters'],
    ['Jane Doe (jane (at) example.com)', 'an e-mail address written out in parentheses'],
    ['Jane Doe @janedoe', 'a social media handle'],
    ['Jane Doe https://twitter.com/janedoe', 'a link'],
    ['Jane Doe, April 12, 2018', 'a date'],
    ['By Jane Doe | Updated 12 April 2018 09:11', 'an update line'],
    ['Jane Doe 12.04.2018', 'a numeric date'],
  ])('%j drops %s', (byline) => {
    expect(splitByline(byline)).toEqual(['Jane Doe']);
  });

  it('drops a trailing date in structured metadata too, where one-word names are allowed', () => {
    // "April" survives the date stripping as a one-word "name" when single words are allowed.
    expect(splitByline('Jane Doe, April 12, 2018', true)).toEqual(['Jane Doe']);
  });

  it('keeps the writer of a byline that credits a publication ("By Jane Doe For The Daily Mail")', () => {
    expect(splitByline('By Jane Doe For The Daily Mail')).toEqual(['Jane Doe']);
  });

  it.each([
    ['Eingestellt von Max Mustermann', ['Max Mustermann'], "Blogger's German 'Posted by'"],
    ['Posted by Jane Doe', ['Jane Doe'], "Blogger's English prefix"],
    ['Von Max Mustermann, dpa', ['Max Mustermann'], 'an agency after the name'],
  ])('%j → %j (%s)', (byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });

  it.each([
    ['Last Updated: January 7, 2025', 'an update line (readability/spiceworks)'],
    ['Sign In', 'a login link inside the byline element (readability/webmd-1)'],
    ['Redaktion Polizeiticker Schweiz', 'a newsroom, not a person (htmldate-dev/hd-polizeiticker.ch-Unfall)'],
  ])('%j is no name: %s', (byline) => {
    expect(splitByline(byline)).toEqual([]);
  });

  it('drops a login link that follows the name', () => {
    expect(splitByline('By Jane Doe | Sign In')).toEqual(['Jane Doe']);
  });

  it('accepts a single word only from structured metadata', () => {
    expect(splitByline('Jane')).toEqual([]);
    expect(splitByline('Jane', true)).toEqual(['Jane']);
  });
});

describe('splitByline: a job title after the name', () => {
  it.each([
    ['Hanna Weber, Leiterin der Lokalredaktion', 'a German title and its desk'],
    ['Anna Berg, Ressortleiterin Politik', 'a compound title'],
    ['Max Muster, Pressesprecher der Stadt', 'a title and what it speaks for'],
    ['Jane Doe, Policy Director', 'a director'],
    ['Jane Doe, Vice President', 'a vice president'],
    ['Jane Doe, Research Fellow', 'a fellow'],
    ['Jane Doe, Legal Counsel', 'a counsel'],
    ['Jane Doe, Associate Professor', 'an academic rank'],
    [
      'Laurence Bloch, directrice de France Inter',
      'a title and what it is of (htmldate-dev/hd-la-bas.org.porte)',
    ],
  ])('%j names one person: %s is no second name', (byline) => {
    expect(splitByline(byline)).toEqual([byline.split(',')[0]]);
  });

  it.each([
    ['Tom Schleiter and Ursula von der Leyen', ['Tom Schleiter', 'Ursula von der Leyen']],
    ['Rafael van der Vaart, Maria de la Cruz', ['Rafael van der Vaart', 'Maria de la Cruz']],
    ['Lena Oberleiter, Hans Fürsprecher', ['Lena Oberleiter', 'Hans Fürsprecher']],
    ['Jane Doe and Vice Vukov', ['Jane Doe', 'Vice Vukov']],
    ['Aleš Trávice', ['Aleš Trávice']],
    ['Rechtsanwalt van Dyk', ['van Dyk']],
    ['Hanna Weber Ressortleiterin', ['Hanna Weber']],
    // A title of several words without a comma starts at its first role word.
    ['Jane Doe Chief Political Correspondent', ['Jane Doe']],
    ['By Jane Doe Senior Political Writer', ['Jane Doe']],
    ['Mary Ann Smith Director', ['Mary Ann Smith']],
    // The desk before a title without a comma goes with it; a desk word alone is left.
    ['Jane Doe Policy Director', ['Jane Doe']],
    ['Andrew Woodcock Political Editor', ['Andrew Woodcock']],
    ['Mary Ann Smith Technology Reporter', ['Mary Ann Smith']],
    ['Jane Doe and John Roe, Foreign Correspondents', ['Jane Doe', 'John Roe']],
    // A title in the plural before other words is an organisation's name; a surname that names a desk stays.
    ['Reporters Without Borders', []],
    ['Jane Doe, Reporters Without Borders', ['Jane Doe']],
    ['Mary Kate Royal Reporter', ['Mary Kate Royal']],
  ])('keeps the names beside a title, and names that look like one: %j', (byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });
});

describe('formatByline', () => {
  it.each([
    [[], null],
    [['Jane Doe'], 'Jane Doe'],
    [['Jane Doe', 'John Roe'], 'Jane Doe and John Roe'],
    [['A B', 'C D', 'E F'], 'A B, C D and E F'],
  ])('%j → %j', (names, byline) => {
    expect(formatByline(names)).toBe(byline);
  });
});

describe('splitByline: links in parentheses', () => {
  it('drops a home-page link in parentheses without leaving a stray "(" (readability/ebb-org)', () => {
    expect(splitByline('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toEqual(['Bradley M. Kuhn']);
  });
});

describe('splitByline: user names from structured metadata', () => {
  it('keeps a lower-case user name from a meta tag (htmldate-dev/hd-boxen.de-staatsanwaltschaft)', () => {
    expect(splitByline('reineckefuchs', true)).toEqual(['reineckefuchs']);
  });

  it('still drops a lower-case word from page text, and roles from metadata', () => {
    expect(splitByline('reineckefuchs')).toEqual([]);
    expect(splitByline('admin', true)).toEqual([]);
  });
});

describe('splitByline: separators are whole words in every script', () => {
  it('does not split a name at "en" inside a word after a non-ASCII letter (tf-gofeminin)', () => {
    expect(splitByline('Von Sonia Mevißen')).toEqual(['Sonia Mevißen']);
  });
});

describe('creditOf: what a byline credits when it names no person', () => {
  it.each([
    ['Redaktion', 'Redaktion'],
    ['Von Redaktion | 12.04.2018', 'Redaktion'],
    ['PETA-Team', 'PETA-Team'],
    ['dpa/lno', 'dpa/lno'],
    ['Marianne1', 'Marianne1'],
    ['auto-motor.at Redaktion', 'auto-motor.at Redaktion'],
    ['Eurosport, 3. Mai 2019 um 14:05', 'Eurosport'],
  ])('%j → %j', (byline, credit) => {
    expect(creditOf(byline)).toBe(credit);
  });

  it.each([
    ['https://www.facebook.com/zeitung', 'a link'],
    ['Share', 'an interface word'],
    [
      'Dieser Artikel wurde von unserer Redaktion für Sie geschrieben und geprüft. Mehr erfahren',
      'a sentence',
    ],
    ['', 'nothing'],
  ])('rejects %j: %s', (byline) => {
    expect(creditOf(byline)).toBeNull();
  });
});

describe('splitByline: the name after a date', () => {
  it.each([
    ['Posted on September 21, 2020 by Adi Tzlil', ['Adi Tzlil']],
    ['Blog Beitrag von Margarita Koreneva', ['Margarita Koreneva']],
  ])('%j → %j', (byline, names) => {
    expect(splitByline(byline)).toEqual(names);
  });

  it('credits a user name printed after the date (hd-vipflash)', () => {
    expect(creditOf('06.11.2023 13:30 von Olga')).toBe('Olga');
  });
});

describe('creditOf: what trails a credit', () => {
  it.each([
    ['oz on December 4', 'oz'],
    ['Isabella.DiBiase am Samstag', 'Isabella.DiBiase'],
    ['Thilo /', 'Thilo'],
    ['vom Support Team', 'Support Team'],
  ])('%j → %j', (byline, credit) => {
    expect(creditOf(byline)).toBe(credit);
  });
});

describe('splitByline: what else a byline line holds', () => {
  it('drops the illustrator after the writer (hd-alacarte)', () => {
    expect(splitByline('Christian Seiler Illustration von Markus Roost')).toEqual(['Christian Seiler']);
  });

  it('reads "Interview:" as a prefix (hd-fluter)', () => {
    expect(splitByline('Interview: Julia Lauter')).toEqual(['Julia Lauter']);
  });

  it('takes no interface label for a name ("Datum", "Gesponserte Inhalte", "No Author")', () => {
    expect(splitByline('Gesponserte Inhalte')).toEqual([]);
    expect(splitByline('No Author', true)).toEqual([]);
    expect(creditOf('Datum')).toBeNull();
  });
});

describe('splitByline: prefixes and pen names', () => {
  it('reads a French "Auteur :" prefix with the space French puts before the colon (hd-dw.com-elephants)', () => {
    expect(splitByline('Auteur : Kossivi Tiassou')).toEqual(['Kossivi Tiassou']);
  });

  it('keeps a two-word pen name that ends in a job title whole, as a credit (hd-Journalistenwatch)', () => {
    expect(splitByline('Rasender Reporter', true)).toEqual([]);
    expect(creditOf('Rasender Reporter')).toBe('Rasender Reporter');
    // A job title after a full name still goes.
    expect(splitByline('Christoph Hein Chefredakteur')).toEqual(['Christoph Hein']);
  });
});

describe('splitByline: what the removals leave', () => {
  it('folds the spaces a removed parenthesis leaves inside a name (readability/folha)', () => {
    expect(splitByline('Bruno (Henrique Zecchin) Rodrigues')).toEqual(['Bruno Rodrigues']);
  });

  it('keeps a user handle whole, so it is no name, instead of cutting it at its digits (readability/wikia)', () => {
    expect(splitByline('CC7567', true)).toEqual([]);
    expect(splitByline('Jane Doe 12.04.2018')).toEqual(['Jane Doe']);
  });
});

describe('splitByline: a profession before the name', () => {
  it('drops "Rechtsanwalt" before a name but keeps "Dr." (tf-juraforum)', () => {
    expect(splitByline('Rechtsanwalt Sebastian Einbock')).toEqual(['Sebastian Einbock']);
    expect(splitByline('Dr. Tim Loppe')).toEqual(['Dr. Tim Loppe']);
  });
});

describe('splitByline: organisations that metadata names as authors', () => {
  it('takes no address after a company for people (hd-alpin.de-freeride)', () => {
    expect(splitByline('Olympia-Verlag GmbH, Nürnberg, Germany', true)).toEqual([]);
    expect(splitByline('hessenschau.de, Frankfurt, Germany', true)).toEqual([]);
    expect(splitByline('Jane Doe, Reuters', true)).toEqual(['Jane Doe']);
  });

  it('takes no fragment of a longer name for a pen name (hd-gruene-bundestag.de-COP26)', () => {
    expect(splitByline('Bündnis 90/Die Grünen Bundestagsfraktion', true)).toEqual([]);
    expect(splitByline('reineckefuchs', true)).toEqual(['reineckefuchs']);
    expect(splitByline('Jane Doe 12.04.2018', true)).toEqual(['Jane Doe']);
  });
});

describe('splitByline: bylines read from the page alone (dev pages with their author metadata taken away)', () => {
  it('parts a button’s or a job’s word run onto a name (readability/lifehacker, hd-huffpost)', () => {
    expect(splitByline('Patrick AllanProfileFollowUnfollow')).toEqual(['Patrick Allan']);
    expect(splitByline('Daniel MaransSenior Politics')).toEqual(['Daniel Marans']);
    // A name's own inner capitals stay, after a short prefix or a long one.
    expect(splitByline('Todd VanDerWerff and Sarah MacKenzie')).toEqual([
      'Todd VanDerWerff',
      'Sarah MacKenzie',
    ]);
    expect(splitByline('By Jeff VanderMeer and Hanan AbdulRahman')).toEqual([
      'Jeff VanderMeer',
      'Hanan AbdulRahman',
    ]);
    expect(splitByline('By KellyAnne Smith')).toEqual(['KellyAnne Smith']);
    // Metadata writes a user name as one word on purpose.
    expect(splitByline('MoritzMeyer', true)).toEqual(['MoritzMeyer']);
  });

  it('drops the reading time a byline line ends with (hd-tarnkappe: "von Lars Sobiraj Lesezeit: 4 Min.")', () => {
    expect(splitByline('von Lars Sobiraj Lesezeit: 4 Min.')).toEqual(['Lars Sobiraj']);
    expect(splitByline('By Jane Doe · Reading time 5 minutes')).toEqual(['Jane Doe']);
    expect(creditOf('Redaktion Lesezeit: 4 Min.')).toBe('Redaktion');
  });

  it('reads the name after "Artikel von" and "Mehr Artikel von … →" (hd-elle, hd-mtb-news)', () => {
    expect(splitByline('Artikel von Alexa von Heyden')).toEqual(['Alexa von Heyden']);
    expect(splitByline('Mehr Artikel von Jana Schmidt →')).toEqual(['Jana Schmidt']);
    expect(splitByline('More articles by Jane Doe')).toEqual(['Jane Doe']);
    expect(creditOf('Mehr Artikel von Stefanus →')).toBe('Stefanus');
  });

  it('takes no update line, media links or an author box’s heading for a name (hd-omeda, hd-mtb-news, hd-haustiermagazin)', () => {
    expect(splitByline('Letzte Aktualisierung: 28.01.2022 Autor*in')).toEqual([]);
    expect(splitByline('Fotos Videos')).toEqual([]);
    // An author box's heading ("Über Steffi") introduces its author; the byline names them. "About"
    // is a surname too.
    expect(splitByline('Über Steffi')).toEqual([]);
    expect(splitByline('By Edmond About')).toEqual(['Edmond About']);
  });

  it('drops the marks a design puts before "By" (readability/dropbox-blog: "// By Arun Sai Krishnan • Nov 11, 2020")', () => {
    expect(splitByline('// By Arun Sai Krishnan • Nov 11, 2020')).toEqual(['Arun Sai Krishnan']);
    expect(splitByline('— By Jane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe — By the way')).toEqual([]);
  });

  it('parts a prefix run on into the name (hd-globalvoices: "Geschrieben von<a>Elisa Marvena</a>", medium: "by<a>Joseph Cox</a>")', () => {
    expect(splitByline('Geschrieben vonElisa Marvena')).toEqual(['Elisa Marvena']);
    expect(creditOf('Written byJoseph Cox')).toBe('Joseph Cox');
    expect(splitByline('ByJane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('VonElisa Marvena')).toEqual(['Elisa Marvena']);
    // Metadata states its text as it is.
    expect(splitByline('vonElisa', true)).toEqual(['vonElisa']);
  });

  it('credits no dateline’s place (hd-japantimes: Readability’s byline "KOBE –")', () => {
    expect(creditOf('KOBE –')).toBeNull();
    expect(creditOf('NEW YORK —')).toBeNull();
    expect(creditOf('dpa –')).toBe('dpa');
    expect(creditOf('AFP –')).toBe('AFP');
    expect(creditOf('Par AFP -')).toBe('AFP');
    expect(creditOf('Redaktion –')).toBe('Redaktion');
  });

  it('takes the avatar initials before each name for a separator (tf-correiobraziliense: "LP Luana Patriolino RF Raphael Felice")', () => {
    expect(splitByline('LP Luana Patriolino RF Raphael Felice')).toEqual([
      'Luana Patriolino',
      'Raphael Felice',
    ]);
    expect(splitByline('By JD Jane Doe')).toEqual(['Jane Doe']);
    // Capitals that spell no following initials stay, and an acronym still makes no name.
    expect(splitByline('By MJ Smith')).toEqual([]);
    expect(splitByline('JANE DOE')).toEqual(['Jane Doe']);
  });

  it('credits the source a page names, without its label, and no Chinese author label alone (hd-hessenschau, readability/gmw)', () => {
    expect(creditOf('Quelle: hessenschau.de/bb')).toBe('hessenschau.de/bb');
    expect(creditOf('作者：肖春芳')).toBe('肖春芳');
    expect(creditOf('作者：')).toBeNull();
    expect(creditOf('作者')).toBeNull();
  });
});

describe('creditOf: what is no credit', () => {
  it('takes no preposition left before a date for a credit (hd-oberstdorfresort: "von <a></a> am 20.06.2018")', () => {
    expect(creditOf('von am 20.06.2018')).toBeNull();
    expect(creditOf('dpa, am 20.06.2018')).toBe('dpa');
  });

  it('takes no phrase from running text for a credit (hd-creativecommons.ch)', () => {
    expect(creditOf('von Creative Commons funktionieren wie ein')).toBeNull();
    expect(creditOf('Tapas and Vinho Iberico')).toBe('Tapas and Vinho Iberico');
    expect(creditOf('Redaktion datev.de')).toBe('Redaktion datev.de');
    expect(creditOf('Contributors to Wikimedia projects', true)).toBe('Contributors to Wikimedia projects');
  });

  it('takes no e-mail address, however written out, for a credit (hd-gizmeo: "cipha[at]cipha.net")', () => {
    expect(creditOf('cipha[at]cipha.net', true)).toBeNull();
    expect(creditOf('cipha (at) cipha.net', true)).toBeNull();
    expect(creditOf('cipha@cipha.net', true)).toBeNull();
    expect(creditOf('Redaktion (redaktion@example.com)', true)).toBe('Redaktion');
    expect(creditOf('Redaktion (redaktion@example.com) Nord', true)).toBe('Redaktion Nord');
  });

  it('takes no date line, or the label before a name left out, for a credit (hd-hessenschau, hd-eldia, hd-inform.kz)', () => {
    expect(creditOf('Veröffentlicht am 19.10.19 um 14:34 Uhr')).toBeNull();
    expect(creditOf('Publicado el 15.04.2020')).toBeNull();
    expect(creditOf('15 de Abril de 2020 | 16:05')).toBeNull();
    expect(creditOf('Автор:')).toBeNull();
    expect(creditOf('dpa | 15.04.2020')).toBe('dpa');
  });

  it('reads the name after a Russian author label ("Автор: Олеся Жуковень")', () => {
    expect(splitByline('Автор: Олеся Жуковень')).toEqual(['Олеся Жуковень']);
    expect(splitByline('Авторы: Олеся Жуковень, Иван Петров')).toEqual(['Олеся Жуковень', 'Иван Петров']);
    expect(splitByline('Авторы: Иван Петров и Олеся Жуковень')).toEqual(['Иван Петров', 'Олеся Жуковень']);
  });

  it('keeps the brackets and the names around an address ("Jane Doe (E-Mail: jane@doe.test)")', () => {
    expect(splitByline('Jane Doe (E-Mail: jane@doe.test)')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe (Mail: jane@doe.test), John Roe')).toEqual(['Jane Doe', 'John Roe']);
    expect(creditOf('Redaktion (E-Mail: redaktion@doe.test)', true)).toBe('Redaktion');
  });
});

describe('splitByline: how bylines are written', () => {
  it('reads a name the page prints twice once (hd-arteradio: one copy for screen readers)', () => {
    expect(splitByline("Kristen Falc'honKristen Falc'hon")).toEqual(["Kristen Falc'hon"]);
    expect(splitByline('Par Olivier Minot Olivier Minot')).toEqual(['Olivier Minot']);
  });

  it('keeps a French surname in capitals and drops the full stop after it (hd-ouest-france)', () => {
    expect(splitByline('Recueilli par Patrick ANGEVIN.')).toEqual(['Patrick ANGEVIN']);
    expect(splitByline('Chokri GHARBI')).toEqual(['Chokri GHARBI']);
    expect(splitByline('Jane D.')).toEqual(['Jane D.']);
    expect(splitByline('ACLU Speech Project')).toEqual([]);
  });

  it('reads "durch" as a prefix, and takes no placeholder or button for a name', () => {
    expect(splitByline('durch Stephan Markus')).toEqual(['Stephan Markus']);
    expect(splitByline('publisher', true)).toEqual([]);
    expect(creditOf('publisher', true)).toBeNull();
    expect(creditOf('Super User', true)).toBeNull();
    expect(splitByline('linksc Creating Search Engine API Message')).toEqual([]);
  });
});

describe('splitByline: a station or agency in capitals beside the writer', () => {
  it('takes no one-word acronym for a one-word name, even from metadata (hd-1708999888: "Nathan Bernier | KUT")', () => {
    expect(splitByline('Nathan Bernier | KUT', true)).toEqual(['Nathan Bernier']);
    expect(splitByline('PTI', true)).toEqual([]);
    expect(creditOf('PTI', true)).toBe('PTI');
  });

  it('reads an initial that is also a conjunction ("E.", "Y.") as an initial (hd-1556056486)', () => {
    expect(splitByline('E. NURDIN', true)).toEqual(['E. Nurdin']);
    expect(splitByline('Ana Silva e João Costa')).toEqual(['Ana Silva', 'João Costa']);
  });
});

describe('creditOf: page text that only starts like a byline', () => {
  it('takes no petition counter for a credit (tf-greenpeace: "0% vom Ziel erreicht")', () => {
    expect(creditOf('vom Ziel erreicht')).toBeNull();
    expect(creditOf('Ziel erreicht', true)).toBe('Ziel erreicht');
    expect(creditOf('dpa/lno')).toBe('dpa/lno');
  });
});

describe('splitByline and creditOf: what a review of the rules above found', () => {
  it.each([
    'AFP, dpa',
    'KNA / epd',
    'Redaktion / js',
    'FR mit dpa',
    'Friends of the Earth',
    'Reporter ohne Grenzen',
    'Channel 4 News',
    'France 24',
    'Sunday Times',
    'Bündnis 90/Die Grünen',
  ])('keeps the credit %j', (credit) => {
    expect(creditOf(credit)).toBe(credit);
  });

  it('keeps the writer beside a site’s domain, and a person after a company', () => {
    expect(splitByline('Jane Doe | hessenschau.de')).toEqual(['Jane Doe']);
    expect(splitByline('Jane Doe und Max Muster / tagesschau.de')).toEqual(['Jane Doe', 'Max Muster']);
    expect(splitByline('Acme Corp, Jane Doe', true)).toEqual(['Jane Doe']);
  });

  it('takes no station code after a full name for a surname', () => {
    expect(splitByline('Nathan Bernier KUT')).toEqual([]);
    expect(splitByline('Jane Doe NYT', true)).toEqual([]);
  });

  it('keeps a name whose two words are the same, and a one-word user name that repeats itself', () => {
    expect(splitByline('Hassan Hassan')).toEqual(['Hassan Hassan']);
    expect(splitByline('lolalola', true)).toEqual(['lolalola']);
  });

  it('keeps a one-word pen name from metadata when only a date follows it', () => {
    expect(splitByline('reineckefuchs 12.04.2018', true)).toEqual(['reineckefuchs']);
    expect(splitByline('reineckefuchs, updated 12 April 2018', true)).toEqual(['reineckefuchs']);
  });
});

describe('givenNameFirst: one person per metadata tag, surname first', () => {
  it('turns the name round as it is printed (readability/ietf-1: DC.Creator)', () => {
    expect(givenNameFirst('Jong, Michiel de')).toBe('Michiel de Jong');
    expect(givenNameFirst('Kooman, F.')).toBe('F. Kooman');
    expect(givenNameFirst('van Dyk, Jan')).toBe('Jan van Dyk');
  });

  it('leaves two people, or a name and a place, as they are', () => {
    expect(givenNameFirst('Jane Doe, John Roe')).toBe('Jane Doe, John Roe');
    expect(givenNameFirst('Jane Doe, New York')).toBe('Jane Doe, New York');
  });
});

describe('splitByline: an organisation named with "for"', () => {
  it('takes no first word of "Organization for Transformative Works" for a person (readability/archive-of-our-own)', () => {
    expect(splitByline('Organization for Transformative Works', true)).toEqual([]);
    expect(creditOf('Organization for Transformative Works', true)).toBe(
      'Organization for Transformative Works',
    );
    expect(splitByline('Bundesministerium für Wirtschaft und Klimaschutz', true)).toEqual([]);
    // Two words before "für", but across a comma: no writer's name.
    expect(splitByline('Jane Doe und Max Mustermann, Ministerium für Umwelt', true)).toEqual([
      'Jane Doe',
      'Max Mustermann',
    ]);
  });
});

describe('splitByline and creditOf: what names no person', () => {
  it('reads "Our Foreign Staff" as the newsroom crediting itself, not as "Our Foreign" (readability/telegraph)', () => {
    expect(splitByline('Our Foreign Staff', true)).toEqual([]);
    expect(splitByline('Our Special Correspondent', true)).toEqual([]);
    expect(splitByline('Unser Korrespondent', true)).toEqual([]);
    expect(creditOf('Our Foreign Staff', true)).toBe('Our Foreign Staff');
    expect(splitByline('Jane Our')).toEqual(['Jane Our']);
  });

  it('takes no "anonymous" in any language for a name or a credit (tf-infobae: JSON-LD author "anónimo")', () => {
    for (const placeholder of ['anónimo', 'Anonym', 'anonyme', 'anonimo']) {
      expect(splitByline(placeholder, true)).toEqual([]);
      expect(creditOf(placeholder, true)).toBeNull();
    }
  });

  it('takes no picture copyright for a name or a credit (tf-springer: "| © Springer")', () => {
    expect(splitByline('© Springer')).toEqual([]);
    expect(creditOf('© Springer', true)).toBeNull();
    expect(creditOf('Springer', true)).toBe('Springer');
  });

  it('takes no byline element that holds only its date for a credit (tf-infobae: "3 de Mayo de 2022")', () => {
    for (const date of [
      '3 de Mayo de 2022',
      'May 3, 2022',
      'Mai 2022',
      '3 May 2022 10:00',
      'Tuesday 3 May 2022',
    ])
      expect(creditOf(date)).toBeNull();
    expect(creditOf('Redaktion, 3. Mai 2022')).toBe('Redaktion');
    expect(creditOf('Mayo Clinic', true)).toBe('Mayo Clinic');
    expect(creditOf('20 Minuten')).toBe('20 Minuten');
  });

  it('drops the weekday a byline runs on into, and keeps names that are weekdays elsewhere (readability/simplyfound-1)', () => {
    expect(splitByline('Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC')).toEqual(['Joe Wee']);
    expect(splitByline('Jane Doe, Freitag 3. Mai')).toEqual(['Jane Doe']);
    expect(creditOf('Redaktion am Montag, 3. Mai 2022')).toBe('Redaktion');
    expect(splitByline('Plácido Domingo')).toEqual(['Plácido Domingo']);
  });

  it('reads "Veröffentlicht von", "Publié par" as byline labels (hd-seglerblog)', () => {
    expect(splitByline('Veröffentlicht von Jane Doe')).toEqual(['Jane Doe']);
    expect(splitByline('Publié par Jeanne Dupont')).toEqual(['Jeanne Dupont']);
    expect(splitByline('Veröffentlicht von SeglerBlog')).toEqual([]);
  });

  it('takes no site\'s maker for a name (hd-1731695567: "Developed By Heba Musa")', () => {
    expect(splitByline('Developed By Heba Musa')).toEqual([]);
    expect(splitByline('Powered by WordPress')).toEqual([]);
  });

  it('keeps initials written together as initials when title-casing a name in capitals', () => {
    expect(splitByline('J.K. ROWLING')).toEqual(['J.K. Rowling']);
  });
});

describe('splitByline and creditOf: names that look like dates or credits (a review of the rules above)', () => {
  it('keeps surnames that are weekdays', () => {
    expect(splitByline('Von Jan Freitag, 12.03.2023')).toEqual(['Jan Freitag']);
    expect(splitByline('Heidi Montag, 3 May 2021')).toEqual(['Heidi Montag']);
    expect(splitByline('By Olu Sunday, Abuja')).toEqual(['Olu Sunday']);
    expect(splitByline('Anna Schmidt, Jan Freitag, Peter Müller')).toEqual([
      'Anna Schmidt',
      'Jan Freitag',
      'Peter Müller',
    ]);
    expect(splitByline('By Joe Friday, Staff Writer')).toEqual(['Joe Friday']);
  });

  it('keeps the name before a picture copyright, and "Unbekannt" is no name', () => {
    expect(splitByline('Jane Doe © 2021')).toEqual(['Jane Doe']);
    expect(creditOf('Bild: Logo von Bankmagazin | © Springer')).toBeNull();
    for (const placeholder of ['Unbekannt', 'Inconnu', 'Desconocido'])
      expect(splitByline(placeholder, true)).toEqual([]);
  });

  it('takes a credit that is a month word for a credit, and a date with an ordinal for none', () => {
    expect(creditOf('Mars', true)).toBe('Mars');
    expect(creditOf('April', true)).toBe('April');
    expect(creditOf('May 3rd')).toBeNull();
    expect(creditOf('March 3rd, 2022')).toBeNull();
  });
});

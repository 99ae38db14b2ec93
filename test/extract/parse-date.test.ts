import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseMachineDate, parseTextDate } from '../../src/extract/parse-date';
import { extractArticle } from '../../src/extract';
import { corpusCase, extractWithoutDateMetadata, withPage } from './corpus';

describe('parseTextDate', () => {
  it.each([
    ['12 April 2018', 'en', '2018-04-12'],
    ['April 12, 2018, 9:11 AM EDT', 'en', '2018-04-12T09:11-04:00'],
    ['April 12, 2018 9:11 PM', 'en', '2018-04-12T21:11'],
    ['12.04.2018 09:11', 'de', '2018-04-12T09:11'],
    ['2018-04-12', 'en', '2018-04-12'],
    ['3. Mai 2019', 'de', '2019-05-03'],
    ['le 3 mai 2019 à 14h30', 'fr', '2019-05-03T14:30'],
    ['Thu, 12 Apr 2018 09:11:00 +0200', 'en', '2018-04-12T09:11+02:00'],
    ['Published 12 April 2018 at 9:11', 'en', '2018-04-12T09:11'],
    // Month first only in American English (and English naming no region); everyone else,
    // British and Australian English too, writes the day first.
    ['04/12/2018', 'en', '2018-04-12'],
    ['04/12/2018', 'en-US', '2018-04-12'],
    ['04/12/2018', 'en-GB', '2018-12-04'],
    ['04/12/2018', 'en-AU', '2018-12-04'],
    ['04-12-2018', 'en-GB', '2018-12-04'],
    ['04/12/2018', 'en-Latn-US', '2018-04-12'],
    // A zone read by chrono's English parser, day first too.
    ['04/12/2018 09:11 BST', 'en-GB', '2018-12-04T09:11+01:00'],
    ['04/12/2018 9:11 PM EDT', 'en-US', '2018-04-12T21:11-04:00'],
    // A month's name needs no order: read in English on any page (hd-schweizerjaeger).
    ['Jan 04 09:34 2021', 'de-CH', '2021-01-04T09:34'],
    ['January 4, 2021', 'en-GB', '2021-01-04'],
    ['12/04/2018', 'fr', '2018-04-12'],
    // Two-digit years, as German-speaking sites print them (hd-meininger, hd-der-farang, tf-couchstyle).
    ['28.01.22', 'de', '2022-01-28'],
    ['Von: Björn Jahner | 31.10.23', 'de', '2023-10-31'],
    ['23.09.22, 14:05', 'de', '2022-09-23T14:05'],
    // An American page prints them month first (readability/iab-1 "10.15.15", engadget "11.03.17").
    ['10.15.15', 'en-US', '2015-10-15'],
    ['11.03.17', 'en-US', '2017-11-03'],
    // Only a page that says it is American: without a language, or in plain "en" (which German
    // themes ship), dots are read day first.
    ['05.03.22', null, '2022-03-05'],
    ['05.03.22, 14:05', 'en', '2022-03-05T14:05'],
    // A month past 12 leaves one reading, whatever the page's language.
    ['10.15.15', 'de', '2015-10-15'],
    ['28.01.22', 'en-US', '2022-01-28'],
    ['10.15.2015', 'de', '2015-10-15'],
    ['12.04.2018', 'en-US', '2018-04-12'],
  ])('%j (lang %s) → %s', (text, lang, iso) => {
    expect(parseTextDate(text, lang)?.iso).toBe(iso);
  });

  it('reads a German date with a German month name only because the page is German', () => {
    expect(parseTextDate('3. Mai 2019', 'de')).toEqual({
      iso: '2019-05-03',
      hasTime: false,
      hasOffset: false,
    });
  });

  it('invents no offset for a wall-clock time (the seed page: "09:11" with no zone)', () => {
    for (const [text, lang] of [
      ['12.04.2018 09:11', 'de'],
      ['April 12, 2018 9:11 AM', 'en'],
      ['12 April 2018 09:11', 'en'],
    ] as const) {
      const date = parseTextDate(text, lang);
      expect(date, text).toMatchObject({ hasTime: true, hasOffset: false });
      expect(date?.iso, text).not.toMatch(/(?:Z|[+-]\d{2}:\d{2})$/);
    }
  });

  it('invents no time for a date alone', () => {
    expect(parseTextDate('12 April 2018', 'en')).toEqual({
      iso: '2018-04-12',
      hasTime: false,
      hasOffset: false,
    });
  });

  it.each([
    ['12 April 1850', 'a year before the web'],
    ['12 April 2099', 'a year far in the future'],
    ['31.02.2018', 'a day that does not exist'],
    ['Monday', 'a weekday alone (relative to whoever runs the extraction)'],
    ['yesterday at 9:11', 'a relative date'],
    ['April 12', 'a date without its year'],
    ['no date here', 'plain text'],
    ['Version 4.47.4', 'a version number'],
    ['1.2.345', 'three digits after the second dot'],
  ])('rejects %j: %s', (text) => {
    expect(parseTextDate(text, 'en')).toBeNull();
  });
});

describe('parseMachineDate: a non-ISO value in the page’s language', () => {
  it('reads "01-11-2023 10:29" day first on a German page and month first in English (hd-exxpress)', () => {
    expect(parseMachineDate('01-11-2023 10:29', 'de')?.iso).toBe('2023-11-01T10:29');
    expect(parseMachineDate('01-11-2023 10:29')?.iso).toBe('2023-01-11T10:29');
  });
});

describe('parseMachineDate', () => {
  it.each([
    ['2018-04-12T09:11:00+02:00', '2018-04-12T09:11+02:00'],
    ['2018-04-12T09:11:00Z', '2018-04-12T09:11Z'],
    ['2018-04-12T09:11:00.000-0400', '2018-04-12T09:11-04:00'],
    ['2018-04-12T09:11', '2018-04-12T09:11'],
    ['2018-04-12 09:11:00', '2018-04-12T09:11'],
    ['2018-04-12T09:11:30', '2018-04-12T09:11:30'],
    ['2018-04-12', '2018-04-12'],
    ['20180412', '2018-04-12'],
    ['2018/04/12', '2018-04-12'],
    // RFC 2822, as in RSS and `Last-Modified`.
    ['Thu, 12 Apr 2018 09:11:00 GMT', '2018-04-12T09:11Z'],
    ['Thu, 12 Apr 2018 09:11:00 +0200', '2018-04-12T09:11+02:00'],
    ['Thu, 12 Apr 2018 09:11:00 EDT', '2018-04-12T09:11-04:00'],
  ])('%j → %s', (value, iso) => {
    expect(parseMachineDate(value)?.iso).toBe(iso);
  });

  it('keeps the offset flags honest', () => {
    expect(parseMachineDate('2018-04-12T09:11:00+02:00')).toMatchObject({ hasTime: true, hasOffset: true });
    expect(parseMachineDate('2018-04-12T09:11:00')).toMatchObject({ hasTime: true, hasOffset: false });
    expect(parseMachineDate('2018-04-12')).toMatchObject({ hasTime: false, hasOffset: false });
  });

  it('reads Unix time (seconds and milliseconds) as an instant in UTC', () => {
    // 1523524260 s = 2018-04-12T09:11:00Z. The 10-digit number must not be read as "1523-52-42".
    expect(parseMachineDate('1523524260')?.iso).toBe('2018-04-12T09:11Z');
    expect(parseMachineDate('1523524260000')?.iso).toBe('2018-04-12T09:11Z');
  });

  it.each([
    ['0001-01-01', 'the zero date CMSs write for "unset"'],
    ['1970-01-01T00:00:00Z', 'the Unix epoch, a default value'],
    ['2999-01-01', 'a year far in the future'],
    ['2018-13-01', 'month 13'],
    ['2018-02-30', '30 February'],
    ['2018-04-12T25:00', 'hour 25'],
    ['not a date', 'text'],
    ['', 'empty'],
  ])('rejects %j: %s', (value) => {
    expect(parseMachineDate(value)).toBeNull();
  });
});

describe('parseTextDate: numeric forms with a twelve-hour clock or a zone, and forms chrono alone reads', () => {
  it.each([
    ['12-04-2018', 'de', '2018-04-12'],
    ['2018/04/12', 'en', '2018-04-12'],
    ['04/12/2018 9:11 PM', 'en', '2018-04-12T21:11'],
    ['4/12/2018, 12:05 a.m.', 'en', '2018-04-12T00:05'],
    ['04/12/2018 9:11 PM EDT', 'en', '2018-04-12T21:11-04:00'],
    ['12 mrt 2019', 'nl', '2019-03-12'],
    ['12 maart 2019', 'nl', '2019-03-12'],
    ['12 de março de 2019', 'pt', '2019-03-12'],
  ])('%s (%s) → %s', (text, lang, iso) => {
    expect(parseTextDate(text, lang)?.iso).toBe(iso);
  });

  it.each([
    ['14 Januar 2022', 'de', '2022-01-14'], // hd-bergsteigen.com: no full stop after the day
    ['News 3 Mai 2022 um 12:30', 'de', '2022-05-03T12:30'],
  ])(
    'reads %j (%s), a long date chrono’s grammar misses, in the platform’s form of it',
    (text, lang, iso) => {
      expect(parseTextDate(text, lang)?.iso).toBe(iso);
    },
  );

  it('reads no long date where the platform’s form has none: no year, a word that is no month, a number that counts', () => {
    expect(parseTextDate('14 Januar', 'de')).toBeNull();
    expect(parseTextDate('Nr. 5 Mai 2022', 'de')).toBeNull();
    expect(parseTextDate('Heft 3 März 2022', 'de')).toBeNull();
    expect(parseTextDate('3 Mai 2022 Samstag 20:00', 'de')?.iso).toBe('2022-05-03');
    expect(parseTextDate('3 Mai 2022 Dienstag 20:00', 'de')?.iso).toBe('2022-05-03T20:00');
    expect(parseTextDate('14 Jahre 2022', 'de')).toBeNull();
    expect(parseTextDate('Mai 2022: 14 Teilnehmer', 'de')).toBeNull();
  });

  it('still reads a machine date with a one-digit month, a form only chrono reads (hd-alpin.de-freeride)', () => {
    expect(parseMachineDate('2022-1-26T14:32:06+02:00', 'de')?.iso.slice(0, 10)).toBe('2022-01-26');
  });

  it('finds no date in a line with years but no date, in any language', () => {
    expect(
      parseTextDate('linux usability ...or, why do I bother. © 2002, 2003 Jamie Zawinski', null),
    ).toBeNull();
  });
});

describe('parseTextDate: relative times', () => {
  it('reads no day from "12 minutes ago", which says only when the page was saved (hd-1592133028)', () => {
    const line = 'Fahad Shabbir (@FahadShabbir) 12 minutes ago Wed 29th April 2020 | 03:32 PM';
    expect(parseTextDate(line, 'en')?.iso.slice(0, 10)).toBe('2020-04-29');
    expect(parseTextDate('Posted 3 days ago, 2019 edition', 'en')).toBeNull();
  });
});

describe('parseTextDate: a page whose lang attribute is wrong', () => {
  it.each([
    ['Hofheim am Taunus | Wiesbaden, 11. November 2021', '2021-11-11'], // tf-springer.com-produkte: German under lang="en"
    ['Le 19 février 2020', '2020-02-19'],
    ['12 de marzo de 2021', '2021-03-12'],
  ])('reads %j on a page that says it is English', (text, iso) => {
    expect(parseTextDate(text, 'en')?.iso).toBe(iso);
  });
});

describe('parseTextDate: Arabic', () => {
  it.each([
    // hd-1731695567 (akhbarelyom.com): its `article:published_time` and the line under its headline.
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07T12:09'],
    ['الأربعاء، 07 أكتوبر 2020 - 09:40 م', '2020-10-07T21:40'],
    ['12:30 ص', null],
    ['السبت 5 يونيه 2021 الساعة 12:30 ص', '2021-06-05T00:30'],
    // Eastern Arabic and Persian digits, the Levant's month names, a 24-hour clock.
    ['٢٥ ديسمبر ٢٠٢٠', '2020-12-25'],
    ['۲۵ ديسمبر ۲۰۲۰', '2020-12-25'],
    ['نشر في 3 كانون الثاني 2021', '2021-01-03'],
    ['14 آب 2019', '2019-08-14'],
    ['الخميس 1 يونيو 2023 09:15', '2023-06-01T09:15'],
    // The half of the day in words, in Latin letters, or a 24-hour clock that needs none.
    ['7 أكتوبر 2020 - 9:09 مساءً', '2020-10-07T21:09'],
    ['7 أكتوبر 2020 12:30 صباحا', '2020-10-07T00:30'],
    ['7 أكتوبر 2020 9:09 PM', '2020-10-07T21:09'],
    ['7 أكتوبر 2020 12:15 a.m.', '2020-10-07T00:15'],
    ['7 أكتوبر 2020 13:09 ص', '2020-10-07T13:09'],
    // Spellings without the hamza, a month named twice, the Maghreb's names, a stretched word.
    ['7 تشرين الاول 2020', '2020-10-07'],
    ['7 تشرين الأول/أكتوبر 2020', '2020-10-07'],
    ['7 أكتوبر (تشرين الأول) 2020', '2020-10-07'],
    ['15 جويلية 2021', '2021-07-15'],
    ['7 أكـتوبر 2020', '2020-10-07'],
    ['7 كانون  الثاني 2021', '2021-01-07'],
    // A date the text gives first, in digits or in English, leads.
    ['2020-10-07T12:09:00+02:00 الأربعاء، 07 أكتوبر 2020', '2020-10-07T12:09+02:00'],
    ['نشر 2020-10-08 | الأربعاء، 07 أكتوبر 2020', '2020-10-08'],
    // Hijri and Solar Hijri dates are not the Western calendar's (a Persian page's are read in its language).
    ['7 صفر 1442', null],
    ['۱۷ مهر ۱۳۹۹', null],
    // No day, or no year: not a date.
    ['أكتوبر 2020', null],
    ['12 مارس', null],
  ])('reads %j', (text, iso) => {
    expect(parseTextDate(text, 'ar')?.iso ?? null).toBe(iso);
  });

  it('reads the date on an Arabic news page (hd-1731695567)', async () => {
    const page = corpusCase('htmldate-dev', 'hd-1731695567');
    const { published } = await withPage(page, (doc) => extractArticle(doc, page.url));
    expect(published?.iso.slice(0, 10)).toBe(page.expected.published);
  });
});

describe('parseTextDate: languages chrono does not read, in the platform’s locale data', () => {
  it.each([
    ['12 kwietnia 2018', 'pl', '2018-04-12'],
    ['czwartek, 12 kwietnia 2018 o godz. 17:45', 'pl-PL', '2018-04-12T17:45'],
    ['12 Nisan 2018 14:05', 'tr', '2018-04-12T14:05'],
    // A region's or script's own month names, and its language's: "Jänner" in Austria, Afghanistan's
    // names of the Solar Hijri months, Serbian in Latin letters.
    ['14. Jänner 2022', 'de-AT', '2022-01-14'],
    ['14. Januar 2022', 'de-AT', '2022-01-14'],
    ['۲۳ حمل ۱۳۹۷', 'fa-AF', '2018-04-12'],
    ['۲۳ فروردین ۱۳۹۷', 'fa-AF', '2018-04-12'],
    ['12. april 2018. u 14:05', 'sr-Latn-RS', '2018-04-12T14:05'],
    ['12. април 2018. у 14:05', 'sr-Latn-RS', '2018-04-12T14:05'],
    ['۲۳ حمل ۱۳۹۷', 'fa-IR', null],
    // The day of the week between the date and its time, as the locale's full date puts it or in brackets.
    ['12 Nisan 2018 Perşembe 14:05', 'tr', '2018-04-12T14:05'],
    ['12 kwietnia 2018, czw. 14:05', 'pl', '2018-04-12T14:05'],
    ['2018. április 12., csütörtök 14:05', 'hu', '2018-04-12T14:05'],
    ['2018年4月12日(木) 14:05', 'ja', '2018-04-12T14:05'],
    ['2018年4月12日木曜日 14:05', 'ja', '2018-04-12T14:05'],
    ['2018년 4월 12일 (목) 14:05', 'ko', '2018-04-12T14:05'],
    ['2018年4月12日 星期四 14:05', 'zh', '2018-04-12T14:05'],
    // A date in digits chrono reads, then the time in the page's words.
    ['2018/04/12(木) 14:05', 'ja', '2018-04-12T14:05'],
    ['2018.04.12 (목) 14:05', 'ko', '2018-04-12T14:05'],
    ['2018年4月12日（木）14時5分', 'ja', '2018-04-12T14:05'],
    ['2018년 4월 12일 14시 5분', 'ko', '2018-04-12T14:05'],
    ['2018年4月8日(日) 14:05', 'ja', '2018-04-08T14:05'],
    ['2018年4月12日（週四）14:05', 'zh-TW', '2018-04-12T14:05'],
    // Not a weekday, another day of the week than the date's (a programme's day and time), a
    // one-digit minute without its sign, or five minutes to three: no time.
    ['12 Nisan 2018 Spor 14:05', 'tr', '2018-04-12'],
    ['12 kwietnia 2018, sobota 20:00', 'pl', '2018-04-12'],
    ['12 Nisan 2018 Cumartesi 20:00', 'tr', '2018-04-12'],
    ['2018年4月12日（土）19:00', 'ja', '2018-04-12'],
    ['2018/04/12(土) 14:05', 'ja', '2018-04-12'],
    ['2018年4月12日 14時5', 'ja', '2018-04-12'],
    ['2018年4月12日 3時5分前', 'ja', '2018-04-12'],
    // A region's months are counted in its own calendar only: Uzbek in Afghanistan counts Persian
    // months, and the Gregorian "yanvar" of Uzbek is not one of them.
    ['1396 yanvar 22', 'uz-AF', null],
    ['12. dubna 2018', 'cs', '2018-04-12'],
    ['12. huhtikuuta 2018 klo 9.11', 'fi', '2018-04-12T09:11'],
    ['12 апреля 2018 г., 09:11', 'ru', '2018-04-12T09:11'],
    ['12 квітня 2018, 10:15', 'uk', '2018-04-12T10:15'],
    ['12 Απριλίου 2018, 10:15 μ.μ.', 'el', '2018-04-12T22:15'],
    ['2018. április 12. 14:05', 'hu', '2018-04-12T14:05'],
    ['12. travnja 2018.', 'hr', '2018-04-12'],
    ['2018 m. balandžio 12 d. 10:15', 'lt', '2018-04-12T10:15'],
    ['12. mai 2018 kl. 10.15', 'nb', '2018-05-12T10:15'],
    ['12 maj 2018', 'sv', '2018-05-12'],
    ['12 באפריל 2018', 'he', '2018-04-12'],
    // Hebrew's old code, which Intl knows as "he"; a code it does not know reads nothing.
    ['12 באפריל 2018', 'iw', '2018-04-12'],
    ['12 kwietnia 2018', 'xx', null],
    ['12 अप्रैल 2018', 'hi', '2018-04-12'],
    // The Thai calendar counts 543 years ahead; a Thai page may write the Western year too.
    ['12 เมษายน 2561', 'th', '2018-04-12'],
    ['13 มิถุนายน 2018', 'th', '2018-06-13'],
    // Chinese, Japanese and Korean dates say what they are whatever the page's language.
    ['2018年4月12日 11時30分', 'ja', '2018-04-12T11:30'],
    ['2018年04月12日 09:11', null, '2018-04-12T09:11'],
    ['发布时间：2018年4月12日', 'en', '2018-04-12'],
    ['2018년 4월 12일 오후 3:20', 'ko', '2018-04-12T15:20'],
    // A date in digits before it leads; a number before it that is no date does not.
    ['Opublikowano: 12.04.2018, 10:00 | aktualizacja 13 kwietnia 2018', 'pl', '2018-04-12T10:00'],
    ['Просмотров: 2045 · 12 апреля 2018', 'ru', '2018-04-12'],
    ['31 lutego 2018 – 12 kwietnia 2018', 'pl', '2018-04-12'],
    // What follows a date is its time only as the language writes one: a colon, a dot where the
    // locale writes one or after its word for "at"; not a price, a rating or a count.
    ['12. april 2018 kl. 12.30 Sam Hansen', 'da', '2018-04-12T12:30'],
    ['12 maj 2018 kl. 09.30', 'sv', '2018-05-12T09:30'],
    ['12 kwietnia 2018, 10.000 osób', 'pl', '2018-04-12'],
    ['12 kwietnia 2018 Cena: 19.50 zł', 'pl', '2018-04-12'],
    ['12 апреля 2018 | Рейтинг: 4.50', 'ru', '2018-04-12'],
    ['12 квітня 2018 Ціна 25.50 грн', 'uk', '2018-04-12'],
    // The words for a.m. and p.m. count as whole words beside the time, and only on a 12-hour clock.
    ['12 kwietnia 2018 12:15 Adam Nowak', 'pl', '2018-04-12T12:15'],
    ['12 maj 2018 09:30 Emil Persson', 'sv', '2018-05-12T09:30'],
    ['12 Απριλίου 2018, 14:05 μ.μ.', 'el', '2018-04-12T14:05'],
    ['2018年4月12日 下午3:20', 'zh', '2018-04-12T15:20'],
    ['2018년 4월 12일 오전 12:20', 'ko', '2018-04-12T00:20'],
    // A month's abbreviation only with its dot or a time: Czech "pro" (December) is also "for".
    ['Top 10 pro 2019', 'cs', null],
    ['12 pro 2019 10:15', 'cs', '2019-12-12T10:15'],
    ['12. pro. 2019', 'cs', '2019-12-12'],
    // English month names on an Indonesian page: chrono's reading adds the zone.
    ['Kamis, 12 April 2018 12:30 WIB', 'id', '2018-04-12T12:30+07:00'],
    // Digits of other scripts read as the digits they are: Bengali, Devanagari, Thai, full-width.
    ['১২ এপ্রিল, ২০১৮ এ ০৯:১১', 'bn', '2018-04-12T09:11'],
    ['१२ अप्रैल २०१८', 'hi', '2018-04-12'],
    ['๑๒ เมษายน ๒๕๖๑', 'th', '2018-04-12'],
    ['２０１８年４月１２日 １１時３０分', 'ja', '2018-04-12T11:30'],
    // Month names in capitals, which drop Greek accents and which `i` does not fold for Turkish,
    // and with either apostrophe.
    ['12 NİSAN 2018', 'tr', '2018-04-12'],
    ['12 NISAN 2018', 'tr', '2018-04-12'],
    ['12 ΑΠΡΙΛΙΟΥ 2018, 10:15', 'el', '2018-04-12T10:15'],
    ['12 ΜΑΪΟΥ 2018', 'el', '2018-05-12'],
    ["12 d'abril del 2018", 'ca', '2018-04-12'],
    // A short word between the fields written otherwise or left out (ICU writes "del", "ב", "m.").
    ['12 de maig de 2018', 'ca', '2018-05-12'],
    ["12 d'abril de 2018", 'ca', '2018-04-12'],
    ['12 אפריל 2018', 'he', '2018-04-12'],
    ['2018 balandžio 12 d.', 'lt', '2018-04-12'],
    // But only that word: its punctuation stays ("ta'", "-ж.,"), and another word is no date.
    ["12 ta' April 2018", 'mt', '2018-04-12'],
    ['2018-ж., 12-апрель', 'ky', '2018-04-12'],
    ['12 de maig per 2000 euros', 'ca', null],
    ['Kaina 2000 Eur balandžio 12 d.', 'lt', null],
    ['פרק 12 של מאי 2018', 'he', null],
    // The locale's other words in either case too: its "at", its a.m. and p.m., a month written as
    // a number after a word ("Tháng 4"); Turkish typed without "ı" ("Kasim", "OS" for "ÖS").
    ['12. HUHTIKUUTA 2018 KLO 9.11', 'fi', '2018-04-12T09:11'],
    ['12 Απριλίου 2018, 10:15 Μ.Μ.', 'el', '2018-04-12T22:15'],
    ['Thứ Năm, 12 Tháng 4, 2018 09:11', 'vi', '2018-04-12T09:11'],
    ['12 THÁNG 4, 2018', 'vi', '2018-04-12'],
    ['12 Kasim 2018', 'tr', '2018-11-12'],
    ['12 Nisan 2018 9:11 OS', 'tr', '2018-04-12T21:11'],
    // The locale's word for "hour" or its abbreviation before a time, and no other word: a duration,
    // a score or an update's abbreviation is not the date's time.
    ['12 Nisan 2018, saat 14:05', 'tr', '2018-04-12T14:05'],
    ['Kamis, 12 April 2018 jam 12:30', 'id', '2018-04-12T12:30'],
    ['12 aprilie 2018, ora 10:15', 'ro', '2018-04-12T10:15'],
    ['12 aprilie 2018, orar 10:15', 'ro', '2018-04-12'],
    ['12 kwietnia 2018 r., godz. 9.11', 'pl', '2018-04-12T09:11'],
    ['12 kwietnia 2018 Cena 19.50 zł', 'pl', '2018-04-12'],
    ['12 апреля 2018 Видео 03:45', 'ru', '2018-04-12'],
    ['12 апреля 2018, обн. 13:05', 'ru', '2018-04-12'],
    // A date in digits, then the time as the language writes one after a date.
    ['Oppdatert 12.04.2018 kl. 09:11', 'nb', '2018-04-12T09:11'],
    ['12.4.2018 klo 9.11', 'fi', '2018-04-12T09:11'],
    ['12.04.2018 в 09:11', 'ru', '2018-04-12T09:11'],
    ['12.04.2018 г., 09:11', 'bg', '2018-04-12T09:11'],
    ['12.04.2018 o godz. 09:11', 'pl', '2018-04-12T09:11'],
    ['12/04/2018 pukul 09.11 WIB', 'id', '2018-04-12T09:11'],
    ['12.04.2018 Cena 19.50 zł', 'pl', '2018-04-12'],
    ['12.04.2018 Wideo 03:45', 'pl', '2018-04-12'],
    ['Opublikowano: 12.04.2018, akt. 13:05', 'pl', '2018-04-12'],
    ['12.04.2018 Skóre 2:10', 'cs', '2018-04-12'],
    // A second date is no time: "13.04" after "12.04.2018 - ".
    ['12.04.2018 - 13.04.2018', 'pl', '2018-04-12'],
    ['12.04.2018 - 13.04.2018', 'de', '2018-04-12'],
    ['12.4.2018 - 13.4.2018', 'fi', '2018-04-12'],
    ['12. huhtikuuta 2018 - 13.04.2018', 'fi', '2018-04-12'],
    // The Solar Hijri calendar of a Persian page, counted by the platform's own, in words or digits
    // and with Arabic yeh and kaf for the Persian letters (hd-1523806243, hd-1602557452); a Thai
    // date in digits with the Buddhist year.
    ['سه‌شنبه ۲۹ بهمن ۱۳۹۸', 'fa', '2020-02-18'],
    ['۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵', 'fa', '2020-02-18T06:55'],
    ['يکشنبه ۲۱ ارديبهشت ۱۳۹۹', 'fa', '2020-05-10'],
    ['۱۳۹۹/۰۲/۲۱ - ۱۸:۵۹', 'fa', '2020-05-10T18:59'],
    ['۱۷ مهر ۱۳۹۹', 'fa', '2020-10-08'],
    ['۱۲ دی ماه ۱۳۹۸', 'fa', '2020-01-02'],
    ['۱۲ دی‌ماه ۱۳۹۸', 'fa', '2020-01-02'],
    ['۲۹ بهمن ۱۳۹۸، ساعت ۱۴:۳۰', 'fa', '2020-02-18T14:30'],
    ['۳۰ اسفند ۱۳۹۹', 'fa', '2021-03-20'],
    ['۳۰ اسفند ۱۴۰۰', 'fa', null],
    ['۳۱ مهر ۱۳۹۹', 'fa', null],
    ['2020/05/10', 'fa', '2020-05-10'],
    ['12/4/2561', 'th', '2018-04-12'],
    // A locale that numbers its months otherwise ("IV") still reads its dates and their time.
    ['12.04.2018 цаг 14:30', 'mn', '2018-04-12T14:30'],
    // Without a day or a year, or in a calendar not read (the Hijri of an Arabic page): no date.
    ['maj 2018', 'pl', null],
    ['12 kwietnia', 'pl', null],
    ['[06月24日 11時30分]', 'ja', null],
    ['۱۷ مهر ۱۳۹۹', 'ar', null],
  ])('reads %j (%s)', (text, lang, iso) => {
    expect(parseTextDate(text, lang)?.iso ?? null).toBe(iso);
  });

  it.each(['hd-1523806243', 'hd-1602557452'])(
    'dates Persian page %s by its Solar Hijri dateline once its date metadata is gone',
    async (id) => {
      const page = corpusCase('htmldate-dev', id);
      const { published } = await extractWithoutDateMetadata(page);
      expect(published?.iso.slice(0, 10)).toBe(page.expected.published);
    },
  );

  it('dates a Bengali page whose date under the headline is in Bengali digits', () => {
    const url = 'https://khobor.test/bangladesh/setu';
    const dom = new JSDOM(
      `<html lang="bn"><body><article><h1>সেতুর কাজ শেষ হবে শরতে</h1><p class="date">প্রকাশ: ১২ এপ্রিল ২০১৮, ০৯:১১</p><p>${'সেতুটি যান চলাচলের জন্য বন্ধ থাকবে। '.repeat(30)}</p></article></body></html>`,
      { url },
    );
    try {
      expect(extractArticle(dom.window.document, url).published?.iso).toBe('2018-04-12T09:11');
    } finally {
      dom.window.close();
    }
  });

  it('dates a Polish page that states its date only under the headline', () => {
    const url = 'https://gazeta.test/wiadomosci/remont-mostu';
    const dom = new JSDOM(
      `<html lang="pl"><body><article><h1>Remont mostu potrwa do jesieni</h1><p class="date">12 kwietnia 2018, 09:11</p><p>${'Most pozostanie zamknięty dla ruchu. '.repeat(30)}</p></article></body></html>`,
      { url },
    );
    try {
      expect(extractArticle(dom.window.document, url).published?.iso).toBe('2018-04-12T09:11');
    } finally {
      dom.window.close();
    }
  });
});

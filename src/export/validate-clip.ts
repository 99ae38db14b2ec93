import type { Clip } from '../clip';
import type { MetadataSource } from '../extract/types';

/** A checker that reports what is wrong at `path`, or nothing. */
type Check = (value: unknown, path: string, problems: string[]) => void;

// Exhaustive over the engine's union: adding a source there makes this a type error until added here.
const SOURCES = {
  'json-ld': true,
  microdata: true,
  opengraph: true,
  meta: true,
  'time-element': true,
  'rel-author': true,
  url: true,
  'page-text': true,
} satisfies Record<MetadataSource, true>;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string')
    return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

const expect =
  (what: string, ok: (v: unknown) => boolean): Check =>
  (value, path, problems) => {
    if (!ok(value)) problems.push(`${path}: expected ${what}, found ${describe(value)}.`);
  };

const string = expect('a string', (v) => typeof v === 'string');
const nonEmpty = expect('a non-empty string', (v) => typeof v === 'string' && v.trim() !== '');
const boolean = expect('true or false', (v) => typeof v === 'boolean');
const count = expect('a number of 0 or more', (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
const dateTime = expect(
  'a date and time like "2024-05-02T08:00:00.000Z"',
  (v) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v)),
);
const nullable =
  (check: Check): Check =>
  (value, path, problems) => {
    if (value !== null) check(value, path, problems);
  };
const arrayOf =
  (check: Check): Check =>
  (value, path, problems) => {
    if (!Array.isArray(value))
      return void problems.push(`${path}: expected a list, found ${describe(value)}.`);
    value.forEach((item, i) => check(item, `${path}[${i}]`, problems));
  };

/** Checks an object's fields: each listed one must pass its check; any other field is an error. */
export const objectOf =
  (fields: Record<string, Check>): Check =>
  (value, path, problems) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return void problems.push(`${path}: expected an object, found ${describe(value)}.`);
    }
    const record = value as Record<string, unknown>;
    for (const [name, check] of Object.entries(fields)) {
      if (!Object.hasOwn(record, name)) problems.push(`${path}.${name}: missing.`);
      else check(record[name], `${path}.${name}`, problems);
    }
    for (const name of Object.keys(record)) {
      if (!Object.hasOwn(fields, name)) problems.push(`${path}.${name}: unknown field.`);
    }
  };

const extractedDate = objectOf({
  iso: nonEmpty,
  raw: string,
  source: expect(
    `one of ${Object.keys(SOURCES).join(', ')}`,
    (v) => typeof v === 'string' && Object.hasOwn(SOURCES, v),
  ),
  origin: string,
  hasTime: boolean,
  hasOffset: boolean,
});

/** Every field of a version-1 clip and its check (the JSON Schema file says the same). */
const CLIP_FIELDS: Record<keyof Clip, Check> = {
  id: nonEmpty,
  savedAt: dateTime,
  updatedAt: dateTime,
  tags: arrayOf(string),
  pageUrl: string,
  url: nonEmpty,
  title: nullable(string),
  byline: nullable(string),
  authors: arrayOf(string),
  published: nullable(extractedDate),
  modified: nullable(extractedDate),
  siteName: nullable(string),
  lang: nullable(string),
  dir: expect('"ltr", "rtl" or null', (v) => v === 'ltr' || v === 'rtl' || v === null),
  canonicalUrl: nullable(string),
  excerpt: nullable(string),
  leadImage: nullable(objectOf({ url: string, alt: nullable(string) })),
  contentHtml: nullable(string),
  text: nullable(string),
  wordCount: count,
  readingMinutes: count,
  isArticle: boolean,
};

/** Checks one clip of a version-1 export; pushes one line per problem, each naming where it is. */
export const validateClip: Check = objectOf(CLIP_FIELDS);

/** What an import would refuse in one clip, each problem with its place under `path`; none if it imports. */
export function clipProblems(clip: unknown, path: string): string[] {
  const problems: string[] = [];
  validateClip(clip, path, problems);
  return problems;
}

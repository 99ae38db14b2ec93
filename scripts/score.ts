// How the eval scores one field against a corpus label. Shared by `npm run eval` and the golden tests.

/** Case, quote style and white space do not make a different headline. */
export function normalizeTitle(title: string): string {
  return title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033«»]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A byline as the set of names in it: "By Jane Doe and John Roe" → {jane doe, john roe}. */
export function bylineNames(byline: string): Set<string> {
  return new Set(
    byline
      .normalize('NFKC')
      .toLowerCase()
      .replace(/^\s*(?:by|von|par|por|di|door)\s+/, '')
      .split(/\s*(?:,|;|&|\||\band\b|\bund\b|\bet\b)\s*/)
      .map((n) => n.replace(/^[\s.:-]+|[\s.:-]+$/g, '').replace(/\s+/g, ' '))
      .filter(Boolean),
  );
}

export function sameNames(a: string, b: string): boolean {
  const x = bylineNames(a);
  const y = bylineNames(b);
  return x.size === y.size && [...x].every((n) => y.has(n));
}

/** Whether `actual` names the same calendar day as the label. */
export function sameDay(expected: string, actual: string): boolean {
  return expected.slice(0, 10) === actual.slice(0, 10);
}

function offsetMinutes(iso: string): number | null {
  const m = /(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return null;
  if (m[1] === 'Z') return 0;
  const [h, mi] = m[1]!.slice(1).split(':').map(Number);
  return (m[1]!.startsWith('-') ? -1 : 1) * (h! * 60 + mi!);
}

/** Same minute: as instants when both state an offset, else as wall-clock times. */
export function sameMinute(expected: string, actual: string): boolean {
  if (actual.length < 16) return false;
  const eo = offsetMinutes(expected);
  const ao = offsetMinutes(actual);
  if (eo !== null && ao !== null) {
    const toUtc = (iso: string, off: number) => Date.parse(`${iso.slice(0, 16)}:00Z`) - off * 60_000;
    return toUtc(expected, eo) === toUtc(actual, ao);
  }
  return expected.slice(0, 16).replace(' ', 'T') === actual.slice(0, 16).replace(' ', 'T');
}

function tokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

/** Token F1 of two texts (bag of lower-cased words). */
export function tokenF1(expected: string, actual: string): number {
  const e = tokens(expected);
  const a = tokens(actual);
  let overlap = 0;
  let eTotal = 0;
  let aTotal = 0;
  for (const n of e.values()) eTotal += n;
  for (const [t, n] of a) {
    aTotal += n;
    overlap += Math.min(n, e.get(t) ?? 0);
  }
  if (eTotal === 0 && aTotal === 0) return 1;
  if (overlap === 0) return 0;
  const precision = overlap / aTotal;
  const recall = overlap / eTotal;
  return (2 * precision * recall) / (precision + recall);
}

/** The fields a corpus label may give, as the manifests spell them. */
export interface LabelledFields {
  title?: string;
  byline?: string;
  published?: string;
  body?: string;
}
/** What an extractor returned for those fields. */
export interface ExtractedFields {
  title: string | null;
  byline: string | null;
  published: string | null;
  body: string | null;
}
/** The metrics the eval reports; `minute` only for labels that state a time. */
export type Metric = 'title' | 'byline' | 'published' | 'minute' | 'body';

/** Scores every labelled field of one page: 1 or 0, and token F1 for the body. */
export function scoreFields(expected: LabelledFields, got: ExtractedFields): Partial<Record<Metric, number>> {
  const s: Partial<Record<Metric, number>> = {};
  if (expected.title !== undefined)
    s.title = got.title && normalizeTitle(got.title) === normalizeTitle(expected.title) ? 1 : 0;
  if (expected.byline !== undefined) s.byline = got.byline && sameNames(expected.byline, got.byline) ? 1 : 0;
  if (expected.published !== undefined) {
    s.published = got.published && sameDay(expected.published, got.published) ? 1 : 0;
    if (expected.published.length >= 16)
      s.minute = got.published && sameMinute(expected.published, got.published) ? 1 : 0;
  }
  if (expected.body !== undefined) s.body = tokenF1(expected.body, got.body ?? '');
  return s;
}

import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract';
import { scoreFields } from '../../scripts/score';
import { policyViolations } from './assert-safe-html';
import { everyNth, readManifest, withPage, type CorpusCase, type CorpusFolder } from './corpus';

/** The fields the corpus labels, scored as `npm run eval` scores them (scripts/score.ts). */
export type Field = 'title' | 'byline' | 'published' | 'minute' | 'body';
export const FIELDS: readonly Field[] = ['title', 'byline', 'published', 'minute', 'body'];

/** A body whose token F1 is below this counts as a failing page in the messages. */
const BODY_PASS_F1 = 0.9;

/** What the engine got on one page, and its score per labelled field (0..1). */
export interface PageResult {
  id: string;
  got: { title: string | null; byline: string | null; published: string | null; body: string | null };
  scores: Partial<Record<Field, number>>;
  expected: CorpusCase['expected'];
  /** Sanitiser policy violations in contentHtml; must stay empty on every page. */
  unsafe: string[];
  error: string | null;
}

/** Extracts and scores one corpus page; an exception scores 0 on every labelled field. */
export async function runPage(c: CorpusCase): Promise<PageResult> {
  return withPage(c, (doc) => {
    try {
      const a = extractArticle(doc, c.url);
      const got = { title: a.title, byline: a.byline, published: a.published?.iso ?? null, body: a.text };
      const unsafe = a.contentHtml ? policyViolations(a.contentHtml) : [];
      return {
        id: c.id,
        got,
        scores: scoreFields(c.expected, got),
        expected: c.expected,
        unsafe,
        error: null,
      };
    } catch (error) {
      const got = { title: null, byline: null, published: null, body: null };
      return {
        id: c.id,
        got,
        scores: scoreFields(c.expected, got),
        expected: c.expected,
        unsafe: [],
        error: String(error),
      };
    }
  });
}

/** Runs every page of a fixed sample of one corpus folder. */
export async function runSample(folder: CorpusFolder, step: number): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const c of everyNth(readManifest(folder), step)) results.push(await runPage(c));
  return results;
}

/** Mean score of a field over the pages that label it, and the pages that fail it. */
export function summarise(
  results: readonly PageResult[],
  field: Field,
): { mean: number; n: number; failing: string[] } {
  const scored = results.filter((r) => r.scores[field] !== undefined);
  const sum = scored.reduce((total, r) => total + r.scores[field]!, 0);
  const pass = field === 'body' ? BODY_PASS_F1 : 1;
  const failing = scored
    .filter((r) => r.scores[field]! < pass)
    .map((r) => {
      const expected = field === 'minute' ? r.expected.published : r.expected[field];
      const got = field === 'minute' ? r.got.published : r.got[field];
      const show = (v: string | null | undefined) => JSON.stringify((v ?? null) && v!.slice(0, 90));
      const f1 = field === 'body' ? ` (F1 ${r.scores.body!.toFixed(2)})` : '';
      return `${r.id}: expected ${show(expected)}, got ${show(got)}${f1}${r.error ? ` [threw ${r.error}]` : ''}`;
    });
  return { mean: scored.length === 0 ? NaN : sum / scored.length, n: scored.length, failing };
}

/** Per field, the lowest acceptable mean score over the sample; a field left out is not checked. */
export type Floors = Partial<Record<Field, number>>;

/**
 * Declares the golden tests of one corpus folder: every `step`-th page is extracted once, then
 * each field's mean score must stay at or above its floor (the failure names the failing pages),
 * no page may throw, and every contentHtml must pass the sanitiser policy.
 */
export function describeGolden(folder: CorpusFolder, step: number, floors: Floors): void {
  describe(`golden pages: every ${step}th page of ${folder}`, () => {
    let results: PageResult[] = [];
    // One pass over the sample for all the checks below; jsdom makes each page cost ~0.5 s.
    beforeAll(async () => {
      results = await runSample(folder, step);
    }, 600_000);

    it('extracts every page without throwing', () => {
      expect(results.filter((r) => r.error).map((r) => `${r.id}: ${r.error}`)).toEqual([]);
    });

    it('keeps every contentHtml within the sanitiser policy', () => {
      expect(
        results.filter((r) => r.unsafe.length > 0).map((r) => `${r.id}: ${r.unsafe.join('; ')}`),
      ).toEqual([]);
    });

    for (const field of FIELDS) {
      const floor = floors[field];
      if (floor === undefined) continue;
      it(`${field}: mean score stays at or above ${floor}`, () => {
        const { mean, n, failing } = summarise(results, field);
        expect(n, `no page of the sample labels ${field}`).toBeGreaterThan(0);
        const report = `${folder} ${field}: ${mean.toFixed(3)} over ${n} pages, floor ${floor}; failing pages:\n  ${failing.join('\n  ')}`;
        expect(mean, report).toBeGreaterThanOrEqual(floor);
      });
    }
  });
}

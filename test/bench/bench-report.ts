// The per-page table and the summary both extraction benches print, so their numbers read alike.
import { median, quantile, REPEATS, type PageTimes } from './time-page';

/** One page's median times, with the page's corpus id. */
export interface TimedPage extends PageTimes {
  id: string;
  /**
   * Ms of the first extraction in a fresh page, and of the first detection and Readability parse in
   * another, where the bench measures them (in Chromium): code and regular expressions compiled on
   * the way.
   */
  first?: { detect: number; extract: number; readability: number };
}

/** One line per page, slowest extraction (relative to Readability) first; `limit` lines at most. */
export function printPerPage(rows: readonly TimedPage[], limit = Infinity): void {
  const sorted = [...rows].sort((a, b) => b.extract / b.readability - a.extract / a.readability);
  console.log(
    `${'page'.padEnd(58)} ${'detect/R'.padStart(9)} ${'extract/R'.padStart(9)} ${'R ms'.padStart(8)}`,
  );
  for (const r of sorted.slice(0, limit)) {
    const ratio = (n: number) => `${(n / r.readability).toFixed(3)}x`.padStart(9);
    const readabilityMs = r.readability.toFixed(1).padStart(8);
    console.log(`${r.id.slice(0, 58).padEnd(58)} ${ratio(r.detect)} ${ratio(r.extract)} ${readabilityMs}`);
  }
}

/**
 * How many pages were timed and how, the medians, p90 and max of the per-page ratios to
 * Readability, and the absolute medians in ms.
 * @param sampleStep every how many corpus pages one was timed
 */
export function summarize(rows: readonly TimedPage[], sampleStep: number): Record<string, number> {
  const detectRatios = rows.map((r) => r.detect / r.readability);
  const extractRatios = rows.map((r) => r.extract / r.readability);
  const round = (n: number, digits = 3) => Number(n.toFixed(digits));
  return {
    'pages timed': rows.length,
    'sample step N': sampleStep,
    'repeats per page (median)': REPEATS,
    'detect/readability ratio (median)': round(median(detectRatios), 4),
    'detect/readability ratio (p90)': round(quantile(detectRatios, 0.9), 4),
    'detect/readability ratio (max)': round(Math.max(...detectRatios), 4),
    'extract/readability ratio (median)': round(median(extractRatios)),
    'extract/readability ratio (p90)': round(quantile(extractRatios, 0.9)),
    'extract/readability ratio (max)': round(Math.max(...extractRatios)),
    'detect ms (median)': round(median(rows.map((r) => r.detect)), 2),
    'extract ms (median)': round(median(rows.map((r) => r.extract)), 1),
    'readability ms (median)': round(median(rows.map((r) => r.readability)), 1),
    ...firstExtractSummary(rows),
  };
}

/** The first extraction in a page, cold, in ms and against a cold Readability: what a reader waits for on clipping. */
function firstExtractSummary(rows: readonly TimedPage[]): Record<string, number> {
  const first = rows.flatMap((r) => (r.first ? [r.first] : []));
  if (first.length === 0) return {};
  const ratios = first.map((f) => f.extract / f.readability);
  const ms = first.map((f) => f.extract);
  return {
    'first extract/first readability (median)': Number(median(ratios).toFixed(3)),
    'first extract/first readability (p90)': Number(quantile(ratios, 0.9).toFixed(3)),
    'first extract ms (median)': Number(median(ms).toFixed(1)),
    'first extract ms (p90)': Number(quantile(ms, 0.9).toFixed(1)),
    'first readability ms (median)': Number(median(first.map((f) => f.readability)).toFixed(1)),
    'first detect ms (median)': Number(median(first.map((f) => f.detect)).toFixed(2)),
    'first detect ms (p90)': Number(
      quantile(
        first.map((f) => f.detect),
        0.9,
      ).toFixed(2),
    ),
  };
}

// The per-page table and the summary both extraction benches print, so their numbers read alike.
import { median, quantile, REPEATS, type PageTimes } from './time-page';

/** One page's median times, with the page's corpus id. */
export interface TimedPage extends PageTimes {
  id: string;
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
  };
}

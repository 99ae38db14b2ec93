// How one page is timed, shared by the Node bench (jsdom) and the browser bench (Chromium), so both
// measure the same thing. No Node or DOM-library imports: esbuild bundles this into the page.
import { Readability } from '@mozilla/readability';
import { detectArticle, extractArticle } from '../../src/extract';

/**
 * Timed runs per page and function. jsdom's garbage collection lands in two of three runs often
 * enough (one page's detection took 1.0 to 15 ms over nine runs) to make a median of three noisy;
 * a median of five resists two pauses.
 */
export const REPEATS = 5;

/** Median ms of each function on one page. */
export interface PageTimes {
  detect: number;
  extract: number;
  readability: number;
}

/** The value below which a share `q` of `values` lies (the p90 for 0.9). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
/** The middle value. */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Mean ms of `runsPerSample` runs in a row. */
function timeRuns(run: () => unknown, runsPerSample: number): number {
  const start = performance.now();
  for (let i = 0; i < runsPerSample; i++) run();
  return (performance.now() - start) / runsPerSample;
}

/**
 * Runs timed together as one sample: a browser page's clock ticks in steps of 0.1 ms, too coarse
 * for a detection that takes a tenth of a millisecond. `detect` is for detectArticle, `parse` for
 * extractArticle and Readability, which are compared with each other.
 */
export interface RunsPerSample {
  detect: number;
  parse: number;
}

/**
 * Median ms of detectArticle, extractArticle and one Readability parse of a clone (the honest
 * baseline: Readability mutates what it parses) on one page's DOM.
 */
export function timePage(
  doc: Document,
  url: string,
  runsPerSample: RunsPerSample = { detect: 1, parse: 1 },
): PageTimes {
  const runs = { detect: [] as number[], extract: [] as number[], readability: [] as number[] };
  for (let i = 0; i < REPEATS; i++) {
    // Interleaved, so a slow moment of the machine hits all three alike.
    runs.detect.push(timeRuns(() => detectArticle(doc, url), runsPerSample.detect));
    runs.extract.push(timeRuns(() => extractArticle(doc, url), runsPerSample.parse));
    runs.readability.push(
      timeRuns(() => new Readability(doc.cloneNode(true) as Document).parse(), runsPerSample.parse),
    );
  }
  return {
    detect: median(runs.detect),
    extract: median(runs.extract),
    readability: median(runs.readability),
  };
}

/**
 * Ms of the first extractArticle in a fresh page: what a reader waits for on clipping, with the
 * engine's code and regular expressions compiled on the way. Run before anything else in the page.
 */
export function timeFirstExtract(doc: Document, url: string): number {
  return timeRuns(() => extractArticle(doc, url), 1);
}

/** Ms of the first detectArticle in a fresh page: what every page load pays, code compiled on the way. */
export function timeFirstDetect(doc: Document, url: string): number {
  return timeRuns(() => detectArticle(doc, url), 1);
}

/** Ms of the first Readability parse of a clone in a fresh page, the baseline for `timeFirstExtract`. */
export function timeFirstReadability(doc: Document): number {
  return timeRuns(() => new Readability(doc.cloneNode(true) as Document).parse(), 1);
}

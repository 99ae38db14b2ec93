// Extraction speed against the honest baseline: one Readability parse of a clone of the same DOM.
//   npx tsx test/bench/extract-bench.ts            (or `npm run bench` for every bench)
// Every SAMPLE_STEP-th page of each corpus manifest (a fixed sample, so runs compare), parsed once
// with jsdom; on that one DOM, detectArticle, extractArticle and Readability are each timed
// REPEATS times in turn after a warm-up, and each page keeps the median of each.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { detectArticle, extractArticle } from '../../src/extract';
import { loadPage } from '../../scripts/load-page';

const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const FOLDERS = ['readability', 'htmldate-dev', 'trafilatura-dev'] as const;
/**
 * Every 4th page: 154 of the 615 (each page costs about a second of jsdom work per repeat), which
 * keeps this bench (five repeats a page) near three and a half minutes on two cores.
 * NEWSCLIP_BENCH_STEP=1 times every page.
 */
const SAMPLE_STEP = Number(process.env.NEWSCLIP_BENCH_STEP ?? 4);
/**
 * Timed runs per page and function. jsdom's garbage collection lands in two of three runs often
 * enough (one page's detection took 1.0 to 15 ms over nine runs) to make a median of three noisy;
 * a median of five resists two pauses.
 */
const REPEATS = 5;
/** Pages run untimed first, so the JIT has compiled the engine, Readability and jsdom. */
const WARM_UP_PAGES = 8;

/** The bench's targets, as ratios to Readability, for the printed table. */
export const EXTRACT_TARGETS: Record<string, string> = {
  'detect/readability ratio (median)': '<= 0.05x',
  'extract/readability ratio (median)': '<= 1.3x',
};

interface Page {
  id: string;
  file: string;
  url: string;
}

function samplePages(): Page[] {
  return FOLDERS.flatMap((folder) => {
    const dir = resolve(CORPUS_DIR, folder);
    return readFileSync(resolve(dir, 'manifest.jsonl'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .filter((_, i) => i % SAMPLE_STEP === 0)
      .map((line) => {
        const c = JSON.parse(line) as { id: string; path: string; url: string };
        return { id: `${folder}/${c.id}`, file: resolve(dir, c.path), url: c.url };
      });
  });
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
const median = (values: readonly number[]): number => quantile(values, 0.5);

function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Median ms of detect, extract and Readability on one page's DOM. */
function timePage(doc: Document, url: string): { detect: number; extract: number; readability: number } {
  const runs = { detect: [] as number[], extract: [] as number[], readability: [] as number[] };
  for (let i = 0; i < REPEATS; i++) {
    // Interleaved, so a slow moment of the machine hits all three alike.
    runs.detect.push(timeOnce(() => detectArticle(doc, url)));
    runs.extract.push(timeOnce(() => extractArticle(doc, url)));
    runs.readability.push(timeOnce(() => new Readability(doc.cloneNode(true) as Document).parse()));
  }
  return {
    detect: median(runs.detect),
    extract: median(runs.extract),
    readability: median(runs.readability),
  };
}

/** One line per page, slowest extraction (relative to Readability) first. */
function printPerPage(rows: { id: string; detect: number; extract: number; readability: number }[]): void {
  const sorted = [...rows].sort((a, b) => b.extract / b.readability - a.extract / a.readability);
  console.log(
    `${'page'.padEnd(58)} ${'detect/R'.padStart(9)} ${'extract/R'.padStart(9)} ${'R ms'.padStart(8)}`,
  );
  for (const r of sorted) {
    const ratio = (n: number) => `${(n / r.readability).toFixed(3)}x`.padStart(9);
    console.log(
      `${r.id.slice(0, 58).padEnd(58)} ${ratio(r.detect)} ${ratio(r.extract)} ${r.readability.toFixed(1).padStart(8)}`,
    );
  }
}

async function onPage<T>(page: Page, use: (doc: Document) => T): Promise<T | null> {
  const dom = loadPage(page.file, page.url);
  try {
    return use(dom.window.document);
  } catch (error) {
    console.error(`${page.id}: ${String(error)}`);
    return null; // One page that throws is reported and left out; the bench goes on.
  } finally {
    dom.window.close();
    // jsdom frees a closed window only once the event loop turns.
    await new Promise((done) => setImmediate(done));
  }
}

/**
 * Times detectArticle and extractArticle against one Readability parse of a clone, per page, and
 * returns the medians, p90 and max of the per-page ratios and the absolute medians in ms.
 */
export async function runExtractBench(): Promise<Record<string, number>> {
  const pages = samplePages();
  for (const page of pages.slice(0, WARM_UP_PAGES)) await onPage(page, (doc) => timePage(doc, page.url));

  const detectRatios: number[] = [];
  const extractRatios: number[] = [];
  const ms = { detect: [] as number[], extract: [] as number[], readability: [] as number[] };
  const perPage: { id: string; detect: number; extract: number; readability: number }[] = [];
  for (const page of pages) {
    const t = await onPage(page, (doc) => timePage(doc, page.url));
    if (!t) continue;
    ms.detect.push(t.detect);
    ms.extract.push(t.extract);
    ms.readability.push(t.readability);
    detectRatios.push(t.detect / t.readability);
    extractRatios.push(t.extract / t.readability);
    perPage.push({ id: page.id, ...t });
  }
  printPerPage(perPage);
  const round = (n: number, digits = 3) => Number(n.toFixed(digits));
  return {
    'pages timed': detectRatios.length,
    'sample step N': SAMPLE_STEP,
    'repeats per page (median)': REPEATS,
    'detect/readability ratio (median)': round(median(detectRatios), 4),
    'detect/readability ratio (p90)': round(quantile(detectRatios, 0.9), 4),
    'detect/readability ratio (max)': round(Math.max(...detectRatios), 4),
    'extract/readability ratio (median)': round(median(extractRatios)),
    'extract/readability ratio (p90)': round(quantile(extractRatios, 0.9)),
    'extract/readability ratio (max)': round(Math.max(...extractRatios)),
    'detect ms (median)': round(median(ms.detect), 2),
    'extract ms (median)': round(median(ms.extract), 1),
    'readability ms (median)': round(median(ms.readability), 1),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runExtractBench();
  for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(40)} ${value}`);
}

// Extraction speed against the honest baseline: one Readability parse of a clone of the same DOM.
//   npx tsx test/bench/extract-bench.ts            (or `npm run bench` for every bench)
// Every SAMPLE_STEP-th page of each corpus manifest (a fixed sample, so runs compare), parsed once
// with jsdom; on that one DOM, detectArticle, extractArticle and Readability are each timed
// REPEATS times in turn after a warm-up, and each page keeps the median of each.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadPage } from '../../scripts/load-page';
import { printPerPage, summarize, type TimedPage } from './bench-report';
import { timePage } from './time-page';

const CORPUS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const FOLDERS = ['readability', 'htmldate-dev', 'trafilatura-dev'] as const;
/**
 * Every 4th page: 154 of the 615 (each page costs about a second of jsdom work per repeat), which
 * keeps this bench (five repeats a page) near three and a half minutes on two cores.
 * NEWSCLIP_BENCH_STEP=1 times every page.
 */
export const SAMPLE_STEP = Number(process.env.NEWSCLIP_BENCH_STEP ?? 4);
/** Pages run untimed first, so the JIT has compiled the engine, Readability and jsdom. */
const WARM_UP_PAGES = 8;

/** The bench's targets, as ratios to Readability, for the printed table. */
export const EXTRACT_TARGETS: Record<string, string> = {
  'detect/readability ratio (median)': '<= 0.05x',
  'extract/readability ratio (median)': '<= 1.3x',
};

export interface Page {
  id: string;
  file: string;
  url: string;
}

/** Every SAMPLE_STEP-th page of each corpus folder, with its file and its original URL. */
export function samplePages(): Page[] {
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

  const timed: TimedPage[] = [];
  for (const page of pages) {
    const times = await onPage(page, (doc) => timePage(doc, page.url));
    if (times) timed.push({ id: page.id, ...times });
  }
  printPerPage(timed);
  return summarize(timed, SAMPLE_STEP);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runExtractBench();
  for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(40)} ${value}`);
}

// Extraction speed where the extension runs it: in a page of Debian's Chromium, on the same sample
// of corpus pages as the Node bench, against the same baseline (one Readability parse of a clone).
// The page is served from 127.0.0.1 with its scripts off; the engine is given its original URL.
//   npx tsx test/bench/browser-bench.ts            (or `npm run bench` for every bench)
// jsdom is much slower than a browser at some DOM calls (a NodeList index is a Proxy trap), so the
// two benches can rank the same code differently; this one is what a reader waits for.
import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page as PlaywrightPage } from 'playwright-core';
import { SHARED, servePages } from '../e2e/serve-pages';
import { printPerPage, summarize, type TimedPage } from './bench-report';
import { SAMPLE_STEP, samplePages, type Page } from './extract-bench';
import type { PageTimes, RunsPerSample } from './time-page';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * The shortest a timed sample may be: the page's clock ticks in 0.1 ms steps, so a faster page is
 * timed over as many runs in a row as make up this much.
 */
const MIN_SAMPLE_MS = 5;
/** The page clock's step; a run the clock reads as 0 ms took less, counted as half a step. */
const CLOCK_STEP_MS = 0.1;

/** The engine and Readability with the shared timing, bundled as one script for a page. */
async function benchScript(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./browser-entry.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.text;
  if (!code) throw new Error('esbuild gave no bundle for the browser bench');
  return code;
}

/**
 * Opens each sample page in Debian's Chromium, served from 127.0.0.1 with nothing loaded from
 * outside, puts the engine and Readability in it as `newsclipBench`, and hands the tab to `visit`.
 * A page that fails is reported and left out.
 * @returns `false` when there is no Chromium to run (`apt-get install -y chromium`)
 */
export async function visitBenchPages(
  visit: (tab: PlaywrightPage, page: Page, openAgain: () => Promise<void>) => Promise<void>,
): Promise<boolean> {
  if (!existsSync(CHROMIUM)) {
    console.log(`no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
    return false;
  }
  // The fixture server declares UTF-8; a page saved in another encoding would not be the same page.
  const pages = samplePages().filter((page) => isUtf8(readFileSync(page.file)));
  const script = await benchScript();
  const server = await servePages();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    // The saved pages link to their live sites; load nothing from outside, as in the Node bench.
    await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
    const tab = await context.newPage();
    for (const page of pages) {
      // A fresh script context each time, with nothing compiled yet.
      const open = async () => {
        await tab.goto(`${server.origin}/${relative(SHARED, page.file)}`, { waitUntil: 'load' });
        // Evaluated over the DevTools protocol: the page's own CSP keeps its scripts off, not this one.
        await tab.evaluate(script);
      };
      try {
        await open();
        await visit(tab, page, open);
      } catch (error) {
        // One page that fails is reported and left out; the run goes on.
        console.error(`${page.id}: ${String(error).split('\n')[0]}`);
      }
    }
    return true;
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Times detectArticle and extractArticle against one Readability parse of a clone in Chromium, per
 * page, and returns the same summary as the Node bench.
 * @returns `null` when there is no Chromium to run
 */
export async function runBrowserBench(): Promise<Record<string, number> | null> {
  const timed: TimedPage[] = [];
  const ran = await visitBenchPages(async (tab, page, openAgain) => {
    const timeRuns = (runsPerSample: RunsPerSample) =>
      tab.evaluate<PageTimes>(
        `newsclipBench.timePage(document, ${JSON.stringify(page.url)}, ${JSON.stringify(runsPerSample)})`,
      );
    // Each page is a fresh script context. Its first extraction compiles the engine, as a reader's
    // first clip in a page does, and is reported on its own, against a first Readability parse in
    // the page opened again; there, first, the detection every page load runs, which shares no
    // code with Readability.
    const url = JSON.stringify(page.url);
    const firstExtract = await tab.evaluate<number>(`newsclipBench.timeFirstExtract(document, ${url})`);
    await openAgain();
    const firstDetect = await tab.evaluate<number>(`newsclipBench.timeFirstDetect(document, ${url})`);
    const firstReadability = await tab.evaluate<number>(`newsclipBench.timeFirstReadability(document)`);
    // The first round compiles what is left (the Node bench warms up once, on its first pages). A
    // second, warm round sets how many runs make up a sample.
    await timeRuns({ detect: 1, parse: 1 });
    const warm = await timeRuns({ detect: 1, parse: 1 });
    const runsFor = (ms: number) => Math.ceil(MIN_SAMPLE_MS / Math.max(ms, CLOCK_STEP_MS / 2));
    const times = await timeRuns({ detect: runsFor(warm.detect), parse: runsFor(warm.readability) });
    timed.push({
      id: page.id,
      ...times,
      first: { detect: firstDetect, extract: firstExtract, readability: firstReadability },
    });
  });
  if (!ran) {
    console.log('browser bench skipped');
    return null;
  }
  printPerPage(timed, 15);
  return summarize(timed, SAMPLE_STEP);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runBrowserBench();
  for (const [name, value] of Object.entries(results ?? {})) console.log(`${name.padEnd(40)} ${value}`);
}

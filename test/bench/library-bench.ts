import { existsSync } from 'node:fs';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { EXPORT_FOOTER, exportClipParts, exportHeader } from '../../src/export';
import { EXTENSION_DIR, launchExtension } from '../e2e/launch-extension';
import { corpusArticles, makeLibrary } from './library-corpus';

// The numbers: a 10,000-clip library of real articles.
const CLIPS = Number(process.env.NEWSCLIP_BENCH_CLIPS ?? 10_000);
const SAMPLE_ARTICLES = 60;
const POPUP_OPENINGS = 7;
const QUERIES = ['parliament', 'zqxjv'] as const; // a common word, and one that is nowhere (a full scan)

/** The targets, by metric name, for a bench table (`test/bench/run.ts`). */
export const LIBRARY_TARGETS: Record<string, string> = {
  'first paint ms (median)': '< 150',
  'search "parliament" ms/keystroke (mean)': '< 30',
  'search "zqxjv" ms/keystroke (mean)': '< 30',
  'export ms': '< 10000',
  'import ms': '< 10000',
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}
const round = (n: number): number => Math.round(n * 10) / 10;

/** Writes the export file of the generated library, a batch at a time. */
async function writeLibraryFile(path: string): Promise<{ bytes: number; averageClipKb: number }> {
  const clips = makeLibrary(corpusArticles(SAMPLE_ARTICLES), CLIPS);
  const out = createWriteStream(path);
  out.write(exportHeader());
  for (let i = 0; i < clips.length; i += 500)
    out.write(exportClipParts(clips.slice(i, i + 500), i === 0).join(''));
  out.end(EXPORT_FOOTER);
  await new Promise<void>((resolve, reject) => out.on('finish', () => resolve()).on('error', reject));
  const { size } = await stat(path);
  return { bytes: size, averageClipKb: size / clips.length / 1024 };
}

async function markTime(page: Page, name: string): Promise<number> {
  await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: 120_000 });
  return page.evaluate((n) => performance.getEntriesByName(n)[0]!.startTime, name);
}

/** Samples the page's JS heap every 25 ms until `stop` resolves; returns the peak in MB. */
async function peakHeapDuring(cdp: CDPSession, stop: Promise<unknown>): Promise<number> {
  let peak = 0;
  let done = false;
  void stop.finally(() => (done = true));
  while (!done) {
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    peak = Math.max(peak, usedSize);
    await new Promise((r) => setTimeout(r, 25));
  }
  return peak / 1024 / 1024;
}

/** Times the library with 10,000 clips in the built extension in Chromium; returns the numbers. */
export async function runLibraryBench(): Promise<Record<string, number>> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error('Run `npm run build` first: no .output/chrome-mv3.');
  const dir = join(tmpdir(), 'newsclip-bench');
  await mkdir(dir, { recursive: true });
  const file = join(dir, `newsclip-bench-${CLIPS}.json`);
  const { bytes, averageClipKb } = await writeLibraryFile(file);
  const results: Record<string, number> = {
    clips: CLIPS,
    'file MB': round(bytes / 1024 / 1024),
    'avg clip kB': round(averageClipKb),
  };

  const browser = await launchExtension();
  try {
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl);
    await popup.getByText('No clips here yet.').waitFor();

    const [chooser] = await Promise.all([
      popup.waitForEvent('filechooser'),
      popup.getByRole('button', { name: 'Import JSON' }).click(),
    ]);
    const importStart = Date.now();
    await chooser.setFiles(file);
    await popup
      .locator('.status-area')
      .getByText(/Imported|problem|could not|no room/)
      .waitFor({ timeout: 300_000 });
    results['import ms'] = Date.now() - importStart;
    results['import: read + parse + validate ms'] = round(
      (await markTime(popup, 'newsclip:import-parsed')) - (await markTime(popup, 'newsclip:import-start')),
    );
    const said = await popup.locator('.status-area').innerText();
    if (!said.includes(`${CLIPS} added`)) throw new Error(`Import did not add every clip: ${said}`);

    const painted: number[] = [];
    const phases: Record<string, number[]> = {};
    for (let i = 0; i < POPUP_OPENINGS; i++) {
      await popup.goto(popupUrl);
      painted.push(await markTime(popup, 'newsclip:list-painted'));
      for (const mark of ['main-start', 'library-open', 'list-painted-live']) {
        (phases[mark] ??= []).push(await markTime(popup, `newsclip:${mark}`));
      }
    }
    for (const [mark, times] of Object.entries(phases))
      results[`popup ${mark} at ms (median)`] = round(median(times.slice(1)));
    // The first opening warms caches and writes the snapshot of the newest rows the others paint first.
    results['first paint ms (median)'] = round(median(painted.slice(1)));
    results['first paint ms (max)'] = round(Math.max(...painted.slice(1)));

    const search = popup.getByRole('searchbox', { name: 'Search' });
    const focusAt = await popup.evaluate(() => performance.now());
    await search.focus();
    results['search texts load ms'] = round((await markTime(popup, 'newsclip:texts-loaded')) - focusAt);
    for (const query of QUERIES) {
      await search.fill('');
      await popup.evaluate(() => performance.clearMeasures('newsclip:search'));
      await search.pressSequentially(query, { delay: 50 });
      await popup.waitForTimeout(200);
      const times = await popup.evaluate(() =>
        performance.getEntriesByName('newsclip:search').map((e) => e.duration),
      );
      results[`search "${query}" ms/keystroke (mean)`] = round(
        times.reduce((a, b) => a + b, 0) / times.length,
      );
      results[`search "${query}" ms/keystroke (max)`] = round(Math.max(...times));
    }

    await popup.goto(popupUrl);
    await markTime(popup, 'newsclip:list-painted');
    const cdp = await browser.context.newCDPSession(popup);
    await cdp.send('HeapProfiler.collectGarbage');
    const baseline = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024;
    const exportStart = Date.now();
    const download = popup.waitForEvent('download', { timeout: 300_000 });
    await popup.getByRole('button', { name: 'Export JSON' }).click();
    const peak = await peakHeapDuring(cdp, download);
    await download;
    results['export ms'] = Date.now() - exportStart;
    results['export heap baseline MB'] = round(baseline);
    results['export heap peak MB'] = round(peak);
    return results;
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await runLibraryBench();
  for (const [name, value] of Object.entries(results)) console.log(`${name.padEnd(40)} ${value}`);
}

// `npm run bench`: the extraction bench in Node (jsdom) and in Chromium, then the library bench if
// it is present, in one table.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runBrowserBench } from './browser-bench';
import { EXTRACT_TARGETS, runExtractBench } from './extract-bench';

/** A bench's numbers, or `null` when it cannot run here (no Chromium). */
type Bench = () => Promise<Record<string, number> | null>;

const LIBRARY_BENCH = resolve(dirname(fileURLToPath(import.meta.url)), 'library-bench.ts');

/** Loads the library bench (and its targets) only when its file exists: another part of the project writes it. */
async function libraryBench(): Promise<{ bench: Bench | null; targets: Record<string, string> }> {
  if (!existsSync(LIBRARY_BENCH)) return { bench: null, targets: {} };
  const module = (await import(pathToFileURL(LIBRARY_BENCH).href)) as {
    runLibraryBench?: Bench;
    LIBRARY_TARGETS?: Record<string, string>;
  };
  return { bench: module.runLibraryBench ?? null, targets: module.LIBRARY_TARGETS ?? {} };
}

async function main(): Promise<void> {
  const rows: [string, string, string, string][] = [];
  const library = await libraryBench();
  const benches: [string, Bench | null, Record<string, string>][] = [
    ['extract', runExtractBench, EXTRACT_TARGETS],
    ['chromium', runBrowserBench, EXTRACT_TARGETS],
    ['library', library.bench, library.targets],
  ];
  for (const [name, bench, targets] of benches) {
    if (!bench) {
      rows.push([name, '(not present)', '', '']);
      continue;
    }
    console.log(`running the ${name} bench...`);
    try {
      const results = await bench();
      if (!results) rows.push([name, '(skipped: see above)', '', '']);
      for (const [metric, value] of Object.entries(results ?? {})) {
        rows.push([name, metric, String(value), targets[metric] ?? '']);
      }
    } catch (error) {
      // One bench failing must not hide the numbers of the others; the exit code still says so.
      rows.push([name, 'FAILED', String(error).split('\n')[0] ?? '', '']);
      process.exitCode = 1;
    }
  }
  const widths = [8, 44, 14, 10];
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' ');
  console.log(`\n${line(['bench', 'metric', 'value', 'target'])}`);
  for (const row of rows) console.log(line(row));
}

await main();

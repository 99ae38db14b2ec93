// Where extraction spends its time in Chromium: samples extractArticle with the V8 profiler over the
// browser bench's pages and prints the functions that take most of it, by their own time and by
// the time spent in them and what they call, as shares of all the time sampled.
//   npx tsx test/bench/browser-profile.ts [ROWS]     (PER_PAGE=1 weighs every page alike)
//   FIRST=1 profiles instead each page's first extraction, what a reader's first clip waits for,
//   with V8 compiling the code on the way (`(program)`).
// Function names are those of the bundle, which esbuild keeps; an anonymous function shows its line
// in the bundle, and functions of one name count together (FastReadability's `_grabArticle` with
// Readability's). Readability's functions are listed with ours: their share is the engine's floor.
import { pathToFileURL } from 'node:url';
import { visitBenchPages } from './browser-bench';

/** Runs sampled per page, after two that compile the code. */
const PROFILED_RUNS = 10;
/** Microseconds between samples: fine enough for a page that extracts in a few milliseconds. */
const SAMPLING_INTERVAL_US = 50;
const FIRST_ONLY = process.env.FIRST === '1';
/**
 * The profiler's own entries, which are not time spent in extraction; but for a first extraction,
 * `(program)` is mostly V8 compiling it.
 */
const NOT_EXTRACTION: ReadonlySet<string> = new Set([
  '(idle)',
  '(root)',
  ...(FIRST_ONLY ? [] : ['(program)']),
]);
/** The loop that calls extractArticle: it and its callers are in every sample, so they are not listed. */
const DRIVER = 'extractRepeatedly';

/** The parts of a V8 CPU profile read here (`Profiler.stop` over the DevTools protocol). */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Time per function, in microseconds: its own, and with what it calls. */
interface FunctionTimes {
  self: Map<string, number>;
  total: Map<string, number>;
  sampled: number;
}

const functionName = (frame: CpuProfile['nodes'][number]['callFrame']): string =>
  frame.functionName ? frame.functionName : `(anonymous, line ${frame.lineNumber + 1})`;

/** Adds one page's profile to `times`: each sample's time to its function, and once to each caller. */
function addProfile(profile: CpuProfile, times: FunctionTimes, weighPagesAlike: boolean): void {
  // The bench's ratio is a median over pages: weighed alike, a small page counts as much as a large one.
  const pageMicros = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0);
  const scale = weighPagesAlike && pageMicros > 0 ? 1e6 / pageMicros : 1;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  profile.samples.forEach((id, index) => {
    const micros = (profile.timeDeltas[index] ?? 0) * scale;
    const node = byId.get(id);
    if (!node || NOT_EXTRACTION.has(node.callFrame.functionName) || node.callFrame.functionName === DRIVER)
      return;
    const own = functionName(node.callFrame);
    times.self.set(own, (times.self.get(own) ?? 0) + micros);
    times.sampled += micros;
    // A recursive function is counted once per sample in the time spent in it.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (!frame || frame.functionName === DRIVER) break;
      if (!NOT_EXTRACTION.has(frame.functionName)) onStack.add(functionName(frame));
    }
    for (const name of onStack) times.total.set(name, (times.total.get(name) ?? 0) + micros);
  });
}

function printTop(title: string, times: Map<string, number>, sampled: number, rows: number): void {
  console.log(`\n${title}`);
  const top = [...times].sort((a, b) => b[1] - a[1]).slice(0, rows);
  for (const [name, micros] of top)
    console.log(`${((100 * micros) / sampled).toFixed(2).padStart(7)}%  ${name}`);
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 40);
  const times: FunctionTimes = { self: new Map(), total: new Map(), sampled: 0 };
  const ran = await visitBenchPages(async (tab, page) => {
    const extract = (runs: number) =>
      tab.evaluate(`newsclipBench.extractRepeatedly(document, ${JSON.stringify(page.url)}, ${runs})`);
    if (!FIRST_ONLY) await extract(2);
    const devtools = await tab.context().newCDPSession(tab);
    try {
      await devtools.send('Profiler.enable');
      await devtools.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
      await devtools.send('Profiler.start');
      await extract(FIRST_ONLY ? 1 : PROFILED_RUNS);
      const { profile } = await devtools.send('Profiler.stop');
      addProfile(profile as CpuProfile, times, process.env.PER_PAGE === '1');
    } finally {
      await devtools.detach();
    }
  });
  if (!ran) return;
  console.log(
    process.env.PER_PAGE === '1'
      ? 'every page weighed alike'
      : `sampled ${(times.sampled / 1000).toFixed(0)} ms of extraction`,
  );
  printTop('own time (share of all sampled)', times.self, times.sampled, rows);
  printTop('time in the function and what it calls', times.total, times.sampled, rows);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

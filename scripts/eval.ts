// Scores the extraction engine, and raw Readability on the same pages, against a corpus manifest.
//   npm run eval -- MANIFEST.jsonl [MANIFEST.jsonl ...] [--failures title|byline|published|minute|body] [--no-baseline]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/extract';
import { loadPage } from './load-page';
import { scoreFields, type ExtractedFields, type LabelledFields, type Metric } from './score';

interface Case {
  id: string;
  path: string;
  url: string;
  expected: LabelledFields;
}
type Fields = ExtractedFields;
const METRICS: Metric[] = ['title', 'byline', 'published', 'minute', 'body'];

/** Per metric: sum of scores and number of labelled pages. */
type Tally = Record<Metric, { sum: number; n: number }>;
const emptyTally = (): Tally => Object.fromEntries(METRICS.map((m) => [m, { sum: 0, n: 0 }])) as Tally;

function runOurs(doc: Document, url: string): Fields {
  const a = extractArticle(doc, url);
  return { title: a.title, byline: a.byline, published: a.published?.iso ?? null, body: a.text };
}

function runReadability(doc: Document): Fields {
  const r = new Readability(doc.cloneNode(true) as Document).parse();
  return {
    title: r?.title ?? null,
    byline: r?.byline ?? null,
    published: r?.publishedTime ?? null,
    body: r?.textContent ?? null,
  };
}

function add(tally: Tally, scores: Partial<Record<Metric, number>>): void {
  for (const m of METRICS) {
    const v = scores[m];
    if (v !== undefined) {
      tally[m].sum += v;
      tally[m].n += 1;
    }
  }
}

const fmt = (t: Tally[Metric]) => (t.n === 0 ? '   -  ' : `${(t.sum / t.n).toFixed(3)} (${t.n})`.padEnd(6));

async function main(argv: string[]): Promise<void> {
  const failuresIndex = argv.indexOf('--failures');
  const failuresOf = failuresIndex >= 0 ? (argv[failuresIndex + 1] as Metric) : null;
  const withBaseline = !argv.includes('--no-baseline');
  const manifests = argv.filter((a) => a.endsWith('.jsonl'));
  if (manifests.length === 0) {
    console.error(
      'usage: npm run eval -- MANIFEST.jsonl [...] [--failures title|byline|published|minute|body]',
    );
    process.exitCode = 2;
    return;
  }
  const rows: [string, Tally, Tally][] = [];
  const allOurs = emptyTally();
  const allBase = emptyTally();
  for (const manifest of manifests) {
    const ours = emptyTally();
    const base = emptyTally();
    const dir = dirname(resolve(manifest));
    for (const line of readFileSync(manifest, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const c = JSON.parse(line) as Case;
      const dom = loadPage(resolve(dir, c.path), c.url);
      let got: Fields;
      try {
        got = runOurs(dom.window.document, c.url);
      } catch (error) {
        console.error(`${c.id}: extractArticle threw ${String(error)}`);
        got = { title: null, byline: null, published: null, body: null };
      }
      const scores = scoreFields(c.expected, got);
      add(ours, scores);
      if (withBaseline) add(base, scoreFields(c.expected, runReadability(dom.window.document)));
      dom.window.close();
      // jsdom frees a closed window only once the event loop turns; a tight loop would run out of memory.
      await new Promise((done) => setImmediate(done));
      if (
        failuresOf &&
        scores[failuresOf] !== undefined &&
        scores[failuresOf]! < (failuresOf === 'body' ? 0.9 : 1)
      ) {
        const exp = failuresOf === 'minute' ? c.expected.published : c.expected[failuresOf];
        const act = failuresOf === 'minute' ? got.published : got[failuresOf];
        const show = (v: string | null | undefined) => (v ?? 'null').slice(0, 140);
        console.log(
          `FAIL ${failuresOf} ${c.id}\n  expected: ${show(exp)}\n  got:      ${show(act)}${failuresOf === 'body' ? `  F1 ${scores.body!.toFixed(3)}` : ''}`,
        );
      }
    }
    for (const m of METRICS) {
      allOurs[m].sum += ours[m].sum;
      allOurs[m].n += ours[m].n;
      allBase[m].sum += base[m].sum;
      allBase[m].n += base[m].n;
    }
    rows.push([manifest.replace(/.*\/corpus\//, ''), ours, base]);
  }
  if (manifests.length > 1) rows.push(['all', allOurs, allBase]);
  console.log(
    `\n${'manifest'.padEnd(34)} ${'engine'.padEnd(8)} ${METRICS.map((m) => m.padEnd(14)).join(' ')}`,
  );
  for (const [name, ours, base] of rows) {
    console.log(
      `${name.padEnd(34)} ${'newsclip'.padEnd(8)} ${METRICS.map((m) => fmt(ours[m]).padEnd(14)).join(' ')}`,
    );
    console.log(
      `${''.padEnd(34)} ${'readab.'.padEnd(8)} ${METRICS.map((m) => fmt(base[m]).padEnd(14)).join(' ')}`,
    );
  }
}

await main(process.argv.slice(2));

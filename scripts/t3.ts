import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { loadPage } from './load-page';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../src/extract';
const mode = process.argv[2];
const manifest = '../shared/corpus/readability/manifest.jsonl';
const dir = dirname(resolve(manifest));
const lines = readFileSync(manifest, 'utf8').split('\n').filter(Boolean).slice(0, Number(process.argv[3]));
for (const line of lines) {
  const c = JSON.parse(line);
  const dom = loadPage(resolve(dir, c.path), c.url);
  if (mode === 'read') new Readability(dom.window.document.cloneNode(true) as Document).parse();
  if (mode === 'extract') extractArticle(dom.window.document, c.url);
  dom.window.close();
}
await new Promise((r) => setTimeout(r, 100)); global.gc?.(); await new Promise((r) => setTimeout(r, 100)); global.gc?.();
console.log(mode, Math.round(process.memoryUsage().heapUsed / 1e6));

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JSDOM } from 'jsdom';
import { loadPage } from '../../scripts/load-page';
import { extractArticle } from '../../src/extract';
import type { ExtractedArticle } from '../../src/extract/types';

/** The project root, found from this file so that tests run from any working directory. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `shared/` sits beside the repository, in CI as on a developer's machine. */
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
/** The dev corpora, read in place. */
export const CORPUS_DIR = resolve(SHARED_DIR, 'corpus');

/** The corpus folders, each with a `manifest.jsonl` (format in `../shared/corpus/README.md`). */
export const CORPUS_FOLDERS = ['readability', 'htmldate-dev', 'trafilatura-dev'] as const;
export type CorpusFolder = (typeof CORPUS_FOLDERS)[number];

/** One labelled page of a corpus manifest. */
export interface CorpusCase {
  id: string;
  folder: CorpusFolder;
  /** Absolute path of the saved page. */
  file: string;
  url: string;
  expected: { title?: string; byline?: string; published?: string; body?: string };
}

/** Reads a corpus manifest, in file order. */
export function readManifest(folder: CorpusFolder): CorpusCase[] {
  const dir = resolve(CORPUS_DIR, folder);
  return readFileSync(resolve(dir, 'manifest.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const raw = JSON.parse(line) as {
        id: string;
        path: string;
        url: string;
        expected: CorpusCase['expected'];
      };
      return { id: raw.id, folder, file: resolve(dir, raw.path), url: raw.url, expected: raw.expected };
    });
}

/** The case with this id in a folder; throws when the corpus lacks it (a renamed page is a test bug). */
export function corpusCase(folder: CorpusFolder, id: string): CorpusCase {
  const found = readManifest(folder).find((c) => c.id === id);
  if (!found) throw new Error(`No page "${id}" in ${folder}/manifest.jsonl`);
  return found;
}

/** Every `step`-th case of a manifest, starting at `offset`: a fixed sample that does not drift. */
export function everyNth(cases: readonly CorpusCase[], step: number, offset = 0): CorpusCase[] {
  return cases.filter((_, i) => i % step === offset);
}

/**
 * Parses a corpus page with jsdom, hands its document to `use`, then closes the window and lets
 * the event loop turn, since jsdom frees a closed window only then.
 */
export async function withPage<T>(
  c: Pick<CorpusCase, 'file' | 'url'>,
  use: (doc: Document) => T,
): Promise<T> {
  const dom: JSDOM = loadPage(c.file, c.url);
  try {
    return use(dom.window.document);
  } finally {
    dom.window.close();
    await new Promise((done) => setImmediate(done));
  }
}

/**
 * Extracts a corpus page with the elements `selector` matches taken off first: what the page itself
 * says once that metadata is gone ("script[type=\"application/ld+json\"], meta[name=\"author\"]").
 */
export function extractWithout(c: CorpusCase, selector: string): Promise<ExtractedArticle> {
  return withPage(c, (doc) => {
    doc.querySelectorAll(selector).forEach((e) => e.remove());
    return extractArticle(doc, c.url);
  });
}

/** A `<meta>` key (name, property, itemprop) that speaks of the page's dates. */
const DATE_META_KEY = /date|time|publish|modified|created|dc\.|issued/i;

/**
 * Extracts a corpus page without its date metadata (every date-like `<meta>` and all JSON-LD): the
 * date the page itself prints.
 */
export function extractWithoutDateMetadata(c: CorpusCase): Promise<ExtractedArticle> {
  return withPage(c, (doc) => {
    for (const meta of doc.querySelectorAll('meta')) {
      const key = ['name', 'property', 'itemprop'].map((name) => meta.getAttribute(name) ?? '').join(' ');
      if (DATE_META_KEY.test(key)) meta.remove();
    }
    doc.querySelectorAll('script[type*="ld+json"]').forEach((script) => script.remove());
    return extractArticle(doc, c.url);
  });
}

// Prints what the extraction engine finds in HTML files, with the same src/extract code as the
// content script, run over jsdom. Usage:
//   npm run extract -- [--url URL] FILE.html ...
//   npm run extract -- --jsonl < manifest.jsonl      (lines {"id","path","url"}; one result line each)
import { createInterface } from 'node:readline';
import { dirname, resolve } from 'node:path';
import { extractArticle } from '../src/extract';
import { loadPage } from './load-page';

function extractFile(path: string, url: string): Record<string, unknown> {
  const dom = loadPage(path, url);
  try {
    return { ...extractArticle(dom.window.document, url) };
  } finally {
    dom.window.close();
  }
}

async function runJsonl(baseDir: string): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      const entry = JSON.parse(line) as { id?: unknown; path?: unknown; url?: unknown };
      id = entry.id ?? null;
      if (typeof entry.path !== 'string') throw new Error('line has no "path"');
      const url = typeof entry.url === 'string' ? entry.url : `file://${resolve(baseDir, entry.path)}`;
      process.stdout.write(JSON.stringify({ id, ...extractFile(resolve(baseDir, entry.path), url) }) + '\n');
    } catch (error) {
      process.stdout.write(
        JSON.stringify({ id, error: error instanceof Error ? error.message : String(error) }) + '\n',
      );
    }
  }
}

async function main(argv: string[]): Promise<void> {
  if (argv.includes('--jsonl')) {
    const baseIndex = argv.indexOf('--base');
    await runJsonl(baseIndex >= 0 ? resolve(argv[baseIndex + 1] ?? '.') : process.cwd());
    return;
  }
  let url: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i] ?? null;
    else files.push(argv[i]!);
  }
  if (files.length === 0) {
    console.error(
      'usage: npm run extract -- [--url URL] FILE.html ...   |   npm run extract -- --jsonl [--base DIR] < lines',
    );
    process.exitCode = 2;
    return;
  }
  for (const file of files) {
    const path = resolve(file);
    try {
      console.log(JSON.stringify(extractFile(path, url ?? `file://${path}`), null, 2));
    } catch (error) {
      console.log(JSON.stringify({ file, error: error instanceof Error ? error.message : String(error) }));
      process.exitCode = 1;
    }
  }
  void dirname;
}

await main(process.argv.slice(2));

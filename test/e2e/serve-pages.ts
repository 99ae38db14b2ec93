import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (CI clones elsewhere, with shared/ beside the project). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The shared folder beside the project: fixtures and the corpus, read in place. */
export const SHARED = join(PROJECT_ROOT, '../shared');

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json' };

/** A page that is plainly not an article: a list of links, no headline, no body text. */
export const NOT_AN_ARTICLE = `<!doctype html><html lang="en"><head><title>Links</title></head>
<body><nav><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="/p${i}">Section ${i}</a></li>`).join('')}</ul></nav></body></html>`;

/**
 * An article whose comment form has a field named `parentElement`: in a browser that hides the
 * form's own `parentElement` (DOM clobbering), and a walk up the tree from the form never ends.
 */
export const CLOBBERING_ARTICLE = `<!doctype html><html lang="en"><head><title>Harbour bridge</title></head>
<body><article><h1>The council approves the harbour bridge</h1>
${'<p>The council met on Tuesday and voted for the harbour bridge, after a long debate on its cost.</p>'.repeat(6)}
<form class="comment-form"><input name="parentElement"><button>Send</button></form></article></body></html>`;

/**
 * An article with an image named `createElement`: in a browser that hides the document's own
 * `createElement` from the page's scripts (Chromium's content scripts, in their own world, still see it).
 */
export const CLOBBERING_DOCUMENT_ARTICLE = CLOBBERING_ARTICLE.replace(
  '<form class="comment-form"><input name="parentElement"><button>Send</button></form>',
  '<img name="createElement" src="data:," alt="">',
);

/**
 * An article whose field names its form by id, where a script holds that id first: on the page
 * the field belongs to no form, in Readability's clone (scripts removed) it hides the form's own
 * `parentNode`, and a walk up from the form never ends.
 */
export const CLOBBERING_BY_FORM_ID_ARTICLE = CLOBBERING_ARTICLE.replace(
  '<form class="comment-form"><input name="parentElement"><button>Send</button></form>',
  '<script id="comments"></script><div><form id="comments"><input form="comments" name="parentNode"></form></div>',
);

/**
 * An article whose markup grows a form only when parsed a second time: on the page the `<xmp>`
 * holds text, parsed again its `<mglyph>` is MathML and the text a form whose field hides the form's
 * own `parentNode`. It is short, so Readability retries; the retry must start from a copy of the
 * page, not from its markup parsed again.
 */
export const CLOBBERING_ON_REPARSE_ARTICLE = `<!doctype html><html lang="en"><head><title>Harbour bridge</title></head>
<body><article><h1>The council approves the harbour bridge</h1>
<p>The council met on Tuesday and voted for the harbour bridge, after a long debate on its cost.</p>
<div><math><mtext><table><mglyph><xmp><div><form><input name="parentNode"></form></div></xmp></mglyph></table></mtext></math></div>
</article></body></html>`;

/** Pages made up for the tests, by path. */
const MADE_UP_PAGES: Record<string, string> = {
  '/not-an-article.html': NOT_AN_ARTICLE,
  '/clobbering-article.html': CLOBBERING_ARTICLE,
  '/clobbering-document.html': CLOBBERING_DOCUMENT_ARTICLE,
  '/clobbering-by-form-id.html': CLOBBERING_BY_FORM_ID_ARTICLE,
  '/clobbering-on-reparse.html': CLOBBERING_ON_REPARSE_ARTICLE,
};

/** A running fixture server on 127.0.0.1. */
export interface PageServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `../shared/` read-only on 127.0.0.1 (`/fixtures/seed/page.html`, `/corpus/readability/...`)
 * plus the pages in `MADE_UP_PAGES`. Missing files are 404s, as the seed
 * page expects for its assets.
 */
export async function servePages(): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const madeUp = MADE_UP_PAGES[path];
    if (madeUp !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! }).end(madeUp);
      return;
    }
    if (path.includes('..')) {
      res.writeHead(400).end();
      return;
    }
    readFile(join(SHARED, path))
      .then((body) =>
        res
          .writeHead(200, {
            'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
            // The saved pages' own scripts stay off, as in Node's jsdom: some rewrite the page
            // (document.write) or fetch the live site. Extension content scripts are not bound by it.
            'content-security-policy': "script-src 'none'",
          })
          .end(body),
      )
      .catch(() => res.writeHead(404).end('not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

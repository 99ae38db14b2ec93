import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A quiet console: pages log CSS and script errors we do not care about in batch runs. */
const quietConsole = new VirtualConsole();

/** Parses an HTML file with jsdom as a browser would, at `url`, without running its scripts. */
export function loadPage(path: string, url: string): JSDOM {
  return parsePage(readFileSync(path), url);
}

/** Parses HTML bytes or text with jsdom at `url` (bytes let jsdom honour the page's `<meta charset>`). */
export function parsePage(html: Buffer | string, url: string): JSDOM {
  return new JSDOM(html, { url, virtualConsole: quietConsole, contentType: 'text/html' });
}

import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';

/** A quiet console: pages log CSS and script errors we do not care about in batch runs. */
const quietConsole = (): VirtualConsole => new VirtualConsole();

/**
 * `<style>` blocks, emptied before jsdom sees them. jsdom 29 parses every stylesheet (slowly) and
 * throws on some real-world CSS (`calc(~100% + 1px)`); extraction never reads stylesheets, and a
 * browser's content script gets its page already parsed.
 */
const STYLE_BLOCK = /(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi;

/**
 * A browser parses with scripting on, so a `<noscript>` holds its markup as one text node; jsdom
 * parses with scripting off and builds elements from it (a "please enable JavaScript" paragraph
 * then counts as prose). Escaping that markup gives jsdom the browser's tree. Comments and scripts
 * are matched first only so that a "<noscript>" written inside them is left alone.
 */
const NOSCRIPT_BLOCK =
  /(<!--[\s\S]*?-->|<script\b[^>]*>[\s\S]*?<\/script\s*>)|(<noscript\b[^>]*>)([\s\S]*?)(<\/noscript\s*>)/gi;

function asBrowserParses(html: string): string {
  return html
    .replace(NOSCRIPT_BLOCK, (whole, skipped?: string, open?: string, inner?: string, close?: string) =>
      skipped ? whole : `${open}${inner!.replace(/&/g, '&amp;').replace(/</g, '&lt;')}${close}`,
    )
    .replace(STYLE_BLOCK, '$1$2');
}

/** Parses an HTML file with jsdom as a browser would, at `url`, without running its scripts. */
export function loadPage(path: string, url: string): JSDOM {
  return parsePage(readFileSync(path), url);
}

/** Parses HTML bytes or text with jsdom at `url` as a browser would, honouring the page's `<meta charset>`. */
export function parsePage(html: Buffer | string, url: string): JSDOM {
  const text = typeof html === 'string' ? html : decodeHtml(html);
  return new JSDOM(asBrowserParses(text), {
    url,
    virtualConsole: quietConsole(),
    contentType: 'text/html',
  });
}

/**
 * Decodes bytes the way a browser would for a saved page: a BOM or `<meta charset>`, else UTF-8.
 * Bytes that are valid UTF-8 are read as UTF-8 whatever the page declares: saved copies are often
 * re-encoded without their `<meta>` being updated, and text in a legacy encoding with any non-ASCII
 * byte is almost never valid UTF-8 by chance (the same sniffing browsers apply to local files).
 */
function decodeHtml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the declared encoding decides.
  }
  const head = bytes.subarray(0, 2048).toString('latin1');
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  let label = declared && declared !== 'utf8' ? declared : 'utf-8';
  if (label === 'iso-8859-1' || label === 'latin1' || label === 'us-ascii') label = 'windows-1252';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes); // An unknown label is read as UTF-8, as browsers fall back.
  }
}

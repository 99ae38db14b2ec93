import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parse as parseHtml, type DefaultTreeAdapterTypes } from 'parse5';

/** A quiet console: pages log CSS and script errors we do not care about in batch runs. */
const quietConsole = (): VirtualConsole => new VirtualConsole();

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** A page's HTML as jsdom is to parse it, and the `<noscript>` texts to give back afterwards. */
interface PreparedPage {
  html: string;
  /** The raw text of each HTML `<noscript>` in tree order, cut out of `html`. */
  noscriptTexts: string[];
}

/**
 * Where jsdom would build another tree than a browser's content script sees, or choke:
 * - A browser parses with scripting on, so a `<noscript>` holds its markup as one text node. jsdom
 *   parses with scripting off: it builds elements from that markup (a "please enable JavaScript"
 *   paragraph counts as prose) and, in `<head>`, ends the head there, moving the rest of the head
 *   into the body.
 * - jsdom 29 parses every stylesheet (slowly) and throws on some real-world CSS
 *   (`calc(~100% + 1px)`); extraction never reads stylesheets, so `<style>` blocks are emptied.
 * parse5 (the parser inside jsdom) run with scripting on gives the exact source range of each
 * `<noscript>` and `<style>` body, wherever it sits: never a "<noscript>" inside a script, a comment
 * or an attribute. Those ranges are cut out; each `<noscript>` gets its text back once jsdom has
 * parsed the page (`restoreNoscriptTexts`).
 */
function prepareForJsdom(html: string): PreparedPage {
  if (!/<(?:noscript|style)/i.test(html)) return { html, noscriptTexts: [] };
  const cuts: { start: number; end: number }[] = [];
  // In tree order, the order jsdom will list them in.
  const noscriptTexts: string[] = [];
  const visit = (parent: DefaultTreeAdapterTypes.ParentNode): void => {
    for (const node of parent.childNodes) {
      if (!('tagName' in node)) continue;
      const isNoscript = node.tagName === 'noscript' && node.namespaceURI === HTML_NAMESPACE;
      const location = node.sourceCodeLocation;
      if ((isNoscript || node.tagName === 'style') && location?.startTag) {
        const lastChild = node.childNodes.at(-1)?.sourceCodeLocation;
        const end = location.endTag?.startOffset ?? lastChild?.endOffset ?? location.startTag.endOffset;
        cuts.push({ start: location.startTag.endOffset, end });
        if (isNoscript)
          noscriptTexts.push(html.slice(location.startTag.endOffset, end).replace(/\r\n?/g, '\n'));
      } else visit(node);
    }
  };
  visit(parseHtml(html, { scriptingEnabled: true, sourceCodeLocationInfo: true }));
  const kept: string[] = [];
  let from = 0;
  // In source order: tree order differs where a table fosters misplaced content out in front of it.
  for (const cut of cuts.sort((a, b) => a.start - b.start)) {
    kept.push(html.slice(from, cut.start));
    from = cut.end;
  }
  kept.push(html.slice(from));
  return { html: kept.join(''), noscriptTexts };
}

/** Gives each `<noscript>` of the parsed page the text a browser holds in it. */
function restoreNoscriptTexts(document: Document, texts: readonly string[]): void {
  const noscripts = document.getElementsByTagNameNS(HTML_NAMESPACE, 'noscript');
  // The same parser on the same markup finds the same elements; a mismatch would be a bug here.
  if (noscripts.length !== texts.length) {
    throw new Error(`load-page: ${noscripts.length} <noscript> parsed, ${texts.length} expected`);
  }
  texts.forEach((text, i) => {
    if (text) noscripts[i]!.textContent = text;
  });
}

/** Parses an HTML file with jsdom as a browser would, at `url`, without running its scripts. */
export function loadPage(path: string, url: string): JSDOM {
  return parsePage(readFileSync(path), url);
}

/** Parses HTML bytes or text with jsdom at `url` as a browser would, honouring the page's `<meta charset>`. */
export function parsePage(html: Buffer | string, url: string): JSDOM {
  const text = typeof html === 'string' ? html : decodeHtml(html);
  const prepared = prepareForJsdom(text);
  const dom = new JSDOM(prepared.html, {
    url,
    virtualConsole: quietConsole(),
    contentType: 'text/html',
  });
  restoreNoscriptTexts(dom.window.document, prepared.noscriptTexts);
  return dom;
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

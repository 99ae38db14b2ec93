// A `srcset` read as a browser reads it (HTML standard, "parse a srcset attribute"), for the URLs
// it would fetch. Splitting at every comma is not that reading: image CDNs put commas inside their
// URLs ("…/upload/c_fill,f_auto,w_80/photo.jpg 80w"), and a URL runs to white space.

/** ASCII white space, as the standard counts it in a `srcset`. */
const isSpace = (c: string | undefined): boolean =>
  c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** Where a candidate's URL stands in the attribute's value: `value.slice(start, end)`. */
interface UrlSpan {
  start: number;
  end: number;
}

/** Where each candidate's URL stands in a `srcset`, first to last. */
function urlSpans(srcset: string): UrlSpan[] {
  const spans: UrlSpan[] = [];
  const length = srcset.length;
  let at = 0;
  while (at < length) {
    while (at < length && (isSpace(srcset[at]) || srcset[at] === ',')) at++;
    if (at >= length) break;
    const start = at;
    while (at < length && !isSpace(srcset[at])) at++;
    let end = at;
    // Commas closing the URL end the candidate ("a.jpg,b.jpg 2x" is one URL; "a.jpg, b.jpg" two).
    if (srcset[end - 1] === ',') {
      while (srcset[end - 1] === ',') end--;
      spans.push({ start, end });
      continue;
    }
    spans.push({ start, end });
    // Its descriptors ("2x", "300w") run to a comma outside parentheses.
    let inParentheses = false;
    while (at < length) {
      const c = srcset[at++];
      if (c === '(') inParentheses = true;
      else if (c === ')') inParentheses = false;
      else if (c === ',' && !inParentheses) break;
    }
  }
  return spans;
}

/** The URL of each candidate in a `srcset`, as a browser would read them. */
export const srcsetUrls = (srcset: string): string[] =>
  urlSpans(srcset).map(({ start, end }) => srcset.slice(start, end));

/** The `srcset` with each candidate's URL replaced by `map(url)`, and all else as it was. */
export function mapSrcsetUrls(srcset: string, map: (url: string) => string): string {
  let mapped = '';
  let from = 0;
  for (const { start, end } of urlSpans(srcset)) {
    mapped += srcset.slice(from, start) + map(srcset.slice(start, end));
    from = end;
  }
  return mapped + srcset.slice(from);
}

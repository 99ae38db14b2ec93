import { sanitizeHtml } from '@/src/extract/sanitize-html';

/**
 * The stored article HTML as a fragment, sanitised again now (a stored or imported clip is page data)
 * with the engine's policy, parsed in an inert document (DOMParser: nothing runs or loads there);
 * images load lazily and send no referrer.
 */
export function articleBody(html: string | null, text: string | null): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (html) {
    const inert = new DOMParser().parseFromString(sanitizeHtml(window, html), 'text/html');
    fragment.append(...inert.body.childNodes);
  } else {
    for (const paragraph of (text ?? '').split(/\n\s*\n/)) {
      if (paragraph.trim() === '') continue;
      const p = document.createElement('p');
      p.textContent = paragraph;
      fragment.append(p);
    }
  }
  for (const img of fragment.querySelectorAll('img')) {
    img.loading = 'lazy';
    img.referrerPolicy = 'no-referrer';
  }
  return fragment;
}

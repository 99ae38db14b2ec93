import { sanitizeHtml } from '@/src/extract/sanitize-html';

/**
 * The stored article HTML as a fragment, sanitised again now (a stored or imported clip is page data)
 * with the engine's policy; images load lazily and send no referrer.
 */
export function articleBody(html: string | null, text: string | null): DocumentFragment {
  const template = document.createElement('template');
  if (html) {
    template.innerHTML = sanitizeHtml(window, html);
  } else {
    for (const paragraph of (text ?? '').split(/\n\s*\n/)) {
      if (paragraph.trim() === '') continue;
      const p = document.createElement('p');
      p.textContent = paragraph;
      template.content.append(p);
    }
  }
  for (const img of template.content.querySelectorAll('img')) {
    img.loading = 'lazy';
    img.referrerPolicy = 'no-referrer';
  }
  return template.content;
}

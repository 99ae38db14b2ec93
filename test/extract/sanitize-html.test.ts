import { JSDOM } from 'jsdom';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_SANITIZE_POLICY, sanitizeHtml, sanitizeInPlace } from '../../src/extract/sanitize-html';
import { policyViolations, SAFE_ATTRIBUTES, SAFE_TAGS } from './assert-safe-html';

// Hostile input, DOMPurify-style: each title names the attack class or bug the row guards against.
// `expected` is the exact sanitised markup; every row is also checked against the policy itself.
interface HostileCase {
  title: string;
  payload: string;
  expected: string;
  /**
   * Where a tree parsed elsewhere comes out otherwise (`<noscript>` is markup in a scripting-off
   * parse, raw text in an inert document's): sanitised as a node, and in place in an inert document.
   */
  expectedAsNode?: string;
  expectedInPlace?: string;
}

const LINK = 'rel="noopener noreferrer" target="_blank"';

const hostile: HostileCase[] = [
  // Script execution
  {
    title: 'inline <script> is removed with its content',
    payload: '<p>hi<script>alert(1)</script></p>',
    expected: '<p>hi</p>',
  },
  {
    title: 'on* event handler on an image (onerror)',
    payload: '<img src="https://x.test/a.png" onerror="alert(1)">',
    expected: '<img src="https://x.test/a.png">',
  },
  {
    title: 'handlers and script inside the ruby tags the policy keeps',
    payload:
      '<ruby onclick="alert(1)">子<rt><img src=x onerror=alert(1)><script>alert(1)</script>こ</rt></ruby>',
    expected: '<ruby>子<rt><img>こ</rt></ruby>',
  },
  {
    title: 'on* handlers, quoted and unquoted',
    payload: '<p onclick="alert(1)" onmouseover=alert(1)>x</p>',
    expected: '<p>x</p>',
  },
  {
    title: 'ontoggle on <details open> fires without interaction',
    payload: '<details open ontoggle="alert(1)"><summary>x</summary></details>',
    expected: 'x',
  },
  {
    title: 'unterminated tag swallowing the handler (`<img ... onerror=...//`)',
    payload: '<img src="x" onerror="alert(1)"//',
    expected: '',
  },
  {
    title: 'handler hidden in an HTML comment',
    payload: '<p>x</p><!-- <img src=x onerror=alert(1)> -->',
    expected: '<p>x</p>',
  },
  // URL schemes
  { title: 'javascript: URL in href', payload: '<a href="javascript:alert(1)">x</a>', expected: '<a>x</a>' },
  {
    title: 'javascript: URL with mixed case and an entity colon',
    payload: '<a href="JaVaScRiPt&colon;alert(1)">x</a>',
    expected: '<a>x</a>',
  },
  {
    title: 'javascript: URL with an entity-encoded first letter',
    payload: '<a href="&#106;avascript:alert(1)">x</a>',
    expected: '<a>x</a>',
  },
  {
    title: 'javascript: URL behind leading white space',
    payload: '<a href=" \tjavascript:alert(1)">x</a>',
    expected: '<a>x</a>',
  },
  {
    title: 'javascript: URL split by a newline (URL parsers drop it)',
    payload: '<a href="java\nscript:alert(1)">x</a>',
    expected: '<a>x</a>',
  },
  {
    title: 'javascript: URL behind a C0 control character (URL parsers strip it)',
    payload: '<a href="\u0001javascript:alert(1)">x</a>',
    expected: '<a>x</a>',
  },
  { title: 'vbscript: URL (old IE)', payload: '<a href="vbscript:msgbox(1)">x</a>', expected: '<a>x</a>' },
  {
    title: 'data: URL in href (a script page)',
    payload: '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    expected: '<a>x</a>',
  },
  {
    title: 'data: URL in img src (DOMPurify allows it by default; we do not store it)',
    payload: '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    expected: '<img>',
  },
  {
    title: 'javascript: candidate hidden after a good one in srcset',
    payload: '<img srcset="https://x.test/a.png 1x, javascript:alert(1) 2x">',
    expected: '<img>',
  },
  {
    title: 'javascript: candidate packed after a comma, with no space',
    payload: '<img srcset="https://x.test/a,b.png 1x,javascript:alert(1) 2x">',
    expected: '<img>',
  },
  {
    title: 'an in-page anchor or mailto: as an image (the reader would fetch its own page)',
    payload: '<img src="#top"><img srcset="https://x.test/a.png 1x, mailto:a@b.test 2x"><img srcset="#x 1x">',
    expected: '<img><img><img>',
  },
  {
    title: 'data: candidate in srcset',
    payload: '<img srcset="https://x.test/a.png 1x, data:image/png;base64,AAAA 2x">',
    expected: '<img>',
  },
  {
    title: 'javascript: srcset on <picture><source>',
    payload: '<picture><source srcset="javascript:alert(1)"><img src="https://x.test/a.png"></picture>',
    expected: '<picture><source><img src="https://x.test/a.png"></picture>',
  },
  {
    title: 'formaction on a button, and the form around it',
    payload:
      '<form action="https://evil.test/"><button formaction="javascript:alert(1)">go</button><input name="q"></form>',
    expected: 'go',
  },
  {
    title: 'javascript: in blockquote cite',
    payload: '<blockquote cite="javascript:alert(1)">q</blockquote>',
    expected: '<blockquote>q</blockquote>',
  },
  {
    title: 'data: and vbscript: in a quotation’s cite',
    payload:
      '<blockquote cite="data:text/html,<script>alert(1)</script>">q</blockquote><q cite=" vbscript:x">r</q>',
    expected: '<blockquote>q</blockquote><q>r</q>',
  },
  {
    // DOMPurify passes what starts with no scheme; in the reader it would resolve against the extension's page.
    title: 'a scheme-relative or relative cite, which our hook holds to http(s) as it does links',
    payload: '<blockquote cite="//evil.test/x">q</blockquote><q cite="/source">r</q>',
    expected: '<blockquote>q</blockquote><q>r</q>',
  },
  {
    title: 'javascript: in <area href> of an image map',
    payload:
      '<img src="https://x.test/a.png" usemap="#m"><map name="m"><area href="javascript:alert(1)"></map>',
    expected: '<img src="https://x.test/a.png">',
  },
  {
    title: 'javascript: in legacy background attribute',
    payload: '<table background="javascript:alert(1)"><tr><td>x</td></tr></table>',
    expected: '<table><tbody><tr><td>x</td></tr></tbody></table>',
  },
  {
    title: 'javascript: poster on <video>',
    payload: '<video src="https://x.test/v.mp4" poster="javascript:alert(1)"></video>',
    expected: '',
  },
  {
    title: 'protocol-relative URL (could point anywhere once stored)',
    payload: '<a href="//evil.test/">x</a>',
    expected: '<a>x</a>',
  },
  // SVG and MathML (namespace confusion, mXSS)
  {
    title: 'xlink:href javascript: inside SVG',
    payload: '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    expected: '',
  },
  { title: '<script> inside SVG', payload: '<svg><script>alert(1)</script></svg>', expected: '' },
  {
    title: 'SVG <animate> rewriting href to javascript:',
    payload: '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
    expected: '',
  },
  {
    title: 'SVG <style> breakout: <img> escapes foreign content',
    payload: '<svg><style><img src=x onerror=alert(1)></style></svg>',
    expected: '<img>',
  },
  {
    title: 'mXSS: </p> inside <svg> and a <style> that closes in an attribute (DOMPurify 2.0.x)',
    payload: '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">',
    expected: '<p></p><img>"&gt;',
  },
  {
    title: 'mXSS: MathML <mglyph>/<style> namespace confusion (DOMPurify 2.0.17 bypass)',
    payload: '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
    expected: '',
  },
  {
    title: 'mXSS: MathML/SVG <textarea> attribute breakout (DOMPurify 2.2.2 bypass)',
    payload: '<math><mi><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">',
    expected: '',
  },
  {
    title: 'mXSS: nested forms moving <mglyph> into HTML (DOMPurify 2.2.3 bypass)',
    payload: '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
    expected: '',
  },
  // Raw-text and template tricks
  {
    title: 'noscript mXSS: parsed as markup here, as raw text in a browser with scripts on',
    payload: '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    expected: '<p></p>',
    // A <noscript> parsed as markup goes whole; in an inert document its text ends at "</noscript>",
    // and the <img> after it loses its handler and its relative URL.
    expectedAsNode: '',
    expectedInPlace: '<img>"&gt;',
  },
  {
    title: '<template> content is inert here but live once moved',
    payload: '<template><script>alert(1)</script><img src=x onerror=alert(1)></template>',
    expected: '',
  },
  {
    title: '<xmp> raw text holding a handler',
    payload: '<xmp><img src=x onerror=alert(1)></xmp>',
    expected: '',
  },
  {
    title: '<title> raw text holding a handler',
    payload: '<title><img src=x onerror=alert(1)></title>',
    expected: '',
  },
  {
    title: 'select/option parser quirk ejecting an <img>',
    payload: '<select><option><iframe></select><img src=x onerror=alert(1)>',
    expected: '<img>',
  },
  // Page takeover
  {
    title: '<base href> would re-target every relative URL of the reader',
    payload: '<base href="https://evil.test/"><a href="/x">x</a>',
    expected: '<a>x</a>',
  },
  {
    title: '<meta http-equiv=refresh> redirect',
    payload: '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    expected: '',
  },
  {
    title: '<link rel=stylesheet> loading foreign CSS',
    payload: '<link rel="stylesheet" href="https://evil.test/x.css"><p>x</p>',
    expected: '<p>x</p>',
  },
  // CSS
  {
    title: 'CSS url() in a style attribute (tracking pixel, data leak)',
    payload: '<p style="background:url(https://evil.test/track.gif)">x</p>',
    expected: '<p>x</p>',
  },
  {
    title: 'CSS behavior: url() (IE HTC) in a style attribute',
    payload: '<img src="https://x.test/a.png" style="behavior:url(x.htc)">',
    expected: '<img src="https://x.test/a.png">',
  },
  {
    title: 'CSS url() in a <style> block',
    payload: '<style>p{background:url(https://evil.test/t.gif)}</style><p>x</p>',
    expected: '<p>x</p>',
  },
  // Frames and plugins
  {
    title: '<iframe> to another origin',
    payload: '<iframe src="https://evil.test/"></iframe><p>after</p>',
    expected: '<p>after</p>',
  },
  {
    title: '<iframe srcdoc> with a script',
    payload: '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    expected: '',
  },
  {
    title: '<object> and <embed> plugins',
    payload: '<object data="https://evil.test/x.swf"></object><embed src="https://evil.test/x.swf">',
    expected: '',
  },
  // DOM clobbering
  {
    title: 'DOM clobbering: name="location", id="cookie", <form name="getElementById">',
    payload:
      '<img name="location" id="cookie" src="https://x.test/a.png"><form name="getElementById"></form>',
    expected: '<img src="https://x.test/a.png">',
  },
  {
    title: 'DOM clobbering: id="defaultView" name="body" on a link',
    payload: '<a id="defaultView" name="body" href="https://x.test/">x</a>',
    expected: `<a href="https://x.test/" ${LINK}>x</a>`,
  },
  {
    title: 'class, data-* and aria-* (page CSS hooks, clobbering)',
    payload: '<div class="clobber" data-x="1" aria-label="y">x</div>',
    expected: '<div>x</div>',
  },
  {
    // Removing `is` would not do: the serialiser writes an element's "is value" back out when the
    // attribute is gone, so DOMPurify voids it to is="" (seen on Flynt WordPress themes).
    title: 'customized built-in element: is="x-evil" is voided to is=""',
    payload: '<div is="x-evil">x</div><a is="x-link" href="https://x.test/">y</a>',
    expected: `<div is="">x</div><a href="https://x.test/" is="" ${LINK}>y</a>`,
  },
  // Links
  {
    title: 'target=_self and rel=opener are replaced (reverse tabnabbing)',
    payload: '<a href="https://x.test/" target="_self" rel="opener">x</a>',
    expected: `<a href="https://x.test/" ${LINK}>x</a>`,
  },
  {
    title: 'a relative URL is dropped (the engine makes URLs absolute first)',
    payload: '<img src="/relative.png"><a href="relative.html">x</a>',
    expected: '<img><a>x</a>',
  },
];

const dom = new JSDOM('<!DOCTYPE html><body></body>', { url: 'https://newsclip.test/' });
const view = dom.window as unknown as Window;
afterAll(() => dom.window.close());

describe('the policy', () => {
  it('allows exactly the elements and attributes the safety check allows', () => {
    const sorted = (list: readonly string[]) => [...list].sort();
    expect(sorted(ARTICLE_SANITIZE_POLICY.ALLOWED_TAGS)).toEqual(sorted(SAFE_TAGS));
    expect(sorted(ARTICLE_SANITIZE_POLICY.ALLOWED_ATTR)).toEqual(sorted(SAFE_ATTRIBUTES));
  });
});

describe('sanitizeHtml: hostile input', () => {
  it.each(hostile)('$title', ({ payload, expected }) => {
    const clean = sanitizeHtml(view, payload);
    expect(clean).toBe(expected);
    expect(policyViolations(clean)).toEqual([]);
  });

  it.each(hostile)('$title (given as a DOM node)', ({ payload, expected, expectedAsNode }) => {
    const holder = dom.window.document.createElement('div');
    holder.innerHTML = payload;
    const clean = sanitizeHtml(view, holder);
    expect(clean).toBe(`<div>${expectedAsNode ?? expected}</div>`);
    expect(policyViolations(clean)).toEqual([]);
  });

  it.each(hostile)('$title (sanitising the output again changes nothing)', ({ payload }) => {
    const once = sanitizeHtml(view, payload);
    expect(sanitizeHtml(view, once)).toBe(once);
  });
});

describe('sanitizeInPlace: hostile input, as extraction sanitises Readability’s clone', () => {
  // An inert document, as Readability's clone is: nothing in it loads or runs.
  const inert = dom.window.document.implementation.createHTMLDocument('');

  it.each(hostile)('$title', ({ payload, expected, expectedInPlace }) => {
    const root = inert.createElement('div');
    root.innerHTML = payload;
    const copy = root.cloneNode(true);
    sanitizeInPlace(view, root);
    expect(root.innerHTML).toBe(expectedInPlace ?? expected);
    // The same tree given to DOMPurify as a node, which it copies into its own document and walks:
    // the attributes dropped before DOMPurify's walk in place are ones DOMPurify drops too.
    expect(root.outerHTML).toBe(sanitizeHtml(view, copy));
    expect(policyViolations(root.innerHTML)).toEqual([]);
  });
});

describe('sanitizing attributes a page script named in capitals', () => {
  // `setAttributeNS(null, 'SRC', …)` keeps the capitals, which `getAttribute('src')` and
  // `removeAttribute('SRC')` (both lower-case their argument) do not reach; the next parse of the
  // stored markup reads `SRC` as `src`.
  function scripted(): Element {
    const root = dom.window.document.implementation.createHTMLDocument('').createElement('div');
    root.innerHTML = '<img src="https://x.test/chart.png" alt="Chart"><div is="x-evil">x</div>';
    root.querySelector('img')!.setAttributeNS(null, 'SRC', 'data:image/svg+xml,<svg/>');
    root.querySelector('div')!.setAttributeNS(null, 'IS', 'y');
    root.insertAdjacentHTML('beforeend', '<img alt="Map"><a>Source</a>');
    root.querySelectorAll('img')[1]!.setAttributeNS('urn:x', 'src', 'data:image/svg+xml,<svg/>');
    root.querySelector('a')!.setAttributeNS('urn:x', 'href', 'https://source.test/');
    return root;
  }

  it.each([
    ['in place', (root: Element) => (sanitizeInPlace(view, root), root.innerHTML)],
    ['as a node', (root: Element) => sanitizeHtml(view, root).replace(/^<div>|<\/div>$/g, '')],
  ])('drops a data: URL and keeps the page’s own src (%s)', (_, sanitize) => {
    const clean = sanitize(scripted());
    expect(clean).toBe(
      '<img src="https://x.test/chart.png" alt="Chart"><div is="">x</div><img alt="Map">' +
        `<a href="https://source.test/" ${LINK}>Source</a>`,
    );
    expect(policyViolations(clean)).toEqual([]);
  });
});

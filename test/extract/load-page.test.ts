import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/load-page';
import { corpusCase } from './corpus';

// The batch tools decode saved pages themselves, as a browser decodes a page it loads.
describe('parsePage decoding', () => {
  const titleOf = (bytes: Buffer): string => {
    const dom = parsePage(bytes, 'https://example.test/');
    try {
      return dom.window.document.title;
    } finally {
      dom.window.close();
    }
  };

  it('reads a saved page as UTF-8 when its bytes are UTF-8, whatever its <meta> declares', () => {
    const page = corpusCase('readability', 'qq');
    expect(titleOf(readFileSync(page.file))).toBe(
      'DeepMind新电脑已可利用记忆自学 人工智能迈上新台阶_科技_腾讯网',
    );
  });

  it('reads legacy bytes in the encoding the page declares', () => {
    const latin = Buffer.from('<meta charset="iso-8859-1"><title>Caf\xe9 cr\xe8me</title>', 'latin1');
    expect(titleOf(latin)).toBe('Café crème');
    const gbk = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>'),
      Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), // 中文 in GB2312
      Buffer.from('</title>'),
    ]);
    expect(titleOf(gbk)).toBe('中文');
  });

  it('follows a UTF-16 byte-order mark', () => {
    const text = '<title>Überschrift</title>';
    expect(titleOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(
      'Überschrift',
    );
  });
});

// A browser parses with scripting on; the batch tools must see the tree a content script sees.
describe('parsePage parses as a browser with scripting on', () => {
  const parse = (html: string) => parsePage(html, 'https://example.test/');

  it('keeps the markup in <noscript> as text, so its paragraphs are no part of the page', () => {
    const dom = parse(
      '<body><noscript><p>Please enable JavaScript &amp; reload.</p></noscript><p>Real text</p></body>',
    );
    const { document } = dom.window;
    expect(document.querySelector('noscript')!.childElementCount).toBe(0);
    expect(document.querySelector('noscript')!.textContent).toBe(
      '<p>Please enable JavaScript &amp; reload.</p>',
    );
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Real text']);
    dom.window.close();
  });

  it('leaves a "<noscript>" written inside a script, a comment, an attribute or a stylesheet alone', () => {
    const dom = parse(
      '<body><script>document.write("<noscript>")</script><!-- <noscript> --><p title="<noscript>">Kept</p>' +
        '<style>/* <noscript> */</style><p>Also kept</p><noscript>x</noscript></body>',
    );
    const { document } = dom.window;
    expect(document.querySelector('script')!.textContent).toBe('document.write("<noscript>")');
    expect([...document.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['Kept', 'Also kept']);
    expect(document.querySelector('noscript')!.textContent).toBe('x');
    dom.window.close();
  });

  it('keeps a <noscript> in <head> in the head, with the rest of the head after it', () => {
    const dom = parse(
      '<head><title>T</title><noscript><link rel="stylesheet" href="/x.css"><img src="/pixel.gif"></noscript>' +
        '<meta property="og:title" content="H"></head><body><p>Body</p></body>',
    );
    const { document } = dom.window;
    expect(document.head.querySelector('noscript')!.textContent).toBe(
      '<link rel="stylesheet" href="/x.css"><img src="/pixel.gif">',
    );
    expect(document.head.querySelector('meta[property="og:title"]')).not.toBeNull();
    expect(document.body.innerHTML).toBe('<p>Body</p>');
    dom.window.close();
  });

  it('gives each <noscript> its own text where a table moves content out in front of it', () => {
    const dom = parse(
      '<body><table><tr><td><noscript>in the cell</noscript></td></tr><noscript>fostered</noscript></table></body>',
    );
    const texts = [...dom.window.document.querySelectorAll('noscript')].map((n) => n.textContent);
    expect(texts).toEqual(['fostered', 'in the cell']);
    dom.window.close();
  });

  it('empties <style> blocks, which jsdom would parse slowly and extraction never reads', () => {
    const dom = parse('<head><style>p { width: calc(~100% + 1px) }</style></head><body><p>x</p></body>');
    expect(dom.window.document.querySelector('style')!.textContent).toBe('');
    dom.window.close();
  });
});

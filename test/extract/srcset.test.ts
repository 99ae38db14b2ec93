import { describe, expect, it } from 'vitest';
import { mapSrcsetUrls, srcsetUrls } from '../../src/extract/srcset';

describe('srcsetUrls: the URLs a browser reads in a srcset', () => {
  it.each([
    ['one URL', 'https://x.test/a.png', ['https://x.test/a.png']],
    ['candidates with descriptors', 'a.png 1x, b.png 2x', ['a.png', 'b.png']],
    ['no space after the comma that ends a descriptor', 'a.png 300w,b.png 600w', ['a.png', 'b.png']],
    ['a comma that ends a URL with no descriptor', 'a.png, b.png 2x', ['a.png', 'b.png']],
    ['commas closing a URL, and stray ones between candidates', 'a.png,,, ,b.png', ['a.png', 'b.png']],
    [
      'an image CDN’s commas inside a URL',
      'https://cdn.test/upload/c_fill,f_auto,w_80/p.jpg 80w, https://cdn.test/upload/w_320/p.jpg 320w',
      ['https://cdn.test/upload/c_fill,f_auto,w_80/p.jpg', 'https://cdn.test/upload/w_320/p.jpg'],
    ],
    ['a comma inside parentheses in a descriptor', 'a.png (x, y) 1x, b.png 2x', ['a.png', 'b.png']],
    ['white space of every kind', '\n\ta.png\f1x,\r\nb.png  2x  ', ['a.png', 'b.png']],
    ['nothing', ' , ', []],
  ])('%s', (_what, srcset, urls) => {
    expect(srcsetUrls(srcset)).toEqual(urls);
  });

  it('finds a hostile URL however the candidates are packed', () => {
    expect(srcsetUrls('https://x.test/a.png 1x,javascript:alert(1) 2x')).toContain('javascript:alert(1)');
    expect(srcsetUrls('https://x.test/a.png,\tdata:image/png;base64,AAAA')).toContain(
      'data:image/png;base64,AAAA',
    );
  });
});

describe('mapSrcsetUrls', () => {
  it('replaces each URL and keeps descriptors, commas and white space as written', () => {
    const srcset = '/img/c_fill,w_80/p.jpg 80w,\n  /img/w_320/p.jpg 320w';
    expect(mapSrcsetUrls(srcset, (url) => new URL(url, 'https://news.test/a/').href)).toBe(
      'https://news.test/img/c_fill,w_80/p.jpg 80w,\n  https://news.test/img/w_320/p.jpg 320w',
    );
  });
});

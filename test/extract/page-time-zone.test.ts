import { describe, expect, it } from 'vitest';
import { offsetInZone, pageTimeZone } from '../../src/extract/page-time-zone';

describe('pageTimeZone', () => {
  it.each([
    ['https://www.zeitung.de/a', [null], 'Europe/Berlin'],
    ['https://www.repubblica.it/a', ['it'], 'Europe/Rome'],
    ['https://www.lanacion.com.ar/a', ['es-AR'], 'America/Argentina/Buenos_Aires'],
    ['https://news.example.com/a', ['de-AT'], 'Europe/Vienna'],
    ['https://news.example.com/a', ['en', 'en_US'], null],
    ['https://www.abc7ny.us/a', ['en'], 'America/New_York'],
    ['https://news.example.com/a', ['fr'], null],
    ['https://blog.example.org/a', ['de'], 'Europe/Berlin'],
    ['https://news.example.com/a', ['en'], null],
    ['https://news.example.com/a', ['es'], null],
    ['https://startup.io/a', ['en'], null],
    ['https://news.example.com/a', [null, undefined], null],
  ] as const)('%s %j → %s', (url, tags, zone) => {
    expect(pageTimeZone(new URL(url), tags)).toBe(zone);
  });
});

describe('offsetInZone', () => {
  it('gives winter and summer offsets, and none for an unknown zone', () => {
    expect(offsetInZone('Europe/Berlin', Date.parse('2022-01-15T12:00:00Z'))).toBe(60);
    expect(offsetInZone('Europe/Berlin', Date.parse('2022-07-15T12:00:00Z'))).toBe(120);
    expect(offsetInZone('America/New_York', Date.parse('2022-01-15T12:00:00Z'))).toBe(-300);
    expect(offsetInZone('Asia/Kolkata', Date.parse('2022-01-15T12:00:00Z'))).toBe(330);
    expect(offsetInZone('Mars/Olympus_Mons', Date.parse('2022-01-15T12:00:00Z'))).toBeNull();
  });
});

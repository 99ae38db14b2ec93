import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteDB } from 'idb';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  EXPORT_FOOTER,
  exportClipParts,
  exportFileName,
  exportHeader,
  exportRecordParts,
  parseLibrary,
  parseLibraryFile,
  serializeLibrary,
} from '../../src/export';
import {
  getAllClips,
  importClips,
  listAllSummaries,
  listTags,
  openLibrary,
  deleteClip,
  readExportBatches,
  restoreClip,
  setClipTags,
  type Library,
} from '../../src/store';
import { makeClip } from '../../src/clip';
import { makeArticle, uniqueDbName } from '../store/make-article';
import { sampleClips } from './library-file';

const schema: unknown = JSON.parse(
  readFileSync(new URL('../../src/export/newsclip-export.schema.json', import.meta.url), 'utf8'),
);
const names: string[] = [];
const opened: Library[] = [];

async function library(): Promise<Library> {
  const name = uniqueDbName('export');
  names.push(name);
  const db = await openLibrary(name);
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  for (const name of names.splice(0)) await deleteDB(name);
});

describe('export', () => {
  it('writes { format, version, exportedAt, clips } that the shipped JSON Schema accepts', () => {
    const text = serializeLibrary(sampleClips(), new Date('2024-06-01T10:00:00Z')).join('');
    const file = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'clips']);
    expect(file).toMatchObject({ format: 'newsclip', version: 1, exportedAt: '2024-06-01T10:00:00.000Z' });
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const valid = ajv.validate(schema as object, file);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('writes an empty library as a valid file', () => {
    expect(parseLibrary(serializeLibrary([]).join(''))).toEqual({ ok: true, value: [] });
  });

  it('writes the same file batch by batch as in one go', () => {
    const at = new Date('2024-06-01T10:00:00Z');
    const [a, b, c] = sampleClips();
    const batched = [
      exportHeader(at),
      ...exportClipParts([a!, b!], true),
      ...exportClipParts([c!], false),
      EXPORT_FOOTER,
    ];
    expect(batched.join('')).toBe(serializeLibrary([a!, b!, c!], at).join(''));
  });

  it('names the file newsclip-YYYY-MM-DD.json in local time', () => {
    expect(exportFileName(new Date(2024, 0, 5, 23, 59))).toBe('newsclip-2024-01-05.json');
  });
});

describe('export then import', () => {
  it('into an empty library gives back the same library, field for field', async () => {
    const source = await library();
    for (const clip of sampleClips()) await restoreClip(source, clip);
    const text = serializeLibrary(await getAllClips(source)).join('');

    const parsed = parseLibrary(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const target = await library();
    expect(await importClips(target, parsed.value)).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await getAllClips(target)).toEqual(await getAllClips(source));
    expect(await listAllSummaries(target)).toEqual(await listAllSummaries(source));
    expect(await listTags(target)).toEqual(await listTags(source));
  });

  it('into the same library changes nothing', async () => {
    const db = await library();
    for (const clip of sampleClips()) await restoreClip(db, clip);
    const before = await getAllClips(db);
    const parsed = parseLibrary(serializeLibrary(before).join(''));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(await importClips(db, parsed.value)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await getAllClips(db)).toEqual(before);
  });

  it('copies the JSON of clips stored as the file had them, and writes edited ones anew', async () => {
    const bytes = new TextEncoder().encode(serializeLibrary(sampleClips()).join(''));
    const parsed = parseLibraryFile(bytes);
    if (!parsed.ok || !parsed.value.spans) throw new Error('not read line by line');
    const db = await library();
    const source = { file: new Blob([bytes]), spans: parsed.value.spans };
    await importClips(db, parsed.value.clips, { source });
    await setClipTags(db, 'b', ['Edited']);

    const records = [];
    for await (const batch of readExportBatches(db, 2)) records.push(...batch.records);
    expect(records.map((r) => (r instanceof Blob ? 'copied' : r.id))).toEqual(['copied', 'b', 'copied']);
    const parts = [exportHeader(), ...exportRecordParts(records, true), EXPORT_FOOTER];
    const text = await new Blob(parts).text();
    expect(parseLibrary(text)).toEqual({ ok: true, value: await getAllClips(db) });
  });

  it('copies each run of clips that stood on consecutive lines as one slice, and never a deleted one', async () => {
    const ten = Array.from({ length: 10 }, (_, i) =>
      makeClip(makeArticle({ url: `https://n.example/${i}`, canonicalUrl: null }), {
        pageUrl: `https://n.example/${i}`,
        newId: () => `n${i}`,
      }),
    );
    const bytes = new TextEncoder().encode(serializeLibrary(ten).join(''));
    const parsed = parseLibraryFile(bytes);
    if (!parsed.ok || !parsed.value.spans) throw new Error('not read line by line');
    const db = await library();
    const source = { file: new Blob([bytes]), spans: parsed.value.spans };
    await importClips(db, parsed.value.clips, { source });
    await deleteClip(db, 'n5');

    const batches = [];
    for await (const batch of readExportBatches(db)) batches.push(batch);
    expect(batches.map((b) => [b.records.length, b.count])).toEqual([[2, 9]]);
    const text = await new Blob([
      exportHeader(),
      ...exportRecordParts(batches[0]!.records, true),
      EXPORT_FOOTER,
    ]).text();
    expect(parseLibrary(text)).toEqual({ ok: true, value: ten.filter((c) => c.id !== 'n5') });
  });
});

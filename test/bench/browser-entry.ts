// What the browser bench and profile load into each page: the shared timing, and repeated
// extraction for a profile to sample, under one global name.
import { extractArticle } from '../../src/extract';
import { timeFirstDetect, timeFirstExtract, timeFirstReadability, timePage } from './time-page';

/** Runs extractArticle on the page `runs` times in a row, for a profiler to sample. */
function extractRepeatedly(doc: Document, url: string, runs: number): void {
  for (let i = 0; i < runs; i++) extractArticle(doc, url);
}

(globalThis as { newsclipBench?: object }).newsclipBench = {
  timePage,
  timeFirstExtract,
  timeFirstDetect,
  timeFirstReadability,
  extractRepeatedly,
};

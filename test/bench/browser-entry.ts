// What the browser bench loads into each page: the shared timing, under one global name.
import { timePage } from './time-page';

(globalThis as { newsclipBench?: { timePage: typeof timePage } }).newsclipBench = { timePage };

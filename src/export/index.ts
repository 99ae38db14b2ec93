export * from './export-format';
export * from './parse-library';
export * from './serialize-library';
export * from './read-by-line';
export { clipProblems } from './validate-clip';

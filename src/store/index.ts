export * from './clips';
export * from './fold-text';
export * from './import-clips';
export * from './open-library';
export * from './schema';
export * from './storage-error';
export * from './summaries';
export * from './tags';

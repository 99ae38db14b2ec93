/** A message a reader can act on for a failed library write; nothing already stored was changed. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'The browser has no room left for Newsclip, so nothing was saved and your library is unchanged. Export and delete some clips, or free disk space, then try again.';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Newsclip could not write to its library, so nothing was changed (${detail || name || 'unknown error'}).`;
}

import { errorText } from '../error-text';

/**
 * Of the errors a failed write left (the transaction's own, the request's or step's), the one that
 * says why: a browser out of room aborts the transaction with a `QuotaExceededError` and fails each
 * open request with a bare `AbortError`, which says nothing a reader can act on.
 */
export function failureCause(errors: readonly unknown[]): unknown {
  return (
    errors.find((error) => error instanceof Error && error.name !== 'AbortError') ??
    errors.find((error) => error !== undefined && error !== null)
  );
}

/** A message a reader can act on for a failed library write; nothing already stored was changed. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return 'The browser has no room left for Newsclip, so nothing was saved and your library is unchanged. Export and delete some clips, or free disk space, then try again.';
  }
  const detail = errorText(error);
  return `Newsclip could not write to its library, so nothing was changed (${detail || name || 'unknown error'}).`;
}

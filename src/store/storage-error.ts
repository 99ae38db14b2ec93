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

/** The stored library could not be brought up to this version; it is left as it was. */
export class LibraryUpgradeError extends Error {
  override name = 'LibraryUpgradeError';
  /**
   * @param storedVersion the version it is stored at, and stays at
   * @param reason the error that stopped the upgrade (a `QuotaExceededError` when out of room)
   */
  constructor(
    readonly storedVersion: number,
    readonly reason: unknown,
  ) {
    super(errorText(reason));
  }
}

/** A message a reader can act on for a failed library write; nothing already stored was changed. */
export function describeStorageError(error: unknown): string {
  if (error instanceof LibraryUpgradeError) {
    return nameOf(error.reason) === 'QuotaExceededError'
      ? 'The browser has no room left to bring your library up to this version of Newsclip, so it is unchanged. Free disk space, then open Newsclip again.'
      : `Newsclip could not bring your library up to this version (${errorText(error.reason) || 'unknown error'}), so it is unchanged.`;
  }
  const name = nameOf(error);
  if (name === 'VersionError') {
    return 'Your library was saved by a newer version of Newsclip, which this one cannot read; it is unchanged. Update Newsclip to open it.';
  }
  if (name === 'QuotaExceededError') {
    return 'The browser has no room left for Newsclip, so nothing was saved and your library is unchanged. Export and delete some clips, or free disk space, then try again.';
  }
  const detail = errorText(error);
  return `Newsclip could not write to its library, so nothing was changed (${detail || name || 'unknown error'}).`;
}

const nameOf = (error: unknown): string =>
  error instanceof Error || error instanceof DOMException ? error.name : '';

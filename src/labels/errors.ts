/**
 * Errors thrown by selector construction. Their message is exactly the Go error string, so
 * callers can print it as kubectl or the API server would.
 */

/** A requirement or `metav1.LabelSelector` that cannot become a selector. */
export class SelectorError extends Error {
  override name = 'SelectorError';
}

/** A selector string that `labels.Parse` rejects. */
export class SelectorParseError extends SelectorError {
  override name = 'SelectorParseError';
}

/**
 * kubectl's error texts (cmdutil.CheckErr / StandardErrorMessage): API errors as
 * `Error from server (Reason): message`, invalid objects as `The Kind "name" is invalid: ...`
 * with one cause per line when there are several, everything else as `error: ...`.
 */
import { StatusError } from '../api/status';
import { UsageError } from './args';
import { ManifestError } from '../manifests/parse';

/** A kubectl-side failure, printed as `error: <message>`. */
export class CommandError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommandError';
  }
}

/** `AddSourceToErr`: `error when creating "pod.yaml": <message>`. */
export function withSource(verb: string, source: string, err: unknown): unknown {
  if (!source) return err;
  if (err instanceof StatusError) {
    return new StatusError(err.reason, err.code, `error when ${verb} ${JSON.stringify(source)}: ${err.message}`, err.details);
  }
  return err;
}

export function formatStatusError(err: StatusError): string {
  if (err.reason === 'Invalid' && err.details.causes?.length) {
    const prefix = `The ${err.details.kind} ${JSON.stringify(err.details.name ?? '')} is invalid: `;
    const causes = [...new Set(err.details.causes.map((c) => (c.field ? `${c.field}: ${c.message}` : c.message)))];
    if (causes.length === 1) return `${prefix}${causes[0]}\n`;
    return `${prefix}\n${causes.map((c) => `* ${c}\n`).join('')}`;
  }
  return `Error from server (${err.reason}): ${err.message}\n`;
}

/** The text kubectl writes to stderr for an error. */
export function formatError(err: unknown): string {
  if (err instanceof StatusError) return formatStatusError(err);
  if (err instanceof UsageError) return err.message.endsWith('\n') ? err.message : `${err.message}\n`;
  if (err instanceof CommandError || err instanceof ManifestError) {
    const msg = err.message.startsWith('error: ') ? err.message : `error: ${err.message}`;
    return msg.endsWith('\n') ? msg : `${msg}\n`;
  }
  throw err;
}

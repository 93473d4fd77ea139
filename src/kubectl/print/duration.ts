/**
 * Human-readable durations exactly as apimachinery pkg/util/duration prints them (every AGE cell,
 * `(x2 over 5m)` in describe, RESTARTS `(25s ago)`), and the server printers' translateTimestampSince.
 */
import { ZERO_TIME_MS, parseRFC3339 } from './time';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * duration.HumanDuration: about 2-3 significant figures. Go truncates `d.Seconds()` toward zero,
 * so anything above -2s counts as "now" (clock skew tolerance) and only d <= -2s is `<invalid>`.
 */
export function humanDuration(ms: number): string {
  // A Go Duration is always a number; NaN would otherwise fall through every branch.
  if (!Number.isFinite(ms)) return '<invalid>';
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60 * 2) return `${seconds}s`;
  // From here d >= 2m, so floor equals Go's truncating integer division.
  const minutes = Math.floor(ms / MINUTE);
  if (minutes < 10) {
    const s = Math.floor(ms / SECOND) % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 60 * 3) return `${minutes}m`;
  const hours = Math.floor(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${Math.floor(hours / 24)}d` : `${Math.floor(hours / 24)}d${h}h`;
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`;
  if (hours < 24 * 365 * 8) {
    const years = Math.floor(hours / 24 / 365);
    const days = Math.floor(hours / 24) % 365;
    return days === 0 ? `${years}y` : `${years}y${days}d`;
  }
  return `${Math.floor(hours / 24 / 365)}y`;
}

/** duration.ShortHumanDuration: one unit only. Not used by get/describe (they use humanDuration). */
export function shortHumanDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '<invalid>';
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.trunc(ms / HOUR);
  if (hours < 24) return `${hours}h`;
  if (hours < 24 * 365) return `${Math.trunc(hours / 24)}d`;
  // Go divides the float hours here, not the truncated ones.
  return `${Math.trunc(ms / HOUR / 24 / 365)}y`;
}

/**
 * The server printers' translateTimestampSince: `<unknown>` for an unset (or zero) timestamp, else
 * humanDuration(now - timestamp). An unparseable string also gives `<unknown>`: the real API would
 * have rejected it, and a printer must not throw.
 */
export function translateTimestampSince(timestamp: string | undefined, nowMs: number): string {
  if (!timestamp) return '<unknown>';
  const t = parseRFC3339(timestamp);
  if (t === undefined || t === ZERO_TIME_MS) return '<unknown>';
  return humanDuration(nowMs - t);
}

/**
 * kubectl describe's writer (pkg/describe: tabbedString + prefixWriter): text is written in
 * indentation levels of two spaces with `\t` between a label and its value, escaped for the
 * terminal, and laid out at the end by Go's text/tabwriter (minwidth 0, tabwidth 8, padding 2).
 * `flush()` lays out what was written so far on its own, as DescribeEvents does before its table.
 */
import { describeWriter, formatTabbed } from '../print/tabwriter';

export const LEVEL_0 = 0;
export const LEVEL_1 = 1;
export const LEVEL_2 = 2;
export const LEVEL_3 = 3;
export const LEVEL_4 = 4;

/** cli-runtime's terminalEscaper: ESC and CR would let an object's text drive the terminal. */
export function escapeTerminal(text: string): string {
  return text.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}

export class PrefixWriter {
  private pending = '';
  private laidOut = '';

  /** `w.Write(level, ...)`: the text (already formatted) after `level` two-space indents. */
  write(level: number, text: string): void {
    this.pending += escapeTerminal('  '.repeat(level) + text);
  }

  /** `w.WriteLine(...)`: the text and a newline, no indentation. */
  line(text = ''): void {
    this.pending += escapeTerminal(`${text}\n`);
  }

  /** The tabwriter's Flush: what was written so far is aligned apart from what follows. */
  flush(): void {
    this.laidOut += formatTabbed(this.pending, describeWriter());
    this.pending = '';
  }

  /** What was written, tabs and all, as a plain NewPrefixWriter (no tabwriter) leaves it. */
  raw(): string {
    return this.laidOut + this.pending;
  }

  /** Everything written, laid out (tabbedString's final Flush). */
  toString(): string {
    this.flush();
    return this.laidOut;
  }
}

/** `tabbedString(func(w) {...})`: runs the describer body and returns the laid-out text. */
export function tabbed(body: (w: PrefixWriter) => void): string {
  const w = new PrefixWriter();
  body(w);
  return w.toString();
}

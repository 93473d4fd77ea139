/**
 * A port of Go's text/tabwriter (elastic tabstops), as kubectl uses it to align `get` tables and
 * `describe` output. kubectl get uses the github.com/liggitt/tabwriter fork (2018), which only adds
 * RememberWidths; both are covered here. Not ported: FilterHTML and the 0xff Escape character
 * (a JS string encodes to valid UTF-8, which never contains the byte 0xff).
 */

/** Go's flag values (the fork appends RememberWidths after Debug). */
export const TabFlags = {
  AlignRight: 1 << 2,
  DiscardEmptyColumns: 1 << 3,
  TabIndent: 1 << 4,
  Debug: 1 << 5,
  RememberWidths: 1 << 6,
} as const;

export interface TabwriterOptions {
  /** Minimal cell width, padding included. */
  readonly minwidth: number;
  /** Width of a tab character, only used when padding with tabs. */
  readonly tabwidth: number;
  /** Added to a cell's width before taking the column maximum. */
  readonly padding: number;
  /** One character; '\t' means pad with tabs. */
  readonly padchar: string;
  /** Bitwise OR of TabFlags. */
  readonly flags?: number;
}

/** `kubectl get` (cli-runtime GetNewTabWriter): minwidth 6, tabwidth 4, padding 3, RememberWidths. */
export function getTableWriter(): TabwriterOptions {
  return { minwidth: 6, tabwidth: 4, padding: 3, padchar: ' ', flags: TabFlags.RememberWidths };
}

/** `kubectl describe` and `rollout history` (kubectl tabbedString): minwidth 0, tabwidth 8, padding 2. */
export function describeWriter(): TabwriterOptions {
  return { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ', flags: 0 };
}

interface Cell {
  readonly text: string;
  /** Width in runes (code points), as utf8.RuneCount counts it. */
  readonly width: number;
  /** Terminated by '\t' (hard) rather than '\v' (soft); only DiscardEmptyColumns cares. */
  readonly htab: boolean;
}

/**
 * Formats `text` as a tabwriter would after writing it all and calling Flush: cells end at '\t' or
 * '\v', lines at '\n' or '\f'; the last cell of a line is not part of a column and is never padded.
 */
export function formatTabbed(text: string, opts: TabwriterOptions): string {
  return new Formatter(opts).run(text);
}

/** Convenience: each row's cells joined by '\t', each row ended by '\n' (like kubectl writes rows). */
export function formatRows(rows: readonly (readonly string[])[], opts: TabwriterOptions): string {
  let text = '';
  for (const row of rows) text += row.join('\t') + '\n';
  return formatTabbed(text, opts);
}

/** Number of code points; a surrogate pair is one rune, a lone surrogate one (U+FFFD in Go). */
export function runeCount(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

const TAB = 9;
const VTAB = 11;
const NEWLINE = 10;
const FORMFEED = 12;

/** The Writer's state for one formatTabbed call; mirrors the Go fields of the same names. */
class Formatter {
  private readonly minwidth: number;
  private readonly tabwidth: number;
  private readonly padding: number;
  private readonly padchar: string;
  private readonly flags: number;
  private lines: Cell[][] = [[]];
  /** Widths of the columns to the left of the one being formatted (a stack in format()). */
  private widths: number[] = [];
  /** RememberWidths: maxima per column level, kept across flushes. */
  private maxwidths: number[] = [];
  private out: string[] = [];
  private readonly padCache = new Map<number, string>();

  constructor(opts: TabwriterOptions) {
    if (opts.minwidth < 0 || opts.tabwidth < 0 || opts.padding < 0) {
      throw new Error('negative minwidth, tabwidth, or padding');
    }
    if (opts.padchar.length !== 1) throw new Error('padchar must be one character');
    this.minwidth = opts.minwidth;
    this.tabwidth = opts.tabwidth;
    this.padding = opts.padding;
    this.padchar = opts.padchar;
    let flags = opts.flags ?? 0;
    // Go: tab padding enforces left-alignment.
    if (opts.padchar === '\t') flags &= ~TabFlags.AlignRight;
    this.flags = flags;
  }

  run(text: string): string {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch !== TAB && ch !== VTAB && ch !== NEWLINE && ch !== FORMFEED) continue;
      const line = this.lines[this.lines.length - 1];
      const s = text.slice(start, i);
      line.push({ text: s, width: runeCount(s), htab: ch === TAB });
      start = i + 1;
      if (ch === NEWLINE || ch === FORMFEED) {
        this.lines.push([]);
        // Go flushes on '\f', and after a one-cell line (it cannot affect later columns).
        // Flushing early changes nothing in the output but keeps each format() call small.
        if (ch === FORMFEED || line.length === 1) {
          this.flush();
          if (ch === FORMFEED && this.flags & TabFlags.Debug) this.out.push('---\n');
        }
      }
    }
    // Flush: the unterminated trailing text becomes a cell only if non-empty.
    if (start < text.length) {
      const s = text.slice(start);
      this.lines[this.lines.length - 1].push({ text: s, width: runeCount(s), htab: false });
    }
    this.flush();
    return this.out.join('');
  }

  private flush(): void {
    this.format(0, this.lines.length);
    this.lines = [[]];
    this.widths = [];
  }

  /**
   * Go's recursive format(): finds each block of consecutive lines that have a cell in the current
   * column, sizes that column over the block, then formats the columns to its right within the block.
   */
  private format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let cur = line0; cur < line1; cur++) {
      if (column >= this.lines[cur].length - 1) continue;
      // A cell exists in this column: print the lines before the block, then size the block.
      this.writeLines(line0, cur);
      line0 = cur;
      let width = this.minwidth;
      let discardable = true;
      for (; cur < line1; cur++) {
        const line = this.lines[cur];
        if (column >= line.length - 1) break;
        const c = line[column];
        if (c.width + this.padding > width) width = c.width + this.padding;
        if (c.width > 0 || c.htab) discardable = false;
      }
      if (discardable && this.flags & TabFlags.DiscardEmptyColumns) width = 0;
      if (this.flags & TabFlags.RememberWidths) width = this.remember(width);
      this.widths.push(width);
      this.format(line0, cur);
      this.widths.pop();
      line0 = cur;
    }
    this.writeLines(line0, line1);
  }

  /** The liggitt fork's RememberWidths: a column never gets narrower than earlier blocks of that level. */
  private remember(width: number): number {
    const level = this.widths.length;
    if (this.maxwidths.length < level) this.maxwidths.push(...this.widths.slice(this.maxwidths.length));
    if (this.maxwidths.length === level) {
      this.maxwidths.push(width);
    } else if (this.maxwidths[level] > width) {
      width = this.maxwidths[level];
    } else if (this.maxwidths[level] < width) {
      this.maxwidths[level] = width;
    }
    return width;
  }

  private writeLines(line0: number, line1: number): void {
    const widths = this.widths;
    const alignRight = (this.flags & TabFlags.AlignRight) !== 0;
    const debug = (this.flags & TabFlags.Debug) !== 0;
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i];
      // TabIndent: leading empty cells are padded with tabs.
      let useTabs = (this.flags & TabFlags.TabIndent) !== 0;
      for (let j = 0; j < line.length; j++) {
        const c = line[j];
        if (j > 0 && debug) this.out.push('|');
        if (c.text.length === 0) {
          if (j < widths.length) this.writePadding(c.width, widths[j], useTabs);
        } else {
          useTabs = false;
          if (!alignRight) {
            this.out.push(c.text);
            if (j < widths.length) this.writePadding(c.width, widths[j], false);
          } else {
            if (j < widths.length) this.writePadding(c.width, widths[j], false);
            this.out.push(c.text);
          }
        }
      }
      // The last buffered line is the one after the final newline: it gets no newline of its own.
      if (i + 1 !== this.lines.length) this.out.push('\n');
    }
  }

  private writePadding(textw: number, cellw: number, useTabs: boolean): void {
    if (this.padchar === '\t' || useTabs) {
      if (this.tabwidth === 0) return; // tabs have no width: no padding possible
      cellw = Math.ceil(cellw / this.tabwidth) * this.tabwidth;
      const n = cellw - textw;
      if (n < 0) throw new Error('tabwriter: internal error');
      this.out.push('\t'.repeat(Math.ceil(n / this.tabwidth)));
      return;
    }
    this.out.push(this.pad(cellw - textw));
  }

  private pad(n: number): string {
    let s = this.padCache.get(n);
    if (s === undefined) {
      s = this.padchar.repeat(n);
      this.padCache.set(n, s);
    }
    return s;
  }
}

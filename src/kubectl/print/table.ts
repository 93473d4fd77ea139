/**
 * The client half of `kubectl get`: cli-runtime's HumanReadablePrinter (decorateTable + printTable,
 * release-1.34) turning a server-side Table into aligned text. The server fills the cells; this adds
 * the NAMESPACE column, `-L` and `--show-labels` columns, the `kind/` name prefix, drops wide-only
 * columns, sanitises cells and lays everything out with the get tabwriter.
 */
import { formatTabbed, getTableWriter } from './tabwriter';

export interface TableColumn {
  readonly name: string;
  /** 0 = always shown; anything else only with `-o wide`. */
  readonly priority: number;
  /** `name` marks the column that gets the kind prefix (metav1.TableColumnDefinition.Format). */
  readonly format?: string;
}

/** What a server cell can hold; Go prints non-strings with fmt.Sprint and nil as nothing. */
export type TableCell = string | number | boolean | null | undefined;

export interface TableRow {
  readonly cells: readonly TableCell[];
  /** The object's name (the printed NAME comes from the cells). */
  readonly name: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly namespace?: string;
}

export interface ServerTable {
  readonly columns: readonly TableColumn[];
  readonly rows: readonly TableRow[];
}

export interface TableOptions {
  /** `-o wide`: also print the columns whose priority is not 0. */
  readonly wide?: boolean;
  /** `--show-labels`: a last LABELS column. */
  readonly showLabels?: boolean;
  /** `-L` keys, already split on commas, in flag order. */
  readonly labelColumns?: readonly string[];
  /** `-A` on a namespaced resource: a first NAMESPACE column. */
  readonly withNamespace?: boolean;
  /** Several kinds printed at once: `pod`, `deployment.apps`... prefixed to NAME as `<prefix>/`. */
  readonly kindPrefix?: string;
  /** `--no-headers`. */
  readonly noHeaders?: boolean;
}

/** Lays out one server table as `kubectl get` prints it (empty string when there is nothing to print). */
export function printTable(table: ServerTable, options: TableOptions = {}): string {
  const { columns, rows } = decorateTable(table, options);
  return formatTabbed(tabbedTable(columns, rows, options), getTableWriter());
}

/**
 * Several kinds in one `get` (each group printed and flushed on its own, so with its own widths):
 * kubectl's separatorWriter puts one empty line before a group only when something was printed
 * before it, and never with `--no-headers`.
 */
export function joinKindGroups(groups: readonly string[], options: { noHeaders?: boolean } = {}): string {
  const printed = groups.filter((g) => g.length > 0);
  return printed.join(options.noHeaders ? '' : '\n');
}

/** decorateTable: adds the NAMESPACE, `-L` and LABELS columns and the kind prefix. */
function decorateTable(
  table: ServerTable,
  options: TableOptions,
): { columns: readonly TableColumn[]; rows: readonly (readonly TableCell[])[] } {
  const labelColumns = options.labelColumns ?? [];
  const withNamespace = options.withNamespace ?? false;
  const showLabels = options.showLabels ?? false;
  const includeLabels = labelColumns.length > 0 || showLabels;

  let columns = table.columns;
  if (withNamespace || includeLabels) {
    columns = [
      ...(withNamespace ? [{ name: 'Namespace', priority: 0 }] : []),
      ...table.columns,
      ...labelColumns.map((key) => ({ name: labelHeader(key), priority: 0 })),
      ...(showLabels ? [{ name: 'Labels', priority: 0 }] : []),
    ];
  }

  const kind = options.kindPrefix ? goToLower(options.kindPrefix) : '';
  const nameColumn = kind ? findNameColumn(table.columns) : -1;

  const rows = table.rows.map((row) => {
    let cells: TableCell[] = [...row.cells];
    if (nameColumn !== -1) cells[nameColumn] = `${kind}/${goSprint(cells[nameColumn])}`;
    if (withNamespace) cells = [row.namespace ?? '', ...cells];
    // Label cells follow the row's own cells, as appendLabelCells does, even if a row is short.
    if (includeLabels) {
      const labels = row.labels ?? {};
      for (const key of labelColumns) cells.push(Object.prototype.hasOwnProperty.call(labels, key) ? labels[key] : '');
      if (showLabels) cells.push(formatLabels(labels));
    }
    return cells;
  });
  return { columns, rows };
}

/**
 * The column that gets the kind prefix: Format "name" (every apiserver table sets it on NAME).
 * Callers that give no format at all get the column called "Name".
 */
function findNameColumn(columns: readonly TableColumn[]): number {
  const byFormat = columns.findIndex((c) => c.format === 'name');
  if (byFormat !== -1 || columns.some((c) => c.format !== undefined)) return byFormat;
  return columns.findIndex((c) => c.name === 'Name');
}

/** formatLabelHeaders: `-L app.kubernetes.io/name` prints as NAME (the part after the last '/'). */
function labelHeader(key: string): string {
  const parts = key.split('/');
  return goToUpper(parts[parts.length - 1]);
}

/** printTable: the header line (unless no rows or --no-headers) and one line per row, '\t'-separated. */
function tabbedTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  options: TableOptions,
): string {
  const wide = options.wide ?? false;
  const visible = (c: TableColumn) => wide || c.priority === 0;
  const parts: string[] = [];
  if (!options.noHeaders) {
    if (rows.length === 0) return '';
    parts.push(columns.filter(visible).map((c) => goToUpper(c.name)).join('\t'), '\n');
  }
  for (const cells of rows) {
    const shown: string[] = [];
    // Cells beyond the column definitions are ignored (issue 66379: bad server output).
    const n = Math.min(cells.length, columns.length);
    for (let i = 0; i < n; i++) {
      if (visible(columns[i])) shown.push(renderCell(cells[i]));
    }
    parts.push(shown.join('\t'), '\n');
  }
  return parts.join('');
}

/**
 * A string cell is cut at the first '\f', '\n' or '\r' and marked with `...`; then WriteEscaped
 * turns ESC into `^[` and CR into `\r` so a cell cannot drive the terminal. Tabs are left alone
 * (upstream too: a tab in a cell starts a new column).
 */
function renderCell(cell: TableCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return escapeTerminal(goSprint(cell));
  const cut = cell.search(/[\f\n\r]/);
  return cut === -1 ? escapeTerminal(cell) : escapeTerminal(cell.slice(0, cut)) + '...';
}

function escapeTerminal(s: string): string {
  if (!/[\x1b\r]/.test(s)) return s;
  return s.replace(/\x1b/g, '^[').replace(/\r/g, '\\r');
}

/** fmt.Sprint for the cell types a server table carries (int64, bool, string). */
function goSprint(v: TableCell): string {
  if (v === null || v === undefined) return '%!s(<nil>)';
  return String(v);
}

/**
 * strings.ToUpper / ToLower map rune by rune and never change the number of runes, whereas JS
 * may expand (`ß` -> `SS`); such runes are kept as they are, like Go's simple case mapping.
 */
function goToUpper(s: string): string {
  return mapRunes(s, (ch) => ch.toUpperCase());
}

function goToLower(s: string): string {
  return mapRunes(s, (ch) => ch.toLowerCase());
}

function mapRunes(s: string, map: (ch: string) => string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return map(s);
  let out = '';
  for (const ch of s) {
    const mapped = map(ch);
    out += [...mapped].length === 1 ? mapped : ch;
  }
  return out;
}

/**
 * labels.FormatLabels: every `key=value`, sorted as whole strings in byte order, joined by `,`;
 * `<none>` when empty. (Private copy: the labels module is written separately.)
 */
function formatLabels(labels: Readonly<Record<string, string>>): string {
  const pairs = Object.keys(labels).map((k) => `${k}=${labels[k]}`);
  if (pairs.length === 0) return '<none>';
  return pairs.sort(compareBytes).join(',');
}

/**
 * Go compares strings as UTF-8 bytes, i.e. by code point. JS compares UTF-16 units, which differs
 * only when a surrogate (astral character) meets U+E000..U+FFFF, so that case is handled apart.
 */
function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      const cx = a.codePointAt(i) as number;
      const cy = b.codePointAt(i) as number;
      return cx < cy ? -1 : 1;
    }
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

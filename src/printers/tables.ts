/**
 * The server side of `kubectl get`: the columns of each kind and the cells of each object, as
 * the API server's table printers (pkg/printers/internalversion) fill them. kubectl lays them out.
 */
import { KubeObject } from '../api/types';
import { ServerTable, TableRow } from '../kubectl/print/table';
import { KindPrinter, age, col } from './columns';
import { CORE_PRINTERS } from './core';
import { EVENT_PRINTER } from './events';
import { cronJobPrinter, jobPrinter } from './batch';
import { SERVICE_PRINTERS } from './services';
import { WORKLOAD_PRINTERS } from './workloads';
import { POLICY_PRINTERS } from './policy';

export type { KindPrinter, RowPrinter } from './columns';

const PRINTERS: Record<string, KindPrinter> = {
  ...CORE_PRINTERS,
  Event: EVENT_PRINTER,
  Job: jobPrinter,
  CronJob: cronJobPrinter,
  ...SERVICE_PRINTERS,
  ...WORKLOAD_PRINTERS,
  ...POLICY_PRINTERS,
};

/** Kinds may add their printers. */
export function registerPrinter(kind: string, printer: KindPrinter): void {
  PRINTERS[kind] = printer;
}

/** A kind without a handler (cli-runtime's default object-meta columns). */
const DEFAULT_PRINTER: KindPrinter = { columns: [col('Name'), col('Age')], row: (o, now) => [o.metadata.name!, age(o, now)] };

export function printerFor(kind: string): KindPrinter {
  return Object.hasOwn(PRINTERS, kind) ? PRINTERS[kind] : DEFAULT_PRINTER;
}

/** The server-side table of some objects of one kind. */
export function serverTable(kind: string, objects: readonly KubeObject[], now: number): ServerTable {
  const printer = printerFor(kind);
  const rows: TableRow[] = objects.map((o) => ({
    cells: printer.row(o, now),
    name: o.metadata.name!,
    labels: o.metadata.labels,
    namespace: o.metadata.namespace,
  }));
  return { columns: printer.columns, rows };
}

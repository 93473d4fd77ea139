/**
 * What every server-side printer shares: column definitions (`priority: 1` = `-o wide`, the
 * NAME column marked `format: name` for the kind prefix), the AGE cell, and the wide
 * CONTAINERS/IMAGES cells (`layoutContainerCells`).
 */
import { KubeObject } from '../api/types';
import { TableColumn } from '../kubectl/print/table';
import { translateTimestampSince } from '../kubectl/print/duration';

/**
 * The cells of one object. The API server's table convertor always generates them as for
 * `-o wide` (GenerateOptions{Wide: true}); kubectl hides the wide columns itself.
 */
export type RowPrinter = (obj: KubeObject, now: number) => (string | number)[];

export interface KindPrinter {
  readonly columns: readonly TableColumn[];
  readonly row: RowPrinter;
}

export const col = (name: string, priority = 0): TableColumn => ({ name, priority, format: name === 'Name' ? 'name' : undefined });

/** `translateTimestampSince(obj.CreationTimestamp)`. */
export const age = (obj: KubeObject, now: number): string => translateTimestampSince(obj.metadata.creationTimestamp, now);

/** The wide columns of the pod-template kinds. */
export const TEMPLATE_WIDE = [col('Containers', 1), col('Images', 1), col('Selector', 1)];

/** `layoutContainerCells`: container names and images, each joined by commas, init containers left out. */
export function containerCells(containers: readonly any[] | undefined): [string, string] {
  const list = containers ?? [];
  return [list.map((c) => c.name).join(','), list.map((c) => c.image).join(',')];
}

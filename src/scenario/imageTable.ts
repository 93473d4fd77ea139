/** Images declared in a table: `image | runs for | exit code | fails first | unhealthy after requests | start time | listens after | ignores SIGTERM`. */
import { ImageBehaviour } from '../kubelet/images';
import { parseDuration } from '../util/duration';

const COLUMNS = ['image', 'runs for', 'exit code', 'fails first', 'unhealthy after requests', 'start time', 'listens after', 'ignores SIGTERM'];

function int(text: string, column: string): number {
  if (!/^-?\d+$/.test(text)) throw new Error(`"${text}" in column "${column}" is not a whole number`);
  return Number(text);
}

export function parseImageTable(rows: readonly Record<string, string>[]): { image: string; behaviour: Partial<ImageBehaviour> }[] {
  return rows.map((row) => {
    const unknown = Object.keys(row).filter((k) => !COLUMNS.includes(k));
    if (unknown.length) throw new Error(`unknown column(s) ${unknown.join(', ')}: the columns are ${COLUMNS.join(', ')}`);
    const image = row.image?.trim();
    if (!image) throw new Error('every image needs a name (the "image" column)');
    const b: { -readonly [K in keyof ImageBehaviour]?: ImageBehaviour[K] } = {};
    const cell = (k: string) => row[k]?.trim() ?? '';
    if (cell('runs for')) b.runsForMs = cell('runs for') === 'forever' ? undefined : parseDuration(cell('runs for'));
    if (cell('exit code')) b.exitCode = int(cell('exit code'), 'exit code');
    if (cell('fails first')) b.failFirst = int(cell('fails first'), 'fails first');
    if (cell('unhealthy after requests')) b.unhealthyAfterRequests = int(cell('unhealthy after requests'), 'unhealthy after requests');
    if (cell('start time')) b.startTimeMs = parseDuration(cell('start time'));
    if (cell('listens after')) b.listensAfterMs = parseDuration(cell('listens after'));
    const ignores = cell('ignores SIGTERM').toLowerCase();
    if (ignores) {
      if (!['yes', 'no', 'true', 'false'].includes(ignores)) throw new Error(`"${cell('ignores SIGTERM')}" in column "ignores SIGTERM": expected yes or no`);
      b.onSigterm = ignores === 'yes' || ignores === 'true' ? 'ignore' : { exitCode: 0 };
    }
    return { image, behaviour: b };
  });
}

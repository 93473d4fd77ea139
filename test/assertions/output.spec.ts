import assert from 'node:assert/strict';
import { firstDifference, outputIs, outputShows, parseSession, parseTable, sessionMismatch } from '../../src/assertions/output';

describe('comparing command output', () => {
  const cases: Record<string, { actual: string; expected: string; ok: boolean }> = {
    'identical': { actual: 'a\nb\n', expected: 'a\nb', ok: true },
    'trailing spaces ignored': { actual: 'b      1/1   \n', expected: 'b      1/1', ok: true },
    'a wildcard for a generated name': { actual: 'kubia-x7k2p   1/1\n', expected: 'kubia-*   1/1', ok: true },
    'a wildcard absorbs a column width': { actual: 'web    1/1     Running   0          12s   prod\n', expected: 'web    1/1     Running   0          *     prod', ok: true },
    'a different line': { actual: 'a\n', expected: 'b', ok: false },
    'a missing line': { actual: 'a\n', expected: 'a\nb', ok: false },
    'an extra line': { actual: 'a\nb\n', expected: 'a', ok: false },
    'alignment matters without a wildcard': { actual: 'a  b\n', expected: 'a b', ok: false },
    'a wildcard anywhere in a table frees the header\'s widths too': {
      actual: 'NAME                   READY\nkubia-5f95666979-x2kq   1/1\n',
      expected: 'NAME          READY\nkubia-*-*     1/1',
      ok: true,
    },
    'another table, after a blank line, stays exact': {
      actual: 'NAME   AGE\nkubia-x   0s\n\nNAME    AGE\nsvc   0s\n',
      expected: 'NAME   AGE\nkubia-*   0s\n\nNAME  AGE\nsvc   0s',
      ok: false,
    },
    'blank lines inside the output count': { actual: 'a\n\nb\n', expected: 'a\nb', ok: false },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(outputIs(tc.actual, tc.expected).ok, tc.ok));
});

describe('reading a kubectl table', () => {
  const table = 'NAME   READY   STATUS    RESTARTS     AGE\nweb    1/1     Running   1 (5s ago)   65s\n';
  it('splits cells at the header columns, even cells with spaces', () => {
    assert.deepEqual(parseTable(table), {
      headers: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
      rows: [{ NAME: 'web', READY: '1/1', STATUS: 'Running', RESTARTS: '1 (5s ago)', AGE: '65s' }],
    });
  });
  it('keeps headers of two words together', () => {
    assert.deepEqual(parseTable('NAME   NOMINATED NODE\nx      <none>\n').headers, ['NAME', 'NOMINATED NODE']);
  });
  const cases: Record<string, { rows: Record<string, string>[]; ok: boolean }> = {
    'the named columns match': { rows: [{ NAME: 'web', STATUS: 'Running' }], ok: true },
    'wildcards in cells': { rows: [{ NAME: 'w*', AGE: '*' }], ok: true },
    'a wrong cell': { rows: [{ NAME: 'web', STATUS: 'Pending' }], ok: false },
    'a column that is not there': { rows: [{ NAME: 'web', IP: '1.2.3.4' }], ok: false },
    'a row too many': { rows: [{ NAME: 'web' }, { NAME: 'db' }], ok: false },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.equal(outputShows(table, tc.rows).ok, tc.ok));
});

describe('a pasted session', () => {
  it('pairs each command with the lines after it', () => {
    assert.deepEqual(parseSession('$ kubectl get pods\nNAME\nx\n$ kubectl get nodes\n'), [
      { command: 'kubectl get pods', expected: 'NAME\nx' },
      { command: 'kubectl get nodes', expected: '' },
    ]);
  });
  it('must start with a command', () => assert.throws(() => parseSession('NAME\n$ kubectl get pods'), /follows a command line/));
  it('joins a command continued with a backslash and skips a bare prompt', () => {
    assert.deepEqual(parseSession('$ kubectl get pods \\\n    -o name\npod/x\n$\n'), [{ command: 'kubectl get pods -o name', expected: 'pod/x' }]);
  });
  it('keeps a command that prints nothing', () => {
    assert.deepEqual(parseSession('$ kubectl get pods -l x=y -o name\n$ kubectl get nodes -o name\nnode/n'), [
      { command: 'kubectl get pods -l x=y -o name', expected: '' },
      { command: 'kubectl get nodes -o name', expected: 'node/n' },
    ]);
  });
});

describe('where a session first differs', () => {
  const cases: Record<string, { actual: string; expected: string; want: ReturnType<typeof firstDifference> }> = {
    'the same': { actual: 'a\nb\n', expected: 'a\nb', want: undefined },
    'a line differs': { actual: 'a\nc\n', expected: 'a\nb', want: { line: 2, expected: 'b', actual: 'c' } },
    'output missing': { actual: 'a\n', expected: 'a\nb', want: { line: 2, expected: 'b', actual: undefined } },
    'output where none was expected': { actual: 'error: x\n', expected: '', want: { line: 1, expected: undefined, actual: 'error: x' } },
  };
  for (const [name, tc] of Object.entries(cases)) it(name, () => assert.deepEqual(firstDifference(tc.actual, tc.expected), tc.want));

  it('names the command, the line, and shows both outputs', () => {
    const message = sessionMismatch({ command: 'kubectl get pods', expected: 'NAME\nweb' }, 1, 3, 'NAME\ndb\n');
    assert.equal(
      message,
      [
        'the session differs at command 2 of 3:',
        '  $ kubectl get pods',
        'line 2 differs:',
        '  expected: web',
        '  actual:   db',
        'expected output:',
        '  NAME',
        '  web',
        'actual output:',
        '  NAME',
        '  db',
      ].join('\n'),
    );
  });
  it('says when a command printed nothing', () => {
    assert.match(sessionMismatch({ command: 'kubectl get pods', expected: 'x' }, 0, 1, '')!, /actual output:\n  \(nothing\)$/);
  });
});

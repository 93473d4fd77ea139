/** kubectl get's client-side layout: kubectl.md W1-W3, W6-W9, T3-T8, and cli-runtime's tableprinter_test.go. */
import assert from 'node:assert/strict';
import { ServerTable, TableColumn, TableOptions, TableRow, joinKindGroups, printTable } from '../../../src/kubectl/print/table';

const lines = (...ls: string[]) => ls.map((l) => l + '\n').join('');
const col = (name: string, priority = 0, format?: string): TableColumn => (format ? { name, priority, format } : { name, priority });
const row = (cells: TableRow['cells'], extra: Partial<TableRow> = {}): TableRow => ({ cells, name: String(cells[0]), ...extra });

const podColumns = [
  col('Name', 0, 'name'), col('Ready'), col('Status'), col('Restarts'), col('Age'),
  col('IP', 1), col('Node', 1), col('Nominated Node', 1), col('Readiness Gates', 1),
];
const wide = ['10.244.1.5', 'node-1', '<none>', '<none>'];
const deployColumns = [col('Name', 0, 'name'), col('Ready'), col('Up-to-date'), col('Available'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1)];
const rsColumns = [col('Name', 0, 'name'), col('Desired'), col('Current'), col('Ready'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1)];
// tableprinter_test.go's columns (no Format), with int64 RETRIES cells.
const goColumns = [col('Name'), col('Ready'), col('Status'), col('Retries'), col('Age')];
const testPod = { namespace: 'test-namespace', labels: { 'first-label': '12', 'second-label': 'label-value' } };

interface Case {
  table: ServerTable;
  options?: TableOptions;
  expected: string;
}

const cases: Record<string, Case> = {
  'W1 get pods: widths from the longest cell + 3, no trailing spaces': {
    table: {
      columns: podColumns,
      rows: [
        row(['nginx', '1/1', 'Running', '0', '5s', ...wide]),
        row(['web-7d9c4b7f6d-x2kqp', '0/1', 'CrashLoopBackOff', '3 (25s ago)', '2m10s', ...wide]),
      ],
    },
    expected: lines(
      'NAME                   READY   STATUS             RESTARTS      AGE',
      'nginx                  1/1     Running            0             5s',
      'web-7d9c4b7f6d-x2kqp   0/1     CrashLoopBackOff   3 (25s ago)   2m10s',
    ),
  },
  'W2 get pods -o wide: priority-1 columns appear, AGE padded to minwidth 6': {
    table: {
      columns: podColumns,
      rows: [
        row(['nginx', '1/1', 'Running', '0', '5s', ...wide]),
        row(['pending', '0/1', 'Pending', '0', '3s', '<none>', '<none>', '<none>', '<none>']),
      ],
    },
    options: { wide: true },
    expected: lines(
      'NAME      READY   STATUS    RESTARTS   AGE   IP           NODE     NOMINATED NODE   READINESS GATES',
      'nginx     1/1     Running   0          5s    10.244.1.5   node-1   <none>           <none>',
      'pending   0/1     Pending   0          3s    <none>       <none>   <none>           <none>',
    ),
  },
  'W3 get pods -L app: absent label is an empty last cell, so the line ends in spaces': {
    table: {
      columns: podColumns,
      rows: [
        row(['a', '1/1', 'Running', '0', '5s', ...wide], { labels: { app: 'web' } }),
        row(['b', '1/1', 'Running', '0', '7s', ...wide], { labels: { tier: 'x' } }),
      ],
    },
    options: { labelColumns: ['app'] },
    expected: lines(
      'NAME   READY   STATUS    RESTARTS   AGE   APP',
      'a      1/1     Running   0          5s    web',
      'b      1/1     Running   0          7s    ',
    ),
  },
  'W7 jobs: the STATUS column': {
    table: {
      columns: [col('Name', 0, 'name'), col('Status'), col('Completions'), col('Duration'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1)],
      rows: [
        row(['pi', 'Complete', '1/1', '12s', '2m', 'pi', 'perl', 'x']),
        row(['queue', 'Running', '0/1 of 3', '45s', '45s', 'q', 'busybox', 'x']),
        row(['bad', 'Failed', '0/1', '3m5s', '3m5s', 'b', 'busybox', 'x']),
      ],
    },
    expected: lines(
      'NAME    STATUS     COMPLETIONS   DURATION   AGE',
      'pi      Complete   1/1           12s        2m',
      'queue   Running    0/1 of 3      45s        45s',
      'bad     Failed     0/1           3m5s       3m5s',
    ),
  },
  'W7 cronjobs: two-word header LAST SCHEDULE, integer ACTIVE cells': {
    table: {
      columns: [col('Name', 0, 'name'), col('Schedule'), col('Timezone'), col('Suspend'), col('Active'), col('Last Schedule'), col('Age')],
      rows: [
        row(['hello', '*/1 * * * *', '<none>', 'False', 0, '<none>', '10s']),
        row(['nightly', '0 2 * * *', 'Europe/Paris', 'True', 0, '3h', '5d']),
      ],
    },
    expected: lines(
      'NAME      SCHEDULE      TIMEZONE       SUSPEND   ACTIVE   LAST SCHEDULE   AGE',
      'hello     */1 * * * *   <none>         False     0        <none>          10s',
      'nightly   0 2 * * *     Europe/Paris   True      0        3h              5d',
    ),
  },
  'W8 get nodes': {
    table: {
      columns: [col('Name', 0, 'name'), col('Status'), col('Roles'), col('Age'), col('Version'), col('Internal-IP', 1)],
      rows: [
        row(['control-plane', 'Ready', 'control-plane', '10m', 'v1.34.0', '172.18.0.2']),
        row(['node-1', 'Ready,SchedulingDisabled', '<none>', '9m', 'v1.34.0', '172.18.0.3']),
        row(['node-2', 'NotReady', '<none>', '9m', 'v1.34.0', '172.18.0.4']),
      ],
    },
    expected: lines(
      'NAME            STATUS                     ROLES           AGE   VERSION',
      'control-plane   Ready                      control-plane   10m   v1.34.0',
      'node-1          Ready,SchedulingDisabled   <none>          9m    v1.34.0',
      'node-2          NotReady                   <none>          9m    v1.34.0',
    ),
  },
  'W8 get svc: PORT(S) header': {
    table: {
      columns: [col('Name', 0, 'name'), col('Type'), col('Cluster-IP'), col('External-IP'), col('Port(s)'), col('Age'), col('Selector', 1)],
      rows: [
        row(['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '10m', '<none>']),
        row(['web', 'NodePort', '10.96.120.7', '<none>', '80:31234/TCP', '2m', 'app=web']),
        row(['lb', 'LoadBalancer', '10.96.33.9', '<pending>', '80:30080/TCP,443:30443/TCP', '1m', 'app=lb']),
      ],
    },
    expected: lines(
      'NAME         TYPE           CLUSTER-IP    EXTERNAL-IP   PORT(S)                      AGE',
      'kubernetes   ClusterIP      10.96.0.1     <none>        443/TCP                      10m',
      'web          NodePort       10.96.120.7   <none>        80:31234/TCP                 2m',
      'lb           LoadBalancer   10.96.33.9    <pending>     80:30080/TCP,443:30443/TCP   1m',
    ),
  },
  'W8 get endpoints': {
    table: {
      columns: [col('Name', 0, 'name'), col('Endpoints'), col('Age')],
      rows: [
        row(['kubernetes', '172.18.0.2:6443', '10m']),
        row(['web', '10.244.1.5:80,10.244.2.7:80,10.244.3.2:80 + 2 more...', '2m']),
        row(['empty', '<none>', '1m']),
      ],
    },
    expected: lines(
      'NAME         ENDPOINTS                                               AGE',
      'kubernetes   172.18.0.2:6443                                         10m',
      'web          10.244.1.5:80,10.244.2.7:80,10.244.3.2:80 + 2 more...   2m',
      'empty        <none>                                                  1m',
    ),
  },
  'W8 get ds: NODE SELECTOR before AGE, integer cells': {
    table: {
      columns: [
        col('Name', 0, 'name'), col('Desired'), col('Current'), col('Ready'), col('Up-to-date'), col('Available'),
        col('Node Selector'), col('Age'), col('Containers', 1), col('Images', 1), col('Selector', 1),
      ],
      rows: [row(['fluentd', 3, 3, 3, 3, 3, 'kubernetes.io/os=linux', '7m', 'fluentd', 'fluentd:v1', 'app=fluentd'])],
    },
    expected: lines(
      'NAME      DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE',
      'fluentd   3         3         3       3            3           kubernetes.io/os=linux   7m',
    ),
  },
  'W9 get pods --show-labels -A: NAMESPACE first, LABELS last and sorted': {
    table: {
      columns: podColumns,
      rows: [
        row(['bare', '1/1', 'Running', '0', '1m', ...wide], { namespace: 'default' }),
        row(['web-7d9c4b7f6d-x2kqp', '1/1', 'Running', '0', '5m', ...wide], {
          namespace: 'default',
          labels: { 'pod-template-hash': '7d9c4b7f6d', app: 'web' },
        }),
        row(['coredns-668d6bf9bc-4jm2x', '1/1', 'Running', '0', '10m', ...wide], {
          namespace: 'kube-system',
          labels: { 'pod-template-hash': '668d6bf9bc', 'k8s-app': 'kube-dns' },
        }),
      ],
    },
    options: { showLabels: true, withNamespace: true },
    expected: lines(
      'NAMESPACE     NAME                       READY   STATUS    RESTARTS   AGE   LABELS',
      'default       bare                       1/1     Running   0          1m    <none>',
      'default       web-7d9c4b7f6d-x2kqp       1/1     Running   0          5m    app=web,pod-template-hash=7d9c4b7f6d',
      'kube-system   coredns-668d6bf9bc-4jm2x   1/1     Running   0          10m   k8s-app=kube-dns,pod-template-hash=668d6bf9bc',
    ),
  },
  'T3 no header and no output for zero rows': {
    table: { columns: podColumns, rows: [] },
    expected: '',
  },
  'T3 zero rows with --no-headers': {
    table: { columns: podColumns, rows: [] },
    options: { noHeaders: true },
    expected: '',
  },
  'T3 no columns and no rows (tableprinter_test)': {
    table: { columns: [], rows: [] },
    expected: '',
  },
  'T3 --no-headers: widths come from the rows alone': {
    table: { columns: goColumns, rows: [row(['test1', '1/1', 'podPhase', 5, '20h'])] },
    options: { noHeaders: true },
    expected: lines('test1   1/1   podPhase   5     20h'),
  },
  'T3 multi-row --no-headers (tableprinter_test)': {
    table: {
      columns: goColumns,
      rows: [row(['test1', '1/1', 'podPhase', 5, '20h']), row(['test2', '1/2', 'podPhase', 30, '21h']), row(['test3', '4/4', 'podPhase', 1, '22h'])],
    },
    options: { noHeaders: true },
    expected: lines('test1   1/1   podPhase   5     20h', 'test2   1/2   podPhase   30    21h', 'test3   4/4   podPhase   1     22h'),
  },
  'T11 priority columns hidden without wide (tableprinter_test)': {
    table: {
      columns: [col('Name'), col('Ready'), col('Status'), col('Retries', 1), col('Age', 1)],
      rows: [row(['test1', '1/1', 'podPhase', 5, '20h'])],
    },
    expected: lines('NAME    READY   STATUS', 'test1   1/1     podPhase'),
  },
  'T11 priority columns shown with wide (tableprinter_test)': {
    table: {
      columns: [col('Name'), col('Ready'), col('Status'), col('Retries', 1), col('Age', 1)],
      rows: [row(['test1', '1/1', 'podPhase', 5, '20h'])],
    },
    options: { wide: true },
    expected: lines('NAME    READY   STATUS     RETRIES   AGE', 'test1   1/1     podPhase   5         20h'),
  },
  'T7 WithNamespace (tableprinter_test)': {
    table: { columns: goColumns, rows: [row(['test1', '1/1', 'podPhase', 5, '20h'], testPod)] },
    options: { withNamespace: true },
    expected: lines('NAMESPACE        NAME    READY   STATUS     RETRIES   AGE', 'test-namespace   test1   1/1     podPhase   5         20h'),
  },
  'T8 WithKind on the Format=name column (tableprinter_test)': {
    table: { columns: [col('Name', 0, 'name'), ...goColumns.slice(1)], rows: [row(['test1', '1/1', 'podPhase', 5, '20h'])] },
    options: { kindPrefix: 'pod' },
    expected: lines('NAME        READY   STATUS     RETRIES   AGE', 'pod/test1   1/1     podPhase   5         20h'),
  },
  'T8 kind prefix is lower-cased like strings.ToLower(Kind.String())': {
    table: { columns: deployColumns, rows: [row(['web', '3/3', 3, 3, '5m', 'nginx', 'nginx:1.27', 'app=web'])] },
    options: { kindPrefix: 'Deployment.apps' },
    expected: lines('NAME                  READY   UP-TO-DATE   AVAILABLE   AGE', 'deployment.apps/web   3/3     3            3           5m'),
  },
  'T8 without a Format, the column called Name gets the prefix': {
    table: { columns: goColumns, rows: [row(['test1', '1/1', 'podPhase', 5, '20h'])] },
    options: { kindPrefix: 'pod' },
    expected: lines('NAME        READY   STATUS     RETRIES   AGE', 'pod/test1   1/1     podPhase   5         20h'),
  },
  'T8 the prefix goes to the Format=name column even when it is a hidden wide column (events)': {
    table: {
      columns: [col('Last Seen'), col('Type'), col('Reason'), col('Object'), col('Message'), col('Name', 1, 'name')],
      rows: [row(['5m', 'Normal', 'Scheduled', 'pod/web-1', 'Successfully assigned', 'web-1.17f'])],
    },
    options: { kindPrefix: 'event', wide: true },
    expected: lines(
      'LAST SEEN   TYPE     REASON      OBJECT      MESSAGE                 NAME',
      '5m          Normal   Scheduled   pod/web-1   Successfully assigned   event/web-1.17f',
    ),
  },
  'T6 ShowLabels (tableprinter_test)': {
    table: { columns: goColumns, rows: [row(['test1', '1/1', 'podPhase', 5, '20h'], testPod)] },
    options: { showLabels: true },
    expected: lines('NAME    READY   STATUS     RETRIES   AGE   LABELS', 'test1   1/1     podPhase   5         20h   first-label=12,second-label=label-value'),
  },
  'T5 one -L column (tableprinter_test)': {
    table: { columns: goColumns, rows: [row(['test1', '1/1', 'podPhase', 5, '20h'], testPod)] },
    options: { labelColumns: ['second-label'] },
    expected: lines('NAME    READY   STATUS     RETRIES   AGE   SECOND-LABEL', 'test1   1/1     podPhase   5         20h   label-value'),
  },
  'T5 two -L columns in flag order (tableprinter_test)': {
    table: { columns: goColumns, rows: [row(['test1', '1/1', 'podPhase', 5, '20h'], testPod)] },
    options: { labelColumns: ['first-label', 'second-label'] },
    expected: lines(
      'NAME    READY   STATUS     RETRIES   AGE   FIRST-LABEL   SECOND-LABEL',
      'test1   1/1     podPhase   5         20h   12            label-value',
    ),
  },
  'T5 header is the last path segment; -L columns after wide ones, LABELS after -L': {
    table: {
      columns: [col('Name', 0, 'name'), col('Age'), col('Node', 1)],
      rows: [row(['a', '1m', 'n1'], { labels: { 'app.kubernetes.io/name': 'web', 'example.com/tier': 'front' } })],
    },
    options: { wide: true, labelColumns: ['app.kubernetes.io/name', 'example.com/tier'], showLabels: true },
    expected: lines(
      'NAME   AGE   NODE   NAME   TIER    LABELS',
      'a      1m    n1     web    front   app.kubernetes.io/name=web,example.com/tier=front',
    ),
  },
  'T5 a key named like an Object.prototype member is still an absent label': {
    table: { columns: [col('Name'), col('Age')], rows: [row(['a', '1m'])] },
    options: { labelColumns: ['constructor'] },
    expected: lines('NAME   AGE   CONSTRUCTOR', 'a      1m    '),
  },
  'T6 whole key=value strings are sorted in byte order (a.b=1 before a=1)': {
    table: { columns: [col('Name'), col('Age')], rows: [row(['x', '1m'], { labels: { a: '1', 'a.b': '1', B: '2' } })] },
    options: { showLabels: true },
    expected: lines('NAME   AGE   LABELS', 'x      1m    B=2,a.b=1,a=1'),
  },
  'T4 cells cut at newline / CR / formfeed get "...", ESC becomes ^[': {
    table: {
      columns: [col('Name'), col('Message')],
      rows: [
        row(['a', 'first line\nsecond line']),
        row(['b', 'carriage\rreturn']),
        row(['c', 'form\ffeed']),
        row(['d', '\x1b[31mred']),
      ],
    },
    expected: lines('NAME   MESSAGE', 'a      first line...', 'b      carriage...', 'c      form...', 'd      ^[[31mred'),
  },
  'T4 non-string cells: fmt.Sprint for numbers and booleans, nothing for null': {
    table: { columns: [col('Name'), col('Count'), col('Flag'), col('Empty'), col('Age')], rows: [row(['a', 42, true, null, '1m'])] },
    expected: lines('NAME   COUNT   FLAG   EMPTY   AGE', 'a      42      true           1m'),
  },
  'T4 cells beyond the column definitions are ignored (issue 66379)': {
    table: { columns: [col('Name'), col('Age')], rows: [row(['a', '1m', 'extra'])] },
    expected: lines('NAME   AGE', 'a      1m'),
  },
  'T4 a tab inside a cell is not escaped and splits the cell (upstream behaviour)': {
    table: { columns: [col('Name'), col('Message')], rows: [row(['a', 'x\ty'])] },
    expected: lines('NAME   MESSAGE', 'a      x     y'),
  },
  'T3 headers are upper-cased rune by rune (ß has no one-rune upper case and stays)': {
    table: { columns: [col('Name'), col('Größe')], rows: [row(['a', '1'])] },
    expected: lines('NAME   GRÖßE', 'a      1'),
  },
};

describe('table: printTable', () => {
  for (const [name, t] of Object.entries(cases)) {
    it(name, () => assert.equal(printTable(t.table, t.options), t.expected));
  }

  it('does not modify the server table', () => {
    const table: ServerTable = { columns: goColumns, rows: [row(['test1', '1/1', 'podPhase', 5, '20h'], testPod)] };
    const before = JSON.stringify(table);
    printTable(table, { withNamespace: true, showLabels: true, kindPrefix: 'pod' });
    assert.equal(JSON.stringify(table), before);
  });

  it('lays out 10,000 pods', () => {
    const rows: TableRow[] = [];
    for (let i = 0; i < 10_000; i++) rows.push(row([`pod-${i}`, '1/1', 'Running', '0', '5m', ...wide], { namespace: 'default', labels: { app: 'web' } }));
    const out = printTable({ columns: podColumns, rows }, { withNamespace: true, showLabels: true });
    const lines = out.split('\n');
    assert.equal(lines.length, 10_002);
    assert.equal(lines[10_000].split(/\s+/)[1], 'pod-9999');
  });
});

const deployGroup = printTable({ columns: deployColumns, rows: [row(['web', '3/3', 3, 3, '5m', 'nginx', 'nginx:1.27', 'app=web'])] }, { kindPrefix: 'deployment.apps' });
const rsGroup = printTable(
  { columns: rsColumns, rows: [row(['web-7d9c4b7f6d', 3, 3, 3, '5m', 'nginx', 'nginx:1.27', 'app=web,pod-template-hash=7d9c4b7f6d'])] },
  { kindPrefix: 'replicaset.apps' },
);

const groupCases: Record<string, { groups: string[]; noHeaders?: boolean; expected: string }> = {
  'W6 get deploy,rs: each kind its own widths, one blank line between': {
    groups: [deployGroup, rsGroup],
    expected: lines(
      'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE',
      'deployment.apps/web   3/3     3            3           5m',
      '',
      'NAME                             DESIRED   CURRENT   READY   AGE',
      'replicaset.apps/web-7d9c4b7f6d   3         3         3       5m',
    ),
  },
  'an empty group prints nothing and adds no blank line': {
    groups: ['', deployGroup, '', rsGroup, ''],
    expected: deployGroup + '\n' + rsGroup,
  },
  'nothing at all': { groups: ['', ''], expected: '' },
  'a single group is unchanged': { groups: [rsGroup], expected: rsGroup },
  '--no-headers: kubectl does not separate the groups': {
    groups: ['deployment.apps/web   3/3\n', 'replicaset.apps/web-1   3\n'],
    noHeaders: true,
    expected: 'deployment.apps/web   3/3\nreplicaset.apps/web-1   3\n',
  },
};

describe('table: joinKindGroups', () => {
  for (const [name, t] of Object.entries(groupCases)) {
    it(name, () => assert.equal(joinKindGroups(t.groups, { noHeaders: t.noHeaders }), t.expected));
  }
});

/** Go text/tabwriter's own test table (cases that do not use HTML filtering or 0xff escapes), run on the port. */
import assert from 'node:assert/strict';
import { TabFlags, formatRows, formatTabbed, getTableWriter, describeWriter, runeCount } from '../../../src/kubectl/print/tabwriter';

const { AlignRight, DiscardEmptyColumns, Debug, RememberWidths } = TabFlags;

interface GoCase {
  minwidth: number;
  tabwidth: number;
  padding: number;
  padchar: string;
  flags: number;
  src: string;
  expected: string;
}

function c(minwidth: number, tabwidth: number, padding: number, padchar: string, flags: number, src: string, expected: string): GoCase {
  return { minwidth, tabwidth, padding, padchar, flags, src, expected };
}

// Names are those of tabwriter_test.go.
const goCases: Record<string, GoCase> = {
  '1a': c(8, 0, 1, '.', 0, '', ''),
  '1a debug': c(8, 0, 1, '.', Debug, '', ''),
  '2': c(8, 0, 1, '.', 0, '\n\n\n', '\n\n\n'),
  '3': c(8, 0, 1, '.', 0, 'a\nb\nc', 'a\nb\nc'),
  '4a': c(8, 0, 1, '.', 0, '\t', ''),
  '4b': c(8, 0, 1, '.', AlignRight, '\t', ''),
  '5': c(8, 0, 1, '.', 0, '*\t*', '*.......*'),
  '5b': c(8, 0, 1, '.', 0, '*\t*\n', '*.......*\n'),
  '5c': c(8, 0, 1, '.', 0, '*\t*\t', '*.......*'),
  '5c debug': c(8, 0, 1, '.', Debug, '*\t*\t', '*.......|*'),
  '5d': c(8, 0, 1, '.', AlignRight, '*\t*\t', '.......**'),
  '6': c(8, 0, 1, '.', 0, '\t\n', '........\n'),
  '7a': c(8, 0, 1, '.', 0, 'a) foo', 'a) foo'),
  '7b': c(8, 0, 1, ' ', 0, 'b) foo\tbar', 'b) foo  bar'),
  '7c': c(8, 0, 1, '.', 0, 'c) foo\tbar\t', 'c) foo..bar'),
  '7d': c(8, 0, 1, '.', 0, 'd) foo\tbar\n', 'd) foo..bar\n'),
  '7e': c(8, 0, 1, '.', 0, 'e) foo\tbar\t\n', 'e) foo..bar.....\n'),
  '8': c(8, 0, 1, '*', 0, 'Hello, world!\n', 'Hello, world!\n'),
  '9a': c(1, 0, 0, '.', 0, '1\t2\t3\t4\n' + '11\t222\t3333\t44444\n', '1.2..3...4\n' + '11222333344444\n'),
  '9c': c(1, 0, 0, '.', 0, '1\t2\t3\t4\f' + '11\t222\t3333\t44444\n', '1234\n' + '11222333344444\n'),
  '9c debug': c(1, 0, 0, '.', Debug, '1\t2\t3\t4\f' + '11\t222\t3333\t44444\n', '1|2|3|4\n' + '---\n' + '11|222|3333|44444\n'),
  '10a': c(5, 0, 0, '.', 0, '1\t2\t3\t4\n', '1....2....3....4\n'),
  '10b': c(5, 0, 0, '.', 0, '1\t2\t3\t4\t\n', '1....2....3....4....\n'),
  '11': c(
    8, 0, 1, '.', 0,
    '本\tb\tc\n' + 'aa\t\u672c\u672c\u672c\tcccc\tddddd\n' + 'aaa\tbbbb\n',
    '本.......b.......c\n' + 'aa......本本本.....cccc....ddddd\n' + 'aaa.....bbbb\n',
  ),
  '12a': c(
    8, 0, 1, ' ', AlignRight,
    'a\tè\tc\t\n' + 'aa\tèèè\tcccc\tddddd\t\n' + 'aaa\tèèèè\t\n',
    '       a       è       c\n' + '      aa     èèè    cccc   ddddd\n' + '     aaa    èèèè\n',
  ),
  '12b': c(2, 0, 0, ' ', 0, 'a\tb\tc\n' + 'aa\tbbb\tcccc\n' + 'aaa\tbbbb\n', 'a  b  c\n' + 'aa bbbcccc\n' + 'aaabbbb\n'),
  '12c': c(8, 0, 1, '_', 0, 'a\tb\tc\n' + 'aa\tbbb\tcccc\n' + 'aaa\tbbbb\n', 'a_______b_______c\n' + 'aa______bbb_____cccc\n' + 'aaa_____bbbb\n'),
  '13a': c(
    4, 0, 1, '-', 0,
    '4444\t日本語\t22\t1\t333\n' + '999999999\t22\n' + '7\t22\n' + '\t\t\t88888888\n' + '\n' + '666666\t666666\t666666\t4444\n' + '1\t1\t999999999\t0000000000\n',
    '4444------日本語-22--1---333\n' + '999999999-22\n' + '7---------22\n' + '------------------88888888\n' + '\n' + '666666-666666-666666----4444\n' + '1------1------999999999-0000000000\n',
  ),
  '13b': c(
    4, 0, 3, '.', 0,
    '4444\t333\t22\t1\t333\n' + '999999999\t22\n' + '7\t22\n' + '\t\t\t88888888\n' + '\n' + '666666\t666666\t666666\t4444\n' + '1\t1\t999999999\t0000000000\n',
    '4444........333...22...1...333\n' + '999999999...22\n' + '7...........22\n' + '....................88888888\n' + '\n' + '666666...666666...666666......4444\n' + '1........1........999999999...0000000000\n',
  ),
  '14': c(
    1, 0, 2, ' ', AlignRight,
    '.0\t.3\t2.4\t-5.1\t\n' + '23.0\t12345678.9\t2.4\t-989.4\t\n' + '5.1\t12.0\t2.4\t-7.0\t\n' + '.0\t0.0\t332.0\t8908.0\t\n' + '.0\t-.3\t456.4\t22.1\t\n' + '.0\t1.2\t44.4\t-13.3\t\t',
    '    .0          .3    2.4    -5.1\n' + '  23.0  12345678.9    2.4  -989.4\n' + '   5.1        12.0    2.4    -7.0\n' + '    .0         0.0  332.0  8908.0\n' + '    .0         -.3  456.4    22.1\n' + '    .0         1.2   44.4   -13.3',
  ),
  '14 debug': c(
    1, 0, 2, ' ', AlignRight | Debug,
    '.0\t.3\t2.4\t-5.1\t\n' + '23.0\t12345678.9\t2.4\t-989.4\t\n' + '5.1\t12.0\t2.4\t-7.0\t\n' + '.0\t0.0\t332.0\t8908.0\t\n' + '.0\t-.3\t456.4\t22.1\t\n' + '.0\t1.2\t44.4\t-13.3\t\t',
    '    .0|          .3|    2.4|    -5.1|\n' + '  23.0|  12345678.9|    2.4|  -989.4|\n' + '   5.1|        12.0|    2.4|    -7.0|\n' + '    .0|         0.0|  332.0|  8908.0|\n' + '    .0|         -.3|  456.4|    22.1|\n' + '    .0|         1.2|   44.4|   -13.3|',
  ),
  '15a': c(4, 0, 0, '.', 0, 'a\t\tb', 'a.......b'),
  '15b': c(4, 0, 0, '.', DiscardEmptyColumns, 'a\t\tb', 'a.......b'),
  '15c': c(4, 0, 0, '.', DiscardEmptyColumns, 'a\v\vb', 'a...b'),
  '15d': c(4, 0, 0, '.', AlignRight | DiscardEmptyColumns, 'a\v\vb', '...ab'),
  '16a': c(
    100, 100, 0, '\t', 0,
    'a\tb\t\td\n' + 'a\tb\t\td\te\n' + 'a\n' + 'a\tb\tc\td\n' + 'a\tb\tc\td\te\n',
    'a\tb\t\td\n' + 'a\tb\t\td\te\n' + 'a\n' + 'a\tb\tc\td\n' + 'a\tb\tc\td\te\n',
  ),
  '16b': c(
    100, 100, 0, '\t', DiscardEmptyColumns,
    'a\vb\v\vd\n' + 'a\vb\v\vd\ve\n' + 'a\n' + 'a\vb\vc\vd\n' + 'a\vb\vc\vd\ve\n',
    'a\tb\td\n' + 'a\tb\td\te\n' + 'a\n' + 'a\tb\tc\td\n' + 'a\tb\tc\td\te\n',
  ),
  '16b debug': c(
    100, 100, 0, '\t', DiscardEmptyColumns | Debug,
    'a\vb\v\vd\n' + 'a\vb\v\vd\ve\n' + 'a\n' + 'a\vb\vc\vd\n' + 'a\vb\vc\vd\ve\n',
    'a\t|b\t||d\n' + 'a\t|b\t||d\t|e\n' + 'a\n' + 'a\t|b\t|c\t|d\n' + 'a\t|b\t|c\t|d\t|e\n',
  ),
  '16c': c(
    100, 100, 0, '\t', DiscardEmptyColumns,
    'a\tb\t\td\n' + 'a\tb\t\td\te\n' + 'a\n' + 'a\tb\tc\td\n' + 'a\tb\tc\td\te\n',
    'a\tb\t\td\n' + 'a\tb\t\td\te\n' + 'a\n' + 'a\tb\tc\td\n' + 'a\tb\tc\td\te\n',
  ),
  '16c debug': c(
    100, 100, 0, '\t', DiscardEmptyColumns | Debug,
    'a\tb\t\td\n' + 'a\tb\t\td\te\n' + 'a\n' + 'a\tb\tc\td\n' + 'a\tb\tc\td\te\n',
    'a\t|b\t|\t|d\n' + 'a\t|b\t|\t|d\t|e\n' + 'a\n' + 'a\t|b\t|c\t|d\n' + 'a\t|b\t|c\t|d\t|e\n',
  ),
};

describe('tabwriter: Go tabwriter_test.go cases', () => {
  for (const [name, t] of Object.entries(goCases)) {
    it(name, () => {
      const { src, expected, ...opts } = t;
      assert.equal(formatTabbed(src, opts), expected);
    });
  }
});

interface LayoutCase {
  src: string;
  expected: string;
}

const getCases: Record<string, LayoutCase> = {
  'T2 example: minwidth 6 includes the padding, last cell unpadded': {
    src: 'NAME\tREADY\tSTATUS\tRESTARTS\tAGE\nnginx\t1/1\tRunning\t0\t5s\n',
    expected: 'NAME    READY   STATUS    RESTARTS   AGE\nnginx   1/1     Running   0          5s\n',
  },
  'an empty last cell leaves the previous column padded (trailing spaces)': {
    src: 'NAME\tAPP\na\tweb\nb\t\n',
    expected: 'NAME   APP\na      web\nb      \n',
  },
  'widths are counted in runes, not UTF-16 units or bytes': {
    src: 'é\t1\n😀😀😀😀\t2\nab\t3\n',
    expected: 'é      1\n😀😀😀😀   2\nab     3\n',
  },
};

describe('tabwriter: kubectl get preset', () => {
  for (const [name, t] of Object.entries(getCases)) {
    it(name, () => assert.equal(formatTabbed(t.src, getTableWriter()), t.expected));
  }

  it('RememberWidths keeps a column at least as wide as in an earlier block', () => {
    const src = 'a\tb\tc\nlong-first\tb\tc\nsingle\nx\ty\tz\n';
    const plain = formatTabbed(src, { ...getTableWriter(), flags: 0 });
    const remembered = formatTabbed(src, getTableWriter());
    assert.equal(plain, 'a            b     c\nlong-first   b     c\nsingle\nx     y     z\n');
    assert.equal(remembered, 'a            b     c\nlong-first   b     c\nsingle\nx            y     z\n');
    assert.equal(RememberWidths, 64);
  });

  it('formatRows ends every row with a newline', () => {
    const rows = [
      ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
      ['nginx', '1/1', 'Running', '0', '5s'],
    ];
    assert.equal(formatRows(rows, getTableWriter()), formatTabbed(rows.map((r) => r.join('\t') + '\n').join(''), getTableWriter()));
    assert.equal(formatRows([], getTableWriter()), '');
  });

  it('formats 10,000 rows', () => {
    const rows = [['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE']];
    for (let i = 0; i < 10_000; i++) rows.push([`pod-${i}`, '1/1', 'Running', String(i % 7), '5m']);
    const out = formatRows(rows, getTableWriter());
    const lines = out.split('\n');
    assert.equal(lines.length, 10_002);
    assert.equal(lines[10_000], 'pod-9999   1/1     Running   3          5m');
  });
});

describe('tabwriter: describe preset', () => {
  it('a line without tabs ends the column block (K2)', () => {
    assert.equal(
      formatTabbed('a\tb\nlonger-cell\tc\nbreak\nx\ty\n', describeWriter()),
      'a            b\nlonger-cell  c\nbreak\nx  y\n',
    );
  });

  it('rollout history (M5): REVISION column is 10 wide', () => {
    const src = 'REVISION\tCHANGE-CAUSE\n1\t<none>\n2\tkubectl set image deployment/web nginx=nginx:1.27 --record=true\n';
    assert.equal(
      formatTabbed(src, describeWriter()),
      'REVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image deployment/web nginx=nginx:1.27 --record=true\n',
    );
  });
});

const runeCases: Record<string, { s: string; n: number }> = {
  ascii: { s: 'abc', n: 3 },
  'BMP accents and CJK': { s: 'é本', n: 2 },
  'surrogate pair is one rune': { s: '😀x', n: 2 },
  'lone surrogate is one rune': { s: '\ud800x', n: 2 },
  empty: { s: '', n: 0 },
};

describe('tabwriter: runeCount', () => {
  for (const [name, t] of Object.entries(runeCases)) {
    it(name, () => assert.equal(runeCount(t.s), t.n));
  }
});

import assert from 'node:assert/strict';
import { fnv1a, selectShard } from '../../src/cli/shard';

const scenarios = Array.from({ length: 60 }, (_, i) => ({ uri: `features/f${i % 7}.feature`, name: i % 10 === 0 ? 'same name' : `scenario ${i}` }));
const id = (s: { uri: string; name: string }) => s;

describe('shards', () => {
  it('split the scenarios into disjoint parts that together are all of them', () => {
    const parts = [1, 2, 3].map((index) => selectShard(scenarios, id, { index, total: 3 }));
    assert.equal(parts.reduce((n, p) => n + p.length, 0), scenarios.length);
    assert.equal(new Set(parts.flat()).size, scenarios.length);
    for (const p of parts) assert.ok(p.length > 0);
  });

  it('keep a scenario on its machine when others are added', () => {
    const before = selectShard(scenarios, id, { index: 2, total: 3 });
    const more = [{ uri: 'features/new.feature', name: 'a new one' }, ...scenarios, { uri: 'features/f1.feature', name: 'another' }];
    const after = selectShard(more, id, { index: 2, total: 3 });
    for (const s of before) assert.ok(after.includes(s), `${s.uri} ${s.name} moved`);
  });

  it('hash the same on every machine', () => {
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
  });
});

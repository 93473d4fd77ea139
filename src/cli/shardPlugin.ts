/** `--shard i/n` as a Cucumber plugin: it filters the pickles before they are run (see shard.ts). */
import type { Plugin } from '@cucumber/cucumber/api';
import { parseShard, selectShard } from './shard';

export const SHARD_OPTION = 'kubespecShard';

const shardPlugin: Plugin<string | undefined> = {
  type: 'plugin',
  optionsKey: SHARD_OPTION,
  coordinator({ transform, options }) {
    if (!options) return;
    const shard = parseShard(options);
    transform('pickles:filter', (pickles) => selectShard(pickles, (p) => ({ uri: p.pickle.uri, name: p.pickle.name }), shard));
  },
};

export default shardPlugin;

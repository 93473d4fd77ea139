/** `kubectl run NAME --image=IMAGE`: a bare pod labelled `run=NAME`, as kubectl generates it. */
import { Command } from '../context';
import { setOwn } from '../../util/own';
import { CommandError } from '../errors';
import { objectName, objectsToJson, objectsToYaml } from '../output';
import { dryRunFlag, dryRunSuffix } from './apply';

export const runCommand: Command = {
  name: 'run',
  flags: [
    { name: 'image', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'restart', type: 'string' },
    { name: 'port', type: 'string' },
    { name: 'env', type: 'strings' },
    { name: 'command', type: 'bool' },
    { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'annotations', type: 'strings' },
    { name: 'overrides', type: 'string' },
    { name: 'rm', type: 'bool' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'attach', type: 'bool' },
    { name: 'leave-stdin-open', type: 'bool' },
    { name: 'quiet', short: 'q', type: 'bool' },
    { name: 'privileged', type: 'bool' },
    { name: 'expose', type: 'bool' },
  ],
  run(cc) {
    const [name, ...rest] = cc.args;
    if (!name) throw new CommandError("NAME is required for run\nSee 'kubectl run -h' for help and examples");
    if (cc.flags.bool('expose')) throw new CommandError('--expose is not simulated: create the Service with "kubectl expose pod NAME --port=PORT"');
    const image = cc.flags.string('image');
    if (!image) throw new CommandError('--image is required');
    const restart = cc.flags.string('restart', 'Always');
    if (!['Always', 'OnFailure', 'Never'].includes(restart)) throw new CommandError(`invalid restart policy: ${restart}`);
    const labels: Record<string, string> = {};
    if (cc.flags.has('labels')) {
      for (const pair of cc.flags.string('labels').split(',')) {
        const [k, v] = pair.split('=');
        if (v === undefined) throw new CommandError(`invalid label spec: ${pair}`);
        setOwn(labels, k, v);
      }
    } else {
      labels.run = name;
    }
    const container: any = { image, name, resources: {} };
    if (cc.flags.bool('privileged')) container.securityContext = { privileged: true };
    if (cc.flags.has('image-pull-policy')) container.imagePullPolicy = cc.flags.string('image-pull-policy');
    if (cc.flags.has('port')) container.ports = [{ containerPort: Number(cc.flags.string('port')) }];
    const env = cc.flags.strings('env');
    if (env.length) container.env = env.map((e) => ({ name: e.slice(0, e.indexOf('=')), value: e.slice(e.indexOf('=') + 1) }));
    if (rest.length) {
      if (cc.flags.bool('command')) container.command = rest;
      else container.args = rest;
    }
    const annotations: Record<string, string> = {};
    for (const a of cc.flags.strings('annotations')) setOwn(annotations, a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    const pod: any = {
      apiVersion: 'v1',
      kind: 'Pod',
      // A client dry run shows the namespace only when -n named it (EnforceNamespace).
      metadata: { labels, name, ...(cc.namespaceGiven ? { namespace: cc.namespace } : {}), ...(Object.keys(annotations).length ? { annotations } : {}) },
      spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: restart },
      status: {},
    };
    const dryRun = dryRunFlag(cc);
    const output = cc.flags.string('output');
    let created = pod;
    if (dryRun !== 'client') created = cc.cluster.api.create({ ...pod, metadata: { ...pod.metadata, namespace: cc.namespace } }, { dryRun: dryRun === 'server' });
    if (output === 'yaml') cc.out(objectsToYaml([created], true));
    else if (output === 'json') cc.out(objectsToJson([created], true));
    else cc.out(`${objectName(created)} created${dryRunSuffix(dryRun)}\n`);
  },
};

/**
 * `kubectl create job NAME --image=IMAGE [-- COMMAND...]` and `kubectl create job NAME
 * --from=cronjob/X`: a Job as kubectl builds it (restartPolicy Never, one container named after
 * the Job), or a copy of a CronJob's job template marked `cronjob.kubernetes.io/instantiate: manual`.
 */
import { KubeObject, clone } from '../../api/types';
import { StatusError, apiErrors } from '../../api/status';
import { Command, CommandContext } from '../context';
import { CommandError } from '../errors';
import { typeByArg } from '../resources';
import { dryRunFlag } from './apply';
import { GENERATOR_FLAGS, printGenerated } from './generated';

function jobFromImage(cc: CommandContext, name: string, image: string, command: string[]): KubeObject {
  const container: any = { name, image, resources: {} };
  if (command.length) container.command = command;
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name, namespace: cc.namespace },
    spec: { template: { metadata: {}, spec: { containers: [container], restartPolicy: 'Never' } } },
  };
}

function jobFromCronJob(cc: CommandContext, name: string, from: string): KubeObject {
  const slash = from.indexOf('/');
  const t = typeByArg(slash < 0 ? from : from.slice(0, slash));
  const source = slash < 0 ? '' : from.slice(slash + 1);
  if (!source) throw new CommandError('from must be an existing cronjob');
  const cj = cc.cluster.api.tryGet(t.kind, t.namespaced ? cc.namespace : undefined, source);
  if (!cj) throw apiErrors.notFound(t.resource, t.group, source);
  if (t.kind !== 'CronJob') throw new CommandError(`unknown object type *v1.${t.kind}`);
  const template = cj.spec.jobTemplate ?? {};
  const metadata: any = {
    name,
    namespace: cc.namespace,
    annotations: { 'cronjob.kubernetes.io/instantiate': 'manual', ...(template.metadata?.annotations ?? {}) },
    // kubectl sets no blockOwnerDeletion, which would need a role on cronjobs/finalizers.
    ownerReferences: [{ apiVersion: 'batch/v1', kind: 'CronJob', name: cj.metadata.name, uid: cj.metadata.uid, controller: true }],
  };
  if (template.metadata?.labels) metadata.labels = { ...template.metadata.labels };
  return { apiVersion: 'batch/v1', kind: 'Job', metadata, spec: clone(template.spec ?? {}) };
}

export const createJobCommand: Command = {
  name: 'job',
  flags: [
    { name: 'image', type: 'string' },
    { name: 'from', type: 'string' },
    ...GENERATOR_FLAGS,
  ],
  run(cc) {
    const dash = cc.line.split(/\s+/).indexOf('--');
    const names = dash < 0 ? cc.args : cc.args.slice(0, cc.args.length - (cc.line.split(/\s+/).length - dash - 1));
    if (names.length !== 1) throw new CommandError(`exactly one NAME is required, got ${names.length}\nSee 'kubectl create job -h' for help and examples`);
    const name = cc.args[0];
    const command = cc.args.slice(1);
    const image = cc.flags.string('image');
    const from = cc.flags.string('from');
    if ((!image && !from) || (image && from)) throw new CommandError('either --image or --from must be specified');
    if (command.length && from) throw new CommandError('cannot specify --from and command');
    const dryRun = dryRunFlag(cc);
    const job = image ? jobFromImage(cc, name, image, command) : jobFromCronJob(cc, name, from);
    let created = job;
    if (dryRun !== 'client') {
      try {
        created = cc.cluster.api.create(job, { dryRun: dryRun === 'server' });
      } catch (e) {
        if (e instanceof StatusError) throw new CommandError(`failed to create job: ${e.message}`);
        throw e;
      }
    }
    printGenerated(cc, created, dryRun);
  },
};

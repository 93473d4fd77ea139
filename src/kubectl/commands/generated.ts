/**
 * What the `kubectl create <generator>` sub-commands share: their printing and dry-run flags, and
 * how they print what they made (`-o yaml|json|name`, else `<kind>/<name> created`).
 */
import { KubeObject } from '../../api/types';
import { FlagSpec } from '../args';
import { CommandContext } from '../context';
import { objectName, objectsToJson, objectsToYaml } from '../output';
import { DryRun, dryRunSuffix } from './apply';

export const GENERATOR_FLAGS: readonly FlagSpec[] = [
  { name: 'dry-run', type: 'string', noOptDefault: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'save-config', type: 'bool' },
  { name: 'validate', type: 'string', noOptDefault: 'strict' },
  { name: 'field-manager', type: 'string' },
];

export function printGenerated(cc: CommandContext, obj: KubeObject, dryRun: DryRun): void {
  const output = cc.flags.string('output');
  if (output === 'yaml') cc.out(objectsToYaml([obj], true));
  else if (output === 'json') cc.out(objectsToJson([obj], true));
  else if (output === 'name') cc.out(`${objectName(obj)}\n`);
  else cc.out(`${objectName(obj)} created${dryRunSuffix(dryRun)}\n`);
}

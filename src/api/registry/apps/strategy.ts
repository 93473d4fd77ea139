/**
 * What the workload kinds' strategies have in common: defaults on create and update, a fresh
 * status on create, spec validation, generation tracking, a status subresource, and — for the
 * apps kinds — a selector that may not change.
 */
import { FieldError, FieldPath } from '../../field';
import { KubeObject } from '../../types';
import { Strategy } from '../strategy';
import { subdomainName } from '../../validation/objectmeta';
import { goSelector, immutable } from './template';

export interface WorkloadRules {
  defaults(obj: KubeObject): void;
  /** The status a new object starts with. */
  initialStatus(): any;
  validateSpec(spec: any): FieldError[];
  readonly selectorImmutable: boolean;
  /** Kind-specific steps after the defaults (generation rules, annotations). */
  afterCreate?(obj: KubeObject): void;
  afterUpdate?(obj: KubeObject, old: KubeObject): void;
  prepareForStatusUpdate?: Strategy['prepareForStatusUpdate'];
}

const SELECTOR = FieldPath.root('spec').child('selector');

export function workloadStrategy(rules: WorkloadRules): Strategy {
  return {
    nameValidator: subdomainName,
    hasStatus: true,
    tracksGeneration: true,
    prepareForCreate: (obj) => {
      rules.defaults(obj);
      rules.afterCreate?.(obj);
      obj.status = rules.initialStatus();
    },
    prepareForUpdate: (obj, old) => {
      rules.defaults(obj);
      rules.afterUpdate?.(obj, old);
    },
    prepareForStatusUpdate: rules.prepareForStatusUpdate,
    validate: (obj) => rules.validateSpec(obj.spec),
    validateUpdate: (obj, old) => [
      ...rules.validateSpec(obj.spec),
      ...(rules.selectorImmutable ? immutable(obj.spec?.selector, old.spec?.selector, SELECTOR, goSelector) : []),
    ],
  };
}

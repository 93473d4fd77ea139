/**
 * The Service kind at the API server: v1 defaults, IP family and allocation (cluster IPs from
 * 10.96.0.0/12, node ports from 30000-32767), then the strategy and `ValidateService`. Names are
 * DNS-1035 labels. Status is a subresource: a new Service starts with an empty load balancer.
 */
import { Strategy } from '../strategy';
import { NameValidator } from '../../validation/objectmeta';
import { isDNS1035Label } from '../../validation/dns';
import { normalizeClusterIPs, setServiceDefaults } from './defaults';
import { allocateCreate, allocateUpdate } from './allocation';
import { dropTypeDependentFields, patchAllocatedValues } from './update';
import { validateService, validateServiceUpdate } from './validation';
import { specOf } from './helpers';

/** `ValidateServiceName` = NameIsDNS1035Label; a generateName prefix may end in '-'. */
export const serviceName: NameValidator = (name, prefix) => isDNS1035Label(prefix && name.length > 1 && name.endsWith('-') ? name.slice(0, -2) + 'a' : name);

export const serviceStrategy: Strategy = {
  nameValidator: serviceName,
  hasStatus: true,
  tracksGeneration: false,
  prepareForCreate: (svc, ctx) => {
    setServiceDefaults(svc);
    normalizeClusterIPs(specOf(svc));
    allocateCreate(svc, ctx);
    svc.status = { loadBalancer: {} };
  },
  prepareForUpdate: (svc, old, ctx) => {
    setServiceDefaults(svc);
    patchAllocatedValues(specOf(svc), old.spec ?? {});
    normalizeClusterIPs(specOf(svc), old.spec ?? {});
    allocateUpdate(svc, old, ctx);
    dropTypeDependentFields(svc, old);
  },
  validate: (svc) => validateService(specOf(svc)),
  validateUpdate: (svc, old) => [...validateServiceUpdate(specOf(svc), old.spec ?? {}), ...validateService(specOf(svc))],
};

export { SERVICE_CIDR, NODE_PORT_RANGE } from './allocators';

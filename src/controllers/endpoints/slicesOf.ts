/** The EndpointSlices labelled for a Service (`kubernetes.io/service-name`), through a store index. */
import { KubeObject, keyOf } from '../../api/types';
import { ApiServer } from '../../store/apiserver';
import { SERVICE_NAME_LABEL } from './slices';

const BY_SERVICE = 'serviceName';

/** Whoever manages them, by name. */
export function slicesOfService(api: ApiServer, namespace: string | undefined, name: string): KubeObject[] {
  api.store.addIndex(
    'EndpointSlice',
    BY_SERVICE,
    (s) => {
      const svc = s.metadata.labels?.[SERVICE_NAME_LABEL];
      return svc ? [keyOf(s.metadata.namespace, svc)] : [];
    },
    (s) => s.metadata.labels,
  );
  return api.store.byIndex('EndpointSlice', BY_SERVICE, keyOf(namespace, name)).sort((a, b) => (a.metadata.name! < b.metadata.name! ? -1 : 1));
}

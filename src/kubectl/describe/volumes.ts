/**
 * describeVolumes: each volume of a pod (or pod template) with the fields kubectl shows for its
 * source. The sources a simulated cluster meets are spelled out; cloud and legacy in-tree
 * sources print their type line and fields the same way, from a table.
 */
import { quantityOf } from './quantity';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, PrefixWriter } from './writer';

const v = (x: unknown) => (x === undefined || x === null ? '' : String(x));
const b = (x: unknown) => (x ? 'true' : 'false');
const opt = (x: any) => b(x?.optional === true);

/** `Type:\t<description>` then `    Field:\t<value>` lines, as the print*VolumeSource functions write them. */
function typed(w: PrefixWriter, description: string, fields: [string, string][]): void {
  w.write(LEVEL_2, `Type:\t${description}\n` + fields.map(([k, val]) => `    ${k}:\t${val}\n`).join(''));
}

function projected(w: PrefixWriter, p: any): void {
  w.write(LEVEL_2, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
  for (const s of p.sources ?? []) {
    if (s.secret) w.write(LEVEL_2, `SecretName:\t${v(s.secret.name)}\n    Optional:\t${opt(s.secret)}\n`);
    else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n');
    else if (s.configMap) w.write(LEVEL_2, `ConfigMapName:\t${v(s.configMap.name)}\n    Optional:\t${opt(s.configMap)}\n`);
    else if (s.serviceAccountToken) w.write(LEVEL_2, `TokenExpirationSeconds:\t${v(s.serviceAccountToken.expirationSeconds)}\n`);
  }
}

function downwardAPI(w: PrefixWriter, d: any): void {
  w.write(LEVEL_2, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n');
  for (const item of d.items ?? []) {
    if (item.fieldRef) w.write(LEVEL_3, `${v(item.fieldRef.fieldPath)} -> ${v(item.path)}\n`);
    if (item.resourceFieldRef) w.write(LEVEL_3, `${v(item.resourceFieldRef.resource)} -> ${v(item.path)}\n`);
  }
}

type Printer = (w: PrefixWriter, src: any) => void;

/** In describeVolumes' order: the first source set on the volume decides. */
const SOURCES: [string, Printer][] = [
  ['hostPath', (w, s) => typed(w, 'HostPath (bare host directory volume)', [['Path', v(s.path)], ['HostPathType', s.type == null ? '<none>' : v(s.type)]])],
  [
    'emptyDir',
    (w, s) => {
      const limit = s.sizeLimit !== undefined && quantityOf(s.sizeLimit).sign() > 0 ? quantityOf(s.sizeLimit).toString() : '<unset>';
      typed(w, "EmptyDir (a temporary directory that shares a pod's lifetime)", [['Medium', v(s.medium)], ['SizeLimit', limit]]);
    },
  ],
  ['gcePersistentDisk', (w, s) => typed(w, 'GCEPersistentDisk (a Persistent Disk resource in Google Compute Engine)', [['PDName', v(s.pdName)], ['FSType', v(s.fsType)], ['Partition', v(s.partition ?? 0)], ['ReadOnly', b(s.readOnly)]])],
  ['awsElasticBlockStore', (w, s) => typed(w, 'AWSElasticBlockStore (a Persistent Disk resource in AWS)', [['VolumeID', v(s.volumeID)], ['FSType', v(s.fsType)], ['Partition', v(s.partition ?? 0)], ['ReadOnly', b(s.readOnly)]])],
  ['gitRepo', (w, s) => typed(w, 'GitRepo (a volume that is pulled from git when the pod is created)', [['Repository', v(s.repository)], ['Revision', v(s.revision)]])],
  ['secret', (w, s) => typed(w, 'Secret (a volume populated by a Secret)', [['SecretName', v(s.secretName)], ['Optional', opt(s)]])],
  ['configMap', (w, s) => typed(w, 'ConfigMap (a volume populated by a ConfigMap)', [['Name', v(s.name)], ['Optional', opt(s)]])],
  ['nfs', (w, s) => typed(w, 'NFS (an NFS mount that lasts the lifetime of a pod)', [['Server', v(s.server)], ['Path', v(s.path)], ['ReadOnly', b(s.readOnly)]])],
  [
    'persistentVolumeClaim',
    (w, s) => typed(w, 'PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)', [['ClaimName', v(s.claimName)], ['ReadOnly', b(s.readOnly)]]),
  ],
  ['downwardAPI', downwardAPI],
  ['projected', projected],
  ['image', (w, s) => typed(w, 'Image (a container image or OCI artifact)', [['Reference', v(s.reference)], ['PullPolicy', v(s.pullPolicy)]])],
];

/** describeVolumes; `space` is `'  '` inside a pod template. */
export function describeVolumes(w: PrefixWriter, volumes: any[] | undefined, space: string): void {
  if (!volumes?.length) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`);
    return;
  }
  w.write(LEVEL_0, `${space}Volumes:\n`);
  for (const volume of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${volume.name}:\n`);
    const source = SOURCES.find(([field]) => volume[field]);
    if (source) source[1](w, volume[source[0]]);
    else w.write(LEVEL_1, '<unknown>\n');
  }
}

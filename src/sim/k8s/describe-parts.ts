/** Parts the pod describer and the pod template share: a container's environment and the volumes list. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { fieldValue } from './podconfig';
import type { Obj } from './objects';

/** a container's Environment Variables from / Environment lines, as describe prints them */
export function containerEnvText(ct: any, pod?: Obj): string[] {
  const L: string[] = [];
  if (ct.envFrom?.length) {
    L.push('    Environment Variables from:');
    for (const e of ct.envFrom) {
      const ref = e.configMapRef ?? e.secretRef ?? {};
      const from = e.configMapRef ? 'ConfigMap' : e.secretRef ? 'Secret' : '';
      L.push(`      ${ref.name ?? ''}\t${from}${e.prefix ? ` with prefix '${e.prefix}'` : ''}\tOptional: ${!!ref.optional}`);
    }
  }
  if (!ct.env?.length) return [...L, '    Environment:\t<none>'];
  L.push('    Environment:');
  for (const e of ct.env) {
    const vf = e.valueFrom;
    if (!vf) {
      const [first, ...more] = String(e.value ?? '').split('\n');
      L.push(`      ${e.name}:\t${first}`, ...more.map((x) => `      \t${x}`));
    } else if (vf.fieldRef) L.push(`      ${e.name}:\t${pod ? fieldValue(pod, vf.fieldRef.fieldPath) : ''} (${vf.fieldRef.apiVersion ?? 'v1'}:${vf.fieldRef.fieldPath})`);
    else if (vf.resourceFieldRef) L.push(`      ${e.name}:\t (${vf.resourceFieldRef.resource})`);
    else if (vf.secretKeyRef) L.push(`      ${e.name}:\t<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>\tOptional: ${!!vf.secretKeyRef.optional}`);
    else if (vf.configMapKeyRef) L.push(`      ${e.name}:\t<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>\tOptional: ${!!vf.configMapKeyRef.optional}`);
  }
  return L;
}

/** the Volumes block (describeVolumes): `Volumes:` at `space`, each volume's name one space in (in a template) */
export function volumesText(volumes: any[] | undefined, space: string): string[] {
  if (!volumes?.length) return [`${space}Volumes:\t<none>`];
  const L = [`${space}Volumes:`];
  const nameIndent = space ? ' ' : '';
  for (const v of volumes) {
    L.push(`  ${nameIndent}${v.name}:`);
    if (v.projected) L.push('    Type:\tProjected (a volume that contains injected data from multiple sources)', '    TokenExpirationSeconds:\t3607', '    ConfigMapName:\tkube-root-ca.crt', '    ConfigMapOptional:\t<nil>', '    DownwardAPI:\ttrue');
    else if (v.emptyDir) L.push("    Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)", `    Medium:\t${v.emptyDir.medium ?? ''}`, `    SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}`);
    else if (v.hostPath) L.push('    Type:\tHostPath (bare host directory volume)', `    Path:\t${v.hostPath.path}`, `    HostPathType:\t${v.hostPath.type ?? ''}`);
    else if (v.persistentVolumeClaim) L.push('    Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)', `    ClaimName:\t${v.persistentVolumeClaim.claimName}`, `    ReadOnly:\t${!!v.persistentVolumeClaim.readOnly}`);
    else if (v.configMap) L.push('    Type:\tConfigMap (a volume populated by a ConfigMap)', `    Name:\t${v.configMap.name}`, `    Optional:\t${!!v.configMap.optional}`);
    else if (v.secret) L.push('    Type:\tSecret (a volume populated by a Secret)', `    SecretName:\t${v.secret.secretName}`, `    Optional:\t${!!v.secret.optional}`);
  }
  return L;
}

/** a container's Mounts lines, sorted by mount path as describe sorts them */
export function mountsText(ct: any): string[] {
  const mounts = [...(ct.volumeMounts ?? [])].sort((a: any, b: any) => (a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0));
  if (!mounts.length) return ['    Mounts:\t<none>'];
  return ['    Mounts:', ...mounts.map((m: any) => `      ${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'}${m.subPath ? `,path="${m.subPath}"` : ''})`)];
}

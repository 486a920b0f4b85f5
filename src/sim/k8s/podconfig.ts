/**
 * What the kubelet takes from ConfigMaps and Secrets for a container: its environment (env with
 * configMapKeyRef / secretKeyRef, envFrom) and the files of its configMap / secret volumes.
 * Errors are the kubelet's own words.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Obj } from './objects';

/** the objects the kubelet reads (the cluster's store) */
export interface ConfigSource {
  get(kind: string, ns: string | undefined, name: string): Obj | undefined;
}

/** decodes a Secret's base64 value (UTF-8 text) */
export function fromBase64(b64: string): string {
  try {
    const bin = atob(b64);
    const bytes = Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return '';
  }
}

/** base64 of a UTF-8 text, as the API server stores a Secret's stringData */
export function toBase64(text: string): string {
  let bin = '';
  for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** bytes of a base64 value (describe secret prints sizes) */
export function base64Bytes(b64: string): number {
  const s = b64.replace(/=+$/, '');
  return Math.floor((s.length * 3) / 4);
}

/** a key's text in a ConfigMap or a Secret (decoded), or undefined */
function value(o: Obj, key: string): string | undefined {
  if (o.kind === 'Secret') return o.data && key in o.data ? fromBase64(o.data[key]) : undefined;
  if (o.data && key in o.data) return o.data[key];
  if (o.binaryData && key in o.binaryData) return fromBase64(o.binaryData[key]);
  return undefined;
}

function keys(o: Obj): string[] {
  return [...Object.keys(o.data ?? {}), ...(o.kind === 'ConfigMap' ? Object.keys(o.binaryData ?? {}) : [])].sort();
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

export type EnvResult = { env: [string, string][]; skipped: { kind: string; name: string; keys: string[] }[] } | { error: string };

/**
 * The container's variables from its pod spec, in the kubelet's order: envFrom first, then env, which
 * overrides. A missing object or key that is not optional is an error (CreateContainerConfigError).
 */
export function resolveEnv(src: ConfigSource, pod: Obj, ct: any): EnvResult {
  const ns = pod.metadata.namespace ?? 'default';
  const vars = new Map<string, string>();
  const skipped: { kind: string; name: string; keys: string[] }[] = [];
  for (const ef of ct.envFrom ?? []) {
    const ref = ef.configMapRef ?? ef.secretRef;
    if (!ref) continue;
    const kind = ef.configMapRef ? 'ConfigMap' : 'Secret';
    const o = src.get(kind, ns, ref.name);
    if (!o) {
      if (ref.optional) continue;
      return { error: `${kind.toLowerCase()} "${ref.name}" not found` };
    }
    const bad: string[] = [];
    for (const k of keys(o)) {
      const name = (ef.prefix ?? '') + k;
      if (!ENV_NAME.test(name)) bad.push(name);
      else vars.set(name, value(o, k) ?? '');
    }
    if (bad.length) skipped.push({ kind: kind === 'ConfigMap' ? 'configMap' : 'secret', name: `${ns}/${ref.name}`, keys: bad.sort() });
  }
  for (const e of ct.env ?? []) {
    if (e.value !== undefined && e.value !== '') {
      vars.set(e.name, expand(e.value, vars));
      continue;
    }
    const ref = e.valueFrom?.configMapKeyRef ?? e.valueFrom?.secretKeyRef;
    if (ref) {
      const kind = e.valueFrom.configMapKeyRef ? 'ConfigMap' : 'Secret';
      const o = src.get(kind, ns, ref.name);
      if (!o) {
        if (ref.optional) continue;
        return { error: `${kind.toLowerCase()} "${ref.name}" not found` };
      }
      const v = value(o, ref.key);
      if (v === undefined) {
        if (ref.optional) continue;
        return { error: `couldn't find key ${ref.key} in ${kind} ${ns}/${ref.name}` };
      }
      vars.set(e.name, v);
      continue;
    }
    const field = e.valueFrom?.fieldRef?.fieldPath;
    if (field) {
      vars.set(e.name, fieldValue(pod, field));
      continue;
    }
    vars.set(e.name, e.value ?? '');
  }
  return { env: [...vars], skipped };
}

/** $(VAR) references in an env value, as the kubelet expands them */
function expand(v: string, vars: Map<string, string>): string {
  return v.replace(/\$\$|\$\(([-._a-zA-Z0-9]+)\)/g, (m, name) => (m === '$$' ? '$' : vars.has(name) ? vars.get(name)! : m));
}

export function fieldValue(pod: Obj, path: string): string {
  switch (path) {
    case 'metadata.name':
      return pod.metadata.name;
    case 'metadata.namespace':
      return pod.metadata.namespace ?? 'default';
    case 'metadata.uid':
      return pod.metadata.uid;
    case 'spec.nodeName':
      return pod.spec.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec.serviceAccountName ?? 'default';
    case 'status.podIP':
      return pod.status?.podIP ?? '';
    case 'status.hostIP':
      return pod.status?.hostIP ?? '';
  }
  return '';
}

/** The configMap and secret volumes of the pod the kubelet cannot mount (their object or a key is missing). */
export function missingVolumes(src: ConfigSource, pod: Obj): { volume: string; error: string }[] {
  const ns = pod.metadata.namespace ?? 'default';
  const out: { volume: string; error: string }[] = [];
  for (const v of pod.spec.volumes ?? []) {
    const ref = v.configMap ? { kind: 'ConfigMap', name: v.configMap.name, optional: v.configMap.optional } : v.secret ? { kind: 'Secret', name: v.secret.secretName, optional: v.secret.optional } : undefined;
    if (!ref || ref.optional) continue;
    const o = src.get(ref.kind, ns, ref.name);
    if (!o) {
      out.push({ volume: v.name, error: `${ref.kind.toLowerCase()} "${ref.name}" not found` });
      continue;
    }
    const bad = ((v.configMap ?? v.secret).items ?? []).find((it: any) => value(o, it.key) === undefined);
    if (bad) out.push({ volume: v.name, error: ref.kind === 'Secret' ? `references non-existent secret key: ${bad.key}` : `configmap references non-existent config key: ${bad.key}` });
  }
  return out;
}

/** The files a volume mount shows (name -> text), or undefined when the path is not in a config volume. */
export function mountedFiles(src: ConfigSource, pod: Obj, ct: any, path: string): { dir: string; files: Map<string, string> } | undefined {
  const ns = pod.metadata.namespace ?? 'default';
  const clean = path.replace(/\/+$/, '') || '/';
  for (const m of ct.volumeMounts ?? []) {
    const mp = m.mountPath.replace(/\/+$/, '');
    if (clean !== mp && !clean.startsWith(mp + '/')) continue;
    const v = (pod.spec.volumes ?? []).find((x: any) => x.name === m.name);
    if (!v) continue;
    const files = new Map<string, string>();
    if (v.configMap || v.secret) {
      const o = src.get(v.configMap ? 'ConfigMap' : 'Secret', ns, v.configMap?.name ?? v.secret.secretName);
      if (!o) continue;
      const items: any[] | undefined = (v.configMap ?? v.secret).items;
      if (items?.length) for (const it of items) files.set(it.path, value(o, it.key) ?? '');
      else for (const k of keys(o)) files.set(k, value(o, k) ?? '');
    } else if (v.projected && mp === '/var/run/secrets/kubernetes.io/serviceaccount') {
      const ca = src.get('ConfigMap', ns, 'kube-root-ca.crt');
      files.set('ca.crt', ca?.data?.['ca.crt'] ?? '');
      files.set('namespace', ns);
      files.set('token', serviceAccountToken(pod));
    } else continue;
    if (m.subPath) {
      const text = files.get(m.subPath);
      return { dir: mp.replace(/\/[^/]*$/, '') || '/', files: new Map(text === undefined ? [] : [[mp.split('/').pop()!, text]]) };
    }
    return { dir: mp, files };
  }
  return undefined;
}

/** a bound service-account token's shape (header.payload.signature); never a real key */
function serviceAccountToken(pod: Obj): string {
  const b64url = (s: string) => toBase64(s).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  const header = b64url('{"alg":"RS256","kid":"' + pod.metadata.uid.replace(/-/g, '').slice(0, 43) + '"}');
  const payload = b64url(JSON.stringify({ aud: ['https://kubernetes.default.svc.cluster.local'], iss: 'https://kubernetes.default.svc.cluster.local', kubernetes: { namespace: pod.metadata.namespace, pod: { name: pod.metadata.name, uid: pod.metadata.uid }, serviceaccount: { name: pod.spec.serviceAccountName ?? 'default' } }, sub: `system:serviceaccount:${pod.metadata.namespace}:${pod.spec.serviceAccountName ?? 'default'}` }));
  return `${header}.${payload}.${b64url(pod.metadata.uid + pod.metadata.name).repeat(4).slice(0, 342)}`;
}

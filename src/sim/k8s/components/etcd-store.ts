/**
 * The etcd of the cluster as etcdctl sees it. The member is read from the etcd static pod's command line: --name,
 * --initial-advertise-peer-urls, --advertise-client-urls, --listen-client-urls, --trusted-ca-file,
 * --client-cert-auth, --initial-cluster-token (etcd's default "etcd-cluster"); its ID is etcd's computeMemberId
 * (server/etcdserver/api/membership/member.go: the first 8 bytes, big-endian, of SHA-1 over the sorted peer URLs
 * joined and the cluster token; a new cluster passes no time). A client pair is one of kubeadm's certificates that
 * the etcd CA signed in /etc/kubernetes/pki/etcd (server, peer, healthcheck-client).
 * The keys are the cluster's objects: "/registry/" + the storage factory's resource prefix (kubernetes 1.28
 * pkg/kubeapiserver/default_storage_factory_builder.go SpecialDefaultResourcePrefixes, else the resource name; the
 * aggregator's and apiextensions' stores use group/resource) + "/namespace/name" or "/name". The revision is the
 * store's resource version counter; the DB size, raft index and the endpoint health time are derived from the store
 * (no bbolt file or raft log is kept here: components/DIFFERENCES.md).
 */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { byKind } from '../resources';
import { fnv32a } from '../rand';
import { DIGESTS } from '../../commands/coreutils/md5sum/digest';

const SPECIAL: Record<string, string> = { replicationcontrollers: 'controllers', endpoints: 'services/endpoints', nodes: 'minions', services: 'services/specs', ingresses: 'ingress' };
const GROUPED = new Set(['apiregistration.k8s.io', 'apiextensions.k8s.io']);

/** the keys etcdctl put and deleted, by cluster */
const overlay = new WeakMap<Cluster, { puts: Map<string, string>; writes: number; meta: Map<string, KeyMeta> }>();
const own = (c: Cluster) => {
  let o = overlay.get(c);
  if (!o) overlay.set(c, (o = { puts: new Map(), writes: 0, meta: new Map() }));
  return o;
};

/** mvcc's KeyValue revisions of a key etcdctl wrote: created, last modified, the number of writes since created */
export interface KeyMeta {
  create: number;
  mod: number;
  version: number;
}

export function registryKey(o: Obj): string | null {
  let r;
  try {
    r = byKind(o.kind);
  } catch {
    return null;
  }
  if (!r || r.group === 'metrics.k8s.io') return null;
  const prefix = GROUPED.has(r.group) ? `${r.group}/${r.name}` : (SPECIAL[r.name] ?? r.name);
  return `/registry/${prefix}/${r.namespaced ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}

/** every key with its value (null: a registry object, whose protobuf value is not modelled), sorted as etcd sorts */
export function storeKeys(c: Cluster, _srv?: EtcdServer): [string, string | null][] {
  const out: [string, string | null][] = [];
  for (const [kind, m] of c.store) {
    if (!m.size) continue;
    for (const o of c.list(kind)) {
      const k = registryKey(o);
      if (k) out.push([k, null]);
    }
  }
  for (const [k, v] of own(c).puts) out.push([k, v]);
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** go-humanize's Bytes: SI units, one decimal under 10 */
export function bytesSI(n: number): string {
  if (n < 10) return `${n} B`;
  const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
  const e = Math.floor(Math.log(n) / Math.log(1000));
  const val = Math.floor((n / 1000 ** e) * 10 + 0.5) / 10;
  // fmt's %.0f rounds half to even
  const whole = val - Math.floor(val) === 0.5 ? (Math.floor(val) % 2 === 0 ? Math.floor(val) : Math.ceil(val)) : Math.round(val);
  return val < 10 ? `${val.toFixed(1)} ${sizes[e]}` : `${whole} ${sizes[e]}`;
}

export interface EtcdServer {
  /** the member ID in hex (%x) and in decimal (uint64, as JSON prints it) */
  id: string;
  idDec: string;
  /** the cluster ID in decimal: RaftCluster.genID, SHA-1 over the members' IDs (8 bytes each, big-endian) */
  clusterDec: string;
  name: string;
  peerUrls: string[];
  clientUrls: string[];
  /** host:port it listens on for clients */
  listen: string[];
  ca: string;
  clientCertAuth: boolean;
  clientPairs: [string, string][];
  tookNs(ep: string): number;
  status(): { dbSize: number; term: number; index: number; revision: number; keys: number };
  put(k: string, v: string): void;
  del(k: string, prefix: boolean): number;
  /** the revisions of a key etcdctl put (null for a key not there or one the API server wrote) */
  meta(k: string): KeyMeta | null;
  stamp(n: number): string;
  snapshotText(st: ReturnType<EtcdServer['status']>): string;
  readSnapshot(text: string | undefined): { hash: string; revision: number; keys: number; size: number } | null;
}

const SNAP = 'etcd-snapshot ';

export function etcdServer(c: Cluster, pod: Obj): EtcdServer {
  const cmd: string[] = pod.spec?.containers?.[0]?.command ?? [];
  const flag = (n: string) => cmd.find((a) => a.startsWith(`--${n}=`))?.slice(n.length + 3);
  const peerUrls = (flag('initial-advertise-peer-urls') ?? 'http://localhost:2380').split(',');
  const token = flag('initial-cluster-token') ?? 'etcd-cluster';
  const digest = DIGESTS.sha1(new TextEncoder().encode([...peerUrls].sort().join('') + token));
  const dir = '/etc/kubernetes/pki/etcd';
  const pair = (n: string): [string, string] => [`${dir}/${n}.crt`, `${dir}/${n}.key`];
  const size = () => storeKeys(c).reduce((s, [k, v]) => s + k.length + (v ?? '').length, 0);
  const st = () => {
    const o = own(c);
    const revision = c.rv + o.writes;
    const keys = storeKeys(c).length;
    // bbolt grows by 4 KiB pages; a page per key with the store's bytes on top (derived, not measured)
    const dbSize = Math.ceil((keys * 4096 + size()) / 4096) * 4096;
    return { dbSize, term: 2, index: revision, revision, keys };
  };
  const idHex = digest.slice(0, 16);
  const idBytes = new Uint8Array(idHex.match(/../g)!.map((h) => parseInt(h, 16)));
  const cluster = DIGESTS.sha1(idBytes).slice(0, 16);
  return {
    id: idHex.replace(/^0+/, ''),
    idDec: BigInt(`0x${idHex}`).toString(),
    clusterDec: BigInt(`0x${cluster}`).toString(),
    name: flag('name') ?? 'default',
    peerUrls,
    clientUrls: (flag('advertise-client-urls') ?? 'http://localhost:2379').split(','),
    listen: (flag('listen-client-urls') ?? 'http://localhost:2379').split(',').map((u) => u.replace(/^\w+:\/\//, '')),
    ca: flag('trusted-ca-file') ?? '',
    clientCertAuth: flag('client-cert-auth') === 'true',
    clientPairs: [pair('server'), pair('peer'), pair('healthcheck-client')],
    tookNs: (ep) => 5_000_000 + (fnv32a(`${ep}#${c.t}`) % 10_000_000),
    status: st,
    put(k, v) {
      const o = own(c);
      o.puts.set(k, v);
      o.writes++;
      const rev = c.rv + o.writes;
      const m = o.meta.get(k);
      o.meta.set(k, m ? { ...m, mod: rev, version: m.version + 1 } : { create: rev, mod: rev, version: 1 });
    },
    meta: (k) => own(c).meta.get(k) ?? null,
    del(k, prefix) {
      const o = own(c);
      let n = 0;
      for (const key of [...o.puts.keys()]) if (prefix ? key.startsWith(k) : key === k) (o.puts.delete(key), o.meta.delete(key), n++);
      for (const [kind] of c.store)
        for (const obj of c.list(kind)) {
          const rk = registryKey(obj);
          if (rk && (prefix ? rk.startsWith(k) : rk === k)) (c.remove(obj), n++);
        }
      if (n) o.writes++;
      return n;
    },
    stamp(n) {
      const d = new Date(c.t + n);
      return d.toISOString().replace(/\.(\d{3})Z$/, `.$1${String(fnv32a(`${c.t}#${n}`) % 1000).padStart(3, '0')}Z`);
    },
    snapshotText: (s) => `${SNAP}${JSON.stringify({ revision: s.revision, keys: s.keys, size: s.dbSize + 32, hash: DIGESTS.sha1(new TextEncoder().encode(JSON.stringify(storeKeys(c)))).slice(0, 8) })}\n`,
    readSnapshot(text) {
      if (!text?.startsWith(SNAP)) return null;
      const j = JSON.parse(text.slice(SNAP.length));
      return { hash: j.hash.replace(/^0+/, ''), revision: j.revision, keys: j.keys, size: j.size };
    },
  };
}

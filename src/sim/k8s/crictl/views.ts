// crictl v1.28.0's read-only commands beyond ps/pods/images: inspect, inspectp, inspecti (container.go
// ContainerStatus, sandbox.go PodSandboxStatus, image.go imageStatusCommand), imagefsinfo, stats and statsp
// (container_stats.go, pod_stats.go: two samples `--seconds` apart, the screen cleared before the table, text/tabwriter
// minwidth 20, padding 3), over what containerd 1.7 answers (status.ts).
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../../types';
import type { K8sState } from '../world';
import type { Options } from '../../spec/types';
import { tabwrite, toYaml } from '../format';
import { hostname } from '../host';
import { parseImage, pullable } from '../images';
import { imageId, unitsAgo } from '../runtime';
import { fnv32a } from '../rand';
import { byPrefix, containersHere, ctrNotFound, klogE, kv, logLine, rpc, sandboxesHere, type Ctr } from './store';
import { containerStatus, ctrAnnotations, ctrLabels, goJson, imageStatus, outputStatusInfo, sandboxAnnotations, sandboxLabels, sandboxStatus } from './status';

export type Seq = ['out' | 'err', string][];
export interface Result {
  seq: Seq;
  code: number;
  /** wait this long (ms) before the rest (stats' sample) */
  waitThen?: { ms: number; seq: Seq };
  /** the command fails after the wait (exit status 1) */
  failAfter?: boolean;
}

const fatal = (m: string, seq: Seq = []): Result => ({ seq: [...seq, ['err', logLine('FATA', m)]], code: 1 });
const MI = 1048576;

/** Go's time.Time %v in UTC: `2024-12-07 06:05:50.123456789 +0000 UTC` */
export function goTime(ms: number, ns: number): string {
  const d = new Date(ms);
  const frac = String((ms % 1000) * 1_000_000 + ns).padStart(9, '0').replace(/0+$/, '');
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)}${frac ? '.' + frac : ''} +0000 UTC`;
}

/** go-units HumanSizeWithPrecision: `precision` significant digits (HumanSize: 4), decimal units */
export function humanSize(bytes: number, precision = 4): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = bytes;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${Number(v.toPrecision(precision))}${units[i]}`;
}

const fmtOf = (opts: Options) => opts.str('output') || 'json';

/** `crictl inspect ID...` */
export function inspect(st: K8sState, h: Host, opts: Options, ops: string[], now: number): Result {
  const seq: Seq = [];
  const out = fmtOf(opts);
  const verbose = !opts.bool('quiet');
  const list = containersHere(st, h);
  for (const id of ops) {
    const c = byPrefix(list, id);
    if (typeof c === 'string') {
      const e = ctrNotFound(id, c);
      return fatal(`getting the status of the container "${id}": ${e}`, [...seq, ['err', klogE(now, 'remote_runtime.go:432', `"ContainerStatus from runtime service failed" err=${JSON.stringify(e)} ${kv('containerID', id)}`)]]);
    }
    const r = containerStatus(st, h, c, verbose);
    if (out === 'table') {
      seq.push(['out', ctrTable(c, now, verbose, r.info)]);
      continue;
    }
    if (!['json', 'yaml', 'go-template'].includes(out)) return fatal(`getting the status of the container "${id}": output option cannot be ${out}`, seq);
    const o = outputStatusInfo(r.status, r.info ? { info: r.info } : undefined, out, toYaml, opts.str('template') ?? '');
    if ('error' in o) return fatal(`getting the status of the container "${id}": ${o.error}`, seq);
    seq.push(['out', o.text]);
  }
  return { seq, code: 0 };
}

function ctrTable(c: Ctr, now: number, verbose: boolean, info: any): string {
  let t = `ID: ${c.id}\nName: ${c.name}\n${c.attempt ? `Attempt: ${c.attempt}\n` : ''}State: ${c.state}\nCreated: ${unitsAgo(now - c.createdAt)}\n`;
  if (c.state !== 'CONTAINER_CREATED') t += `Started: ${unitsAgo(now - c.startedAt)}\n`;
  if (c.state === 'CONTAINER_EXITED') t += `Finished: ${unitsAgo(now - c.finishedAt)}\nExit Code: ${c.exitCode}\n`;
  const map = (title: string, m: Record<string, string>) => `${title}:\n` + Object.keys(m).sort().map((k) => `\t${k} -> ${m[k]}\n`).join('');
  t += map('Labels', ctrLabels(c)) + map('Annotations', ctrAnnotations(c));
  if (verbose) t += `Info: map[info:${JSON.stringify(info)}]\n`;
  return t;
}

/** `crictl inspectp POD-ID...` */
export function inspectp(st: K8sState, h: Host, opts: Options, ops: string[]): Result {
  const seq: Seq = [];
  const out = fmtOf(opts);
  const verbose = !opts.bool('quiet');
  const list = sandboxesHere(st, h);
  for (const id of ops) {
    const sb = byPrefix(list, id);
    if (typeof sb === 'string') return fatal(`getting the pod sandbox status for "${id}": ${rpc(sb === 'ambiguous' ? 'Unknown' : 'NotFound', `an error occurred when try to find sandbox: ${sb === 'ambiguous' ? `ambiguous ID "${id}"` : 'not found'}`)}`, seq);
    const r = sandboxStatus(st, h, sb, verbose);
    if (out === 'table') {
      const p = sb.pod;
      const map = (title: string, m: Record<string, string>) => `${title}:\n` + Object.keys(m).sort().map((k) => `\t${k} -> ${m[k]}\n`).join('');
      let t = `ID: ${sb.id}\nName: ${p.metadata.name}\nUID: ${p.metadata.uid}\nNamespace: ${p.metadata.namespace}\nAttempt: ${sb.attempt}\nStatus: ${r.status.state}\nCreated: ${goTime(sb.createdAt, fnv32a(sb.id + '#ns') % 1_000_000)}\nIP Addresses: ${r.status.network.ip}\n`;
      t += map('Labels', sandboxLabels(p)) + map('Annotations', sandboxAnnotations(p));
      if (verbose) t += `Info: map[info:${JSON.stringify(r.info)}]\n`;
      seq.push(['out', t]);
      continue;
    }
    if (!['json', 'yaml', 'go-template'].includes(out)) return fatal(`getting the pod sandbox status for "${id}": output option cannot be ${out}`, seq);
    const o = outputStatusInfo(r.status, r.info ? { info: r.info } : undefined, out, toYaml, opts.str('template') ?? '');
    if ('error' in o) return fatal(`getting the pod sandbox status for "${id}": ${o.error}`, seq);
    seq.push(['out', o.text]);
  }
  return { seq, code: 0 };
}

/** containerd's localResolve: a reference (normalized), a full image id, or a unique prefix of an id */
export function resolveImage(st: K8sState, h: Host, refOrId: string): string | null {
  const refs = [...(st.cluster.nodes.get(hostname(h))?.images ?? [])];
  const full = parseImage(refOrId).full;
  if (!refOrId.startsWith('sha256:') && refs.includes(full) && !/^[0-9a-f]{6,64}$/.test(refOrId)) return full;
  const hex = refOrId.replace(/^sha256:/, '');
  if (/^[0-9a-f]+$/.test(hex)) {
    const hits = refs.filter((r) => imageId(r).startsWith(hex));
    if (hits.length) return hits.sort()[0];
  }
  return refs.includes(full) ? full : null;
}

/** `crictl inspecti IMAGE...` */
export function inspecti(st: K8sState, h: Host, opts: Options, ops: string[]): Result {
  const seq: Seq = [];
  const out = fmtOf(opts);
  const verbose = !opts.bool('quiet');
  for (const id of ops) {
    const ref = resolveImage(st, h, id);
    if (!ref) return fatal(`no such image "${id}" present`, seq);
    const r = imageStatus(ref, /\/pause:/.test(ref), verbose);
    if (out === 'table') {
      const pr = pullable(ref);
      const size = pr.ok ? pr.size : 0;
      let t = `ID: ${r.status.id}\nTag: ${r.status.repoTags[0]}\nDigest: ${r.status.repoDigests[0]}\nSize: ${humanSize(size, 3)}\n`;
      if (verbose) t += `Info: map[info:${JSON.stringify(r.info)}]\n`;
      seq.push(['out', t]);
      continue;
    }
    if (!['json', 'yaml', 'go-template'].includes(out)) return fatal(`output option cannot be ${out}`, seq);
    const o = outputStatusInfo(r.status, r.info ? { info: r.info } : undefined, out, toYaml, opts.str('template') ?? '');
    if ('error' in o) return fatal(`output status for "${id}": ${o.error}`, seq);
    seq.push(['out', o.text]);
  }
  return { seq, code: 0 };
}

const SNAPSHOTS = '/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs';

/** the images' and containers' snapshots on the node: bytes and inodes */
function fsUsage(st: K8sState, h: Host): { bytes: number; inodes: number; since: number } {
  const refs = [...(st.cluster.nodes.get(hostname(h))?.images ?? [])];
  let bytes = 0;
  let inodes = 0;
  for (const r of refs) {
    const pr = pullable(r);
    const size = pr.ok ? pr.size : 0;
    bytes += Math.round(size * 2.2);
    inodes += 300 + Math.round(size / 9000);
  }
  for (const c of containersHere(st, h)) {
    bytes += layer(c.id).bytes;
    inodes += layer(c.id).inodes;
  }
  return { bytes, inodes, since: st.cluster.nodes.get(hostname(h))?.readySince ?? 0 };
}

/** `crictl imagefsinfo` */
export function imagefsinfo(st: K8sState, h: Host, opts: Options, now: number): Result {
  const out = fmtOf(opts);
  const u = fsUsage(st, h);
  const ts = Math.min(now, u.since || now) * 1e6 + (fnv32a(h.id) % 1e6);
  const status = { timestamp: String(ts), fsId: { mountpoint: SNAPSHOTS }, usedBytes: { value: String(u.bytes) }, inodesUsed: { value: String(u.inodes) } };
  if (out === 'table') return { seq: [['out', `TimeStamp: ${ts}\nDisk: ${humanSize(u.bytes)}\nInodes: ${u.inodes}\nMountpoint: ${SNAPSHOTS}\n`]], code: 0 };
  if (!['json', 'yaml', 'go-template'].includes(out)) return fatal(`output option cannot be ${out}`);
  const o = outputStatusInfo(status, undefined, out, toYaml, opts.str('template') ?? '');
  if ('error' in o) return fatal(`output image filesystem info: ${o.error}`);
  return { seq: [['out', o.text]], code: 0 };
}

/** a container's writable layer: what it wrote (pid files, caches, logs it keeps inside) */
const layer = (id: string) => ({ bytes: 4096 * (2 + (fnv32a(id + '#rw') % 14)), inodes: 5 + (fnv32a(id + '#in') % 20) });

interface CtrSample {
  c: Ctr;
  cpuNs: number;
  memB: number;
}

/** what the cgroups say for each container: usage from the cluster's model (millicores, MiB) */
function samples(st: K8sState, h: Host, now: number, all: Ctr[]): CtrSample[] {
  return all.map((c) => {
    if (c.state !== 'CONTAINER_RUNNING') return { c, cpuNs: 0, memB: 0 };
    const u = st.cluster.usage(c.pod);
    const first = (c.pod.spec.containers ?? [])[0]?.name === c.name;
    const milli = first ? Math.max(0.3, u.cpu) : 1;
    const mem = (first ? u.mem : 2) * MI + (fnv32a(c.id + '#mem') % 900_000);
    // cumulative CPU time: the rate over the time since it started
    const cpuNs = Math.round(((now - c.startedAt) / 1000) * milli * 1e6) + (fnv32a(c.id + '#cpu') % 1000);
    return { c, cpuNs, memB: mem };
  });
}

function filterStats(list: Ctr[], opts: Options, ops: string[]): Ctr[] | string {
  const id = opts.str('id') || ops[0] || '';
  const pod = opts.str('pod') ?? '';
  const labels: [string, string][] = [];
  for (const l of opts.all('label')) {
    const pair = l.split('=');
    if (pair.length !== 2) return `incorrectly specified label: ${l}`;
    labels.push([pair[0], pair[1]]);
  }
  return list.filter((c) => (!id || c.id.startsWith(id)) && (!pod || c.sandbox.startsWith(pod)) && labels.every(([k, v]) => ctrLabels(c)[k] === v));
}

const CLEAR = '\x1b[2J\x1b[H';
const statsTable = (rows: string[][]) => CLEAR + tabwrite(rows.map((r) => r.join('\t')).join('\n'), 3, 20) + '\n';
const u64 = (n: number) => ({ value: String(Math.max(0, Math.round(n))) });

/** `crictl stats [ID]` */
export function stats(st: K8sState, h: Host, opts: Options, ops: string[], now: number): Result {
  const sel = filterStats(containersHere(st, h), opts, ops);
  if (typeof sel === 'string') return fatal(sel);
  const sorted = [...sel].sort((a, b) => (a.id < b.id ? -1 : 1));
  const secs = Number(opts.str('seconds') ?? 1) || 0;
  const out = opts.str('output') ?? '';
  const first = samples(st, h, now, sorted);
  if (out === 'json' || out === 'yaml') {
    const ts = String(now * 1e6 + 123456);
    const stats = first.map(({ c, cpuNs, memB }) => ({
      attributes: { id: c.id, metadata: { name: c.name, attempt: c.attempt }, labels: ctrLabels(c), annotations: ctrAnnotations(c) },
      cpu: c.state === 'CONTAINER_RUNNING' ? { timestamp: ts, usageCoreNanoSeconds: u64(cpuNs), usageNanoCores: u64((st.cluster.usage(c.pod).cpu || 0.3) * 1e6) } : null,
      memory: c.state === 'CONTAINER_RUNNING' ? { timestamp: ts, workingSetBytes: u64(memB), availableBytes: u64(0), usageBytes: u64(memB * 1.6), rssBytes: u64(memB * 0.6), pageFaults: u64(1000 + (fnv32a(c.id) % 9000)), majorPageFaults: u64(fnv32a(c.id) % 20) } : null,
      writableLayer: { timestamp: ts, fsId: { mountpoint: SNAPSHOTS }, usedBytes: u64(layer(c.id).bytes), inodesUsed: u64(layer(c.id).inodes) },
      swap: null,
    }));
    return { seq: [['out', out === 'json' ? goJson({ stats }) + '\n' : toYaml({ stats }) + '\n\n']], code: 0 };
  }
  const later = samples(st, h, now + secs * 1000, sorted);
  // no time between the samples: the CPU counters have not moved
  if (!secs && later.some((x) => x.cpuNs && (opts.bool('all') || x.memB))) return { seq: [], code: 0, waitThen: { ms: 0, seq: [['err', logLine('FATA', 'get container stats: cpu stat is not updated during sample')]] }, failAfter: true };
  const rows = [['CONTAINER', 'NAME', 'CPU %', 'MEM', 'DISK', 'INODES']];
  later.forEach(({ c, cpuNs, memB }, i) => {
    if (!opts.bool('all') && cpuNs === 0 && memB === 0) return;
    const cpu = cpuNs ? (((cpuNs - first[i].cpuNs) / (secs * 1e9 || 1)) * 100).toFixed(2) : '0.00';
    rows.push([c.id.slice(0, 13), c.name, cpu, humanSize(memB), humanSize(layer(c.id).bytes), String(layer(c.id).inodes)]);
  });
  return { seq: [], code: 0, waitThen: { ms: secs * 1000, seq: [['out', statsTable(rows)]] } };
}

/** `crictl statsp [ID]` */
export function statsp(st: K8sState, h: Host, opts: Options, ops: string[], now: number): Result {
  const labels: [string, string][] = [];
  for (const l of opts.all('label')) {
    const pair = l.split('=');
    if (pair.length !== 2) return fatal(`parse pod labels: incorrectly specified label: ${l}`);
    labels.push([pair[0], pair[1]]);
  }
  const id = opts.str('id') || ops[0] || '';
  const sbs = sandboxesHere(st, h)
    .filter((s) => (!id || s.id.startsWith(id)) && labels.every(([k, v]) => sandboxLabels(s.pod)[k] === v))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const secs = Number(opts.str('seconds') ?? 1) || 0;
  const ctrs = containersHere(st, h);
  const podSample = (t: number) =>
    sbs.map((s) => {
      const own = samples(st, h, t, ctrs.filter((c) => c.sandbox === s.id));
      return { s, own, cpuNs: own.reduce((a, x) => a + x.cpuNs, 0) + (s.ready ? 20_000_000 : 0), memB: own.reduce((a, x) => a + x.memB, 0) + (s.ready ? 229376 : 0) };
    });
  const out = opts.str('output') ?? '';
  const first = podSample(now);
  if (out === 'json' || out === 'yaml') {
    const ts = String(now * 1e6 + 123456);
    const stats = first.map(({ s, own, cpuNs, memB }) => ({
      attributes: { id: s.id, metadata: { name: s.pod.metadata.name, uid: s.pod.metadata.uid, namespace: s.pod.metadata.namespace, attempt: s.attempt }, labels: sandboxLabels(s.pod), annotations: sandboxAnnotations(s.pod) },
      linux: {
        cpu: { timestamp: ts, usageCoreNanoSeconds: u64(cpuNs), usageNanoCores: u64(cpuNs ? 300000 : 0) },
        memory: { timestamp: ts, workingSetBytes: u64(memB), availableBytes: u64(0), usageBytes: u64(memB * 1.6), rssBytes: u64(memB * 0.6), pageFaults: u64(2000), majorPageFaults: u64(0) },
        network: s.pod.spec.hostNetwork ? null : { timestamp: ts, defaultInterface: { name: 'eth0', rxBytes: u64(fnv32a(s.id) % 900000), rxErrors: u64(0), txBytes: u64(fnv32a(s.id + 't') % 900000), txErrors: u64(0) }, interfaces: [] },
        process: { timestamp: ts, processCount: u64(1 + own.length) },
        containers: own.map(({ c, cpuNs: cn, memB: mb }) => ({ attributes: { id: c.id, metadata: { name: c.name, attempt: c.attempt }, labels: ctrLabels(c), annotations: ctrAnnotations(c) }, cpu: { timestamp: ts, usageCoreNanoSeconds: u64(cn), usageNanoCores: u64(0) }, memory: { timestamp: ts, workingSetBytes: u64(mb), availableBytes: u64(0), usageBytes: u64(mb), rssBytes: u64(mb * 0.6), pageFaults: u64(0), majorPageFaults: u64(0) }, writableLayer: { timestamp: ts, fsId: { mountpoint: SNAPSHOTS }, usedBytes: u64(layer(c.id).bytes), inodesUsed: u64(layer(c.id).inodes) }, swap: null })),
      },
      windows: null,
    }));
    return { seq: [['out', out === 'json' ? goJson({ stats }) + '\n' : toYaml({ stats }) + '\n\n']], code: 0 };
  }
  const later = podSample(now + secs * 1000);
  if (!secs && later.some((x) => x.cpuNs)) return { seq: [], code: 0, waitThen: { ms: 0, seq: [['err', logLine('FATA', 'get pod stats: cpu stat is not updated during sample')]] }, failAfter: true };
  const rows = [['POD', 'POD ID', 'CPU %', 'MEM']];
  later.forEach(({ s, cpuNs, memB }, i) => {
    if (cpuNs === 0 && memB === 0) return;
    rows.push([s.pod.metadata.name, s.id.slice(0, 13), (((cpuNs - first[i].cpuNs) / (secs * 1e9 || 1)) * 100).toFixed(2), humanSize(memB)]);
  });
  return { seq: [], code: 0, waitThen: { ms: secs * 1000, seq: [['out', statsTable(rows)]] } };
}

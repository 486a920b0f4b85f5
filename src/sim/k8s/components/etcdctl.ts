/**
 * etcdctl v3.5 (etcd-io/etcd v3.5.15 etcdctl/ctlv3) in the etcd container, against the etcd of its static pod.
 * cobra v1.1.3 finds the command (prefix matching on, as ctl.go sets EnablePrefixMatching), pflag parses the
 * flags; the root with no command, a command group and -h/--help print the usage (etcdctl-help.ts); an unknown
 * command or a flag error is cobra's "Error: …" and then MustStart's ExitWithError "Error: …" again, exit status 1.
 * The server is read from the pod's etcd command line (--name, --listen-client-urls, --advertise-client-urls,
 * --initial-advertise-peer-urls, --initial-cluster-token, --client-cert-auth): a request reaches it only over TLS
 * with --cacert the CA of its --trusted-ca-file and a --cert/--key pair that CA signed; otherwise the gRPC call
 * times out and etcdctl prints "Error: context deadline exceeded" (the client's zap "retrying of unary invoker failed"
 * warning before it is not printed here: components/DIFFERENCES.md). The keys are the cluster's objects under
 * /registry as the API server's storage factory names them (etcd-store.ts).
 */
import type { Obj } from '../objects';
import type { Cluster } from '../cluster';
import { parsePflag } from '../pflag';
import { mountedFiles } from '../podconfig';
import { CMDS } from './data/etcdctl-v3-5';
import { children, cmdOf, flagSet, parentOf, usage, type Tree } from './etcdctl-help';
import { bytesSI, etcdServer, storeKeys, type EtcdServer } from './etcd-store';
import { goDuration, table } from './etcdctl-print';
import { addedMembers, leaseOrMember } from './etcdctl-more';
import { txn } from './etcdctl-txn';

type Out = { out: string; err: string; code: number; seq?: ['out' | 'err', string][]; ticker?: import('../pod-programs/busybox').Ticker };
export interface ExecCtx {
  c: Cluster;
  pod: Obj;
  ct: any;
  /** files written into the container (kubectl cp, snapshot save) */
  files: Map<string, string>;
  /** the container's environment */
  env?: () => string[];
  /** what the exec passes to the program's standard input (kubectl exec -i from a pipe); null: a terminal */
  stdin?: string | null;
}

const T: Tree = CMDS;
const VERSION = '3.5.15';
const API = '3.5';
const DEADLINE = 'context deadline exceeded';

/** cobra's Find with EnablePrefixMatching: the command path and the words left */
function find(args: string[]): { path: string; rest: string[] } {
  let path = '';
  const rest: string[] = [];
  let i = 0;
  const { inherited, local } = flagSet(T, '');
  const valued = new Set([...inherited, ...local].filter((f) => f[2] !== 'bool').flatMap((f) => [`--${f[0]}`, ...(f[1] ? [`-${f[1]}`] : [])]));
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') break;
    if (a.startsWith('-')) {
      if (!a.includes('=') && valued.has(a)) i++;
      continue;
    }
    const subs = children(T, path);
    const name = (p: string) => p.slice(p.lastIndexOf(' ') + 1);
    let next = subs.find((s) => name(s) === a);
    if (!next) {
      const pre = subs.filter((s) => name(s).startsWith(a));
      if (pre.length === 1) next = pre[0];
    }
    if (!next) break;
    path = next;
  }
  void rest;
  return { path, rest: [] };
}

/** Levenshtein distance, case-insensitive (cobra's ld with ignoreCase) */
function ld(s: string, t: string): number {
  s = s.toLowerCase();
  t = t.toLowerCase();
  const d = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array(t.length).fill(0)]);
  for (let j = 1; j <= t.length; j++) d[0][j] = j;
  for (let j = 1; j <= t.length; j++)
    for (let i = 1; i <= s.length; i++) d[i][j] = s[i - 1] === t[j - 1] ? d[i - 1][j - 1] : Math.min(d[i - 1][j], d[i][j - 1], d[i - 1][j - 1]) + 1;
  return d[s.length][t.length];
}

const BOOL = ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'];
const isTrue = (v: string | undefined) => v !== undefined && ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v);

function parse(path: string, args: string[]) {
  const { local, inherited } = flagSet(T, path);
  const all = [...local, ...inherited];
  const byName = new Map(all.map((f) => [f[0], f]));
  const byShort = new Map(all.filter((f) => f[1]).map((f) => [f[1], f[0]]));
  return parsePflag(
    {
      flag: (n) => {
        const f = byName.get(n);
        return f && { noValue: f[2] === 'bool', short: f[1] || undefined };
      },
      byShort: (c) => byShort.get(c),
      check: (n, v) => {
        const t = byName.get(n)![2];
        if (t === 'bool' && !BOOL.includes(v)) return `strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`;
        if (/^u?int/.test(t) && !/^-?\d+$/.test(v)) return `strconv.Parse${t.startsWith('u') ? 'Uint' : 'Int'}: parsing ${JSON.stringify(v)}: invalid syntax`;
        return null;
      },
      deprecated: () => undefined,
    },
    args,
  );
}

const fail = (msg: string, code = 1): Out => ({ out: '', err: `Error: ${msg}\n`, code });

/** kubeadm's certs phase writes these into /etc/kubernetes/pki/etcd (the etcd pod's etcd-certs hostPath) */
const ETCD_PKI = ['ca', 'server', 'peer', 'healthcheck-client'].flatMap((n) => [`${n}.crt`, `${n}.key`]);

/** the files the container can read */
function exists(x: ExecCtx, p: string): boolean {
  if (x.files.has(p)) return true;
  const dir = p.slice(0, p.lastIndexOf('/'));
  const hostPki = (x.ct.volumeMounts ?? []).some((m: any) => m.mountPath === dir && dir === '/etc/kubernetes/pki/etcd' && (x.pod.spec.volumes ?? []).some((v: any) => v.name === m.name && v.hostPath));
  if (hostPki && ETCD_PKI.includes(p.slice(dir.length + 1))) return true;
  const v = mountedFiles(x.c, x.pod, x.ct, p);
  return !!v && v.files.has(p.slice(v.dir.length + 1));
}

/** newClientCfg and the TLS handshake: null when the server answers, else the error etcdctl ends with */
function connect(x: ExecCtx, srv: EtcdServer, v: Map<string, string>, eps: string[]): { bad?: Out; reach: (ep: string) => boolean } {
  const cert = v.get('cert') ?? '';
  const key = v.get('key') ?? '';
  const cacert = v.get('cacert') ?? '';
  if ((cert || key) && !(cert && key)) return { bad: fail(`KeyFile and CertFile must both be present[key: ${key}, cert: ${cert}]`, 128), reach: () => false };
  for (const f of [cert, key, cacert].filter(Boolean)) if (!exists(x, f)) return { bad: fail(`open ${f}: no such file or directory`, 128), reach: () => false };
  const tls = !!(cert || key || cacert) || !isTrue(v.get('insecure-transport') ?? 'true');
  const caOk = cacert === srv.ca || isTrue(v.get('insecure-skip-tls-verify'));
  const clientOk = srv.clientPairs.some(([c, k]) => c === cert && k === key) || !srv.clientCertAuth;
  const reach = (ep: string) => {
    const m = /^(?:(https?|unix|unixs):\/\/)?([^/]+)$/.exec(ep);
    if (!m || !srv.listen.includes(m[2])) return false;
    const secure = m[1] === 'https' || (m[1] === undefined && tls);
    return secure && (m[1] !== 'https' || tls) && caOk && clientOk;
  };
  void eps;
  return { reach };
}

export function runEtcdctl(args: string[], x: ExecCtx | undefined): Out {
  const { path } = find(args);
  const words = args.filter((a) => !a.startsWith('-'));
  // an unknown command at the root (legacyArgs), with cobra's suggestions
  const p = parse(path, args);
  const pathWords = path ? path.split(' ').length : 0;
  const cmdArgs = p.args.slice(pathWords);
  if (path === '' && !p.error && cmdArgs.length) {
    const typed = cmdArgs[0];
    const subs = (T[''].children as string[]).concat('help').filter((s) => !s.includes(' '));
    const sugg = subs.filter((s) => ld(typed, s) <= 2 || s.toLowerCase().startsWith(typed.toLowerCase()));
    const msg = `unknown command ${JSON.stringify(typed)} for "etcdctl"${sugg.length ? '\n\nDid you mean this?\n' + sugg.map((s) => `\t${s}\n`).join('') : ''}`;
    return { out: '', err: `Error: ${msg}\nRun 'etcdctl --help' for usage.\nError: ${msg}\n`, code: 1 };
  }
  void words;
  if (p.error) {
    // cobra prints the error, UsageString (the usage func writes to stdout itself) and a newline; MustStart the error again
    const u = usage(T, path, VERSION, API);
    return { out: u, err: `Error: ${p.error}\n\nError: ${p.error}\n`, code: 1, seq: [['err', `Error: ${p.error}\n`], ['out', u], ['err', '\n'], ['err', `Error: ${p.error}\n`]] };
  }
  const c = cmdOf(T, path);
  if (isTrue(p.values.get('help')) || !c.run) return { out: usage(T, path, VERSION, API), err: '', code: 0 };
  if (path === 'help') {
    const target = find(cmdArgs).path;
    return { out: usage(T, target, VERSION, API), err: '', code: 0 };
  }
  if (path === 'version') return { out: `etcdctl version: ${VERSION}\nAPI version: ${API}\n`, err: '', code: 0 };
  if (!x) return { out: '', err: '', code: 1 };
  return run(path, cmdArgs, p.values, x);
}

function run(path: string, args: string[], v: Map<string, string>, x: ExecCtx): Out {
  const srv = etcdServer(x.c, x.pod);
  const eps = (v.get('endpoints') ?? '127.0.0.1:2379').replace(/^\[|\]$/g, '').split(',').filter(Boolean);
  const format = v.get('write-out') ?? 'simple';
  const json = format === 'json' && ['member list', 'endpoint health', 'endpoint status'].includes(path);
  if (!['simple', 'table'].includes(format) && !json) {
    // fields and protobuf, and json but for member list and endpoint health/status, are not modelled here
    if (['json', 'fields', 'protobuf'].includes(format)) return { out: '', err: '', code: 1 };
    return fail('unsupported output format', 4);
  }
  const conn = connect(x, srv, v, eps);
  if (conn.bad) return conn.bad;
  const ok = conn.reach(eps[0]);
  // endpoint --cluster: the members' client URLs from a member list (ep_command.go endpointsFromCluster)
  if (path.startsWith('endpoint ') && isTrue(v.get('cluster'))) {
    if (!ok) return fail(`failed to fetch endpoints from etcd cluster member list: ${DEADLINE}`);
    eps.splice(0, eps.length, ...srv.clientUrls);
  }
  const out = (s: string): Out => ({ out: s, err: '', code: 0 });
  switch (path) {
    case 'member list': {
      if (!ok) return fail(DEADLINE);
      // the members etcdctl added: unstarted (no name yet), in ID order with this one
      const rows = [[srv.id, 'started', srv.name, srv.peerUrls.join(','), srv.clientUrls.join(','), 'false'], ...addedMembers(x.c).map((m) => [m.id, 'unstarted', '', m.peerUrls.join(','), '', String(m.learner)])].sort((a, b) => (BigInt(`0x${a[0]}`) < BigInt(`0x${b[0]}`) ? -1 : 1));
      // json.Marshal of MemberListResponse: the uint64 IDs as numbers, isLearner left out when false
      if (json) return out(`{"header":{"cluster_id":${srv.clusterDec},"member_id":${srv.idDec},"raft_term":2},"members":[{"ID":${srv.idDec},"name":${JSON.stringify(srv.name)},"peerURLs":${JSON.stringify(srv.peerUrls)},"clientURLs":${JSON.stringify(srv.clientUrls)}}]}\n`);
      if (format === 'table') return out(table(['ID', 'Status', 'Name', 'Peer Addrs', 'Client Addrs', 'Is Learner'], rows));
      return out(rows.map((r) => r.join(', ') + '\n').join(''));
    }
    case 'endpoint health': {
      const health = eps.map((ep) => {
        const up = conn.reach(ep);
        const took = goDuration(srv.tookNs(ep));
        return { ep, up, took, error: up ? '' : DEADLINE };
      });
      const bad = health.some((h) => !h.up);
      if (json) {
        const list = health.map((h) => ({ endpoint: h.ep, health: h.up, took: h.up ? h.took : goDuration(5e9 + srv.tookNs(h.ep)), ...(h.error ? { error: h.error } : {}) }));
        return { out: JSON.stringify(list) + '\n', err: bad ? 'Error: unhealthy cluster\n' : '', code: bad ? 1 : 0 };
      }
      if (format === 'table') {
        const t = table(['endpoint', 'health', 'took', 'error'], health.map((h) => [h.ep, String(h.up), h.up ? h.took : goDuration(5e9 + srv.tookNs(h.ep)), h.error]));
        return bad ? { out: t, err: 'Error: unhealthy cluster\n', code: 1 } : out(t);
      }
      let o = '';
      let e = '';
      for (const h of health) {
        if (h.up) o += `${h.ep} is healthy: successfully committed proposal: took = ${h.took}\n`;
        else e += `${h.ep} is unhealthy: failed to commit proposal: ${h.error}\n`;
      }
      return { out: o, err: e + (bad ? 'Error: unhealthy cluster\n' : ''), code: bad ? 1 : 0 };
    }
    case 'endpoint status': {
      if (!ok) {
        const e = eps.map((ep) => `Failed to get the status of endpoint ${ep} (${DEADLINE})\n`).join('');
        return { out: format === 'table' ? table(STATUS_HDR, []) : '', err: e, code: 1 };
      }
      const st = srv.status();
      if (json) {
        // json.Marshal of []epStatus: StatusResponse's fields in proto order, the ones at their zero value left out
        const status = (ep: string) => `{"Endpoint":${JSON.stringify(ep)},"Status":{"header":{"cluster_id":${srv.clusterDec},"member_id":${srv.idDec},"revision":${st.revision},"raft_term":${st.term}},"version":"${VERSION}","dbSize":${st.dbSize},"leader":${srv.idDec},"raftIndex":${st.index},"raftTerm":${st.term},"raftAppliedIndex":${st.index},"dbSizeInUse":${st.dbSize}}}`;
        return out(`[${eps.map(status).join(',')}]\n`);
      }
      const rows = eps.map((ep) => [ep, srv.id, VERSION, bytesSI(st.dbSize), 'true', 'false', String(st.term), String(st.index), String(st.index), '']);
      return out(format === 'table' ? table(STATUS_HDR, rows) : rows.map((r) => r.join(', ') + '\n').join(''));
    }
    case 'get': {
      if (!args.length) return fail('get command needs one argument as key and an optional argument as range_end', 128);
      if (!ok) return fail(DEADLINE);
      const prefix = isTrue(v.get('prefix'));
      const keysOnly = isTrue(v.get('keys-only'));
      const [key, end] = args;
      const all = storeKeys(x.c, srv);
      const match = all.filter(([k]) => (prefix ? k.startsWith(key) : end !== undefined ? k >= key && k < end : k === key));
      const limit = Number(v.get('limit') ?? 0);
      const list = limit > 0 ? match.slice(0, limit) : match;
      // a registry object's value is its protobuf encoding, not modelled: only the keys are printed
      return out(list.map(([k, val]) => `${k}\n${keysOnly || val === null ? '' : val}\n`).join(''));
    }
    case 'put': {
      if (args.length < 1) return fail('put command needs 1 argument and input from stdin or 2 arguments', 128);
      if (args.length < 2) return fail('put command needs 1 argument and input from stdin or 2 arguments', 128);
      if (!ok) return fail(DEADLINE);
      srv.put(args[0], args[1]);
      return out('OK\n');
    }
    case 'del': {
      if (!args.length) return fail('del command needs one argument as key and an optional argument as range_end', 128);
      if (!ok) return fail(DEADLINE);
      const prefix = isTrue(v.get('prefix'));
      const n = srv.del(args[0], prefix);
      return out(`${n}\n`);
    }
    case 'snapshot save': {
      if (args.length !== 1) return fail('snapshot save expects one argument', 128);
      if (eps.length !== 1) return fail(`snapshot must be requested to one selected node, not multiple [${eps.join(' ')}]`, 5);
      const file = args[0];
      const at = (n: number) => srv.stamp(n);
      const log = (n: number, caller: string, msg: string, fields: Record<string, string>, logger = '') =>
        JSON.stringify({ level: 'info', ts: at(n), ...(logger ? { logger } : {}), caller, msg, ...fields }) + '\n';
      let e = log(0, 'snapshot/v3_snapshot.go:65', 'created temporary db file', { path: `${file}.part` });
      if (!ok) return { out: '', err: e + `Error: ${DEADLINE}\n`, code: 5 };
      const st = srv.status();
      e += log(1, 'v3/maintenance.go:212', 'opened snapshot stream; downloading', {}, 'client');
      e += log(2, 'snapshot/v3_snapshot.go:73', 'fetching snapshot', { endpoint: eps[0] });
      e += log(3, 'v3/maintenance.go:220', 'completed snapshot read; closing', {}, 'client');
      e += log(4, 'snapshot/v3_snapshot.go:88', 'fetched snapshot', { endpoint: eps[0], size: bytesSI(st.dbSize + 32), took: 'now' });
      e += log(5, 'snapshot/v3_snapshot.go:97', 'saved', { path: file });
      const abs = file.startsWith('/') ? file : `/${file}`;
      x.files.set(abs, srv.snapshotText(st));
      return { out: `Snapshot saved at ${file}\n`, err: e, code: 0, seq: [['err', e], ['out', `Snapshot saved at ${file}\n`]] };
    }
    case 'snapshot status': {
      const dep = 'Deprecated: Use `etcdutl snapshot status` instead.\n\n';
      if (args.length !== 1) return { out: '', err: dep + 'Error: snapshot status requires exactly one argument\n', code: 128 };
      const abs = args[0].startsWith('/') ? args[0] : `/${args[0]}`;
      if (!exists(x, abs)) return { out: '', err: dep + `Error: stat ${args[0]}: no such file or directory\n`, code: 1 };
      const snap = srv.readSnapshot(x.files.get(abs));
      // a file that is no snapshot taken here: bbolt's error is not modelled
      if (!snap) return { out: '', err: dep, code: 1 };
      const rows = [[snap.hash, String(snap.revision), String(snap.keys), bytesSI(snap.size)]];
      return { out: format === 'table' ? table(['hash', 'revision', 'total keys', 'total size'], rows) : rows.map((r) => r.join(', ') + '\n').join(''), err: dep, code: 0 };
    }
  }
  // lease and member commands (etcdctl-more.ts); the etcd container's start is the request ID generator's time
  const started = Date.parse(x.pod.status?.startTime ?? '') || x.c.t;
  const lm = leaseOrMember(x.c, srv, path, args, v, ok, started);
  if (lm) return lm;
  // watch (watch_command.go): one key, or a key and a range end; the stream shows the events of writes made while
  // it runs, and none are made here, so it prints nothing until Ctrl+C ends it
  if (path === 'watch') {
    const sep = args.indexOf('--');
    if (sep >= 0 && sep === args.length - 1) return fail('bad number of arguments (found separator --, but no commands)', 128);
    const keys = sep >= 0 ? args.slice(0, sep) : args;
    if (keys.length < 1 || keys.length > 2) return fail('bad number of arguments', 128);
    return { out: '', err: '', code: 0, ticker: { tick: () => '', interrupted: () => ({ out: '', err: '', code: 130 }) } };
  }
  // txn reads its sections from standard input: none without -i; a terminal's lines are not read here
  if (path === 'txn' && x.stdin !== null) return txn(x.c, srv, args, x.stdin ?? '', ok, isTrue(v.get('interactive')));
  const more = others(path, args, v, ok, srv.status().revision, eps);
  if (more) return more;
  // the other commands are not modelled here
  void parentOf;
  return { out: '', err: '', code: 1 };
}

/** Commands whose answer a kubeadm cluster's etcd knows without more state: no alarms, auth disabled with no users
 * or roles (the auth store's revision 1 from its bootstrap), compaction up to the current revision, defrag of each
 * endpoint (ctlv3/command: alarm_command.go, auth_command.go, user/role_command.go, compaction_command.go,
 * defrag_command.go, printer_simple.go). */
function others(path: string, args: string[], v: Map<string, string>, ok: boolean, revision: number, eps: string[]): Out | undefined {
  const out = (s: string): Out => ({ out: s, err: '', code: 0 });
  switch (path) {
    case 'alarm list':
    case 'alarm disarm':
    case 'user list':
    case 'role list':
      return ok ? out('') : fail(DEADLINE);
    case 'auth status':
      return ok ? out('Authentication Status: false\nAuthRevision: 1\n') : fail(DEADLINE);
    // auth enable: the auth store has no root user (store.go AuthEnable); disable of a disabled store succeeds
    case 'auth enable':
    case 'auth disable':
      if (args.length) return fail(`${path} command does not accept any arguments`, 128);
      if (!ok) return fail(DEADLINE);
      return path === 'auth enable' ? fail('etcdserver: root user does not exist') : out('Authentication Disabled\n');
    case 'compaction': {
      if (args.length !== 1) return fail('compaction command needs 1 argument', 128);
      if (!/^[+-]?\d+$/.test(args[0])) return fail(`strconv.ParseInt: parsing ${JSON.stringify(args[0])}: invalid syntax`);
      if (!ok) return fail(DEADLINE);
      const rev = Number(args[0]);
      if (rev > revision) return fail('etcdserver: mvcc: required revision is a future revision');
      return out(`compacted revision ${rev}\n`);
    }
    case 'defrag': {
      if (v.get('data-dir')) return undefined;
      if (!ok) return { out: '', err: eps.map((ep) => `Failed to defragment etcd member[${ep}] (${DEADLINE})\n`).join(''), code: 1 };
      return out(eps.map((ep) => `Finished defragmenting etcd member[${ep}]\n`).join(''));
    }
  }
  return undefined;
}

const STATUS_HDR = ['endpoint', 'ID', 'version', 'db size', 'is leader', 'is learner', 'raft term', 'raft index', 'raft applied index', 'errors'];

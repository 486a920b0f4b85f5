/**
 * etcdctl v3.5.15's lease and member commands against the static pod's etcd (etcdctl/ctlv3/command lease_command.go,
 * member_command.go, printer_simple.go; server/lease/lessor.go, server/etcdserver member checks and errors from
 * api/v3rpc/rpctypes). A lease's ID comes from the server's request ID generator (pkg/idutil: the member ID's low
 * 16 bits, the start time in milliseconds, a counter); its TTL is at least the lessor's minimum, 2 s for kubeadm's
 * etcd (3/2 of 10 election ticks of 100 ms, rounded up). A new member's ID is computeMemberId() of its peer URLs and
 * the time. The leases and members etcdctl adds are kept by cluster.
 */
import type { Cluster } from '../cluster';
import { DIGESTS } from '../../commands/coreutils/md5sum/digest';
import { fnv32a } from '../rand';
import type { EtcdServer } from './etcd-store';

type Out = { out: string; err: string; code: number };
const ok = (s: string): Out => ({ out: s, err: '', code: 0 });
const fail = (msg: string, code = 1): Out => ({ out: '', err: `Error: ${msg}\n`, code });
const BAD_ARGS = 128;
const BAD_CONNECTION = 2;
const DEADLINE = 'context deadline exceeded';
const MIN_TTL = 2;
const MAX_TTL = 9000000000;

interface Lease {
  id: bigint;
  ttl: number;
  /** when it was granted or last kept alive (ms) */
  at: number;
  granted: number;
}
interface Member {
  id: bigint;
  peerUrls: string[];
  learner: boolean;
}
const state = new WeakMap<Cluster, { leases: Lease[]; requests: number; base?: bigint; members: Member[] }>();
const own = (c: Cluster) => {
  let s = state.get(c);
  if (!s) state.set(c, (s = { leases: [], requests: 0, members: [] }));
  return s;
};

/** %016x of a lease ID, %16x of a member ID (Go pads the latter with spaces) */
const hex16 = (n: bigint) => n.toString(16).padStart(16, '0');
const hexSp = (n: bigint) => n.toString(16).padStart(16, ' ');

/** strconv.ParseInt(s, 16, 64) / ParseUint: the number or Go's error text */
function parseHex(s: string, signed: boolean): bigint | string {
  const fn = signed ? 'ParseInt' : 'ParseUint';
  if (!/^[+-]?[0-9a-fA-F]+$/.test(s) || (!signed && /^[+-]/.test(s)) || /^[+-]$/.test(s)) return `strconv.${fn}: parsing ${JSON.stringify(s)}: invalid syntax`;
  const v = BigInt((s.startsWith('-') ? '-' : '') + '0x' + s.replace(/^[+-]/, ''));
  const max = signed ? (1n << 63n) - 1n : (1n << 64n) - 1n;
  if (v > max || v < -(1n << 63n)) return `strconv.${fn}: parsing ${JSON.stringify(s)}: value out of range`;
  return v;
}

/** idutil.Generator.Next(): prefix | (start ms << 8) + the requests since */
function nextId(c: Cluster, srv: EtcdServer, started: number): bigint {
  const s = own(c);
  // the requests the API server made before the first one here are not counted: a number derived from the revision
  s.base ??= ((BigInt(started) & ((1n << 40n) - 1n)) << 8n) + BigInt(srv.status().revision * 3 + (fnv32a(srv.id) % 97));
  s.requests++;
  const prefix = (BigInt(`0x${srv.id}`) & 0xffffn) << 48n;
  return (prefix | ((s.base + BigInt(s.requests)) & ((1n << 48n) - 1n))) & ((1n << 63n) - 1n);
}

/** The leases still alive at the cluster's time. */
function live(c: Cluster): Lease[] {
  const s = own(c);
  s.leases = s.leases.filter((l) => c.t < l.at + l.ttl * 1000);
  return s.leases;
}

export function leaseOrMember(c: Cluster, srv: EtcdServer, path: string, args: string[], v: Map<string, string>, reach: boolean, started: number): Out | undefined {
  switch (path) {
    case 'lease grant': {
      if (args.length !== 1) return fail('lease grant command needs TTL argument', BAD_ARGS);
      if (!/^[+-]?\d+$/.test(args[0])) return fail(`bad TTL (strconv.ParseInt: parsing ${JSON.stringify(args[0])}: invalid syntax)`, BAD_ARGS);
      if (!reach) return fail(`failed to grant lease (${DEADLINE})`);
      const asked = Number(args[0]);
      if (asked > MAX_TTL) return fail('failed to grant lease (etcdserver: too large lease TTL)');
      const ttl = Math.max(asked, MIN_TTL);
      const id = nextId(c, srv, started);
      own(c).leases.push({ id, ttl, at: c.t, granted: ttl });
      return ok(`lease ${hex16(id)} granted with TTL(${ttl}s)\n`);
    }
    case 'lease revoke':
    case 'lease timetolive':
    case 'lease keep-alive': {
      const word = path.slice(6);
      if (args.length !== 1) return fail(word === 'revoke' ? 'lease revoke command needs 1 argument' : `lease ${word} command needs lease ID as argument`, BAD_ARGS);
      const id = parseHex(args[0], true);
      if (typeof id === 'string') return fail(`bad lease ID arg (${id}), expecting ID in Hex`, BAD_ARGS);
      if (!reach) return fail(word === 'revoke' ? `failed to revoke lease (${DEADLINE})` : DEADLINE, word === 'revoke' ? 1 : BAD_CONNECTION);
      const l = live(c).find((x) => x.id === id);
      if (word === 'revoke') {
        if (!l) return fail('failed to revoke lease (etcdserver: requested lease not found)');
        own(c).leases = own(c).leases.filter((x) => x !== l);
        return ok(`lease ${hex16(id)} revoked\n`);
      }
      if (word === 'timetolive') {
        // GrantedTTL 0 and TTL -1 for a lease the lessor does not have
        if (!l) return ok(`lease ${hex16(id)} already expired\n`);
        const left = Math.ceil((l.at + l.ttl * 1000 - c.t) / 1000) - 1;
        const keys = v.get('keys') === 'true' ? ', attached keys([])' : '';
        return ok(`lease ${hex16(id)} granted with TTL(${l.granted}s), remaining(${Math.max(left, 0)}s)${keys}\n`);
      }
      // keep-alive: --once renews it and prints the TTL; without it the stream runs until Ctrl+C (not modelled here)
      if (v.get('once') !== 'true') return undefined;
      if (!l) return fail('etcdserver: requested lease not found', BAD_CONNECTION);
      l.at = c.t;
      return ok(`lease ${hex16(id)} keepalived with TTL(${l.ttl})\n`);
    }
    case 'lease list': {
      if (!reach) return fail(DEADLINE, BAD_CONNECTION);
      const ls = live(c);
      return ok(`found ${ls.length} leases\n` + ls.map((l) => hex16(l.id) + '\n').join(''));
    }
    case 'member add': {
      if (args.length < 1) return fail('member name not provided', BAD_ARGS);
      if (args.length > 1) {
        let ev = 'too many arguments';
        for (const s of args) if (s.toLowerCase().startsWith('http')) ev += `, did you mean --peer-urls=${s}`;
        return fail(ev, BAD_ARGS);
      }
      const urlsFlag = v.get('peer-urls') ?? '';
      if (!urlsFlag) return fail('member peer urls not provided', BAD_ARGS);
      if (!reach) return fail(DEADLINE);
      const urls = urlsFlag.split(',');
      // types.NewURLs(): a scheme and host:port each, then sorted
      if (!urls.every((u) => /^(https?|unixs?):\/\/[^/:]+:\d+$/.test(u))) return fail('etcdserver: given member URLs are invalid');
      const members = own(c).members;
      const taken = [...srv.peerUrls, ...members.flatMap((m) => m.peerUrls)];
      if (urls.some((u) => taken.includes(u))) return fail('etcdserver: Peer URLs already exists');
      const learner = v.get('learner') === 'true';
      if (learner && members.some((m) => m.learner)) return fail('etcdserver: too many learner members in cluster');
      const sorted = [...urls].sort();
      const hash = DIGESTS.sha1(new TextEncoder().encode(sorted.join('') + String(Math.floor(c.t / 1000))));
      const id = BigInt(`0x${hash.slice(0, 16)}`);
      members.push({ id, peerUrls: sorted, learner });
      const self = BigInt(`0x${srv.id}`);
      const all = [{ id: self, name: srv.name, urls: srv.peerUrls }, ...members.map((m) => ({ id: m.id, name: args[0], urls: m.peerUrls }))].sort((a, b) => (a.id < b.id ? -1 : 1));
      // the other added members have no name until they start
      const conf = all.flatMap((m) => m.urls.map((u) => `${m.id === id ? args[0] : m.id === self ? srv.name : ''}=${u}`));
      return ok(
        `Member ${hexSp(id)} added to cluster ${hexSp(BigInt(srv.clusterDec))}\n\n` +
          `ETCD_NAME=${JSON.stringify(args[0])}\nETCD_INITIAL_CLUSTER=${JSON.stringify(conf.join(','))}\n` +
          `ETCD_INITIAL_ADVERTISE_PEER_URLS=${JSON.stringify(urlsFlag)}\nETCD_INITIAL_CLUSTER_STATE="existing"\n`,
      );
    }
    case 'move-leader': {
      // transferLeadershipCommandFunc(): the endpoints' status finds the leader, which is asked to hand over
      if (args.length !== 1) return fail('move-leader command needs 1 argument', BAD_ARGS);
      const target = parseHex(args[0], false);
      if (typeof target === 'string') return fail(target, BAD_ARGS);
      if (!reach) return fail(DEADLINE);
      const self = BigInt(`0x${srv.id}`);
      // EtcdServer.MoveLeader(): an unknown member or a learner cannot lead; the leader itself is already there
      if (target !== self) return fail('etcdserver: bad leader transferee');
      return ok(`Leadership transferred from ${srv.id} to ${srv.id}\n`);
    }
    case 'member remove':
    case 'member promote':
    case 'member update': {
      const word = path.slice(7);
      if (args.length !== 1) return fail('member ID is not provided', BAD_ARGS);
      const id = parseHex(args[0], false);
      if (typeof id === 'string') return fail(`bad member ID arg (${id}), expecting ID in Hex`, BAD_ARGS);
      if (word === 'update' && !v.get('peer-urls')) return fail('member peer urls not provided', BAD_ARGS);
      if (!reach) return fail(DEADLINE);
      const self = BigInt(`0x${srv.id}`);
      const members = own(c).members;
      const m = members.find((x) => x.id === id);
      if (word === 'remove') {
        // mayRemoveMember(): removing the only started voting member leaves no quorum
        if (id === self) return fail('etcdserver: re-configuration failed due to not enough started members');
        if (!m) return fail('etcdserver: member not found');
        own(c).members = members.filter((x) => x !== m);
        return ok(`Member ${hexSp(id)} removed from cluster ${hexSp(BigInt(srv.clusterDec))}\n`);
      }
      if (word === 'promote') {
        if (id !== self && !m) return fail('etcdserver: member not found');
        if (id === self || !m!.learner) return fail('etcdserver: can only promote a learner member');
        // a learner that never started is not in sync with the leader
        return fail('etcdserver: can only promote a learner member which is in sync with leader');
      }
      // update: the added members' peer URLs change; the running member's own change is acknowledged only
      if (id !== self && !m) return fail('etcdserver: member not found');
      if (m) m.peerUrls = v.get('peer-urls')!.split(',').sort();
      return ok(`Member ${hexSp(id)} updated in cluster ${hexSp(BigInt(srv.clusterDec))}\n`);
    }
  }
  return undefined;
}

/** member list rows for the members etcdctl added: unstarted, no name or client URLs (makeMemberListTable). */
export function addedMembers(c: Cluster): { id: string; peerUrls: string[]; learner: boolean }[] {
  return own(c).members.map((m) => ({ id: m.id.toString(16), peerUrls: m.peerUrls, learner: m.learner }));
}

/**
 * busybox's network applets in a pod: ping (networking/ping.c, FEATURE_FANCY_PING), nc (nc_bloaty.c, NC_110_COMPAT),
 * hostname (networking/hostname.c) and ip addr / ip link (libiproute/ipaddress.c), over the pod's network
 * (./net.ts) and name resolution (./dns.ts).
 */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { getaddrinfo, queryPTR } from './dns';
import { fnv32a } from '../rand';
import { connect, echo, podIfaces } from './net';
import { errorMsg, showUsage, type Run, type RunOn } from './busybox';

const PING_USAGE =
  '[OPTIONS] HOST\n\nSend ICMP ECHO_REQUESTs to HOST\n\n\t-4,-6\t\tForce IP or IPv6 name resolution\n\t-c CNT\t\tSend only CNT pings\n\t-s SIZE\t\tSend SIZE data bytes in packets (default 56)\n\t-i SECS\t\tInterval\n\t-A\t\tPing as soon as reply is received\n\t-t TTL\t\tSet TTL\n\t-I IFACE/IP\tSource interface or IP address\n\t-W SEC\t\tSeconds to wait for the first response (default 10)\n\t\t\t(after all -c CNT packets are sent)\n\t-w SEC\t\tSeconds until ping exits (default:infinite)\n\t\t\t(can exit earlier with -c CNT)\n\t-q\t\tQuiet, only display output at start/finish\n\t-p HEXBYTE\tPayload pattern';

/** xhost2sockaddr: the address, or busybox's `bad address` (a name no server answers for is the same) */
function address(c: Cluster, pod: Obj, applet: string, host: string): string | Run {
  const r = getaddrinfo(c, pod, host);
  if (!r || r === 'timeout') return errorMsg(applet, `bad address '${host}'`);
  return r.addrs[0];
}

const usec = (ms: number) => {
  const us = Math.round(ms * 1000);
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, '0')}`;
};

export function ping(c: Cluster, pod: Obj, minor: number, argv: string[]): RunOn {
  let count = Infinity;
  let deadline = Infinity;
  let quiet = false;
  let size = 56;
  const ops: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^-([cswWtiIp])(.*)$/.exec(a);
    if (m) {
      const v = m[2] || argv[++i];
      if (v === undefined) return showUsage(minor, 'ping', PING_USAGE);
      if (m[1] === 'c') count = Number(v);
      if (m[1] === 'w') deadline = Number(v);
      if (m[1] === 's') size = Number(v);
    } else if (/^-[qv46An]+$/.test(a)) quiet ||= a.includes('q');
    else ops.push(a);
  }
  if (ops.length !== 1) return showUsage(minor, 'ping', PING_USAGE);
  const host = ops[0];
  const ip = address(c, pod, 'ping', host);
  if (typeof ip !== 'string') return ip;
  const head = `PING ${host} (${ip}): ${size} data bytes\n`;
  const times: number[] = [];
  const line = (seq: number) => {
    const r = echo(c, pod, ip, seq);
    if (!r) return '';
    times.push(r.ms);
    return quiet ? '' : `${size + 8} bytes from ${ip}: seq=${seq} ttl=${r.ttl} time=${usec(r.ms)} ms\n`;
  };
  const stats = (sent: number): Run => {
    const recv = times.length;
    let s = `\n--- ${host} ping statistics ---\n${sent} packets transmitted, ${recv} packets received, ${sent ? Math.floor(((sent - recv) * 100) / sent) : 0}% packet loss\n`;
    if (recv) {
      const us = times.map((t) => Math.round(t * 1000));
      const avg = Math.floor(us.reduce((a, b) => a + b, 0) / recv);
      s += `round-trip min/avg/max = ${usec(Math.min(...us) / 1000)}/${usec(avg / 1000)}/${usec(Math.max(...us) / 1000)} ms\n`;
    }
    return { out: s, err: '', code: recv === 0 || (deadline !== Infinity && recv < count) ? 1 : 0 };
  };
  const n = Math.min(count, deadline);
  if (n !== Infinity) {
    let out = head;
    for (let seq = 0; seq < n; seq++) out += line(seq);
    const end = stats(n);
    return { out: out + end.out, err: '', code: end.code };
  }
  return {
    out: head + line(0),
    err: '',
    code: 0,
    ticker: { tick: (i) => line(i), interrupted: (sent) => stats(sent) },
  };
}

const NC_USAGE =
  '[OPTIONS] HOST PORT  - connect\nnc [OPTIONS] -l -p PORT [HOST] [PORT]  - listen\n\n\t-e PROG\tRun PROG after connect (must be last)\n\t-l\tListen mode, for inbound connects\n\t-lk\tWith -e, provides persistent server\n\t-p PORT\tLocal port\n\t-s ADDR\tLocal address\n\t-w SEC\tTimeout for connects and final net reads\n\t-i SEC\tDelay interval for lines sent\n\t-n\tDon\'t do DNS resolution\n\t-u\tUDP mode\n\t-b\tAllow broadcasts\n\t-v\tVerbose\n\t-o FILE\tHex dump traffic\n\t-z\tZero-I/O mode (scanning)';

/** nc HOST PORT as a connection check: -z connects and closes, -v says `HOST (IP:PORT) open` on stderr */
export function nc(c: Cluster, pod: Obj, minor: number, argv: string[]): Run | null {
  let verbose = 0;
  let zero = false;
  const ops: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (/^-[wpsio]$/.test(a)) {
      i++;
      continue;
    }
    if (/^-[wpsio]\d+$/.test(a)) continue;
    if (/^-[vznub]+$/.test(a)) {
      verbose += a.split('v').length - 1;
      zero ||= a.includes('z');
      continue;
    }
    if (a.startsWith('-')) return showUsage(minor, 'nc', NC_USAGE);
    ops.push(a);
  }
  if (argv.some((a) => /^-[a-z]*[lu]/.test(a))) return null;
  if (ops.length !== 2) return showUsage(minor, 'nc', NC_USAGE);
  if (!zero) return null;
  const ip = address(c, pod, 'nc', ops[0]);
  if (typeof ip !== 'string') return ip;
  const port = Number(ops[1]);
  const r = connect(c, pod, ip, port);
  const who = `${ops[0]} (${ip}:${port})`;
  if (r === 'open') return { out: '', err: verbose ? `${who} open\n` : '', code: 0 };
  if (r === 'refused') return { out: '', err: verbose > 1 ? `nc: ${who}: Connection refused\n` : '', code: 1 };
  return { out: '', err: verbose ? `nc: ${who}: Connection timed out\n` : '', code: 1 };
}

/** hostname, -s, -i (the addresses /etc/hosts gives the pod's name), -f and -d */
export function hostname(pod: Obj, ct: { securityContext?: { privileged?: boolean } }, argv: string[]): Run | null {
  if (ct.securityContext?.privileged && argv.some((a) => !a.startsWith('-'))) return null;
  const name = pod.spec?.hostname ?? pod.metadata.name;
  const opts = argv.filter((a) => a.startsWith('-')).join('').replace(/-/g, '');
  if (/[^dfis]/.test(opts)) return null;
  // setting the name: the container lacks CAP_SYS_ADMIN, sethostname() fails with EPERM
  if (argv.some((a) => !a.startsWith('-'))) return opts ? null : { out: '', err: 'hostname: sethostname: Operation not permitted\n', code: 1 };
  if (opts.includes('d') || opts.includes('f') || opts.includes('i')) {
    if (opts.includes('f')) return { out: name + '\n', err: '', code: 0 };
    if (opts.includes('s')) return { out: name + '\n', err: '', code: 0 };
    if (opts.includes('d')) return { out: '', err: '', code: 0 };
    return { out: `${pod.status?.podIP ?? ''}\n`, err: '', code: 0 };
  }
  return { out: name + '\n', err: '', code: 0 };
}

/** ip addr / ip link / ip a / ip l, for every interface or one (`dev NAME` or the name) */
export function ip(c: Cluster, pod: Obj, argv: string[]): Run | null {
  const [obj = '', ...rest] = argv;
  if (/^r(o(u(t(e)?)?)?)?$/.test(obj) && (!rest.length || (rest.length === 1 && /^(show|list|ls|sh)$/.test(rest[0])))) return ipRoute(c, pod);
  const addr = /^a(d(d(r(e(s(s)?)?)?)?)?)?$/.test(obj);
  const link = /^l(i(n(k)?)?)?$/.test(obj);
  if (!addr && !link) return null;
  const words = rest.filter((w) => !['show', 'list', 'lst', 'sh', 'ls', 'dev'].includes(w));
  let ifs = podIfaces(c, pod);
  if (words.length > 1) return null;
  if (words.length) {
    ifs = ifs.filter((i) => i.name === words[0]);
    if (!ifs.length) return { out: '', err: `ip: can't find device '${words[0]}'\n`, code: 1 };
  }
  let out = '';
  for (const i of ifs) {
    if (i.name === 'lo') out += `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n`;
    else out += `${i.index}: ${i.name}@if${i.peer}: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu ${i.mtu} qdisc noqueue state UP \n    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff\n`;
    if (!addr) continue;
    out += `    inet ${i.ip}/${i.prefix} ${i.brd ? `brd ${i.brd} ` : ''}scope ${i.name === 'lo' ? 'host' : 'global'} ${i.name}\n       valid_lft forever preferred_lft forever\n`;
    out += `    inet6 ${i.ip6}/${i.name === 'lo' ? 128 : 64} scope ${i.name === 'lo' ? 'host' : 'link'} \n       valid_lft forever preferred_lft forever\n`;
  }
  return { out, err: '', code: 0 };
}

/**
 * busybox wget to an address that does not answer (a ClusterIP's port the Service lacks): with -T SEC it gives up
 * with `wget: download timed out`, without it the kernel's connect times out. Null when the connection is refused
 * or the name does not resolve (the caller words those).
 */
export function wgetNoConnect(c: Cluster, pod: Obj, host: string, port: number, args: string[]): Run | null {
  const r = getaddrinfo(c, pod, host);
  if (!r || r === 'timeout') return null;
  if (connect(c, pod, r.addrs[0], port) !== 'timeout') return null;
  const t = args.some((a, i) => a === '-T' || /^-T\d+$/.test(a) || a.startsWith('--timeout') || args[i - 1] === '-T');
  return { out: '', err: t ? 'wget: download timed out\n' : `wget: can't connect to remote host (${r.addrs[0]}): Connection timed out\n`, code: 1 };
}

/** the pod's routes as flannel's CNI (bridge, host-local: the cluster network via cni0, isDefaultGateway) sets them */
function routes(c: Cluster, pod: Obj): { dst: string; mask: string; len: number; gw?: string }[] {
  const eth = podIfaces(c, pod).find((i) => i.name === 'eth0');
  if (!eth) return [];
  const gw = eth.ip.split('.').slice(0, 3).join('.') + '.1';
  const cidr = /^(\d+\.\d+)\./.exec(eth.ip)![1];
  return [
    { dst: '0.0.0.0', mask: '0.0.0.0', len: 0, gw },
    { dst: `${cidr}.0.0`, mask: '255.255.0.0', len: 16, gw },
    { dst: eth.ip.split('.').slice(0, 3).join('.') + '.0', mask: '255.255.255.0', len: 24 },
  ];
}

/** route [-n] [-e] (networking/route.c bb_displayroutes) */
export function route(c: Cluster, pod: Obj, argv: string[]): Run | null {
  if (argv.some((a) => !/^-[ne]+$/.test(a))) return null;
  const numeric = argv.some((a) => a.includes('n'));
  const e = argv.some((a) => a.includes('e'));
  let out = `Kernel IP routing table\nDestination     Gateway         Genmask         Flags ${e ? '  MSS Window  irtt' : 'Metric Ref    Use'} Iface\n`;
  for (const r of routes(c, pod)) {
    const dst = r.dst === '0.0.0.0' && !numeric ? 'default' : r.dst;
    const gw = r.gw ?? (numeric ? '0.0.0.0' : '*');
    out += `${dst.padEnd(15)} ${gw.padEnd(15)} ${r.mask.padEnd(16)}${(r.gw ? 'UG' : 'U').padEnd(6)}`;
    out += e ? `${'0'.padStart(5)} ${'0'.padEnd(5)} ${'0'.padStart(6)} eth0\n` : `${'0'.padEnd(6)} ${'0'.padEnd(2)} ${'0'.padStart(7)} eth0\n`;
  }
  return { out, err: '', code: 0 };
}

/** ip route [show] (libiproute/iproute.c print_route) */
export function ipRoute(c: Cluster, pod: Obj): Run {
  const eth = podIfaces(c, pod).find((i) => i.name === 'eth0');
  const out = routes(c, pod)
    .map((r) => (r.len === 0 ? `default via ${r.gw} dev eth0 \n` : r.gw ? `${r.dst}/${r.len} via ${r.gw} dev eth0 \n` : `${r.dst}/${r.len} dev eth0 scope link  src ${eth?.ip} \n`))
    .join('');
  return { out, err: '', code: 0 };
}

/**
 * netstat (networking/netstat.c) in a pod whose containers are all busybox: nothing there listens or connects, so
 * only the section headers print (-r is route's table, with MSS/Window/irtt unless -e). Null for a pod with other
 * containers (their sockets are not modelled).
 */
export function netstat(c: Cluster, pod: Obj, argv: string[]): Run | null {
  if (argv.some((a) => !/^-[laentuwxrWp]+$/.test(a))) return null;
  const o = argv.join('');
  if ((pod.spec?.containers ?? []).some((x: { image: string }) => !/(^|\/)busybox(:|$)/.test(x.image))) return null;
  // bb_displayroutes(numeric, !extended): netstat -r shows MSS/Window/irtt, netstat -re the metrics
  if (o.includes('r')) return route(c, pod, [...(o.includes('n') ? ['-n'] : []), ...(o.includes('e') ? [] : ['-e'])]);
  const picked = ['t', 'u', 'w', 'x'].filter((f) => o.includes(f));
  const protos = picked.length ? picked : ['t', 'u', 'w', 'x'];
  const which = o.includes('a') ? '(servers and established)' : o.includes('l') ? '(only servers)' : '(w/o servers)';
  const prog = o.includes('p') ? 'PID/Program name    ' : '';
  let out = '';
  if (protos.some((p) => p !== 'x')) out += `Active Internet connections ${which}\nProto Recv-Q Send-Q ${'Local Address'.padEnd(23)} ${'Foreign Address'.padEnd(23)} State       ${prog}\n`;
  if (protos.includes('x')) out += `Active UNIX domain sockets ${which}\nProto RefCnt Flags       Type       State         I-Node ${prog}Path\n`;
  return { out, err: '', code: 0 };
}

/**
 * traceroute (networking/traceroute.c, UDP probes: 46 byte packets) from a pod to another pod or a node: the node's
 * cni0 first, then across nodes the destination node's flannel.1 (its subnet's .0 address) and the target; each hop
 * named by its reverse name when CoreDNS has one (-n: the address only). Null for other destinations (not modelled).
 */
export function traceroute(c: Cluster, pod: Obj, argv: string[]): Run | null {
  const numeric = argv.some((a) => /^-[a-zA-Z]*n/.test(a));
  const ops = argv.filter((a) => !a.startsWith('-'));
  if (ops.length !== 1 || argv.some((a) => a.startsWith('-') && !/^-[nFIlrv]+$/.test(a))) return null;
  const host = ops[0];
  const dest = address(c, pod, 'traceroute', host);
  if (typeof dest !== 'string') return dest;
  const me = pod.status?.podIP as string | undefined;
  if (!me) return null;
  const cni0 = me.split('.').slice(0, 3).join('.') + '.1';
  const target = c.list('Pod').find((p) => p.status?.podIP === dest && !p.spec?.hostNetwork && p.status?.phase === 'Running');
  const node = [...c.nodes.values()].find((n) => n.ip === dest);
  let hops: string[];
  if (target) hops = target.spec.nodeName === pod.spec.nodeName ? [dest] : [cni0, dest.split('.').slice(0, 3).join('.') + '.0', dest];
  else if (node) hops = node.name === pod.spec.nodeName ? [dest] : [cni0, dest];
  else return null;
  const name = (ip: string) => (numeric ? `  ${ip}` : `  ${queryPTR(c, ip).values[0] ?? ip} (${ip})`);
  const ms = (ip: string, k: number, hop: number) => usec((hop === 0 ? 0.004 : 0.3) + (fnv32a(`${pod.metadata.name}|${ip}|${k}`) % 300) / 1000);
  let out = `traceroute to ${host} (${dest}), 30 hops max, 46 byte packets\n`;
  hops.forEach((ip, i) => {
    out += `${String(i + 1).padStart(2)}${name(ip)}${[0, 1, 2].map((k) => `  ${ms(ip, k, i)} ms`).join('')}\n`;
  });
  return { out, err: '', code: 0 };
}

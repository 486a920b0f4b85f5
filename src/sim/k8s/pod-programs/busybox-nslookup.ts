/**
 * busybox's nslookup in a pod, from networking/nslookup.c.
 * - 1.28.4 (the old applet over libc's resolver): `Server:` and the server's address with its reverse name
 *   (print_host: `%-10s %s`, then `Address N: IP NAME`), a blank line, `Name:` with the name as given and its
 *   addresses, each with its reverse name when the name server has one; a name it cannot resolve is
 *   `nslookup: can't resolve 'NAME'` (VERBOSE_RESOLUTION_ERRORS is off in defconfig), status 1. The resolver tries
 *   the search list first (fewer than ndots:5 dots), so `kubernetes.default` is found as
 *   kubernetes.default.svc.cluster.local.
 * - 1.36.1 (FEATURE_NSLOOKUP_BIG, its own resolver): A and AAAA queries, each name with no dot tried under every
 *   search domain (a name with a dot is asked as it is: `kubernetes.default` is NXDOMAIN); `Server:\t\tIP` and
 *   `Address:\tIP:53` before the first reply, then each reply in turn: `Name:\tNAME` / `Address: IP`, `** server
 *   can't find NAME: RCODE`, `Non-authoritative answer:` for a forwarded one, and a blank line after each; any
 *   failed query makes the status 1. An address is a PTR query. No answer at all:
 *   `;; connection timed out; no servers could be reached`.
 */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { arpa, candidates, dnsUp, getaddrinfo, isIp, queryA, queryAAAA, queryPTR, resolvConf, type Answer } from './dns';
import { errorMsg, showUsage, type Run } from './busybox';

const USAGE_128 = '[HOST] [SERVER]\n\nQuery the nameserver for the IP address of the given HOST\noptionally using a specified DNS server';
const USAGE_136 = '[-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n\nQUERY_TYPE: soa,ns,a,aaaa,cname,mx,txt,ptr,srv,any';

export function nslookup(c: Cluster, pod: Obj, minor: number, args: string[]): Run {
  return minor < 36 ? nslookup128(c, pod, args) : nslookup136(c, pod, args);
}

/** the resolver's view of a host through `server`: the addresses, or null (not found / no answer) */
function lookup128(c: Cluster, pod: Obj, name: string, server: string): string[] | null {
  if (isIp(name)) return [name];
  if (name === 'localhost') return ['127.0.0.1'];
  if (!dnsUp(c, server)) return null;
  for (const fq of candidates(pod, name)) {
    const a = queryA(c, fq);
    if (a.values.length) return a.values;
  }
  return null;
}

function nslookup128(c: Cluster, pod: Obj, args: string[]): Run {
  if (!args[0] || args[0].startsWith('-') || args.length > 2) return showUsage(28, 'nslookup', USAGE_128);
  const server = args[1] ?? resolvConf(pod).nameserver;
  if (args[1] && !isIp(args[1])) {
    const a = lookup128(c, pod, args[1], resolvConf(pod).nameserver);
    if (!a) return errorMsg('nslookup', `bad address '${args[1]}'`);
  }
  const serverIp = args[1] && !isIp(args[1]) ? lookup128(c, pod, args[1], resolvConf(pod).nameserver)![0] : server;
  const up = dnsUp(c, serverIp);
  const rev = (ip: string) => {
    if (ip === '127.0.0.1') return 'localhost';
    if (!up) return null;
    return queryPTR(c, ip).values[0] ?? null;
  };
  const host = (header: string, name: string, addrs: string[]) =>
    `${header.padEnd(10)} ${name}\n` + addrs.map((ip, i) => `Address ${i + 1}: ${ip}${rev(ip) ? ' ' + rev(ip) : ''}\n`).join('');
  const out = host('Server:', serverIp, [serverIp]) + '\n';
  const addrs = up ? lookup128(c, pod, args[0], serverIp) : isIp(args[0]) ? [args[0]] : null;
  if (!addrs) return { out, err: `nslookup: can't resolve '${args[0]}'\n`, code: 1 };
  return { out: out + host('Name:', args[0], addrs), err: '', code: 0 };
}

const TYPES = ['soa', 'ns', 'a', 'aaaa', 'cname', 'mx', 'txt', 'srv', 'ptr', 'any'];

function nslookup136(c: Cluster, pod: Obj, argv: string[]): Run {
  const args = [...argv];
  const types: string[] = [];
  while (args[0]?.startsWith('-')) {
    const a = args.shift()!.slice(1);
    const [key, val = ''] = a.split(/=(.*)/s);
    const opts = ['type', 'querytype', 'port', 'retry', 'debug', 't', 'timeout'];
    const i = opts.indexOf(key);
    if (i < 0) return showUsage(36, 'nslookup', USAGE_136);
    if (i <= 1) {
      const t = val.toLowerCase();
      if (!TYPES.includes(t)) return errorMsg('nslookup', `invalid query type "${val}"`);
      if (!types.includes(t)) types.push(t);
    }
  }
  if (!args[0] || args.length > 2) return showUsage(36, 'nslookup', USAGE_136);
  const name = args[0];
  // a server given by name is resolved first (xhost2sockaddr); its name is what `Server:` shows
  const server = args[1] ?? resolvConf(pod).nameserver;
  let serverIp = server;
  if (args[1] && !isIp(args[1])) {
    const r = getaddrinfo(c, pod, args[1]);
    if (!r || r === 'timeout') return errorMsg('nslookup', `bad address '${args[1]}'`);
    serverIp = r.addrs[0];
  }
  // the queries, in the order they are sent
  const queries: { name: string; type: string }[] = [];
  const withSearch = (type: string) => {
    if (type === 'ptr' || name.includes('.')) queries.push({ name, type });
    else for (const d of resolvConf(pod).search) queries.push({ name: `${name}.${d}`, type });
  };
  if (!types.length) {
    if (isIp(name)) queries.push({ name: arpa(name), type: 'ptr' });
    else ['a', 'aaaa'].forEach(withSearch);
  } else TYPES.filter((t) => types.includes(t)).forEach(withSearch);
  if (!dnsUp(c, serverIp)) return { out: ';; connection timed out; no servers could be reached\n\n', err: '', code: 1 };
  let out = `Server:\t\t${server}\nAddress:\t${serverIp}:53\n\n`;
  let code = 0;
  for (const q of queries) {
    const a = answer(c, q.name, q.type);
    if (a.rcode !== 'NOERROR') {
      out += `** server can't find ${q.name}: ${a.rcode}\n`;
      code = 1;
    } else {
      if (!a.aa) out += 'Non-authoritative answer:\n';
      for (const v of a.values) out += q.type === 'ptr' ? `${q.name}\tname = ${v}\n` : `Name:\t${q.name}\nAddress: ${v}\n`;
    }
    out += '\n';
  }
  return { out, err: '', code };
}

function answer(c: Cluster, name: string, type: string): Answer {
  if (type === 'a') return queryA(c, name);
  if (type === 'aaaa') return queryAAAA(c, name);
  if (type === 'ptr') {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa$/.exec(name);
    return m ? queryPTR(c, [m[4], m[3], m[2], m[1]].join('.')) : { rcode: 'NXDOMAIN', aa: false, values: [] };
  }
  // the other types: the name's existence, without records of that type
  return { ...queryA(c, name), values: [] };
}

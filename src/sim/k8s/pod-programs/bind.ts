/**
 * bind 9.9.5's nslookup, dig and host in the docs' dnsutils pod (registry.k8s.io/e2e-test-images/jessie-dnsutils:
 * Debian jessie's dnsutils, 1:9.9.5.dfsg-9+deb8u19: `DiG 9.9.5-9+deb8u19-Debian`), over the cluster's DNS.
 * - nslookup follows resolv.conf's search list and ndots:5 and prints `Server:\t\tIP`, `Address:\tIP#53`, then
 *   `Name:\tFQDN` / `Address: IP` for each address (`Non-authoritative answer:` first for a forwarded one), or
 *   `** server can't find NAME: NXDOMAIN`, with a blank line after; no answer at all is `;; connection timed out;
 *   no servers could be reached`.
 * - dig asks the name as given (no search list by default) and prints its sections; CoreDNS answers its own names
 *   with `qr aa rd` (no recursion available), forwarded ones with `qr rd ra`. Columns follow bind's master-file
 *   style (TTL at 24, class at 32, type at 40, data at 48, tabs of 8, one space when a column is passed).
 * - host uses the search list like nslookup and prints `NAME has address IP` (the name found), or
 *   `Host NAME not found: 3(NXDOMAIN)`.
 */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { fnv32a } from '../rand';
import { arpa, candidates, dnsUp, isIp, queryA, queryPTR, resolvConf, zoneSOA, type Answer } from './dns';
import type { Run } from './busybox';

export const BIND_VERSION = '9.9.5-9+deb8u19-Debian';

/** the first of the search candidates that exists (NOERROR), or the last answer */
function search(c: Cluster, pod: Obj, name: string): { fqdn: string; a: Answer } {
  let last = { fqdn: name, a: queryA(c, name) };
  for (const fq of candidates(pod, name)) {
    last = { fqdn: fq, a: queryA(c, fq) };
    if (last.a.rcode === 'NOERROR' && last.a.values.length) return last;
  }
  return { fqdn: name, a: last.a };
}

function serverOf(pod: Obj, args: string[]): string {
  return args[0] ?? resolvConf(pod).nameserver;
}

export function nslookup(c: Cluster, pod: Obj, argv: string[]): Run {
  const ops = argv.filter((a) => !a.startsWith('-'));
  const [name, ...rest] = ops;
  if (!name) return { out: '', err: '', code: 0 };
  const ns = serverOf(pod, rest);
  if (!dnsUp(c, ns)) return { out: ';; connection timed out; no servers could be reached\n\n', err: '', code: 1 };
  const head = `Server:\t\t${ns}\nAddress:\t${ns}#53\n\n`;
  if (isIp(name)) {
    const p = queryPTR(c, name);
    if (!p.values.length) return { out: `${head}** server can't find ${arpa(name)}: NXDOMAIN\n\n`, err: '', code: 1 };
    return { out: `${head}${p.aa ? '' : 'Non-authoritative answer:\n'}${arpa(name)}\tname = ${p.values[0]}.\n\n`, err: '', code: 0 };
  }
  const { fqdn, a } = search(c, pod, name.replace(/\.$/, ''));
  if (!a.values.length) return { out: `${head}** server can't find ${name}: NXDOMAIN\n\n`, err: '', code: 1 };
  return { out: `${head}${a.aa ? '' : 'Non-authoritative answer:\n'}${a.values.map((v) => `Name:\t${fqdn}\nAddress: ${v}\n`).join('')}\n`, err: '', code: 0 };
}

/** bind's column layout: what to add after `cur` columns of text to reach column `to` */
function indent(cur: number, to: number): [string, number] {
  const tabs = Math.floor(to / 8) - Math.floor(cur / 8);
  return tabs > 0 ? ['\t'.repeat(tabs), Math.floor(to / 8) * 8] : [' ', cur + 1];
}
function columns(fields: string[], at: number[]): string {
  let out = fields[0];
  let cur = out.length;
  for (let i = 1; i < fields.length; i++) {
    const [pad, c] = indent(cur, at[i - 1]);
    out += pad + fields[i];
    cur = c + fields[i].length;
  }
  return out;
}

function stamp(ms: number): string {
  const d = new Date(ms);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]} ${mons[d.getUTCMonth()]} ${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

export function dig(c: Cluster, pod: Obj, argv: string[]): Run {
  let short = false;
  let at: string | undefined;
  let reverse: string | undefined;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('@')) at = a.slice(1);
    else if (a === '+short') short = true;
    else if (a.startsWith('+')) continue;
    else if (a === '-x') reverse = argv[++i];
    else if (a.startsWith('-')) continue;
    else words.push(a);
  }
  const types = words.filter((w) => /^(A|AAAA|PTR)$/i.test(w));
  let type = (types[0] ?? (reverse ? 'PTR' : 'A')).toUpperCase();
  let name = reverse ? arpa(reverse) : words.find((w) => !/^(A|AAAA|MX|NS|SOA|TXT|CNAME|PTR|SRV|ANY|IN)$/i.test(w)) ?? '.';
  if (!reverse && type === 'PTR' && isIp(name)) type = 'PTR';
  name = name.replace(/\.$/, '');
  const ns = at ?? resolvConf(pod).nameserver;
  const cmdline = `\n; <<>> DiG ${BIND_VERSION} <<>> ${argv.join(' ')}\n${at ? '; (1 server found)\n' : ''};; global options: +cmd\n`;
  if (!dnsUp(c, ns)) return { out: `${cmdline};; connection timed out; no servers could be reached\n`, err: '', code: 9 };
  let a: Answer;
  if (type === 'PTR') {
    const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\.in-addr\.arpa$/.exec(name);
    a = m ? queryPTR(c, [m[4], m[3], m[2], m[1]].join('.')) : { rcode: 'NXDOMAIN', aa: false, values: [] };
  } else {
    a = name === '' ? { rcode: 'NOERROR', aa: false, values: [] } : queryA(c, name);
    if (type === 'AAAA') a = { ...a, values: [] };
  }
  if (short) return { out: a.values.map((v) => (type === 'PTR' ? `${v}.\n` : `${v}\n`)).join(''), err: '', code: 0 };
  const fq = `${name}.`;
  const id = fnv32a(`${pod.metadata.uid}|${name}|${c.t}`) % 65536;
  const n = a.values.length;
  const flags = a.aa ? 'qr aa rd' : 'qr rd ra';
  // an empty answer from CoreDNS's own zone (NXDOMAIN, or a name without this type) carries the zone's SOA
  const soa = a.aa && !n && type !== 'PTR' ? zoneSOA(c) : null;
  let out = `${cmdline};; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: ${a.rcode}, id: ${id}\n;; flags: ${flags}; QUERY: 1, ANSWER: ${n}, AUTHORITY: ${soa ? 1 : 0}, ADDITIONAL: 1\n`;
  if (a.aa) out += ';; WARNING: recursion requested but not available\n';
  out += `\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 4096\n;; QUESTION SECTION:\n${columns([`;${fq}`, 'IN', type], [32, 40])}\n\n`;
  const ttl = a.aa ? '30' : '300';
  if (n) out += `;; ANSWER SECTION:\n${a.values.map((v) => columns([fq, ttl, 'IN', type, type === 'PTR' ? `${v}.` : v], [24, 32, 40, 48]) + '\n').join('')}\n`;
  if (soa) out += `;; AUTHORITY SECTION:\n${columns([soa.owner, String(soa.ttl), 'IN', 'SOA', soa.data], [24, 32, 40, 48])}\n\n`;
  const wire = fq.length + 1;
  const rdlen = (v: string) => (type === 'PTR' ? v.length + 2 : 4);
  // every name uncompressed (miekg/dns Msg.Truncate leaves a message that fits in 512 bytes uncompressed): an answer
  // is its owner, type to rdlength (10) and data; the SOA its owner, 10, mname and rname, five numbers
  const soaLen = soa ? soa.owner.length + 1 + 10 + 'ns.dns.cluster.local.'.length + 1 + 'hostmaster.cluster.local.'.length + 1 + 20 : 0;
  const size = 12 + wire + 4 + a.values.reduce((s, v) => s + wire + 10 + rdlen(v), 0) + soaLen + 11;
  out += `;; Query time: 0 msec\n;; SERVER: ${ns}#53(${ns})\n;; WHEN: ${stamp(c.t)}\n;; MSG SIZE  rcvd: ${size}\n\n`;
  return { out, err: '', code: 0 };
}

export function host(c: Cluster, pod: Obj, argv: string[]): Run {
  const ops = argv.filter((a) => !a.startsWith('-'));
  const [name, server] = ops;
  if (!name) return { out: '', err: '', code: 1 };
  const ns = server ?? resolvConf(pod).nameserver;
  if (!dnsUp(c, ns)) return { out: ';; connection timed out; no servers could be reached\n', err: '', code: 1 };
  const pre = server ? `Using domain server:\nName: ${server}\nAddress: ${server}#53\nAliases: \n\n` : '';
  if (isIp(name)) {
    const p = queryPTR(c, name);
    if (!p.values.length) return { out: `${pre}Host ${arpa(name)} not found: 3(NXDOMAIN)\n`, err: '', code: 1 };
    return { out: `${pre}${arpa(name)} domain name pointer ${p.values[0]}.\n`, err: '', code: 0 };
  }
  const { fqdn, a } = search(c, pod, name.replace(/\.$/, ''));
  if (!a.values.length) return { out: `${pre}Host ${name} not found: 3(NXDOMAIN)\n`, err: '', code: 1 };
  return { out: pre + a.values.map((v) => `${fqdn} has address ${v}\n`).join(''), err: '', code: 0 };
}

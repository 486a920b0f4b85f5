// lsof 4.94.0 (Rocky 9.5's lsof-4.94.0-3.el9) over the guest's sockets (lib/sockets.ts, the same ones ss and netstat
// show) and processes (lib/procs.ts): -i with its address forms, -s states, -p, -u, -c with ^ exclusions, -a, -t,
// -n, -P, -l. Columns are sized and printed as print.c's print_file() does (two passes: widths from the titles and
// every row, COMMAND cut at CMDL = 9). A user sees the files of its own processes only (others' /proc/PID/fd cannot
// be read). Only network files are modelled: DIFFERENCES.md.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { fnv32a } from '../../hash';
import { findUser } from '../lib/accounts';
import { def } from '../lib/guest';
import { processes } from '../lib/procs';
import { SERVICES } from '../lib/services';
import { sockets } from '../lib/sockets';
import { hasCommand } from '../lib/where';
import { hostByAddr } from '../lib/net';
import { emptySelection, parseInet, type NetSpec, type Selection } from './select';
import { spec } from './spec';
import { shortUsage, VERSION_LINES } from './usage';

interface NetFile {
  comm: string;
  pid: number;
  user: string;
  uid: number;
  fd: number;
  type: 'IPv4' | 'IPv6';
  proto: 'TCP' | 'UDP';
  local: string;
  port: number;
  peer: string | null;
  peerPort: number | null;
  state: 'LISTEN' | 'ESTABLISHED' | null;
}

const inner = (a: string) => a.replace(/^\[|\]$/g, '');
const wildcard = (a: string) => a === '*' || a === '0.0.0.0' || a === '[::]' || a === '::';

function netFiles(ctx: CommandContext): NetFile[] {
  const procs = processes(ctx);
  const out: NetFile[] = [];
  for (const s of sockets(ctx)) {
    for (const [, pid, fd] of s.users) {
      const p = procs.find((x) => x.pid === pid);
      if (!p) continue;
      const six = s.local === '*' || s.local.startsWith('[');
      out.push({
        comm: p.comm,
        pid,
        user: p.user,
        uid: p.uid,
        fd,
        type: six ? 'IPv6' : 'IPv4',
        proto: s.proto === 'tcp' ? 'TCP' : 'UDP',
        local: s.local,
        port: s.port,
        peer: s.state === 'ESTAB' ? s.peer : null,
        peerPort: s.state === 'ESTAB' ? Number(s.peerPort) : null,
        state: s.proto === 'tcp' ? (s.state === 'ESTAB' ? 'ESTABLISHED' : 'LISTEN') : null,
      });
    }
  }
  return out.sort((a, b) => a.pid - b.pid || a.fd - b.fd);
}

function matchInet(ctx: CommandContext, f: NetFile, n: NetSpec): boolean {
  if (n.family && (n.family === 4) !== (f.type === 'IPv4')) return false;
  if (n.proto && n.proto.toUpperCase() !== f.proto) return false;
  if (n.ports && !n.ports.some(([lo, hi]) => (f.port >= lo && f.port <= hi) || (f.peerPort !== null && f.peerPort >= lo && f.peerPort <= hi))) return false;
  if (n.host) {
    const want = n.host;
    const addrs = [f.local, f.peer].filter((a): a is string => !!a && !wildcard(a)).map(inner);
    if (!addrs.some((a) => a === want || hostByAddr(ctx, a) === want)) return false;
  }
  return true;
}

/** lsof's selection: the kinds given are ORed (ANDed with -a); exclusions always apply. */
function selected(ctx: CommandContext, f: NetFile, sel: Selection): boolean {
  if (sel.notPids.includes(f.pid)) return false;
  if (sel.notUsers.some((u) => u === f.user || u === String(f.uid))) return false;
  if (sel.notCmds.some((c) => f.comm.startsWith(c))) return false;
  const st = sel.states[f.proto];
  if (st && f.state && (st.not.includes(f.state) || (st.want.length && !st.want.includes(f.state)))) return false;
  const kinds: boolean[] = [];
  if (sel.anyInet) kinds.push(!sel.inet.length || sel.inet.some((n) => matchInet(ctx, f, n)));
  if (sel.pids.length) kinds.push(sel.pids.includes(f.pid));
  if (sel.users.length) kinds.push(sel.users.some((u) => u === f.user || u === String(f.uid)));
  if (sel.cmds.length) kinds.push(sel.cmds.some((c) => f.comm.startsWith(c)));
  if (!kinds.length) return true;
  return sel.and ? kinds.every(Boolean) : kinds.some(Boolean);
}

function name(ctx: CommandContext, f: NetFile, numHost: boolean, numPort: boolean): string {
  const host = (a: string) => {
    if (wildcard(a)) return '*';
    const ip = inner(a);
    const v6 = f.type === 'IPv6';
    if (numHost) return v6 ? `[${ip}]` : ip;
    return hostByAddr(ctx, ip) ?? (v6 ? `[${ip}]` : ip);
  };
  const port = (p: number) => (numPort ? String(p) : (SERVICES[f.proto.toLowerCase()][p] ?? String(p)));
  let text = `${host(f.local)}:${port(f.port)}`;
  if (f.peer !== null && f.peerPort !== null) text += `->${host(f.peer)}:${port(f.peerPort)}`;
  if (f.state) text += ` (${f.state})`;
  return text;
}

function* lsof(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  const sel = emptySelection();
  let terse = false;
  let numHost = false;
  let numPort = false;
  let numUid = false;
  let err = false;
  let help = false;
  let version = false;
  const names: string[] = [];
  const list = (v: string, add: (x: string, not: boolean) => boolean) => {
    for (const x of v.split(',')) if (x && !add(x.replace(/^\^/, ''), x.startsWith('^'))) err = true;
  };
  let i = 0;
  for (; i < args.length; i++) {
    const w = args[i];
    if (w === '--' || w === '++') {
      i++;
      break;
    }
    if ((w[0] !== '-' && w[0] !== '+') || w.length < 2) break;
    for (let j = 1; j < w.length; j++) {
      const c = w[j];
      const rest = w.slice(j + 1);
      // the value of an option that takes one: the rest of the word, else the next word
      const value = (optional: boolean): string | null => {
        if (rest) return rest;
        const next = args[i + 1];
        if (next === undefined || (optional && (next.startsWith('-') || next.startsWith('+')))) return null;
        i++;
        return next;
      };
      if (c === 'i') {
        const v = value(true);
        sel.anyInet = true;
        if (v !== null) {
          const n = parseInet(v);
          if (typeof n === 'string') {
            ctx.err(`lsof: ${n}\n`);
            err = true;
          } else sel.inet.push(n);
        }
        break;
      }
      if (c === 's') {
        const v = value(true);
        if (v !== null) {
          const m = /^(tcp|udp):(.*)$/i.exec(v);
          if (m) {
            const st = (sel.states[m[1].toUpperCase()] ??= { want: [], not: [] });
            for (const x of m[2].split(',')) (x.startsWith('^') ? st.not : st.want).push(x.replace(/^\^/, '').toUpperCase());
          }
        }
        break;
      }
      if (c === 'p' || c === 'u' || c === 'c') {
        const v = value(false);
        if (v === null) {
          if (c === 'p') ctx.err('lsof: no process ID specified\n');
          err = true;
          break;
        }
        if (c === 'p')
          list(v, (x, not) => {
            if (!/^\d+$/.test(x)) {
              ctx.err(`lsof: illegal process ID: ${x}\n`);
              return false;
            }
            (not ? sel.notPids : sel.pids).push(Number(x));
            return true;
          });
        else if (c === 'u')
          list(v, (x, not) => {
            const u = findUser(ctx.host, x);
            if (!u && !/^\d+$/.test(x)) {
              ctx.err(`lsof: can't get UID for ${x}\n`);
              return false;
            }
            (not ? sel.notUsers : sel.users).push(u?.name ?? x);
            return true;
          });
        else list(v, (x, not) => ((not ? sel.notCmds : sel.cmds).push(x), true));
        break;
      }
      if (c === 'a') sel.and = true;
      else if (c === 't') terse = true;
      else if (c === 'n') numHost = true;
      else if (c === 'P') numPort = true;
      else if (c === 'l') numUid = true;
      else if (c === 'h' || c === '?') help = true;
      else if (c === 'v') version = true;
      else if ('bNoOw'.includes(c)) continue;
      else {
        ctx.err(c === ':' ? 'lsof: colon is an illegal option character.\n' : `lsof: illegal option character: ${c}\n`);
        err = true;
      }
    }
  }
  names.push(...args.slice(i));
  const selinux = ctx.host.sys?.selinux !== 'Disabled';
  if (err || help) {
    // usage(): the header and option lines; `Use the ``-h'' option` only after an error (-h's long list: DIFFERENCES.md)
    ctx.err(err ? shortUsage(selinux) : shortUsage(selinux).replace(/Use the .*\n$/, ''));
    return err ? 1 : 0;
  }
  if (version) {
    ctx.err(VERSION_LINES);
    return 0;
  }
  if (sel.and && !sel.anyInet && !sel.pids.length && !sel.users.length && !sel.cmds.length && !names.length) {
    ctx.err('lsof: no select options to AND via -a\n' + shortUsage(selinux));
    return 1;
  }
  const root = ctx.frame.user === 'root';
  const files = netFiles(ctx).filter((f) => (root || f.user === ctx.frame.user) && !names.length && selected(ctx, f, sel));
  if (!files.length) return 1;
  if (terse) {
    ctx.out([...new Set(files.map((f) => f.pid))].map((p) => `${p}\n`).join(''));
    return 0;
  }
  const rows = files.map((f) => ({
    cmd: f.comm.slice(0, 9),
    pid: String(f.pid),
    user: numUid ? String(f.uid) : f.user,
    fd: `${f.fd}u `,
    type: f.type,
    dev: String(100_000 + (fnv32a(`${ctx.host.id}/${f.pid}/${f.fd}/${f.port}`) % 900_000)),
    off: '0t0',
    node: f.proto,
    name: name(ctx, f, numHost, numPort),
  }));
  const w = (title: string, k: keyof (typeof rows)[number]) => Math.max(title.length, ...rows.map((r) => r[k].length));
  const cw = w('COMMAND', 'cmd');
  const pw = w('PID', 'pid');
  const uw = w('USER', 'user');
  const fw = w('FD', 'fd');
  const tw = w('TYPE', 'type');
  const dw = w('DEVICE', 'dev');
  const sw = w('SIZE/OFF', 'off');
  const nw = w('NODE', 'node');
  let out = `${'COMMAND'.padEnd(cw)} ${'PID'.padStart(pw)} ${'USER'.padStart(uw)} ${'FD'.padStart(fw - 2)}   ${'TYPE'.padStart(tw)} ${'DEVICE'.padStart(dw)} ${'SIZE/OFF'.padStart(sw)} ${'NODE'.padStart(nw)} NAME\n`;
  for (const r of rows)
    out += `${r.cmd.padEnd(cw)} ${r.pid.padStart(pw)} ${r.user.padStart(uw)} ${r.fd.padStart(fw)} ${r.type.padStart(tw)} ${r.dev.padStart(dw)} ${r.off.padStart(sw)} ${r.node.padStart(nw)} ${r.name}\n`;
  ctx.out(out);
  return 0;
}

def({ name: 'lsof', available: (h) => hasCommand(h, 'lsof'), summary: 'list open files', spec, run: lsof });

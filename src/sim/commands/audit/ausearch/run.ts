// ausearch of audit 3.1.5 (src/ausearch.c, ausearch-options.c check_params(), ausearch-match.c, ausearch-report.c)
// over the guest's /var/log/audit/audit.log (root only: mode 0700 directory) or -if FILE: the search options the log's
// records can answer (-a, -c, -k, -m, -p, -sv, -ts, -te, -ui, -ua, -ul, -x, --just-one), the three plain formats
// (default, -r/--format raw, -i/--format interpret) and "<no matches>". Other options are parsed and their argument
// checked, then search for fields the log's events do not have, so they match nothing (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { findUser } from '../../lib/accounts';
import { VALID_TYPES } from '../lib/types';
import { ctime, field, idName, parseTime, readLog, xT, type AuEvent, type AuRecord } from '../lib/events';
import { spec } from './spec';

/** optiontab[] of ausearch-options.c: each spelling and whether it takes an argument. */
const OPTS: Record<string, [string, boolean]> = {};
for (const [id, arg, ...names] of [
  ['event', 1, '-a', '--event'], ['arch', 1, '--arch'], ['comm', 1, '-c', '--comm'], ['checkpoint', 1, '--checkpoint'],
  ['debug', 0, '--debug'], ['exit', 1, '-e', '--exit'], ['eoe', 1, '--eoe-timeout'], ['escape', 1, '--escape'],
  ['extra', 0, '--extra-keys', '--extra-labels', '--extra-obj2', '--extra-time'], ['file', 1, '-f', '--file'],
  ['format', 1, '--format'], ['gid', 1, '-ga', '--gid-all', '-ge', '--gid-effective', '-gi', '--gid'], ['help', 0, '-h', '--help'],
  ['host', 1, '-hn', '--host'], ['interp', 0, '-i', '--interpret'], ['input', 1, '-if', '--input'], ['inlogs', 0, '--input-logs'],
  ['one', 0, '--just-one'], ['key', 1, '-k', '--key'], ['line', 0, '-l', '--line-buffered'], ['msg', 1, '-m', '--message'],
  ['node', 1, '-n', '--node'], ['object', 1, '-o', '--object'], ['pid', 1, '-p', '--pid'], ['ppid', 1, '-pp', '--ppid'],
  ['raw', 0, '-r', '--raw'], ['syscall', 1, '-sc', '--syscall'], ['context', 1, '-se', '--context'], ['session', 1, '--session'],
  ['subject', 1, '-su', '--subject'], ['success', 1, '-sv', '--success'], ['te', 1, '-te', '--end'], ['ts', 1, '-ts', '--start'],
  ['term', 1, '-tm', '--terminal'], ['ua', 1, '-ua', '--uid-all'], ['ue', 1, '-ue', '--uid-effective'], ['ui', 1, '-ui', '--uid'],
  ['uuid', 1, '-uu', '--uuid'], ['ul', 1, '-ul', '--loginuid'], ['version', 0, '-v', '--version'], ['vm', 1, '-vm', '--vm-name'],
  ['word', 0, '-w', '--word'], ['exe', 1, '-x', '--executable'],
] as [string, number, ...string[]][])
  for (const n of names) OPTS[n] = [id, !!arg];

const NUMERIC: Record<string, string> = { event: 'Audit event id must be a numeric value, was %s', pid: 'Process id must be a numeric value, was %s', ppid: 'Parent process id must be a numeric value, was %s' };

type Want = (e: AuEvent) => boolean;

function* run(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  const help = () => import('./help').then((m) => m.help);
  if (!args.length) {
    ctx.out((yield { load: help }) as string);
    return 1;
  }
  const wants: Want[] = [];
  let format: 'default' | 'raw' | 'interp' | undefined;
  let file: string | undefined;
  let justOne = false;
  let start: number | undefined;
  let end: number | undefined;
  const host = ctx.host;
  const uptime = (ctx.world.now - host.bootedAt) / 1000;
  const fail = (m: string) => {
    ctx.err(m);
    return 1;
  };
  for (let c = 0; c < args.length; c++) {
    const w = args[c];
    const opt = OPTS[w];
    if (!opt) return fail(`${w} is an unsupported option\n`);
    const [id, takes] = opt;
    const optarg = c + 1 < args.length && !args[c + 1].startsWith('-') ? args[c + 1] : undefined;
    if (id === 'help') {
      ctx.out((yield { load: help }) as string);
      return 0;
    }
    if (id === 'version') {
      ctx.out('ausearch version 3.1.5\n');
      return 0;
    }
    if (id === 'interp' || id === 'raw') {
      if (format && format !== 'default') return fail('Multiple output formats, use only 1\n');
      format = id;
      continue;
    }
    if (id === 'one') justOne = true;
    if (!takes) continue;
    if (id === 'ts' || id === 'te') {
      if (!optarg) return fail(`${w} requires either date and/or time\n`);
      let da: string | undefined = optarg;
      let ti: string | undefined;
      const next = args[c + 2];
      if (next !== undefined && !next.startsWith('-')) {
        [da, ti] = optarg.includes(':') ? [next, optarg] : [optarg, next];
        c++;
      } else if (optarg.includes(':')) [da, ti] = [undefined, optarg];
      else if (id === 'ts') ti = '00:00:00';
      c++;
      const r = parseTime(host, ctx.world.now, uptime, id === 'ts' ? 'start' : 'end', da ?? 'now', ti);
      if ('error' in r) return fail(r.error);
      if (id === 'ts') start = r.at;
      else end = r.at;
      continue;
    }
    if (!optarg) {
      if (id === 'msg') return fail(`Argument is required for ${w}\nValid message types are: ${VALID_TYPES} \n`);
      return fail(`Argument is required for ${w}\n`);
    }
    c++;
    switch (id) {
      case 'msg': {
        if (optarg.toUpperCase() === 'ALL') break;
        const names = optarg.split(',').filter(Boolean);
        const known = new Set(VALID_TYPES.split(' '));
        if (names.some((n) => !/^\d/.test(n) && !known.has(n.toUpperCase()))) return fail(`Valid message types are: ${VALID_TYPES} \n`);
        wants.push((e) => e.records.some((r) => names.some((n) => n.toUpperCase() === r.type)));
        break;
      }
      case 'format':
        if (format) return fail('Multiple output formats, use only 1\n');
        if (optarg === 'raw' || optarg === 'default') format = optarg;
        else if (optarg.startsWith('interp')) format = 'interp';
        else return fail(`Unknown option (${optarg})\n`);
        break;
      case 'input':
        file = optarg;
        break;
      case 'event':
      case 'pid':
      case 'ppid':
        if (!/^\d/.test(optarg)) return fail(NUMERIC[id].replace('%s', optarg) + '\n');
        wants.push(id === 'event' ? (e) => e.serial === parseInt(optarg, 10) : (e) => field(e, id) === String(parseInt(optarg, 10)));
        break;
      case 'success':
        if (!optarg.includes('yes') && !optarg.includes('no')) return fail("Success must be 'yes' or 'no'.\n");
        wants.push((e) => {
          const res = field(e, 'res') ?? field(e, 'success');
          return res !== undefined && (optarg === 'yes') === (res === 'success' || res === 'yes' || res === '1');
        });
        break;
      case 'ui':
      case 'ua':
      case 'ue':
      case 'ul': {
        // a name is looked up with getpwnam(); ausearch-options.c's messages (-ui's says "Effective", -ue's does not)
        const user = /^\d/.test(optarg) ? undefined : findUser(host, optarg);
        if (!/^\d/.test(optarg) && !user) return fail(`${{ ui: 'Effective user ID', ue: 'User ID', ua: 'User ID', ul: 'Login user ID' }[id]} is non-numeric and unknown (${optarg})\n`);
        const n = String(user ? user.uid : parseInt(optarg, 10));
        const keys = { ui: ['uid'], ue: ['euid'], ul: ['auid'], ua: ['uid', 'euid', 'auid', 'suid', 'fsuid', 'ouid'] }[id];
        wants.push((e) => keys.some((k) => field(e, k) === n));
        break;
      }
      case 'comm':
      case 'exe':
      case 'key':
      case 'term':
      case 'host':
      case 'subject': {
        const k = { comm: 'comm', exe: 'exe', key: 'key', term: 'terminal', host: 'hostname', subject: 'subj' }[id];
        wants.push((e) => field(e, k) === optarg);
        break;
      }
      default:
        // criteria on fields the guest's log does not hold
        wants.push(() => false);
    }
  }
  const events = readLog(ctx, 'ausearch', file);
  if (!events) return 1;
  let found = events.filter((e) => (start === undefined || e.sec >= start) && (end === undefined || e.sec <= end) && wants.every((f) => f(e)));
  if (justOne) found = found.slice(0, 1);
  const fmt = format ?? 'default';
  for (const e of found) {
    if (fmt === 'raw') {
      for (const r of e.records) ctx.out(r.line + '\n');
      continue;
    }
    ctx.out('----\n');
    // the daemon's records are printed alone, the others last record first
    const recs = e.records[0].type.startsWith('DAEMON_') ? [e.records[e.records.length - 1]] : [...e.records].reverse();
    if (fmt === 'default') ctx.out(`time->${ctime(host, e.sec)}\n` + recs.map((r) => r.message + '\n').join(''));
    else ctx.out(recs.map((r) => interpreted(ctx, e, r)).join(''));
  }
  if (!found.length) {
    if (fmt !== 'raw') ctx.err('<no matches>\n');
    return 1;
  }
  return 0;
}

/** output_interpreted_record(): the time stamp in "%x %T", each field with its value interpreted, a space after each. */
function interpreted(ctx: CommandContext, e: AuEvent, r: AuRecord): string {
  const head = `type=${r.type} msg=audit(${xT(ctx.host, e.sec)}.${String(e.milli).padStart(3, '0')}:${e.serial}) : `;
  const body = r.message.slice(r.message.indexOf('): ') + 3);
  const one = (k: string, v: string) => {
    if (/^(a?uid|euid|suid|fsuid|ouid|ogid)$/.test(k)) return idName(ctx.host, v);
    if (k === 'ses' && v === '4294967295') return 'unset';
    if (v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1);
    return v;
  };
  const text = body.replace(/(\S+?)=('[^']*'|"[^"]*"|\S*)/g, (_m, k: string, v: string) =>
    k === 'msg' && v.startsWith("'") ? `msg='${v.slice(1, -1).replace(/(\S+?)=("[^"]*"|\S*)/g, (_n, a: string, b: string) => `${a}=${one(a, b)}`)}'` : `${k}=${one(k, v)}`,
  );
  return head + text + ' \n';
}

def({ name: 'ausearch', spec, summary: 'a tool to query audit daemon logs', available: linuxOnly, run });

// aureport of audit 3.1.5 (src/aureport.c, aureport-options.c, aureport-scan.c, aureport-output.c) over the guest's
// /var/log/audit/audit.log or -if FILE: the summary report (with --failed/--success), the detailed event (-e),
// executable (-x), process id (-p), user (-u) and host (-h) reports and the log time range (-t); the authentication,
// login, key, account, syscall, file, config and anomaly reports, which the log's daemon and service records never
// enter, print their heading and "<no events of interest were found>". --summary for -e, -x and those. The AVC,
// MAC, crypto, virt, integrity, terminal, comm and tty reports are not modelled (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { field, LOG, parseTime, readLog, TYPE_NUMBERS, xT, type AuEvent } from '../lib/events';
import { spec } from './spec';

type Report = 'summary' | 'event' | 'exe' | 'pid' | 'user' | 'host' | 'time' | 'auth' | 'login' | 'key' | 'mods' | 'syscall' | 'file' | 'config' | 'anomaly' | 'response';

const REPORTS: Record<string, Report> = {
  '-au': 'auth', '--auth': 'auth', '-c': 'config', '--config': 'config', '-e': 'event', '--event': 'event', '-f': 'file', '--file': 'file',
  '-h': 'host', '--host': 'host', '-k': 'key', '--key': 'key', '-l': 'login', '--login': 'login', '-m': 'mods', '--mods': 'mods',
  '-n': 'anomaly', '--anomaly': 'anomaly', '-p': 'pid', '--pid': 'pid', '-r': 'response', '--response': 'response', '-s': 'syscall',
  '--syscall': 'syscall', '-t': 'time', '--log': 'time', '-u': 'user', '--user': 'user', '-x': 'exe', '--executable': 'exe',
};

/** print_title_detailed(): the name and the column line of each detailed report. */
const DETAILED: Partial<Record<Report, [string, string]>> = {
  config: ['Config Change Report', '# date time type auid success event'],
  auth: ['Authentication Report', '# date time acct host term exe success event'],
  login: ['Login Report', '# date time auid host term exe success event'],
  mods: ['Account Modifications Report', '# date time auid addr term exe acct success event'],
  event: ['Event Report', '# date time event type auid success'],
  file: ['File Report', '# date time file syscall success exe auid event'],
  host: ['Host Report', '# date time host syscall auid event'],
  pid: ['Process ID Report', '# date time pid exe syscall auid event'],
  syscall: ['Syscall Report', '# date time syscall pid comm auid event'],
  anomaly: ['Anomaly Report', '# date time type exe term host auid event'],
  response: ['Response to Anomaly Report', '# date time type success event'],
  user: ['User ID Report', '# date time auid term host exe event'],
  exe: ['Executable Report', '# date time exe term host auid event'],
  key: ['Key Report', '# date time key success exe auid event'],
};

/** print_title_summary(): the summary reports' names and their column. */
const SUMMARY: Partial<Record<Report, [string, string, number]>> = {
  auth: ['Authentication Summary Report', 'acct', 29],
  login: ['Login Summary Report', 'auid', 28],
  event: ['Event Summary Report', 'type', 22],
  exe: ['Executable Summary Report', 'file', 33],
  key: ['Key Summary Report', 'key', 27],
};

const SUMMARY_LINES = [
  'changes in configuration', 'changes to accounts, groups, or roles', 'logins', 'failed logins', 'authentications',
  'failed authentications', 'users', 'terminals', 'host names', 'executables', 'commands', 'files', "AVC's", 'MAC events',
  'failed syscalls', 'anomaly events', 'responses to anomaly events', 'crypto events', 'integrity events', 'virt events', 'keys',
  'process IDs', 'events',
];

function* run(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  const host = ctx.host;
  let report: Report = 'summary';
  let summary = false;
  let interpret = false;
  let only: 'failed' | 'success' | undefined;
  let file: string | undefined;
  let start: number | undefined;
  let end: number | undefined;
  const usage = () => import('./help').then((m) => m.help);
  for (let c = 0; c < args.length; c++) {
    const w = args[c];
    const optarg = c + 1 < args.length && !args[c + 1].startsWith('-') ? args[c + 1] : undefined;
    if (w in REPORTS) {
      report = REPORTS[w];
      continue;
    }
    switch (w) {
      case '--help':
        ctx.out((yield { load: usage }) as string);
        return 0;
      case '-v':
      case '--version':
        ctx.out('aureport version 3.1.5\n');
        return 0;
      case '-i':
      case '--interpret':
        interpret = true;
        break;
      case '--summary':
        summary = true;
        break;
      case '--failed':
      case '--success':
        only = w === '--failed' ? 'failed' : 'success';
        break;
      case '-if':
      case '--input':
        if (!optarg) {
          ctx.err(`Argument is required for ${w}\n`);
          ctx.out((yield { load: usage }) as string);
          return 1;
        }
        file = optarg;
        c++;
        break;
      case '-ts':
      case '--start':
      case '-te':
      case '--end': {
        const which = w === '-ts' || w === '--start' ? 'start' : 'end';
        if (!optarg) {
          ctx.err(`${w} requires either date and/or time\n`);
          ctx.out((yield { load: usage }) as string);
          return 1;
        }
        let da: string | undefined = optarg;
        let ti: string | undefined;
        const next = args[c + 2];
        if (next !== undefined && !next.startsWith('-')) {
          [da, ti] = optarg.includes(':') ? [next, optarg] : [optarg, next];
          c++;
        } else if (optarg.includes(':')) [da, ti] = [undefined, optarg];
        else if (which === 'start') ti = '00:00:00';
        c++;
        const r = parseTime(host, ctx.world.now, (ctx.world.now - host.bootedAt) / 1000, which, da ?? 'now', ti);
        if ('error' in r) {
          ctx.err(r.error);
          ctx.out((yield { load: usage }) as string);
          return 1;
        }
        if (which === 'start') start = r.at;
        else end = r.at;
        break;
      }
      default:
        ctx.err(`${w} is an unsupported option\n`);
        ctx.out((yield { load: usage }) as string);
        return 1;
    }
  }
  // print_title() comes before the log is read
  const title = report === 'summary' ? `${only === 'failed' ? 'Failed ' : only === 'success' ? 'Success ' : ''}Summary Report\n======================\n` : '';
  if (report === 'summary') ctx.out('\n' + title);
  else if (report === 'time') ctx.out('\nLog Time Range Report\n=====================\n');
  else if (summary && SUMMARY[report]) {
    const [name, col, width] = SUMMARY[report]!;
    ctx.out(`\n${name}\n${'='.repeat(width)}\ntotal  ${col}\n${'='.repeat(width)}\n`);
  } else {
    const [name, cols] = DETAILED[report]!;
    // the key report's bar is longer than its column line
    const bar = '='.repeat(report === 'key' ? 47 : cols.length);
    ctx.out(`\n${name}\n${bar}\n${cols}\n${bar}\n`);
  }
  const events = readLog(ctx, 'aureport', file);
  if (!events) return 1;
  const res = (e: AuEvent) => field(e, 'res') ?? field(e, 'success');
  const ok = (e: AuEvent) => ['success', 'yes', '1'].includes(res(e) ?? '');
  const inTime = events.filter((e) => (start === undefined || e.sec >= start) && (end === undefined || e.sec <= end));
  const sel = inTime.filter((e) => !only || (only === 'success') === ok(e));
  const stamp = (e: AuEvent | undefined) => (e ? `${xT(host, e.sec)}.${String(e.milli).padStart(3, '0')}` : `${xT(host, 0)}.000`);
  if (report === 'time') {
    ctx.out(`${file ?? LOG}: ${stamp(events[0])} - ${stamp(events[events.length - 1])}\n`);
    return 0;
  }
  const auid = (e: AuEvent) => {
    const v = field(e, 'auid') ?? '-1';
    return interpret ? (v === '4294967295' || v === '-1' ? 'unset' : v) : v === '4294967295' ? '-1' : v;
  };
  if (report === 'summary') {
    // the range ends with the last event in the time range, whatever --failed/--success leave
    const last = inTime[inTime.length - 1];
    const distinct = (k: string) => new Set(sel.map((e) => field(e, k)).filter((v) => v !== undefined)).size;
    const counts: Record<string, number> = { users: distinct('uid'), terminals: distinct('terminal'), 'host names': distinct('hostname'), executables: distinct('exe'), commands: distinct('comm'), 'process IDs': distinct('pid'), events: sel.length };
    ctx.out(
      `Range of time in logs: ${stamp(events[0])} - ${stamp(last)}\n` +
        `Selected time for report: ${xT(host, start ?? events[0]?.sec ?? 0)} - ${end !== undefined ? xT(host, end) : stamp(last)}\n` +
        SUMMARY_LINES.map((l) => `Number of ${l}: ${counts[l] ?? 0}\n`).join('') +
        '\n',
    );
    return 0;
  }
  const rows: string[] = [];
  const q = (v: string | undefined) => v ?? '?';
  for (const e of sel) {
    const at = xT(host, e.sec);
    const type = e.records[0].type;
    if (report === 'event') rows.push(summary ? String(TYPE_NUMBERS[type] ?? type) : `${at} ${e.serial} ${type} ${auid(e)} ${ok(e) ? 'yes' : 'no'}`);
    else if (report === 'exe' && field(e, 'exe')) rows.push(summary ? field(e, 'exe')! : `${at} ${field(e, 'exe')} ${q(field(e, 'terminal'))} ${q(field(e, 'hostname'))} ${auid(e)} ${e.serial}`);
    else if (report === 'pid' && field(e, 'pid') && !summary) rows.push(`${at} ${field(e, 'pid')} ${q(field(e, 'exe'))} 0 ${auid(e)} ${e.serial}`);
    else if (report === 'user' && !summary) rows.push(`${at} ${auid(e)} ${q(field(e, 'terminal'))} ${q(field(e, 'hostname'))} ${q(field(e, 'exe'))} ${e.serial}`);
    else if (report === 'host' && field(e, 'hostname') && !summary) rows.push(`${at} ${field(e, 'hostname')} 0 ${auid(e)} ${e.serial}`);
  }
  if (!rows.length) {
    ctx.out('<no events of interest were found>\n\n');
    return summary ? 0 : 1;
  }
  if (summary) {
    const tally = new Map<string, number>();
    for (const r of rows) tally.set(r, (tally.get(r) ?? 0) + 1);
    ctx.out([...tally].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}  ${k}\n`).join(''));
  } else ctx.out(rows.map((r, i) => `${i + 1}. ${r}\n`).join(''));
  return 0;
}

def({ name: 'aureport', spec, summary: 'a tool that produces summary reports of audit daemon logs', available: linuxOnly, run });

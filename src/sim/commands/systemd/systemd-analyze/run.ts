// systemd-analyze of systemd 252 (src/analyze/analyze.c and its analyze-*.c files of v252-46): time, blame and
// critical-chain (from the boot's unit times, as `systemctl show` gives them), timespan, calendar, the manager's log level and target,
// service-watchdogs and unit-paths. Options and help are in spec.ts and help.ts.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { stamp } from '../../lib/units';
import { relative } from '../systemctl/tables';
import { settings } from '../systemctl/more';
import { errnoText, formatTimespan, parseTime, parseTimestamp } from './timeutil';
import { nextElapse, parseCalendar } from './calendar';
import { blameText, criticalChain, timeText } from './chain';
import { dotText } from './dot';
import { CAPABILITIES, capabilityFromName, compareOperator, EXIT_STATUS, exitStatusFromString, strverscmpImproved } from './lists';
import { spec } from './spec';

/** The verb table of analyze.c: [min, max] operands (max -1: any). */
const VERBS: Record<string, [number, number]> = {
  help: [0, -1], time: [0, 0], blame: [0, 0], 'critical-chain': [0, -1], plot: [0, 0], dot: [0, -1], 'log-level': [0, 1], 'log-target': [0, 1],
  'set-log-level': [1, 1], 'get-log-level': [0, 0], 'set-log-target': [1, 1], 'get-log-target': [0, 0], 'service-watchdogs': [0, 1], dump: [0, -1],
  'cat-config': [1, -1], 'unit-files': [0, -1], 'unit-paths': [0, 0], 'exit-status': [0, -1], 'syscall-filter': [0, -1], capability: [0, -1],
  filesystems: [0, -1], condition: [0, -1], 'compare-versions': [2, 3], verify: [1, -1], calendar: [1, -1], timestamp: [1, -1], timespan: [1, -1],
  security: [0, -1], 'inspect-elf': [1, -1],
};

/** lookup_paths_init()'s unit search path of the system manager, for unit-paths. */
const UNIT_PATHS = [
  '/etc/systemd/system.control', '/run/systemd/system.control', '/run/systemd/transient', '/run/systemd/generator.early', '/etc/systemd/system',
  '/etc/systemd/system.attached', '/run/systemd/system', '/run/systemd/system.attached', '/run/systemd/generator', '/usr/local/lib/systemd/system',
  '/usr/lib/systemd/system', '/run/systemd/generator.late',
];

/** unit_name_is_valid() for a plain or instance name, roughly: a name, an optional @instance, a unit type. */
const validUnitName = (n: string) => /^[\w:.\\-]+(@[\w:.\\-]*)?\.(service|socket|target|timer|mount|automount|swap|path|slice|scope|device)$/.test(n) && n.length <= 255;

/** bus_label_escape(): letters and digits stay, every other byte is _ and two hex digits. */
const busLabel = (s: string) => (s === '' ? '_' : [...new TextEncoder().encode(s)].map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '_' + b.toString(16).padStart(2, '0'))).join(''));

/** A format-table with a header, the given columns right-aligned, the last column's trailing blanks dropped. */
function columns(headers: string[], rows: string[][], right: number[]): string {
  const all = [headers, ...rows];
  const w = headers.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((c, i) => (right.includes(i) ? c.padStart(w[i]) : c.padEnd(w[i]))).join(' ').replace(/ +$/, '') + '\n').join('');
}

/** A name/value table with the names right-aligned (the analyze verbs' tables without a header). */
const pairs = (rows: [string, string][]) => {
  const w = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([a, b]) => `${a.padStart(w)} ${b}`.replace(/ +$/, '') + '\n').join('');
};

function* run(ctx: CommandContext): CommandRun {
  const args = ctx.operands ?? [];
  const verb = args[0] ?? 'time';
  const n = Math.max(args.length - 1, 0);
  const v = VERBS[verb];
  if (!v) {
    ctx.err(`Unknown command verb ${verb}.\n`);
    return 1;
  }
  if (n < v[0]) {
    ctx.err('Too few arguments.\n');
    return 1;
  }
  if (v[1] >= 0 && n > v[1]) {
    ctx.err('Too many arguments.\n');
    return 1;
  }
  switch (verb) {
    case 'help':
      ctx.out((yield { load: () => import('./help').then((m) => m.help) }) as string);
      return 0;
    case 'time':
      // acquire_boot_times(): no firmware or loader times on a BIOS boot; the kernel's part ends at the initrd's start
      ctx.out(timeText(ctx));
      return 0;
    case 'verify': {
      const verifyUnits = (yield { load: () => import('./verify').then((m) => m.verifyUnits) }) as (c: CommandContext, a: string[]) => { err: string; code: number };
      const r = verifyUnits(ctx, args.slice(1));
      ctx.err(r.err);
      return r.code;
    }
    case 'plot':
      ctx.out(((yield { load: () => import('./plot').then((m) => m.plotSvg) }) as (c: CommandContext) => string)(ctx));
      return 0;
    case 'dot': {
      const d = dotText(ctx, args.slice(1));
      ctx.out(d.out);
      ctx.err(d.err);
      return 0;
    }
    case 'blame':
      ctx.out(blameText(ctx));
      return 0;
    case 'critical-chain': {
      ctx.out(criticalChain(ctx, args.slice(1).filter((a) => validUnitName(a))));
      // a name that is no unit name has no bus object (find_unit() fails): "Failed to get ID", and the chain goes on
      for (const a of args.slice(1)) if (!validUnitName(a)) ctx.err(`Failed to get ID: Unknown object '/org/freedesktop/systemd1/unit/${busLabel(a)}'.\n`);
      return 0;
    }
    case 'timespan': {
      const out: string[] = [];
      for (const a of args.slice(1)) {
        const t = parseTime(a);
        if (typeof t === 'string') {
          ctx.out(out.join('\n'));
          ctx.err(`Failed to parse time span '${a}': ${errnoText[t]}\n`);
          if (parseCalendar(a)) ctx.err(`Hint: this expression is a valid calendar specification. Use 'systemd-analyze calendar "${a}"' instead?\n`);
          return 1;
        }
        out.push(pairs([['Original:', a], ['μs:', t.toString()], ['Human:', formatTimespan(t)]]));
      }
      ctx.out(out.join('\n'));
      return 0;
    }
    case 'calendar': {
      const now = ctx.world.now;
      // --base-time=: "@SECONDS" or "YYYY-MM-DD HH:MM[:SS] [UTC]" (parse_timestamp()'s common forms)
      const bt = ctx.opts?.get('base-time');
      let base = now;
      if (typeof bt === 'string') {
        const at = /^@(\d+)$/.exec(bt);
        const m = /^(\d{4})-(\d\d)-(\d\d)(?: (\d\d):(\d\d)(?::(\d\d))?)?(?: UTC)?$/.exec(bt);
        if (at) base = Number(at[1]) * 1000;
        else if (m) base = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
        else {
          ctx.err(`Failed to parse --base-time= parameter: ${bt}\n`);
          return 1;
        }
      }
      const iterations = Number(ctx.opts?.get('iterations') ?? 1) || 1;
      const out: string[] = [];
      let code = 0;
      for (const a of args.slice(1)) {
        const c = parseCalendar(a);
        if (!c) {
          ctx.err(`Failed to parse calendar specification '${a}': Invalid argument\n`);
          if (typeof parseTime(a) !== 'string') ctx.err(`Hint: this expression is a valid timespan. Use 'systemd-analyze timespan "${a}"' instead?\n`);
          code = 1;
          continue;
        }
        const rows: [string, string][] = [];
        if (c.normalized !== a) rows.push(['Original form:', a]);
        rows.push(['Normalized form:', c.normalized]);
        let t = base;
        for (let i = 0; i < iterations; i++) {
          const next = nextElapse(c, t);
          if (next === null) {
            if (i === 0) rows.push(['Next elapse:', 'never']);
            break;
          }
          rows.push([i === 0 ? 'Next elapse:' : `Iter. #${i + 1}:`, stamp(next)]);
          rows.push(['From now:', relative(now, next)]);
          t = next;
        }
        out.push(pairs(rows));
      }
      ctx.out(out.join('\n'));
      return code;
    }
    case 'log-level':
    case 'log-target':
    case 'get-log-level':
    case 'get-log-target':
    case 'set-log-level':
    case 'set-log-target':
    case 'service-watchdogs': {
      const st = settings(ctx);
      const value = args[1];
      const key = verb === 'service-watchdogs' ? 'watchdogs' : verb.endsWith('level') ? 'level' : 'target';
      if (value === undefined) {
        ctx.out((key === 'watchdogs' ? (st.watchdogs ? 'yes' : 'no') : st[key]) + '\n');
        return 0;
      }
      if (!isRoot(ctx)) {
        ctx.err(key === 'watchdogs' ? 'Failed to set service-watchdog state: Access denied\n' : `Failed to set log ${key}: Access denied\n`);
        return 1;
      }
      if (key === 'watchdogs') st.watchdogs = /^(1|yes|y|true|t|on)$/i.test(value);
      else st[key] = value;
      return 0;
    }
    case 'timestamp': {
      let code = 0;
      const list = args.slice(1);
      list.forEach((a, i) => {
        const us = parseTimestamp(a, ctx.world.now);
        if (us === null) {
          ctx.err(`Failed to parse "${a}": Invalid argument\n`);
          if (parseCalendar(a)) ctx.err(`Hint: this expression is a valid calendar specification. Use 'systemd-analyze calendar "${a}"' instead?\n`);
          if (typeof parseTime(a) !== 'string') ctx.err(`Hint: this expression is a valid timespan. Use 'systemd-analyze timespan "${a}"' instead?\n`);
          code = 1;
        } else {
          const ms = Number(us / 1000n);
          const secs = us % 1_000_000n === 0n ? `@${us / 1_000_000n}` : `@${us / 1_000_000n}.${(us % 1_000_000n).toString().padStart(6, '0')}`;
          ctx.out(pairs([['Original form:', a], ['Normalized form:', stamp(ms)], ['UNIX seconds:', secs], ['From now:', relative(ctx.world.now, ms)]]));
        }
        if (i < list.length - 1) ctx.out('\n');
      });
      return code;
    }
    case 'exit-status': {
      const rows: string[][] = [];
      if (n === 0) for (const [code, [name, cls]] of EXIT_STATUS) rows.push([name, String(code), cls]);
      for (const a of args.slice(1)) {
        const code = exitStatusFromString(a);
        if (code === null) {
          ctx.err(`Invalid exit status "${a}".\n`);
          return 1;
        }
        const m = EXIT_STATUS.get(code);
        rows.push([m?.[0] ?? '-', String(code), m?.[1] ?? '-']);
      }
      ctx.out(columns(['NAME', 'STATUS', 'CLASS'], rows, [1]));
      return 0;
    }
    case 'capability': {
      const rows: [number, string][] = [];
      if (n === 0) CAPABILITIES.forEach((c, i) => rows.push([i, c]));
      for (const a of args.slice(1)) {
        const c = capabilityFromName(a);
        if (c === null) {
          ctx.err(`Capability "${a}" not known.\n`);
          return 1;
        }
        rows.push([c, CAPABILITIES[c]]);
      }
      // with names given the table is sorted by number (table_set_sort())
      if (n) rows.sort((x, y) => x[0] - y[0]);
      ctx.out(columns(['NAME', 'NUMBER'], rows.map(([i, c]) => [c, String(i)]), [1]));
      return 0;
    }
    case 'compare-versions': {
      if (n === 2) {
        const r = strverscmpImproved(args[1], args[2]);
        ctx.out(`${args[1] || "''"} ${r < 0 ? '<' : r > 0 ? '>' : '=='} ${args[2] || "''"}\n`);
        return r < 0 ? 12 : r > 0 ? 11 : 0;
      }
      const op = compareOperator(args[2]);
      if (!op || op.rest !== '') {
        ctx.err(`Unknown operator "${op ? op.rest : args[2]}".\n`);
        return 1;
      }
      return op.test(strverscmpImproved(args[1], args[3])) ? 0 : 1;
    }
    case 'unit-paths':
      ctx.out(UNIT_PATHS.join('\n') + '\n');
      return 0;
  }
  // dump, security and the other verbs are not modelled
  return 1;
}

def({ name: 'systemd-analyze', spec, summary: 'Profile systemd, show unit dependencies, check unit files', available: linuxOnly, run });

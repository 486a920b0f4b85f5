// auditctl of audit 3.1.5 (src/auditctl.c main(), setopt(), handle_request(); src/auditctl-listing.c print_rule() and
// audit_print_reply()): the root check, -h, -v, -l [-i | -k KEY], -s [-i], -D [-k KEY], watches added and removed with
// -w/-W, -p and -k, and the errors of those. The kernel's status starts as audit's 10-base-config.rules (the el9
// package's /etc/audit/rules.d/audit.rules) leaves it: -b 8192, --backlog_wait_time 60000, -f 1, no rules; -e, -f, -b,
// -r and the long options change it. Syscall rules (-a, -A, -d, -S, -F, -C) and -q are refused as by a kernel without
// syscall auditing (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { processes } from '../../lib/procs';
import { runArgv } from '../../../shell/bash';
import { spec } from './spec';

/** Options with an argument in setopt()'s getopt string, and the long options of long_opts[] with theirs. */
const WITH_ARG = new Set([...'Cefrbad' + 'ASFmRwWkpq']);
const LONG: Record<string, boolean> = { 'loginuid-immutable': false, backlog_wait_time: true, 'reset-lost': false, reset_backlog_wait_time_actual: false, signal: true };
const KNOWN = new Set([...'hicslDvt', ...WITH_ARG]);
const MAX_KEY = 256;

type Rule = { path: string; perms: string; keys: string[] };

function* run(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  const help = (yield { load: () => import('./help').then((m) => m.help) }) as string;
  if (!args.length) {
    ctx.out(help);
    return 1;
  }
  // "Make sure we are root if we do anything except help"
  const root = isRoot(ctx);
  if (!(args.length === 1 && (args[0] === '--help' || args[0] === '-h' || (args[0] === '-l' && root))) && !root) {
    ctx.err('You must be root to run this program.\n');
    return 4;
  }
  const sys = ctx.host.sys!;
  const audit = (sys.audit ??= { rules: [] });
  if (args.length === 2 && args[0] === '-R') return yield* fileopt(ctx, args[1]);
  const err = (m: string) => ctx.err(m + '\n');
  // the kernel's audit_do_config_change(): nothing changes once auditing is locked (enabled 2)
  const setStatus = (field: 'enabled' | 'failure' | 'rateLimit' | 'backlogLimit' | 'backlogWaitTime', value: number, request: string) => {
    if (audit.enabled === 2) {
      err(`Error sending ${request} request (Operation not permitted)`);
      return false;
    }
    audit[field] = value;
    return true;
  };
  let count = args.length + 1;
  let retval = 0;
  let add: 'add' | 'del' | undefined;
  let rule: Rule | undefined;
  let key = '';
  let listRequested = false;
  let interpret = false;
  let permAdded = false;
  const rest: string[] = [];
  // getopt_long over vars[1..count): options, with the words that are not options kept for the end (GNU permutes)
  let i = 0;
  let any = false;
  const words = () => args.slice(0, count - 1);
  while (retval >= 0 && i < count - 1) {
    const w = words()[i];
    if (w === '--') {
      rest.push(...words().slice(i + 1));
      break;
    }
    if (!w.startsWith('-') || w === '-') {
      rest.push(w);
      i++;
      continue;
    }
    any = true;
    let opt: string;
    let optarg: string | undefined;
    let optind: number;
    if (w.startsWith('--')) {
      const [name, val] = [w.slice(2).split('=')[0], w.includes('=') ? w.slice(w.indexOf('=') + 1) : undefined];
      const hits = Object.keys(LONG).filter((l) => l === name || l.startsWith(name));
      const exact = hits.find((l) => l === name) ?? (hits.length === 1 ? hits[0] : undefined);
      i++;
      if (!exact) {
        err(`Option ${w} is invalid`);
        retval = -1;
        break;
      }
      opt = '--' + exact;
      if (LONG[exact]) optarg = val ?? words()[i++];
      optind = i + 1;
    } else {
      // one letter at a time is what getopt does; auditctl's options are used one a word
      opt = w[1];
      if (!KNOWN.has(opt)) {
        i++;
        err(`Option ${w} is invalid`);
        retval = -1;
        break;
      }
      i++;
      if (WITH_ARG.has(opt)) {
        optarg = w.length > 2 ? w.slice(2) : words()[i++];
        if (optarg === undefined) {
          err(`Option ${w} is invalid`);
          retval = -1;
          break;
        }
      } else if (w.length > 2) {
        err(`Option ${w} is invalid`);
        retval = -1;
        break;
      }
      optind = i + 1;
    }
    const vars = ['auditctl', ...args];
    switch (opt) {
      case 'h':
        ctx.out(help);
        retval = -1;
        break;
      case 'v':
        ctx.out('auditctl version 3.1.5\n');
        retval = -2;
        break;
      case 's':
        if (count > 3) {
          err('Too many options for status command');
          retval = -1;
          break;
        } else if (optind === 2 && count === 3) {
          if (vars[optind] === '-i') {
            interpret = true;
            count -= 1;
          } else {
            err('Only -i option is allowed');
            retval = -1;
            break;
          }
        }
        ctx.out(statusText(ctx, interpret));
        retval = -2;
        break;
      case 'l':
      case 'D': {
        const list = opt === 'l';
        if (count > 4 || (!list && count === 3)) {
          err(list ? 'Wrong number of options for list request' : 'Wrong number of options for Delete all request');
          retval = -1;
          break;
        }
        if (list && count === 3) {
          if (vars[optind] === '-i') {
            interpret = true;
            count -= 1;
          } else {
            err('Only -k or -i options are allowed');
            retval = -1;
            break;
          }
        } else if (count === 4) {
          if (vars[optind] === '-k') {
            key += vars[3].slice(0, MAX_KEY);
            count -= 2;
          } else {
            err(list ? 'Only -k or -i options are allowed' : 'Only the -k option is allowed');
            retval = -1;
            break;
          }
        }
        // key_match(): a rule is listed (or deleted) when one of its keys contains the key
        const match = (r: Rule) => !key || r.keys.some((k) => k.includes(key));
        if (!list) audit.rules = audit.rules.filter((r) => !match(r));
        const shown = audit.rules.filter(match);
        ctx.out(shown.length ? shown.map(listing).join('') : 'No rules\n');
        if (!list) key = '';
        listRequested = list;
        retval = -2;
        break;
      }
      case 'w':
      case 'W':
        if (opt === 'w' && add) {
          err("watch option can't be given with a syscall");
          retval = -1;
          break;
        }
        if (!optarg!.startsWith('/')) {
          err("The path must start with '/'");
          retval = -1;
          break;
        }
        if (optarg!.includes('..')) err('Warning - relative path notation is not supported');
        if (/[*?]/.test(optarg!)) err('Warning - wildcard notation is not supported');
        add = opt === 'w' ? 'add' : 'del';
        rule = { path: optarg!.length > 2 ? optarg!.replace(/(.)\/+$/, '$1') : optarg!, perms: 'rwxa', keys: [] };
        permAdded = true;
        // audit_setup_watch_name(): "if (add != AUDIT_FILTER_UNSET)", and -w has just set it
        if (add === 'add') err('Old style watch rules are slower');
        retval = 1;
        break;
      case 'p': {
        if (!add) {
          err('permission option needs a watch given prior to it');
          retval = -1;
          break;
        }
        if (optarg!.length > 4) {
          err(`permission ${optarg} is too long`);
          retval = -1;
          break;
        }
        const bad = [...optarg!].find((c) => !'rwxa'.includes(c.toLowerCase()));
        if (bad) {
          err(`Permission ${bad} isn't supported`);
          retval = -1;
          break;
        }
        const p = optarg!.toLowerCase();
        rule!.perms = [...'rwxa'].filter((c) => p.includes(c)).join('');
        retval = 1;
        break;
      }
      case 'k':
        if (!permAdded || !add) {
          err('key option needs a watch or syscall given prior to it');
          retval = -1;
          break;
        }
        if (optarg!.length + key.length + (key ? 1 : 0) > MAX_KEY) {
          err('key option exceeds size limit');
          retval = -1;
          break;
        }
        key += (key ? '\x01' : '') + optarg;
        break;
      case 'i':
      case 'c':
        retval = -2;
        break;
      case 'e':
      case 'f': {
        const what = opt === 'e' ? 'Enable' : 'Failure';
        if (!['0', '1', '2'].includes(optarg!)) {
          err(`${what} must be 0, 1, or 2 was ${optarg}`);
          retval = -1;
          break;
        }
        // audit_set_enabled()/audit_set_failure(), then audit_request_status(): the status is the reply
        if (!setStatus(opt === 'e' ? 'enabled' : 'failure', Number(optarg), opt === 'e' ? 'enable' : 'failure mode')) retval = -1;
        break;
      }
      case 'r':
      case 'b':
      case '--backlog_wait_time': {
        const what = { r: 'Rate', b: 'Backlog', '--backlog_wait_time': 'Backlog_wait_time' }[opt];
        if (!/^[0-9]/.test(optarg ?? '')) {
          err(`${what} must be a numeric value was ${optarg}`);
          retval = -1;
          break;
        }
        const n = strtoul(optarg!);
        if (n === undefined) {
          err(`Error converting ${{ r: 'rate', b: 'backlog', '--backlog_wait_time': 'backlog_wait_time' }[opt]}`);
          retval = -1;
          break;
        }
        const field = ({ r: 'rateLimit', b: 'backlogLimit', '--backlog_wait_time': 'backlogWaitTime' } as const)[opt];
        // lib/libaudit.c's audit_set_backlog_wait_time() reuses the backlog limit wording
        const request = { r: 'rate limit', b: 'backlog limit', '--backlog_wait_time': 'backlog limit' }[opt];
        if (!setStatus(field, n, request)) retval = -1;
        break;
      }
      case 'm':
        if (count > 3) {
          err('The -m option must be only the only option and takes 1 parameter');
          retval = -1;
        } else if ([...optarg!].some((c) => c.charCodeAt(0) < 32)) {
          err('Illegal character in audit event');
          retval = -1;
        } else retval = -2; // audit_log_user_message(): the event goes to the audit log
        break;
      case 't':
        // audit_trim_subtrees(): no reply
        retval = -2;
        break;
      case 'R':
        err('Error - nested rule files not supported');
        retval = -1;
        break;
      case '--reset-lost':
        err('lost: 0');
        retval = -2;
        break;
      case '--reset_backlog_wait_time_actual':
        err('backlog_wait_time_actual: 0');
        retval = -2;
        break;
      case '--loginuid-immutable':
        // audit_set_feature(): the feature is set and locked (the kernel lets the same value be set again)
        audit.loginuidImmutable = true;
        retval = -2;
        break;
      case '--signal': {
        const sig = ({ term: 'TERM', stop: 'TERM', hup: 'HUP', reload: 'HUP', usr1: 'USR1', rotate: 'USR1', usr2: 'USR2', resume: 'USR2', cont: 'CONT', state: 'CONT' } as Record<string, string>)[optarg!.toLowerCase()];
        if (!sig) {
          err(`${optarg} is an unsupported signal`);
          return 1;
        }
        const auditd = processes(ctx).find((p) => p.args === '/sbin/auditd');
        if (!auditd) {
          err('Auditd is not running');
          return 2;
        }
        retval = -2;
        break;
      }
      default:
        // syscall rules (-a, -A, -d, -S, -F, -C) and -q: refused as by a kernel built without syscall auditing
        err(opt === 'q' ? 'Error sending make_equivalent command (Invalid argument)' : `Error sending ${opt === 'd' ? 'delete' : 'add'} rule data request (Invalid argument)`);
        retval = -1;
    }
  }
  // "catch extra args or errors where the user types "- s""
  if (!any) retval = -1;
  else if (rest.length && retval !== -1) {
    err('parameter passed without an option given');
    retval = -1;
  }
  if (key && !listRequested && rule) rule.keys = key.split('\x01');
  // handle_request()
  let status = retval;
  if (status === 0) ctx.out(statusText(ctx, interpret));
  else if (status === -2) status = 0;
  else if (status > 0 && rule) {
    const same = (r: Rule) => r.path === rule!.path && r.perms === rule!.perms && r.keys.join('\x01') === rule!.keys.join('\x01');
    if (audit.enabled === 2) {
      // the kernel refuses rule changes once auditing is locked
      err(`Error sending ${add === 'add' ? 'add' : 'delete'} rule data request (Operation not permitted)`);
      status = -1;
    } else if (add === 'add') {
      if (audit.rules.some(same)) {
        err('Error sending add rule data request (Rule exists)');
        status = -1;
      } else {
        audit.rules.push(rule);
        status = 0;
      }
    } else {
      const at = audit.rules.findIndex(same);
      if (at < 0) {
        err('Error sending delete rule data request (No such file or directory)');
        status = -1;
      } else {
        audit.rules.splice(at, 1);
        status = 0;
      }
    }
  } else status = -1;
  if (status === -1) {
    err('There was an error while processing parameters');
    return 255;
  }
  return 0;
}

/** main()'s `-R FILE`: fileopt() sends its complaints to syslog, so only the listings reach the terminal; each line
 * is one auditctl command, the first failing one ends the file (status 1). */
function* fileopt(ctx: CommandContext, file: string): CommandRun {
  const node = ctx.host.fs.get(ctx.resolve(file));
  if (!node || node.type !== 'file') return 1;
  for (const line of node.content.split('\n')) {
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (!words.length || words[0].startsWith('#')) continue;
    const rt = { world: ctx.world, hooks: ctx.session };
    const rc = yield* runArgv(rt, ctx.frame, ['auditctl', ...words], { out: ctx.out, err: () => {}, tty: ctx.tty }, '');
    if (rc !== 0) return 1;
  }
  return 0;
}

/** strtoul(S, NULL, 0) stored in a uint32_t: the leading number (0x hex, 0 octal), undefined when it overflows. */
function strtoul(s: string): number | undefined {
  const m = /^0[xX]([0-9a-fA-F]+)/.exec(s) ?? /^(0[0-7]*)/.exec(s) ?? /^([0-9]+)/.exec(s)!;
  const base = /^0[xX]/.test(m[0]) ? 16n : m[1].startsWith('0') ? 8n : 10n;
  let n = 0n;
  for (const c of m[1]) n = n * base + BigInt(parseInt(c, 16));
  if (n > 0xffffffffffffffffn) return undefined;
  return Number(n & 0xffffffffn);
}

/** print_rule() of a watch: the path, its permissions, each key. */
const listing = (r: Rule) => `-w ${r.path} -p ${r.perms}${r.keys.map((k) => ` -k ${k}`).join('')}\n`;

/** audit_print_reply() for AUDIT_GET and AUDIT_GET_FEATURE. */
function statusText(ctx: CommandContext, interpret: boolean): string {
  const a = ctx.host.sys!.audit!;
  const enabled = a.enabled ?? 1;
  const failure = a.failure ?? 1;
  const auditd = processes(ctx).find((p) => p.args === '/sbin/auditd');
  const head = interpret
    ? `enabled ${['disable', 'enabled', 'enabled+immutable'][enabled] ?? 'unknown'}\nfailure ${['silent', 'printk', 'panic'][failure] ?? 'unknown'}\n`
    : `enabled ${enabled}\nfailure ${failure}\n`;
  return `${head}pid ${auditd?.pid ?? 0}\nrate_limit ${a.rateLimit ?? 0}\nbacklog_limit ${a.backlogLimit ?? 8192}\nlost 0\nbacklog 0\nbacklog_wait_time ${a.backlogWaitTime ?? 60000}\nbacklog_wait_time_actual 0\nloginuid_immutable ${a.loginuidImmutable ? '1 locked' : '0 unlocked'}\n`;
}

def({ name: 'auditctl', spec, summary: 'a utility to assist controlling the kernel\'s audit system', available: linuxOnly, run });

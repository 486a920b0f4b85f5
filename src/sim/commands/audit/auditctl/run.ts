// auditctl of audit 3.1.5 (src/auditctl.c main(), setopt(), handle_request(); src/auditctl-listing.c print_rule() and
// audit_print_reply()): the root check, -h, -v, -l [-i | -k KEY], -s [-i], -D [-k KEY], watches added and removed with
// -w/-W, -p and -k, and the errors of those. The kernel's status starts as audit's 10-base-config.rules (the el9
// package's /etc/audit/rules.d/audit.rules) leaves it: -b 8192, --backlog_wait_time 60000, -f 1, no rules. Syscall
// rules (-a, -A, -d, -S, -F, -C) and the other settings say they are not modelled (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { processes } from '../../lib/procs';
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
  const err = (m: string) => ctx.err(m + '\n');
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
      default:
        ctx.err(`auditctl: ${opt.length > 1 ? opt : '-' + opt} is not modelled here\n`);
        return 1;
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
  if (status === 0) status = 0;
  else if (status === -2) status = 0;
  else if (status > 0 && rule) {
    const same = (r: Rule) => r.path === rule!.path && r.perms === rule!.perms && r.keys.join('\x01') === rule!.keys.join('\x01');
    if (add === 'add') {
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
  return `${head}pid ${auditd?.pid ?? 0}\nrate_limit ${a.rateLimit ?? 0}\nbacklog_limit ${a.backlogLimit ?? 8192}\nlost 0\nbacklog 0\nbacklog_wait_time 60000\nbacklog_wait_time_actual 0\nloginuid_immutable 0 unlocked\n`;
}

def({ name: 'auditctl', spec, summary: 'a utility to assist controlling the kernel\'s audit system', available: linuxOnly, run });

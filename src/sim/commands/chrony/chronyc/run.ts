// chronyc of chrony 4.5 on the Rocky guests. chronyd runs with no time source: the world's DNS does not resolve
// the box's pool (reports.ts). With chronyd stopped, every command that asks the daemon prints request_reply()'s
// "506 Cannot talk to daemon" and chronyc exits 1; a word that is no command is "Unrecognized command"
// (LOG_Message() to stderr), status 1; `help` prints give_help() (help.ts); exit and quit end quietly; timeout,
// retries and dns only set client options. With chronyd running: tracking, sources, sourcestats (-v) and activity
// report the unsynchronised daemon; the commands sent without arguments answer "200 OK" for root and, like the
// reports only the command socket may ask for, "501 Not authorised" for a user (chronyc falls back to UDP).
// --help, --version and option errors print usage.ts; with no command word chronyc reads one command a line from
// standard input (the chronyc> prompt and the GPL banner on a terminal). sources -a and sourcestats -a add the pool's
// unresolved records; the root-only reports are root-reports.ts; a few commands answer "Unrecognized command"
// (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun, type Yield } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';
import { countRequests, rootReport } from './root-reports';
import { UNRESOLVED } from './reports';

/** process_line()'s commands (client.c, 4.5). */
const COMMANDS = new Set(
  ('accheck activity add allow authdata burst clients cmdaccheck cmdallow cmddeny cyclelogs delete deny dfreq dns doffset dump exit help keygen ' +
    'local makestep manual maxdelay maxdelaydevratio maxdelayratio maxpoll maxupdateskew minpoll minstratum ntpdata offline online ' +
    'onoffline polltarget quit refresh rekey reload reselect reselectdist reset retries rtcdata selectdata selectopts serverstats ' +
    'settime shutdown smoothing smoothtime sourcename sources sourcestats timeout tracking trimrtc waitsync writertc authhash password').split(' '),
);
/** Commands without arguments sent as they are (client.c do_normal_submit), answered "200 OK" (RTC ones left out). */
const SUBMIT = new Set(['makestep', 'online', 'offline', 'onoffline', 'refresh', 'rekey', 'reselect', 'cyclelogs', 'dump']);
/** Reports only the command socket may ask for (cmdmon.c PERMIT_AUTH). */
const AUTH_REPORTS = new Set(['clients', 'serverstats', 'ntpdata', 'authdata', 'selectdata']);
/** Commands chronyc answers without the daemon. */
const LOCAL = new Set(['exit', 'quit', 'help', 'timeout', 'retries', 'dns']);

function* chronyc(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  // main(): --help and --version anywhere, then getopt("+46acdef:h:mnNp:v") up to the first command word
  if (args.includes('--help')) {
    ctx.out((yield* text()).usage);
    return 0;
  }
  if (args.includes('--version')) {
    ctx.out((yield* text()).VERSION);
    return 0;
  }
  let i = 0;
  let multi = false;
  for (; i < args.length && args[i].startsWith('-') && args[i] !== '-'; i++) {
    if (args[i] === '--') {
      i++;
      break;
    }
    for (let k = 1; k < args[i].length; k++) {
      const c = args[i][k];
      if ('fhp'.includes(c)) {
        if (k === args[i].length - 1 && ++i >= args.length) {
          ctx.err(`chronyc: option requires an argument -- '${c}'\n`);
          ctx.out((yield* text()).usage);
          return 1;
        }
        break;
      }
      if (c === 'v') {
        ctx.out((yield* text()).VERSION);
        return 0;
      }
      if (c === 'm') multi = true;
      else if (!'46acdenN'.includes(c)) {
        ctx.err(`chronyc: invalid option -- '${c}'\n`);
        ctx.out((yield* text()).usage);
        return 1;
      }
    }
  }
  const words = args.slice(i);
  if (words.length) return (yield* processArgs(ctx, multi ? words : [words.join(' ')])) ? 0 : 1;
  // no command: one a line from standard input, with the banner and the chronyc> prompt on a terminal
  let ret = true; // main()'s ret starts as 1
  if (ctx.stdin !== null) {
    for (const line of ctx.stdin.split('\n').slice(0, ctx.stdin.endsWith('\n') ? -1 : undefined)) {
      const r = yield* processLine(ctx, line);
      if (r === 'quit') return 0;
      ret = r;
    }
    return ret ? 0 : 1;
  }
  if (ctx.tty) ctx.out((yield* text()).GPL);
  for (;;) {
    const line = (yield { ask: ctx.tty ? 'chronyc> ' : '' }) as string | null | undefined;
    if (line === null || line === undefined) {
      if (ctx.tty) ctx.out('\n');
      return ret ? 0 : 1;
    }
    const r = yield* processLine(ctx, line);
    if (r === 'quit') return 0;
    ret = r;
  }
}

function* text(): Generator<{ load: () => Promise<unknown> }, typeof import('./usage'), unknown> {
  return (yield { load: () => import('./usage') }) as typeof import('./usage');
}

/** process_args(): the lines in turn, stopping at the first that fails. */
function* processArgs(ctx: CommandContext, lines: string[]): Generator<Yield, boolean, unknown> {
  for (const line of lines) {
    const r = yield* processLine(ctx, line);
    if (r === 'quit') return true;
    if (!r) return false;
  }
  return true;
}

/** process_line(): one command; true when it succeeded, 'quit' for exit and quit. */
function* processLine(ctx: CommandContext, text: string): Generator<Yield, boolean | 'quit', unknown> {
  const line = text.trim().split(/\s+/);
  const cmd = line[0] ?? '';
  if (cmd === '') return true;
  if (cmd === 'authhash' || cmd === 'password') {
    ctx.err('Authentication is no longer supported\n');
    return true; // "Warn, but don't return error to not break scripts"
  }
  if (!COMMANDS.has(cmd)) {
    ctx.err('Unrecognized command\n');
    return false;
  }
  if (cmd === 'exit' || cmd === 'quit') return 'quit';
  if (cmd === 'help') {
    const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.out(help);
    return true;
  }
  if (LOCAL.has(cmd)) return true;
  const running = ctx.host.sys?.units.get('chronyd.service')?.active === 'active';
  if (!running) {
    ctx.out('506 Cannot talk to daemon\n');
    return false;
  }
  const rest = line.slice(1);
  const flags = new Set(rest);
  // the reports anyone may ask for (cmdmon.c PERMIT_OPEN), from a daemon with no source (reports.ts)
  // parse_sources_options(): -a and -v, any other word ignored; -v does nothing in CSV mode (-c)
  if (cmd === 'sources' || cmd === 'sourcestats') {
    const r = (yield { load: () => import('./reports') }) as typeof import('./reports');
    const verbose = flags.has('-v');
    countRequests(ctx, 1 + UNRESOLVED);
    ctx.out(cmd === 'sources' ? r.sources(verbose, flags.has('-a')) : r.sourcestats(verbose, flags.has('-a')));
    return true;
  }
  if (cmd === 'waitsync') return yield* waitsync(ctx, rest.join(' '));
  if ((cmd === 'tracking' || cmd === 'activity') && !rest.length) {
    countRequests(ctx, 1);
    const r = (yield { load: () => import('./reports') }) as typeof import('./reports');
    ctx.out(cmd === 'tracking' ? r.TRACKING : r.ACTIVITY);
    return true;
  }
  // the root-only reports (root-reports.ts): over the command socket for root, over UDP for a user
  if (AUTH_REPORTS.has(cmd) && !(cmd === 'ntpdata' && rest.length)) {
    const r = rootReport(ctx, cmd, rest, ctx.frame.user === 'root');
    countRequests(ctx, r.requests);
    if (r.err) ctx.err(r.err);
    ctx.out(r.out);
    return r.ok;
  }
  // commands with arguments (submit.ts): parsed here, answered by the daemon
  if (!(SUBMIT.has(cmd) && !rest.length)) {
    const { submitWithArgs } = (yield { load: () => import('./submit') }) as typeof import('./submit');
    const r = submitWithArgs(ctx, cmd, rest);
    if (r) {
      if (r.out) countRequests(ctx, 1);
      if (r.err) ctx.err(r.err);
      if (r.out) ctx.out(r.out);
      return r.ok;
    }
  }
  // the others need the daemon's command socket (root); a user's chronyc asks over UDP, where they are refused
  const sources = (cmd === 'reload' || cmd === 'reset') && rest.join(' ') === 'sources';
  const submit = (SUBMIT.has(cmd) && !rest.length) || sources;
  if (submit) countRequests(ctx, 1);
  if (submit && ctx.frame.user !== 'root') {
    ctx.out('501 Not authorised\n');
    return false;
  }
  if (submit) {
    ctx.out('200 OK\n');
    return true;
  }
  // the rest (keygen, add, delete, allow/deny, settime, the RTC commands ...) is refused as an unknown command
  ctx.err('Unrecognized command\n');
  return false;
}

/**
 * process_cmd_waitsync(): "max-tries max-correction max-skew interval" as sscanf reads them (defaults 0 = no limit,
 * 0, 0, 10 s; at least 0.1 s), a tracking report a try; the unsynchronised daemon (no reference) never satisfies it,
 * so it tries until the limit (status 1) or until Ctrl+C, which chronyc's signal handler turns into quit (status 1).
 */
function* waitsync(ctx: CommandContext, line: string): Generator<Yield, boolean, unknown> {
  const m = /^\s*([+-]?\d+)(?:\s+([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?:\s+([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)(?:\s+([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))?)?)?/.exec(line);
  const maxTries = m ? parseInt(m[1], 10) : 0;
  const interval = Math.max(m?.[4] !== undefined ? parseFloat(m[4]) : 10, 0.1);
  try {
    for (let i = 1; ; i++) {
      // print_report("try: %d, refid: %R, correction: %.9f, skew: %.3f\n"): the tracking report's reference ID 0
      countRequests(ctx, 1);
      ctx.out(`try: ${i}, refid: 00000000, correction: 0.000000000, skew: 0.000\n`);
      if (maxTries && i >= maxTries) return false;
      yield { wait: interval * 1000 };
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    return false;
  }
}

def({ name: 'chronyc', summary: 'command-line interface for chrony daemon', spec, run: chronyc, available: linuxOnly });

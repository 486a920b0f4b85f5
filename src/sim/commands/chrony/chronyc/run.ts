// chronyc of chrony 4.5 on the Rocky guests. chronyd runs with no time source: the world's DNS does not resolve
// the box's pool (reports.ts). With chronyd stopped, every command that asks the daemon prints request_reply()'s
// "506 Cannot talk to daemon" and chronyc exits 1; a word that is no command is "Unrecognized command"
// (LOG_Message() to stderr), status 1; `help` prints give_help() (help.ts); exit and quit end quietly; timeout,
// retries and dns only set client options. With chronyd running: tracking, sources, sourcestats (-v) and activity
// report the unsynchronised daemon; the commands sent without arguments answer "200 OK" for root and, like the
// reports only the command socket may ask for, "501 Not authorised" for a user (chronyc falls back to UDP).
// Not modelled (chronyc says so): sources -a (the pool's unresolved records), the root-only reports, commands
// with arguments, --help, --version, option errors (their text depends on the build) and the interactive prompt.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

export const NOT_MODELLED = 'chronyc: this is not part of this simulation (chronyd has no time sources here)\n';

/** process_line()'s commands (client.c, 4.5). */
const COMMANDS = new Set(
  ('accheck activity add allow authdata burst clients cmdaccheck cmdallow cmddeny cyclelogs delete deny dns dump exit help keygen ' +
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
  if (args.some((a) => a === '--help' || a === '--version')) {
    ctx.err(NOT_MODELLED);
    return 1;
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
        if (k === args[i].length - 1) i++;
        break;
      }
      if (c === 'm') multi = true;
      else if (!'46acdenN'.includes(c)) {
        ctx.err(NOT_MODELLED);
        return 1;
      }
    }
  }
  const words = args.slice(i);
  if (!words.length) {
    ctx.err(NOT_MODELLED);
    return 1;
  }
  const running = ctx.host.sys?.units.get('chronyd.service')?.active === 'active';
  const lines = multi ? words.map((w) => w.trim().split(/\s+/)) : [words.join(' ').trim().split(/\s+/)];
  for (const line of lines) {
    const cmd = line[0] ?? '';
    if (cmd === '') continue;
    if (cmd === 'authhash' || cmd === 'password') {
      ctx.err('Authentication is no longer supported\n');
      continue;
    }
    if (!COMMANDS.has(cmd)) {
      ctx.err('Unrecognized command\n');
      return 1;
    }
    if (cmd === 'exit' || cmd === 'quit') return 0;
    if (cmd === 'help') {
      const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
      ctx.out(help);
      continue;
    }
    if (LOCAL.has(cmd)) continue;
    if (!running) {
      ctx.out('506 Cannot talk to daemon\n');
      return 1;
    }
    const rest = line.slice(1);
    const flags = new Set(rest);
    // the reports anyone may ask for (cmdmon.c PERMIT_OPEN), from a daemon with no source (reports.ts)
    if ((cmd === 'sources' || cmd === 'sourcestats') && rest.every((w) => w === '-v' || w === '-a') && !flags.has('-a')) {
      const r = (yield { load: () => import('./reports') }) as typeof import('./reports');
      ctx.out(cmd === 'sources' ? r.sources(flags.has('-v')) : r.sourcestats(flags.has('-v')));
      continue;
    }
    if ((cmd === 'tracking' || cmd === 'activity') && !rest.length) {
      const r = (yield { load: () => import('./reports') }) as typeof import('./reports');
      ctx.out(cmd === 'tracking' ? r.TRACKING : r.ACTIVITY);
      continue;
    }
    // the others need the daemon's command socket (root); a user's chronyc asks over UDP, where they are refused
    const submit = SUBMIT.has(cmd) && !rest.length;
    if ((submit || AUTH_REPORTS.has(cmd) || (cmd === 'reload' || cmd === 'reset') && rest.join(' ') === 'sources') && ctx.frame.user !== 'root') {
      ctx.out('501 Not authorised\n');
      return 1;
    }
    if (submit || ((cmd === 'reload' || cmd === 'reset') && rest.join(' ') === 'sources')) {
      ctx.out('200 OK\n');
      continue;
    }
    ctx.err(NOT_MODELLED);
    return 1;
  }
  return 0;
}

def({ name: 'chronyc', summary: 'command-line interface for chrony daemon', spec, run: chronyc, available: linuxOnly });

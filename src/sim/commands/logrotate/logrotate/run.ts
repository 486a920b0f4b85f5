// logrotate 3.18.0 (logrotate.c main()): popt reads the options anywhere among the configuration paths; a bad one
// ends with "bad argument" and poptStrerror(0)'s "unknown error" (the release passes rc, still 0), status 2. Then
// the configuration is read (config.ts), the state file locked unless -d (a missing one is created: root only,
// status 3 otherwise), read, and each log set rotated (rotate.ts); the state is written back unless -d. Messages go
// to stderr: errors always, the debug ones with -d or -v.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { spec } from './spec';
import { HELP, USAGE, NO_CONFIG, VERSION, DEBUG_WARNING } from './help';
import { ConfigReader } from './config';
import { Rotator } from './rotate';

const STATE = '/var/lib/logrotate/logrotate.status';
const LONG: Record<string, [letter: string, arg: boolean]> = {
  debug: ['d', false], force: ['f', false], mail: ['m', true], state: ['s', true], 'skip-state-lock': ['L', false],
  verbose: ['v', false], log: ['l', true], version: ['V', false], help: ['?', false], usage: ['u', false],
};
const SHORT: Record<string, boolean> = { d: false, f: false, m: true, s: true, v: false, l: true, '?': false };

function* run(ctx: CommandContext): CommandRun {
  const files: string[] = [];
  let debug = false;
  let verbose = false;
  let force = false;
  let state = STATE;
  const out: string[] = [];
  const bad = (w: string) => {
    ctx.err(`logrotate: bad argument ${w}: unknown error\n`);
    return 2;
  };
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w === '--') {
      files.push(...args.slice(i + 1));
      break;
    }
    if (!w.startsWith('-') || w === '-') {
      files.push(w);
      continue;
    }
    const opts: { o: string; v?: string }[] = [];
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      const o = LONG[name];
      if (!o || (!o[1] && eq >= 0)) return bad(w);
      let v = eq < 0 ? undefined : w.slice(eq + 1);
      if (o[1] && v === undefined) {
        if (i + 1 >= args.length) return bad(w);
        v = args[++i];
      }
      opts.push({ o: o[0], v });
    } else
      for (let k = 1; k < w.length; k++) {
        const c = w[k];
        if (!(c in SHORT)) return bad(w);
        if (SHORT[c]) {
          let v: string | undefined = w.slice(k + 1);
          if (!v) {
            if (i + 1 >= args.length) return bad(w);
            v = args[++i];
          }
          opts.push({ o: c, v });
          break;
        }
        opts.push({ o: c });
      }
    for (const { o, v } of opts) {
      if (o === 'd') {
        debug = true;
        verbose = true;
        out.push(DEBUG_WARNING);
      } else if (o === 'v') verbose = true;
      else if (o === 'f') force = true;
      else if (o === 's') state = v!;
      else if (o === 'V') {
        ctx.err(out.join(''));
        ctx.out(VERSION);
        return 0;
      } else if (o === '?') {
        ctx.err(out.join(''));
        ctx.out(HELP);
        return 0;
      } else if (o === 'u') {
        ctx.err(out.join(''));
        ctx.out(USAGE);
        return 0;
      }
    }
  }
  const say = (level: 'debug' | 'error', text: string) => {
    if (level === 'error') out.push('error: ' + text);
    else if (verbose) out.push(text);
  };
  if (!files.length) {
    ctx.err(out.join('') + NO_CONFIG + USAGE);
    return 1;
  }
  const fs = ctx.host.fs;
  const reader = new ConfigReader(fs, say, ctx.frame.cwd);
  let rc = 0;
  for (const f of files) if (!reader.readPath(f)) rc = 1;
  const statePath = ctx.resolve(state);
  const root = isRoot(ctx);
  if (!debug) {
    if (!fs.exists(statePath)) {
      say('debug', `Creating stub state file: ${state}\n`);
      if (!root || !fs.isDir(fs.dirname(statePath))) {
        say('error', `error creating stub state file ${state}: ${root ? 'No such file or directory' : 'Permission denied'}\n`);
        ctx.err(out.join(''));
        return 3;
      }
      fs.write(statePath, '', false, 0o644);
    } else if (!root) {
      say('error', `error opening state file ${state}: Permission denied\n`);
      ctx.err(out.join(''));
      return 3;
    }
  }
  const rot = new Rotator(ctx.host, ctx.world.now, debug, say, root);
  if (!rot.readState(statePath)) rc = 1;
  say('debug', `\nHandling ${reader.sets.length} logs\n`);
  for (const set of reader.sets) if (rot.rotateSet(set, force)) rc = 1;
  if (!debug) fs.write(statePath, rot.stateText());
  ctx.err(out.join(''));
  return rc;
}

def({ name: 'logrotate', spec, summary: 'rotates, compresses, and mails system logs', available: linuxOnly, run });

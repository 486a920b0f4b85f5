// nmcli of NetworkManager 1.48.10: the global options (nmcli.c process_command_line_options()), then OBJECT and
// COMMAND words by prefix in nmcli's own order (common.c nmc_do_cmd(), matches()), `help` after any of them for its
// usage (utils.c nmc_arg_is_help()), and the objects in their own modules: general.ts (general, networking, radio),
// device.ts (device and the overview), connection.ts, monitor.ts; NetworkManager's state is model.ts.
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { help, version, USAGE } from './help';
import { spec } from './spec';
import type { Cfg } from './format';
import { connectionCmd, type Io } from './connection';
import { deviceCmd, overview } from './device';
import { generalCmd, networkingCmd, radioCmd } from './general';
import { monitor } from './monitor';
import { editCmd } from './edit';
import { findProfile, nmState } from './model';

/** matches() (nm-client-utils.c): a non-empty prefix of the command. */
const matches = (word: string, cmd: string) => word.length > 0 && cmd.startsWith(word);
const pick = (word: string, cmds: string[]) => cmds.find((c) => matches(word, c));
/** nmc_arg_is_help() (utils.c): help, -help or --help, each as a prefix. */
const isHelp = (w: string | undefined) => w !== undefined && (matches(w, 'help') || (w.startsWith('-') && matches(w.slice(1), 'help')) || (w.startsWith('--') && matches(w.slice(2), 'help')));

function* nmcli(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  const cfg: Cfg = { mode: 'normal', multiline: null, fields: null, escape: true, wait: null };
  const fail = (msg: string, code = 2) => {
    ctx.err(msg + '\n');
    return code;
  };
  // process_command_line_options(): options before OBJECT, one or two dashes
  while (args.length && args[0].startsWith('-') && args[0] !== '-') {
    const a = args.shift()!;
    const o = a.replace(/^--?/, '');
    const val = () => args.shift();
    if (pick(o, ['terse']) === 'terse') cfg.mode = 'terse';
    else if (pick(o, ['pretty']) === 'pretty') cfg.mode = 'pretty';
    else if (o === 'h' || pick(o, ['help']) === 'help') {
      ctx.err(help);
      return 0;
    } else if (o === 'v' || pick(o, ['version']) === 'version') {
      ctx.out(version);
      return 0;
    } else if (o === 'f' || pick(o, ['fields']) === 'fields') {
      const v = val();
      if (v === undefined) return fail(`Error: missing argument for '${a}' option.`);
      cfg.fields = v;
    } else if (o === 'g' || pick(o, ['get-values']) === 'get-values') {
      const v = val();
      if (v === undefined) return fail(`Error: missing argument for '${a}' option.`);
      [cfg.fields, cfg.mode, cfg.multiline] = [v, 'terse', false];
    } else if (o === 'm' || pick(o, ['mode']) === 'mode') {
      const v = val();
      if (v === undefined) return fail(`Error: missing argument for '${a}' option.`);
      if (v !== 'tabular' && v !== 'multiline') return fail(`Error: '${v}' is not valid argument for '${a}' option.`);
      cfg.multiline = v === 'multiline';
    } else if (o === 'e' || pick(o, ['escape']) === 'escape') {
      const v = val();
      if (v === undefined) return fail(`Error: missing argument for '${a}' option.`);
      if (v !== 'yes' && v !== 'no') return fail(`Error: '${v}' is not valid argument for '${a}' option.`);
      cfg.escape = v === 'yes';
    } else if (o === 'c' || pick(o, ['colors']) === 'colors' || o === 'w' || pick(o, ['wait']) === 'wait') {
      if (val() === undefined) return fail(`Error: missing argument for '${a}' option.`);
    } else if (!['a', 's', 'o'].includes(o) && !['ask', 'show-secrets', 'overview'].some((x) => x.startsWith(o) && o.length > 0)) {
      return fail(`Error: Option '${a}' is unknown, try 'nmcli -help'.`);
    }
  }
  const unit = ctx.host.sys?.units.get('NetworkManager.service');
  if (unit && unit.active !== 'active') return fail('Error: NetworkManager is not running.', 8);
  const usage = (key: string) => {
    ctx.err(USAGE[key]);
    return 0;
  };
  const io: Io = { fail, usage };
  type Run = (args: string[]) => Generator<import('../../../types').Yield, number, unknown>;
  /** nmc_do_cmd(): the first command the word is a prefix of; `help` after it asks for its usage. */
  function* doCmd(obj: string, words: [string, Run, boolean][], dflt: Run, dfltUsage: string | null, rest: string[]): Generator<import('../../../types').Yield, number, unknown> {
    const word = rest[0];
    if (word === undefined) return yield* dflt([]);
    const hit = words.find(([w]) => matches(word, w));
    if (hit) {
      if (hit[2] && isHelp(rest[1])) return usage(`${obj} ${hit[0]}`.trim());
      return yield* hit[1](rest.slice(1));
    }
    if (isHelp(word) && dfltUsage) return usage(dfltUsage);
    return fail(`Error: argument '${word}' not understood. Try passing --help instead.`);
  }
  const rest = [...args];
  const object = rest[0];
  if (object !== undefined && isHelp(object)) {
    ctx.err(help);
    return 0;
  }
  const simple = (f: (a: string[]) => number): Run => function* (a) {
    return f(a);
  };
  const general: Run = (a) => {
    const cmd = (c: string): Run => (x) => generalCmd(ctx, cfg, c, x, io);
    return doCmd('general', [['status', cmd('status'), true], ['hostname', cmd('hostname'), true], ['permissions', cmd('permissions'), true], ['logging', cmd('logging'), true], ['reload', cmd('reload'), true]], cmd('status'), 'general', a);
  };
  const networking: Run = (a) => {
    const cmd = (c: string | undefined): Run => (x) => networkingCmd(ctx, cfg, c, x, io);
    return doCmd('networking', [['on', cmd('on'), true], ['off', cmd('off'), true], ['connectivity', cmd('connectivity'), true]], cmd(undefined), 'networking', a);
  };
  const radio: Run = (a) => {
    const cmd = (c: string): Run => (x) => radioCmd(ctx, cfg, c, x, io);
    return doCmd('radio', [['all', cmd('all'), true], ['wifi', cmd('wifi'), true], ['wwan', cmd('wwan'), true]], cmd('all'), 'radio', a);
  };
  const mon: Run = function* (a) {
    if (a.length) {
      if (!isHelp(a[0])) fail(`Error: 'monitor' command '${a[0]}' is not valid.`);
      ctx.err(USAGE.monitor);
      return isHelp(a[0]) ? 0 : 2;
    }
    return yield* monitor(ctx, { general: true, devices: [], connections: [] });
  };
  const device: Run = (a) => {
    const cmd = (c: string): Run => (x) => deviceCmd(ctx, cfg, c, x, io);
    const devMonitor: Run = function* (x) {
      const names = x.filter((n) => n !== '--');
      const known = names.filter((n) => ctx.host.ifaces.some((i) => i.name === n));
      for (const n of names) if (!known.includes(n)) ctx.err(`Error: Device '${n}' not found.\n`);
      if (names.length && !known.length) return fail('Error: not all devices found.', 10);
      return yield* monitor(ctx, { devices: known });
    };
    return doCmd('device', [
      ['checkpoint', cmd('checkpoint'), true], ['connect', cmd('connect'), true], ['disconnect', cmd('disconnect'), true], ['delete', cmd('delete'), true],
      ['down', cmd('down'), true], ['lldp', cmd('lldp'), true], ['monitor', devMonitor, true], ['modify', cmd('modify'), true], ['reapply', cmd('reapply'), true],
      ['status', cmd('status'), true], ['set', cmd('set'), true], ['show', cmd('show'), true], ['up', cmd('up'), true], ['wifi', cmd('wifi'), true],
    ], cmd('status'), 'device', a);
  };
  const connection: Run = (a) => {
    const cmd = (c: string): Run => (x) => connectionCmd(ctx, cfg, c, x, io);
    const conMonitor: Run = function* (x) {
      const st = nmState(ctx);
      const uuids: string[] = [];
      for (let i = 0; i < x.length; i++) {
        const sel = ['id', 'uuid', 'path', 'filename'].includes(x[i]) && i + 1 < x.length ? x[i++] : undefined;
        const p = findProfile(st, sel, x[i]);
        if (!p) {
          ctx.err(`Error: unknown connection '${x[i]}'.\n`);
          return fail('Error: not all connections found.', 10);
        }
        uuids.push(p.uuid);
      }
      return yield* monitor(ctx, { connections: uuids });
    };
    // the words ask for their usage the way connections.c lists them; show -h is its own
    const words: [string, Run, boolean][] = (['show', 'up', 'down', 'add', 'edit', 'delete', 'reload', 'load', 'modify', 'clone', 'import', 'export', 'migrate'] as const).map((w) => [w, w === 'edit' ? (x: string[]) => editCmd(ctx, cfg, x, io) : cmd(w), true]);
    words.push(['monitor', conMonitor, true]);
    return doCmd('connection', words, cmd('show'), 'connection', a);
  };
  const agent: Run = (a) => {
    const secret = 'nmcli successfully registered as a NetworkManager\'s secret agent.\n';
    const polkit = 'nmcli successfully registered as a polkit agent.\n';
    const wait = (text: string): Run => function* () {
      ctx.out(text);
      try {
        for (;;) yield { wait: 60_000 };
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        ctx.err('Error: nmcli terminated by signal Interrupt (2)\n');
        return 130;
      }
    };
    return doCmd('agent', [['secret', wait(secret), true], ['polkit', wait(polkit), true], ['all', wait(secret + polkit), true]], wait(secret + polkit), 'agent', a);
  };
  if (object === undefined) {
    ctx.out(overview(ctx));
    return 0;
  }
  return yield* doCmd('', [
    ['general', general, false], ['monitor', mon, false], ['networking', networking, false], ['radio', radio, false],
    ['connection', connection, false], ['device', device, false], ['agent', agent, false],
  ], simple(() => 0), null, rest);
}

def({ name: 'nmcli', summary: 'command-line tool for controlling NetworkManager', available: linuxOnly, spec, run: nmcli });

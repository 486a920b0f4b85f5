// ssh of OpenSSH 8.7p1 from one lab guest to another (options in spec.ts): `ssh [user@]host` logs in and opens
// a shell there; `ssh host command` runs one command. The way there (name, host key, login) is in lib/remote.ts.
import type { CommandContext } from '../../../context';
import { parseArgv } from '../../../spec/parse';
import { def, linuxOnly } from '../../lib/guest';
import { addOption, authenticate, connect, log, verifyHostKey, type SshOptions } from '../lib/remote';
import { openShell, runRemote } from '../lib/session';
import { parseDestination } from '../lib/destination';
import { help, version } from './help';
import { spec } from './spec';

function usage(ctx: CommandContext): number {
  ctx.err(help);
  return 255;
}

def({
  name: 'ssh',
  summary: 'OpenSSH remote login client',
  spec,
  available: linuxOnly,
  *run(ctx) {
    const opts = ctx.opts!;
    const operands = [...(ctx.operands ?? [])];
    let all = [...opts.list];
    if (all.some((o) => o.key === 'V')) {
      ctx.err(version);
      return 0;
    }
    const dest = operands.shift();
    if (dest === undefined) return usage(ctx);
    // ssh.c reads the options after the destination too, up to the command (unless `--` came first)
    const dd = ctx.args.indexOf('--');
    if (operands.length && !(dd >= 0 && dd < ctx.args.indexOf(dest))) {
      const r = parseArgv(spec, operands);
      if (r.kind === 'error') {
        const o = spec.onError!(r.error, r.path);
        ctx.err(o?.stderr ?? '');
        return usage(ctx);
      }
      if (r.kind === 'ok') {
        all = [...all, ...r.opts.list];
        operands.splice(0, operands.length, ...r.operands);
      }
      if (all.some((o) => o.key === 'V')) {
        ctx.err(version);
        return 0;
      }
    }
    const d = parseDestination(dest);
    if (!d || !d.host) return usage(ctx);
    const last = (k: string) => [...all].reverse().find((o) => o.key === k)?.value as string | undefined;
    const options: SshOptions = new Map();
    for (const o of all) if (o.key === 'o') addOption(options, String(o.value));
    const user = last('l') ?? d.user ?? options.get('user') ?? ctx.frame.user;
    const portText = last('p') ?? (d.port !== undefined ? String(d.port) : undefined) ?? options.get('port') ?? '22';
    if (!/^\d+$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      ctx.err(`Bad port '${portText}'\n`);
      return 255;
    }
    const name = /^[\d.]+$/.test(d.host) ? d.host : d.host.toLowerCase();
    const command = operands.join(' ');
    const ttys = all.filter((o) => o.key === 't').length;
    const noTty = all.some((o) => o.key === 'T');
    // ssh.c decides on a terminal before connecting: none when stdin is not one (unless -tt)
    if (ctx.stdin !== null && !noTty && ttys < 2 && (ttys > 0 || command === '')) log(ctx, 'Pseudo-terminal will not be allocated because stdin is not a terminal.');
    const peer = yield* connect(ctx, name, Number(portText));
    if (typeof peer === 'number') return peer;
    const hk = yield* verifyHostKey(ctx, peer, options);
    if (hk !== true) return hk;
    const ids = all.filter((o) => o.key === 'i').map((o) => String(o.value));
    const auth = yield* authenticate(ctx, peer, user, ids, options);
    if (auth !== true) return auth;
    if (command === '' && !all.some((o) => o.key === 'N')) {
      if (ctx.stdin !== null) return yield* runRemote(ctx, peer, user, '', ctx.stdin);
      openShell(ctx, peer, user, all.some((o) => o.key === 'q'));
      return 0;
    }
    const code = yield* runRemote(ctx, peer, user, command, ctx.stdin);
    if (ttys && !noTty && (ctx.stdin === null || ttys > 1) && !all.some((o) => o.key === 'q')) ctx.err(`Connection to ${name.slice(0, 64)} closed.\r\n`);
    return code;
  },
});

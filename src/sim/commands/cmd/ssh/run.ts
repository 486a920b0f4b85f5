// ssh.exe on the Windows host (loaded on first use): the guests' ssh (commands/openssh) from the host's side of the
// network. 127.0.0.1:<port> reaches the VM whose forwarded port it is (Vagrant's 22 => 2222), 192.168.56.x the
// guests on the host-only network. The host key is checked and added to %USERPROFILE%\.ssh\known_hosts under
// `[127.0.0.1]:2222` (sshconnect.c names a host on another port so), the login is by the Vagrant machine's
// private_key (-i, as `vagrant ssh-config` names it) or the password, and the login shell is a new level of the
// session, the way `vagrant ssh` opens one; `exit` comes back to cmd.exe.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { parseArgv } from '../../../spec/parse';
import { loadGuest } from '../../../lazy';
import { lastLogin } from '../../../login';
import { sshEnv } from '../../lib/ssh-env';
import { parseDestination } from '../../openssh/lib/destination';
import { addOption, authenticate, log, verifyHostKey, type Peer, type SshOptions } from '../../openssh/lib/remote';
import { runRemote } from '../../openssh/lib/session';
import { forwardAt, hostOnlyGuest, isLoopback } from '../hostnet';
import { help, version } from './help';
import { spec } from './spec';

function usage(ctx: CommandContext): number {
  ctx.err(help);
  return 255;
}

export function* run(ctx: CommandContext): CommandRun {
  let all = [...ctx.opts!.list];
  const operands = [...(ctx.operands ?? [])];
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
      ctx.err(spec.onError!(r.error, r.path)?.stderr ?? '');
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
  const port = Number(portText);
  const name = /^[\d.]+$/.test(d.host) ? d.host : d.host.toLowerCase();
  // ssh.c case 'i': a file that is not there is only warned about
  const ids: string[] = [];
  // Vagrant writes each created machine's key and puts its public half in the machine's authorized_keys
  const vagrantKeys: { dir: string; machine: string }[] = [];
  for (const o of all.filter((x) => x.key === 'i')) {
    const path = ctx.resolve(String(o.value));
    const m = /^(.*)\\\.vagrant\\machines\\([^\\]+)\\virtualbox\\private_key$/i.exec(path);
    const machine = m ? ctx.world.project(m[1])?.machines.get(m[2]) : undefined;
    if (m && machine && machine.state !== 'not_created') {
      vagrantKeys.push({ dir: m[1].toLowerCase(), machine: m[2] });
      continue;
    }
    if (!ctx.host.fs.exists(path)) ctx.err(`Warning: Identity file ${String(o.value)} not accessible: No such file or directory.\n`);
    else ids.push(String(o.value));
  }
  const fail = (why: string) => {
    log(ctx, `ssh: connect to host ${name} port ${port}: ${why}`);
    return 255;
  };
  let target: CommandContext['host'] | null = null;
  let via = '10.0.2.2';
  if (isLoopback(name) || name === ctx.host.hostname.toLowerCase()) {
    const f = forwardAt(ctx.world, port);
    if (!f || f.guestPort !== 22) {
      yield { wait: 2000 };
      return fail('Connection refused');
    }
    target = f.guest;
  } else if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) {
    const g = name.startsWith('192.168.56.') ? hostOnlyGuest(ctx.world, name) : null;
    if (!g || !g.up) {
      yield { wait: 21_000 };
      return fail('Connection timed out');
    }
    if (port !== 22) {
      yield { wait: 1000 };
      return fail('Connection refused');
    }
    target = g;
    via = '192.168.56.1';
  } else {
    log(ctx, `ssh: Could not resolve hostname ${name.slice(0, 100)}: No such host is known.`);
    return 255;
  }
  const sshd = target.sys?.units.get('sshd.service');
  if (sshd && sshd.active !== 'active') {
    yield { wait: 2000 };
    return fail('Connection refused');
  }
  yield { wait: 150 };
  // known_hosts and the prompt name a host on another port `[host]:port`; the password prompt names the host
  const shown = port === 22 ? name : `[${name}]:${port}`;
  const hk = yield* verifyHostKey(ctx, { name: shown, addr: shown, host: target } as Peer, options);
  if (hk !== true) return hk;
  const peer: Peer = { name, addr: name, host: target };
  const keyFits = vagrantKeys.some((k) => target.machine?.name === k.machine && target.machine.project.toLowerCase() === k.dir);
  if (!keyFits) {
    const auth = yield* authenticate(ctx, peer, user, ids, options);
    if (auth !== true) return auth;
  }
  const command = operands.join(' ');
  yield { load: loadGuest };
  if (command === '' && !all.some((o) => o.key === 'N')) {
    ctx.out(lastLogin(ctx.world, target, user, via));
    const sport = 50000 + ctx.world.rng.int(0, 9999);
    const own = via === '10.0.2.2' ? '10.0.2.15' : name;
    const env = sshEnv(target, user, { from: via, port: sport, to: own, tty: '/dev/pts/0' });
    ctx.session.pushFrame({
      shell: 'bash', hostId: target.id, user, cwd: env.HOME, env, via: 'ssh', lastExit: 0, history: [],
      ...(all.some((o) => o.key === 'q') ? {} : { sshHost: name }),
    });
    return 0;
  }
  return yield* runRemote(ctx, peer, user, command, ctx.stdin);
}

export { spec };

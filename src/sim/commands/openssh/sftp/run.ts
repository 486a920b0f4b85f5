// sftp of OpenSSH 8.7p1 (options in spec.ts): logs in over ssh like scp (host key, password or key), prints
// "Connected to host." and reads commands: at the `sftp> ` prompt on a terminal, from -b's batch file or from a
// pipe (each command echoed as `sftp> cmd`, and in batch mode the first failing command ends the session with
// status 1). The commands are in commands.ts. `sftp host:path` fetches the file (or starts in the directory).
import type { CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { addOption, authenticate, connect, log, verifyHostKey, type SshOptions } from '../lib/remote';
import { dispatch, type SftpState } from './commands';
import { usage } from './help';
import { spec } from './spec';

type Gen<T> = Generator<Yield, T, unknown>;

/** parse_user_host_path(): `[user@]host[:path]`, or an sftp:// URI. */
function destination(arg: string): { user?: string; host: string; path?: string } | null {
  const uri = /^sftp:\/\/(?:([^@/]*)@)?(\[[^\]]+\]|[^:/@]+)(?::(\d+))?(?:\/(.*))?$/.exec(arg);
  if (uri) return { user: uri[1] || undefined, host: uri[2].replace(/^\[|\]$/g, ''), path: uri[4] };
  const at = arg.lastIndexOf('@', arg.indexOf(':') >= 0 ? arg.indexOf(':') : arg.length);
  const user = at >= 0 ? arg.slice(0, at) : undefined;
  const rest = at >= 0 ? arg.slice(at + 1) : arg;
  const colon = rest.startsWith('[') ? rest.indexOf(':', rest.indexOf(']')) : rest.indexOf(':');
  const host = (colon >= 0 ? rest.slice(0, colon) : rest).replace(/^\[|\]$/g, '');
  return { user, host, path: colon >= 0 ? rest.slice(colon + 1) : undefined };
}

function* session(ctx: CommandContext, st: SftpState, lines: string[] | null, batch: boolean): Gen<number> {
  const interactive = lines === null;
  for (let i = 0; ; i++) {
    let line: string;
    if (interactive) line = String(yield { ask: 'sftp> ' });
    else {
      if (i >= lines.length) break;
      line = lines[i];
    }
    const r = yield* dispatch(ctx, st, line, !interactive);
    if (r === 'quit') return 0;
    if (r !== 0 && batch) return 1;
  }
  return 0;
}

def({
  name: 'sftp',
  summary: 'OpenSSH secure file transfer',
  spec,
  available: linuxOnly,
  *run(ctx) {
    const o = ctx.opts!;
    const operands = ctx.operands ?? [];
    if (operands.length === 0 || operands.length > 2) {
      ctx.err(usage);
      return 1;
    }
    const dest = destination(operands[0]);
    if (!dest || !dest.host) {
      ctx.err('Missing hostname\n' + usage);
      return 1;
    }
    const options: SshOptions = new Map();
    for (const x of o.all('o')) addOption(options, x);
    const batchFile = o.str('b');
    let lines: string[] | null = null;
    if (batchFile !== undefined) {
      const text = batchFile === '-' ? (ctx.stdin ?? '') : ctx.host.fs.read(ctx.resolve(batchFile));
      if (typeof text !== 'string' || ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(text)) {
        log(ctx, `${text === 'EACCES' ? 'Permission denied' : text === 'EISDIR' ? 'Is a directory' : 'No such file or directory'} (${batchFile}).`);
        return 255;
      }
      lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      options.set('batchmode', 'yes');
    } else if (ctx.stdin !== null) {
      const text = ctx.stdin;
      lines = text.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
    }
    const quiet = batchFile !== undefined || o.has('q');
    const port = Number(o.str('P') ?? options.get('port') ?? '22');
    const name = /^[\d.]+$/.test(dest.host) ? dest.host : dest.host.toLowerCase();
    const user = dest.user ?? options.get('user') ?? ctx.frame.user;
    const peer = yield* connect(ctx, name, port);
    if (
      typeof peer === 'number' ||
      (yield* verifyHostKey(ctx, peer, options)) !== true ||
      (yield* authenticate(ctx, peer, user, o.all('i'), options)) !== true
    ) {
      log(ctx, 'Connection closed');
      return 255;
    }
    const host = peer.host!;
    const home = host.users.get(user)?.home ?? '/';
    if (!quiet) ctx.err(`Connected to ${name}.\n`);
    const st: SftpState = { host, user, pwd: home, start: home, lcwd: ctx.frame.cwd, quiet, progress: ctx.tty && !quiet };
    if (dest.path) {
      const abs = dest.path.startsWith('/') ? dest.path : `${home.replace(/\/$/, '')}/${dest.path}`;
      if (host.fs.isDir(abs) && operands.length === 1) {
        if (!quiet) ctx.out(`Changing to: ${abs}\n`);
        const r = yield* dispatch(ctx, st, `cd "${abs}"`, false);
        if (r !== 0) return 1;
      } else {
        const r = yield* dispatch(ctx, st, `get ${abs}${operands[1] ? ' ' + operands[1] : ''}`, false);
        return r === 0 ? 0 : 1;
      }
    }
    return yield* session(ctx, st, lines, batchFile !== undefined);
  },
});

// ssh-copy-id of OpenSSH 8.7p1 (contrib/ssh-copy-id), the steps of the script with its messages: the newest
// ~/.ssh/id*.pub (or -i), a first ssh that may ask about the host key, a key login to skip keys already
// there, then ssh with a password to append the key to ~/.ssh/authorized_keys on the other guest.
import type { CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { parsePublicLine } from '../lib/keys';
import { addOption, authenticate, connect, homeOf, verifyHostKey, type Peer, type SshOptions } from '../lib/remote';
import { parseDestination } from '../lib/destination';
import { help } from './help';
import { spec } from './spec';

const NAME = '/usr/bin/ssh-copy-id';
const bad = (t: string) => ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(t);

function usage(ctx: CommandContext): number {
  ctx.err(help);
  return 1;
}

/** One ssh run of the script; `hidden`: its stdout and stderr go to a file (only what it asks shows). */
function* sshRun(
  ctx: CommandContext,
  d: { user: string; host: string; port: number },
  options: SshOptions,
  ids: string[],
  hidden: boolean,
): Generator<Yield, { peer: Peer | null; code: number; output: string }, unknown> {
  let output = '';
  const c: CommandContext = hidden ? { ...ctx, out: (t) => (output += t), err: (t) => (output += t) } : ctx;
  const peer = yield* connect(c, d.host, d.port);
  if (typeof peer === 'number') return { peer: null, code: peer, output };
  const hk = yield* verifyHostKey(c, peer, options);
  if (hk !== true) return { peer, code: hk, output };
  const auth = yield* authenticate(c, peer, d.user, ids, options);
  if (auth !== true) return { peer, code: auth, output };
  return { peer, code: 0, output };
}

def({
  name: 'ssh-copy-id',
  summary: 'use locally available keys to authorise logins on a remote machine',
  spec,
  available: linuxOnly,
  *run(ctx) {
    const opts = ctx.opts!;
    const operands = ctx.operands ?? [];
    if (operands.length === 0) return usage(ctx);
    if (operands.length > 1) {
      ctx.err(`${NAME}: ERROR: Too many arguments.  Expecting a target hostname, got: ${ctx.args.join(' ')}\n\n`);
      return usage(ctx);
    }
    if (opts.count('i') > 1) {
      ctx.out(`\n${NAME}: ERROR: -i option must not be specified more than once\n\n`);
      return usage(ctx);
    }
    const forced = opts.has('f');
    const home = homeOf(ctx).replace(/\/$/, '');
    // DEFAULT_PUB_ID_FILE: the newest ~/.ssh/id*.pub that is not a certificate
    const list = ctx.host.fs.list(`${home}/.ssh`);
    const newest = typeof list === 'string' ? undefined : [...list].filter((e) => /^id.*\.pub$/.test(e.name) && !e.name.endsWith('-cert.pub')).sort((a, b) => b.mtime - a.mtime)[0];
    const given = opts.str('i');
    const idFile = given !== undefined ? ctx.resolve(given) : newest ? `${home}/.ssh/${newest.name}` : undefined;
    if (idFile === undefined || (given === undefined && bad(String(ctx.host.fs.read(idFile))))) {
      ctx.err(`${NAME}: ERROR: No identities found\n`);
      return 1;
    }
    const pubFile = idFile.endsWith('.pub') ? idFile : idFile + '.pub';
    const privFile = forced ? undefined : pubFile.slice(0, -4);
    for (const f of [pubFile, ...(privFile ? [privFile] : [])]) {
      const t = ctx.host.fs.read(f);
      if (typeof t !== 'string' || bad(t)) {
        const why = t === 'EACCES' ? 'Permission denied' : t === 'EISDIR' ? 'Is a directory' : 'No such file or directory';
        const extra = f === privFile ? `\n\t(to install the contents of '${pubFile}' anyway, look at the -f option)` : '';
        ctx.out(`\n${NAME}: ERROR: failed to open ID file '${f}': ${why}${extra}\n`);
        return 1;
      }
    }
    ctx.err(`${NAME}: INFO: Source of key(s) to be installed: "${pubFile}"\n`);
    const keys = (ctx.host.fs.read(pubFile) as string).split('\n').filter((l) => parsePublicLine(l));
    if (!keys.length) {
      ctx.err(`${NAME}: ERROR: No identities found\n`);
      return 1;
    }
    const dest = parseDestination(operands[0].replace(/:$/, ''));
    if (!dest) return usage(ctx);
    const options: SshOptions = new Map();
    for (const o of opts.all('o')) addOption(options, o);
    const d = { user: dest.user ?? ctx.frame.user, host: /^[\d.]+$/.test(dest.host) ? dest.host : dest.host.toLowerCase(), port: Number(opts.str('p') ?? dest.port ?? 22) };
    // REMOTE_VERSION=$(ssh -v -o PreferredAuthentications=',' ...): may ask about the host key, says nothing else
    yield* sshRun(ctx, d, new Map([...options, ['passwordauthentication', 'no'], ['batchmode', 'no']]), ['/dev/null'], true);
    let newKeys = keys;
    if (!forced) {
      ctx.err(`${NAME}: INFO: attempting to log in with the new key(s), to filter out any that are already installed\n`);
      const probe = yield* sshRun(ctx, d, new Map([...options, ['passwordauthentication', 'no']]), [privFile!], true);
      if (probe.code === 0) newKeys = [];
      else if (!probe.output.includes('Permission denied')) {
        const text = probe.output.replace(/\n+$/, '').split('\n').map((l) => 'ERROR: ' + l).join('\n');
        ctx.err(`\n${NAME}: ${text}\n\n`);
        return 1;
      }
      if (!newKeys.length) {
        ctx.err(`\n${NAME}: WARNING: All keys were skipped because they already exist on the remote system.\n\t\t(if you think this is a mistake, you may want to use -f option)\n\n`);
        return 0;
      }
      ctx.err(`${NAME}: INFO: ${newKeys.length} key(s) remain to be installed -- if you are prompted now it is to install the new keys\n`);
    }
    if (opts.has('n')) {
      ctx.out(`=-=-=-=-=-=-=-=\nWould have added the following key(s):\n\n${newKeys.join('\n')}\n=-=-=-=-=-=-=-=\n`);
      return 0;
    }
    const r = yield* sshRun(ctx, d, options, [], false);
    if (r.code !== 0 || !r.peer) return 1;
    const target = r.peer.host!;
    const thome = (target.users.get(d.user)?.home ?? '/').replace(/\/$/, '');
    if (!target.fs.isDir(`${thome}/.ssh`)) {
      target.fs.mkdir(`${thome}/.ssh`, true);
      const n = target.fs.get(`${thome}/.ssh`);
      if (n) n.mode = 0o700;
    }
    const ak = `${thome}/.ssh/authorized_keys`;
    const old = target.fs.read(ak);
    const had = typeof old === 'string' && !bad(old) ? old : null;
    const sep = had && !had.endsWith('\n') ? '\n' : '';
    target.fs.write(ak, sep + newKeys.map((k) => k + '\n').join(''), true, 0o600);
    const quoted = [...(opts.str('p') ? [`-p '${opts.str('p')}'`] : []), ...opts.all('o').map((o) => `-o '${o}'`), `'${operands[0].replace(/:$/, '')}'`].join(' ');
    ctx.out(`\nNumber of key(s) added: ${newKeys.length}\n\nNow try logging into the machine, with:   "ssh ${quoted}"\nand check to make sure that only the key(s) you wanted were added.\n\n`);
    return 0;
  },
});

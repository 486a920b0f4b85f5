// ssh-keygen of OpenSSH 8.7p1 (options in spec.ts): making a key pair with its questions (file, overwrite,
// passphrase twice), the fingerprint and randomart; -l (fingerprint of a key file), -y (the public key of a
// private one) and -R (remove a host from known_hosts). The other modes (certificates, KRLs, conversions,
// moduli, signatures) are not modelled: they print usage() as a refusal (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import { def, linuxOnly } from '../../lib/guest';
import { KEY_FILE, KEY_LABEL, fingerprint, hashedNameMatches, generateKey, parsePublicLine, privateKeyFile, publicLine, randomart, readPrivateKey, rngBytes, type KeyType, type SshKey } from '../lib/keys';
import { homeOf, log, setKeyPassphrase } from '../lib/remote';
import { help } from './help';
import { spec } from './spec';

const TYPES: Record<string, KeyType> = { rsa: 'rsa', ecdsa: 'ecdsa', ed25519: 'ed25519', 'ssh-rsa': 'rsa', 'ssh-ed25519': 'ed25519', 'ecdsa-sha2-nistp256': 'ecdsa' };

const bad = (t: string) => typeof t !== 'string' || ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(t);

function fatal(ctx: CommandContext, msg: string): number {
  log(ctx, msg);
  return 255;
}

/** `%u %s %s (%s)`: bits, fingerprint, comment, type (fingerprint_one_key); with -v the randomart too. */
function printFingerprint(ctx: CommandContext, key: SshKey, comment: string, verbose: boolean): void {
  ctx.out(`${key.bits} ${fingerprint(key)} ${comment || 'no comment'} (${KEY_LABEL[key.type]})\n`);
  if (verbose) ctx.out(randomart(key) + '\n');
}

function* askFile(ctx: CommandContext, prompt: string, type: KeyType): Generator<import('../../../types').Yield, string, unknown> {
  const dflt = `${homeOf(ctx).replace(/\/$/, '')}/.ssh/${KEY_FILE[type]}`;
  const answer = String(yield { ask: `${prompt} (${dflt}): ` });
  return answer === '' ? dflt : answer;
}

function* fingerprintFile(ctx: CommandContext, file: string, verbose: boolean): Generator<import('../../../types').Yield, number, unknown> {
  const path = ctx.resolve(file);
  const text = ctx.host.fs.read(path);
  if (bad(text)) return fatal(ctx, `ssh-keygen: ${file}: No such file or directory`);
  if (text.split('\n')[0].includes('PRIVATE KEY')) {
    const pubText = ctx.host.fs.read(path + '.pub');
    const pub = !bad(pubText) ? parsePublicLine(pubText.split('\n')[0]) : null;
    const priv = readPrivateKey(text);
    if (!pub && !priv) return fatal(ctx, `${file} is not a key file.`);
    printFingerprint(ctx, (pub?.key ?? priv!.key), pub?.comment ?? '', verbose);
    return 0;
  }
  let found = false;
  for (const l of text.split('\n')) {
    const t = l.trim();
    if (!t || t.startsWith('#')) continue;
    // a bare key, or one after known_hosts names / authorized_keys options
    const p = parsePublicLine(t) ?? parsePublicLine(t.replace(/^\S+\s+/, ''));
    if (!p) continue;
    printFingerprint(ctx, p.key, p.comment, verbose);
    found = true;
  }
  if (!found) return fatal(ctx, `${file} is not a public key file.`);
  return 0;
}

function removeHost(ctx: CommandContext, name: string, fileOpt: string | undefined): number {
  const file = fileOpt ? ctx.resolve(fileOpt) : `${homeOf(ctx).replace(/\/$/, '')}/.ssh/known_hosts`;
  const text = ctx.host.fs.read(file);
  if (bad(text)) return fatal(ctx, `Cannot stat ${file}: No such file or directory`);
  const keep: string[] = [];
  let found = false;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((l, i) => {
    const hosts = l.trim().split(/\s+/)[0] ?? '';
    if (!l.trim().startsWith('#') && !l.trim().startsWith('@') && hosts.split(',').some((h) => h === name || (h.startsWith('|1|') && hashedNameMatches(h, name)))) {
      found = true;
      ctx.out(`# Host ${name} found: line ${i + 1}\n`);
    } else keep.push(l);
  });
  if (!found) {
    log(ctx, `Host ${name} not found in ${file}`);
    return 0;
  }
  ctx.host.fs.write(file + '.old', text);
  ctx.host.fs.write(file, keep.map((l) => l + '\n').join(''));
  ctx.out(`${file} updated.\nOriginal contents retained as ${file}.old\n`);
  return 0;
}

def({
  name: 'ssh-keygen',
  summary: 'OpenSSH authentication key utility',
  spec,
  available: linuxOnly,
  *run(ctx) {
    const opts = ctx.opts!;
    const has = (k: string) => opts.list.some((o) => o.key === k);
    const val = (k: string) => opts.str(k);
    const quiet = has('q');
    const file = val('f');
    if (has('R')) return removeHost(ctx, val('R')!, file);
    if (has('l')) {
      const f = file ?? (yield* askFile(ctx, 'Enter file in which the key is', TYPES[val('t') ?? 'rsa'] ?? 'rsa'));
      return yield* fingerprintFile(ctx, f, has('v'));
    }
    if (has('y')) {
      const f = file ?? (yield* askFile(ctx, 'Enter file in which the key is', TYPES[val('t') ?? 'rsa'] ?? 'rsa'));
      const text = ctx.host.fs.read(ctx.resolve(f));
      if (bad(text)) return fatal(ctx, `${f}: No such file or directory`);
      const pk = readPrivateKey(text);
      if (!pk) return fatal(ctx, `Load key "${f}": invalid format`);
      const pubText = ctx.host.fs.read(ctx.resolve(f) + '.pub');
      const comment = !bad(pubText) ? (parsePublicLine(pubText)?.comment ?? '') : '';
      ctx.out(publicLine(pk.key, comment) + '\n');
      return 0;
    }
    // modes not modelled here
    if (['p', 'c', 'e', 'i', 'X', 'F', 'H', 'B', 'D', 'K', 'L', 'A', 'M', 'Q', 'k', 's', 'Y', 'r', 'g'].some(has)) {
      ctx.err(help);
      return 1;
    }
    const typeName = val('t') ?? 'rsa';
    const type = TYPES[typeName];
    if (!type) return fatal(ctx, `unknown key type ${typeName}`);
    const bitsText = val('b');
    let bits = type === 'rsa' ? 3072 : 256;
    if (bitsText !== undefined) {
      if (!/^\d+$/.test(bitsText) || Number(bitsText) < 1) return fatal(ctx, `Bits has bad value ${bitsText} (${/^\d+$/.test(bitsText) ? 'too small' : 'invalid'})`);
      bits = Number(bitsText);
    }
    if (type === 'rsa' && bits < 1024) return fatal(ctx, 'Invalid RSA key length: minimum is 1024 bits');
    if (type === 'rsa' && bits > 16384) return fatal(ctx, 'Invalid RSA key length: maximum is 16384 bits');
    if (type === 'ecdsa' && bitsText !== undefined && bits !== 256) return fatal(ctx, 'Invalid ECDSA key length: valid lengths are 256, 384 or 521 bits');
    if (!quiet) ctx.out(`Generating public/private ${typeName} key pair.\n`);
    const bytes = rngBytes(() => ctx.world.rng.next());
    const pair = generateKey(type, bytes, type === 'rsa' ? Math.ceil(bits / 8) * 8 : 256);
    if (type === 'rsa') yield { wait: 800 };
    const path = ctx.resolve(file ?? (yield* askFile(ctx, 'Enter file in which to save the key', type)));
    // hostfile_create_user_ssh_dir(): ~/.ssh for a key kept there
    const sshd = `${homeOf(ctx).replace(/\/$/, '')}/.ssh`;
    if (path.startsWith(sshd + '/') && !ctx.host.fs.isDir(sshd)) {
      ctx.host.fs.mkdir(sshd, true);
      const n = ctx.host.fs.get(sshd);
      if (n) n.mode = 0o700;
      if (!quiet) log(ctx, `Created directory '${sshd}'.`);
    }
    if (ctx.host.fs.exists(path)) {
      ctx.out(`${path} already exists.\nOverwrite (y/n)? `);
      const yn = String(yield { ask: '' });
      if (!/^[yY]/.test(yn)) return 1;
    }
    let pass = val('N') ?? val('P');
    while (pass === undefined) {
      const p1 = String(yield { ask: 'Enter passphrase (empty for no passphrase): ', secret: true, stderr: true });
      const p2 = String(yield { ask: 'Enter same passphrase again: ', secret: true, stderr: true });
      if (p1 === p2) pass = p1;
      else ctx.out('Passphrases do not match.  Try again.\n');
    }
    const comment = val('C') ?? `${ctx.frame.user}@${ctx.host.hostname}`;
    const dir = ctx.host.fs.dirname(path);
    if (!ctx.host.fs.isDir(dir) || ctx.host.fs.isDir(path)) {
      log(ctx, `Saving key "${path}" failed: ${ctx.host.fs.isDir(path) ? 'Is a directory' : 'No such file or directory'}`);
      return 1;
    }
    if (ctx.host.fs.write(path, privateKeyFile(pair, comment, pass !== '', bytes), false, 0o600) !== null) {
      log(ctx, `Saving key "${path}" failed: Permission denied`);
      return 1;
    }
    const node = ctx.host.fs.get(path);
    if (node) node.mode = 0o600;
    setKeyPassphrase(ctx, pair.key, pass);
    if (!quiet) ctx.out(`Your identification has been saved in ${path}\n`);
    ctx.host.fs.write(path + '.pub', publicLine(pair.key, comment) + '\n', false, 0o644);
    if (!quiet)
      ctx.out(
        `Your public key has been saved in ${path}.pub\nThe key fingerprint is:\n${fingerprint(pair.key)} ${comment}\nThe key's randomart image is:\n${randomart(pair.key)}\n`,
      );
    return 0;
  },
});

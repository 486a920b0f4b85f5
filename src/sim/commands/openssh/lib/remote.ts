// What ssh, scp and ssh-copy-id of OpenSSH 8.7p1 share: finding the other guest (getaddrinfo over /etc/hosts),
// reaching its sshd, checking its host key against ~/.ssh/known_hosts (sshconnect.c) and logging in
// (sshconnect2.c: public keys from ~/.ssh, then up to three passwords). The guests' sshd is Rocky 9's as the
// rockylinux/9 box leaves it: password authentication on (the kickstart does not turn it off), root only by key
// (PermitRootLogin prohibit-password), GSSAPI on (50-redhat.conf), a 2 s PAM delay after a wrong password.
import type { CommandContext, Frame } from '../../../context';
import type { Host, Yield } from '../../../types';
import { PUBLIC_HOSTS } from '../../../net/hosts';
import { sshEnv } from '../../lib/ssh-env';
import { agentKeys, connectAgent } from './agent';
import { KEY_FILE, KEY_LABEL, digestBytes, hashedNameMatches, fingerprint, generateKey, parsePublicLine, publicLine, readPrivateKey, sameKey, type KeyType, type SshKey } from './keys';

type Gen<T> = Generator<Yield, T, unknown>;

/** log.c writes each message to stderr with "\r\n". */
export const log = (ctx: CommandContext, msg: string) => ctx.err(msg + '\r\n');

/** Options given with -o (and their command-line forms), by lower-case name. */
export type SshOptions = Map<string, string>;

/** Parse `-o Name=value` / `-o "Name value"`; the name is case-insensitive. */
export function addOption(opts: SshOptions, text: string): void {
  const m = /^\s*([A-Za-z0-9]+)\s*(?:=\s*|\s+)(.*)$/.exec(text);
  if (m && !opts.has(m[1].toLowerCase())) opts.set(m[1].toLowerCase(), m[2].trim());
}

export interface Peer {
  /** The name as given (lower-cased, as ssh does), used in prompts and known_hosts. */
  name: string;
  addr: string;
  /** The guest at that address, if one answers there. */
  host: Host | null;
}

function hostsFileLookup(host: Host, name: string): string | null {
  const text = host.fs.read('/etc/hosts');
  if (typeof text !== 'string' || text === 'ENOENT' || text === 'EISDIR') return null;
  for (const line of text.split('\n')) {
    const [addr, ...names] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (addr && names.includes(name)) return addr;
  }
  return null;
}

/** The address `name` resolves to on this guest (/etc/hosts first, then the NAT network's resolver), or null. */
export function resolveName(ctx: CommandContext, name: string): string | null {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(name)) return name;
  // /etc/hosts lists ::1 for localhost and the kernel prefers it
  if (name === 'localhost' || name === 'localhost6' || name === 'localhost.localdomain') return '::1';
  const fromFile = hostsFileLookup(ctx.host, name);
  if (fromFile) return fromFile;
  // the box names itself in /etc/hosts only when Vagrant set a hostname; nss-myhostname answers for it otherwise
  if (name === ctx.host.hostname || name === ctx.host.hostname.split('.')[0]) return '::1';
  return PUBLIC_HOSTS[name] ?? null;
}

/** The guest answering at `addr` as seen from `from` (its own loopback and addresses, or a host-only neighbour). */
export function hostAt(ctx: CommandContext, addr: string): Host | null {
  if (addr === '::1' || addr.startsWith('127.')) return ctx.host;
  if (ctx.host.ifaces.some((i) => i.addr === addr)) return ctx.host;
  for (const h of ctx.world.hosts.values()) if (h.kind === 'linux' && h.ifaces.some((i) => i.addr === addr && i.name !== 'eth0' && i.name !== 'lo')) return h;
  return null;
}

const sameSubnet = (ctx: CommandContext, addr: string) =>
  ctx.host.ifaces.some((i) => i.name !== 'lo' && i.addr.split('.').slice(0, 3).join('.') === addr.split('.').slice(0, 3).join('.'));

/**
 * Resolve and connect as ssh_connect() does. Errors: an unknown name (getaddrinfo's EAI_NONAME words); a guest
 * that is off on the host-only network (ARP gets no answer: the kernel gives EHOSTUNREACH after its three
 * probes, about 3 s); a stopped sshd (RST: refused at once); any other address (no answer: the SYN retries of
 * Linux give up after about 127 s).
 */
export function* connect(ctx: CommandContext, name: string, port: number, prog = 'ssh'): Gen<Peer | number> {
  const addr = resolveName(ctx, name);
  if (addr === null) {
    log(ctx, `${prog}: Could not resolve hostname ${name.slice(0, 100)}: Name or service not known`);
    return 255;
  }
  const host = hostAt(ctx, addr);
  const fail = (why: string) => {
    log(ctx, `${prog}: connect to host ${name} port ${port}: ${why}`);
    return 255;
  };
  if (!host) {
    if (sameSubnet(ctx, addr) && !addr.endsWith('.1')) {
      yield { wait: 3000 };
      return fail('No route to host');
    }
    yield { wait: 127_000 };
    return fail('Connection timed out');
  }
  if (!host.up) {
    yield { wait: 3000 };
    return fail('No route to host');
  }
  const sshd = host.sys?.units.get('sshd.service');
  if (port !== 22 || (sshd && sshd.active !== 'active')) return fail('Connection refused');
  yield { wait: 150 };
  return { name, addr, host };
}

/** The identity of a guest's install: a new VM (vagrant destroy, up) gets new host keys. */
function installId(ctx: CommandContext, host: Host): string {
  const m = host.machine;
  const vm = m ? ctx.world.project(m.project)?.machines.get(m.name)?.vmName : undefined;
  return `${host.id}:${vm ?? host.hostname}`;
}

/** A guest's host key of `type` (sshd-keygen makes RSA, ECDSA and ED25519 keys on first boot). */
export function hostKey(ctx: CommandContext, host: Host, type: KeyType = 'ed25519'): SshKey {
  return generateKey(type, digestBytes(`ssh-host-key:${type}:${installId(ctx, host)}`)).key;
}

export const homeOf = (ctx: CommandContext) => ctx.user.home || ctx.frame.env.HOME || '/';

interface KnownLine {
  file: string;
  line: number;
  hosts: string;
  key: SshKey;
}

function knownLines(ctx: CommandContext, file: string): KnownLine[] {
  const text = ctx.host.fs.read(file);
  if (typeof text !== 'string' || text === 'ENOENT' || text === 'EISDIR' || text === 'EACCES' || text === 'ENOTDIR') return [];
  const out: KnownLine[] = [];
  text.split('\n').forEach((l, i) => {
    const t = l.trim();
    if (!t || t.startsWith('#') || t.startsWith('@')) return;
    const [hosts, ...rest] = t.split(/\s+/);
    const p = parsePublicLine(rest.join(' '));
    if (p) out.push({ file, line: i + 1, hosts, key: p.key });
  });
  return out;
}

const matchesHost = (hosts: string, name: string) => hosts.split(',').some((h) => h.toLowerCase() === name || (h.startsWith('|1|') && hashedNameMatches(h, name)));

/** `~/.ssh` of the user, created 0700 when missing (as ssh and ssh-keygen do). */
export function sshDir(ctx: CommandContext): string {
  const dir = `${homeOf(ctx).replace(/\/$/, '')}/.ssh`;
  if (!ctx.host.fs.isDir(dir)) {
    ctx.host.fs.mkdir(dir, true);
    const node = ctx.host.fs.get(dir);
    if (node) node.mode = 0o700;
  }
  return dir;
}

/**
 * check_host_key() for a new connection: a known key goes on; a changed one stops with the warning; an unknown one
 * asks (StrictHostKeyChecking ask) and is added to ~/.ssh/known_hosts on yes. Returns true to go on, or the exit status.
 */
export function* verifyHostKey(ctx: CommandContext, peer: Peer, opts: SshOptions): Gen<true | number> {
  const key = hostKey(ctx, peer.host!);
  const type = KEY_LABEL[key.type];
  const userFile = opts.get('userknownhostsfile')?.replace(/^~/, homeOf(ctx)) ?? `${homeOf(ctx).replace(/\/$/, '')}/.ssh/known_hosts`;
  const lines = [...knownLines(ctx, userFile), ...knownLines(ctx, '/etc/ssh/ssh_known_hosts')];
  const forHost = lines.filter((l) => matchesHost(l.hosts, peer.name) && l.key.type === key.type);
  if (forHost.some((l) => sameKey(l.key, key))) return true;
  const strict = (opts.get('stricthostkeychecking') ?? 'ask').toLowerCase();
  if (forHost.length) {
    const bar = '@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@';
    for (const l of [
      bar,
      '@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @',
      bar,
      'IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!',
      'Someone could be eavesdropping on you right now (man-in-the-middle attack)!',
      'It is also possible that a host key has just been changed.',
      `The fingerprint for the ${type} key sent by the remote host is\n${fingerprint(key)}.`,
      'Please contact your system administrator.',
      `Add correct host key in ${userFile.slice(0, 100)} to get rid of this message.`,
      `Offending ${type} key in ${forHost[0].file}:${forHost[0].line}`,
    ])
      log(ctx, l);
    if (strict !== 'no' && strict !== 'off') {
      log(ctx, `Host key for ${peer.name} has changed and you have requested strict checking.`);
      log(ctx, 'Host key verification failed.');
      return 255;
    }
    return true;
  }
  if (strict === 'yes' || opts.get('batchmode')?.toLowerCase() === 'yes') {
    if (strict === 'yes') log(ctx, `No ${type} host key is known for ${peer.name} and you have requested strict checking.`);
    log(ctx, 'Host key verification failed.');
    return 255;
  }
  if (strict === 'ask') {
    const fp = fingerprint(key);
    const home = homeOf(ctx).replace(/\/$/, '');
    const others = lines.filter((l) => !matchesHost(l.hosts, peer.name) && sameKey(l.key, key)).slice(0, 8);
    const aka = others.length
      ? 'This host key is known by the following other names/addresses:\n' + others.map((l) => `    ${l.file.startsWith(home + '/') ? '~' + l.file.slice(home.length) : l.file}:${l.line}: ${l.hosts}`).join('\n')
      : 'This key is not known by any other names';
    const addr = peer.addr;
    let prompt = `The authenticity of host '${peer.name} (${addr})' can't be established.\n${type} key fingerprint is ${fp}.\n${aka}\nAre you sure you want to continue connecting (yes/no/[fingerprint])? `;
    for (;;) {
      const raw = String(yield { ask: prompt, stderr: true }).trim();
      const word = raw.split(/[ \t]/)[0] ?? '';
      if (word === '' || word.toLowerCase() === 'no') {
        log(ctx, 'Host key verification failed.');
        return 255;
      }
      if (word.toLowerCase() === 'yes' || word === fp) break;
      prompt = "Please type 'yes', 'no' or the fingerprint: ";
    }
  }
  // StrictHostKeyChecking ask (after yes), accept-new, no: add the key
  const dir = userFile.slice(0, userFile.lastIndexOf('/')) || '/';
  if (userFile === `${homeOf(ctx).replace(/\/$/, '')}/.ssh/known_hosts`) sshDir(ctx);
  const ok = userFile === '/dev/null' || (ctx.host.fs.isDir(dir) && ctx.host.fs.write(userFile, `${peer.name} ${publicLine(key, '')}\n`, true) === null);
  if (!ok) log(ctx, `Failed to add the host to the list of known hosts (${userFile.slice(0, 500)}).`);
  else log(ctx, `Warning: Permanently added '${peer.name}' (${type}) to the list of known hosts.`);
  return true;
}

/** The identity files ssh offers, in readconf.c's order (or the -i files). */
export function identityFiles(ctx: CommandContext, given: string[]): string[] {
  if (given.length) return given.map((f) => ctx.resolve(f.replace(/^~(?=\/)/, homeOf(ctx))));
  const dir = `${homeOf(ctx).replace(/\/$/, '')}/.ssh`;
  return (['rsa', 'ecdsa', 'ed25519'] as KeyType[]).map((t) => `${dir}/${KEY_FILE[t]}`);
}

/** The keys the target user accepts (~/.ssh/authorized_keys on the other guest). */
function authorized(host: Host, user: string): SshKey[] {
  const home = host.users.get(user)?.home;
  const text = home ? host.fs.read(`${home.replace(/\/$/, '')}/.ssh/authorized_keys`) : null;
  if (typeof text !== 'string' || ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(text)) return [];
  return text.split('\n').flatMap((l) => {
    const m = /((?:ssh-ed25519|ssh-rsa|ecdsa-sha2-nistp256) \S+.*)$/.exec(l.trim());
    const p = m && parsePublicLine(m[1]);
    return p ? [p.key] : [];
  });
}

const PASSPHRASES = 'openssh-passphrases';

/** The passphrase ssh-keygen set on a key (kept with the world: the file itself only says it is encrypted). */
export function keyPassphrase(ctx: CommandContext, key: SshKey): string {
  const m = ctx.world.ext.get(PASSPHRASES) as Record<string, string> | undefined;
  return m?.[fingerprint(key)] ?? '';
}

export function setKeyPassphrase(ctx: CommandContext, key: SshKey, pass: string): void {
  const m = { ...((ctx.world.ext.get(PASSPHRASES) as Record<string, string> | undefined) ?? {}) };
  if (pass) m[fingerprint(key)] = pass;
  else delete m[fingerprint(key)];
  ctx.world.ext.set(PASSPHRASES, m);
}

/**
 * Log in as `user` on the peer: a key from ~/.ssh (or -i) that the other side lists in authorized_keys (its
 * passphrase asked if it has one), else passwords (three tries). Returns true, or 255 after the last refusal.
 */
export function* authenticate(ctx: CommandContext, peer: Peer, user: string, idFiles: string[], opts: SshOptions): Gen<true | number> {
  const target = peer.host!;
  const accepted = authorized(target, user);
  const methods = 'publickey,gssapi-keyex,gssapi-with-mic,password';
  // the agent's keys go first (no passphrase to ask)
  const agent = connectAgent(ctx);
  if (typeof agent === 'object' && agentKeys(agent).some((k) => accepted.some((a) => sameKey(a, k.key)))) return true;
  for (const file of identityFiles(ctx, idFiles)) {
    const text = ctx.host.fs.read(file);
    if (typeof text !== 'string' || ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(text)) {
      if (idFiles.length) log(ctx, `no such identity: ${file}: No such file or directory`);
      continue;
    }
    const pk = readPrivateKey(text);
    if (!pk || !accepted.some((k) => sameKey(k, pk.key))) continue;
    if (!pk.encrypted) return true;
    const want = keyPassphrase(ctx, pk.key);
    for (let i = 0; i < 3; i++) {
      const pass = String(yield { ask: `Enter passphrase for key '${file.slice(0, 100)}': `, secret: true, stderr: true });
      if (pass === '') break;
      if (pass === want) return true;
    }
  }
  if (opts.get('batchmode')?.toLowerCase() === 'yes' || opts.get('passwordauthentication')?.toLowerCase() === 'no') {
    log(ctx, `${user}@${peer.name}: Permission denied (${methods}).`);
    return 255;
  }
  const u = target.users.get(user);
  // PermitRootLogin prohibit-password: root's password is never accepted
  const good = u && user !== 'root' ? u.password : undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    if (attempt > 1) log(ctx, 'Permission denied, please try again.');
    const pass = String(yield { ask: `${user}@${peer.name}'s password: `, secret: true, stderr: true });
    if (good !== undefined && pass === good) return true;
    yield { wait: 2000 };
  }
  log(ctx, `${user}@${peer.name}: Permission denied (${methods}).`);
  return 255;
}

/** The address this guest talks from to `peer` (its own host-only address, or the loopback). */
export function sourceAddr(ctx: CommandContext, peer: Peer): string {
  if (peer.host === ctx.host) return peer.addr === '::1' ? '::1' : '127.0.0.1';
  const net = peer.addr.split('.').slice(0, 3).join('.');
  return ctx.host.ifaces.find((i) => i.addr.startsWith(net + '.'))?.addr ?? ctx.host.ifaces.find((i) => i.name === 'eth1')?.addr ?? '10.0.2.15';
}

/** The shell level sshd opens for `user` on the peer: a login shell in the user's home with SSH_* set. */
export function remoteFrame(ctx: CommandContext, peer: Peer, user: string, login: boolean): Frame {
  const target = peer.host!;
  const src = sourceAddr(ctx, peer);
  const sport = 40000 + ctx.world.rng.int(0, 20000);
  const env = sshEnv(target, user, { from: src, port: sport, to: peer.addr, tty: login ? '/dev/pts/1' : undefined });
  return { shell: 'bash', hostId: target.id, user, cwd: env.HOME, env, via: 'ssh', lastExit: 0, history: [] };
}

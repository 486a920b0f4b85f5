// ssh-keyscan of OpenSSH 8.7p1 (options in spec.ts): for each host, one connection per key type of get_keytypes
// (RSA, ECDSA, ED25519 and the two security-key types, in KT_* order); each connection prints the server's banner
// as a `# host:port SSH-2.0-…` comment on stderr, and the host key of its type, if the server has one, as a
// known_hosts line on stdout. The guests' sshd offers the RSA, ECDSA and ED25519 keys sshd-keygen made.
import type { CommandContext } from '../../../context';
import { def, linuxOnly } from '../../lib/guest';
import { digestBytes, hashHostName, publicLine, type KeyType } from '../lib/keys';
import { hostAt, hostKey, log, resolveName } from '../lib/remote';
import { help } from './help';
import { spec } from './spec';

/** The banner of Rocky 9.5's sshd (SSH_VERSION of 8.7p1; the RHEL build adds no suffix). */
const BANNER = 'SSH-2.0-OpenSSH_8.7';

const TYPE_WORDS: Record<string, KeyType | 'dsa' | 'sk' | 'xmss'> = {
  dsa: 'dsa',
  ecdsa: 'ecdsa',
  rsa: 'rsa',
  ed25519: 'ed25519',
  'ssh-ed25519@openssh.com': 'sk',
  'ecdsa-sk': 'sk',
  'ed25519-sk': 'sk',
  xmss: 'xmss',
};

type Kt = KeyType | 'dsa' | 'ecdsa-sk' | 'ed25519-sk' | 'xmss';
const ORDER: Kt[] = ['dsa', 'rsa', 'ecdsa', 'ed25519', 'xmss', 'ecdsa-sk', 'ed25519-sk'];

function parseTypes(list: string): Set<Kt> | string {
  const out = new Set<Kt>();
  for (const t of list.split(',')) {
    const w =
      TYPE_WORDS[t] ??
      (t === 'ssh-rsa'
        ? 'rsa'
        : t === 'ecdsa-sha2-nistp256'
          ? 'ecdsa'
          : t.startsWith('sk-ecdsa')
            ? 'ecdsa-sk'
            : t.startsWith('sk-ssh-ed25519')
              ? 'ed25519-sk'
              : undefined);
    if (!w) return t;
    if (w === 'sk') out.add(t.includes('ecdsa') ? 'ecdsa-sk' : 'ed25519-sk');
    else out.add(w);
  }
  return out;
}

def({
  name: 'ssh-keyscan',
  summary: 'gather SSH public keys from servers',
  spec,
  available: linuxOnly,
  *run(ctx: CommandContext) {
    const opts = ctx.opts!;
    const hosts = [...(ctx.operands ?? [])];
    for (const f of opts.all('f')) {
      const text = f === '-' ? (ctx.stdin ?? '') : ctx.host.fs.read(ctx.resolve(f));
      if (typeof text !== 'string' || ['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(text)) {
        log(ctx, `ssh-keyscan: ${f}: ${text === 'EISDIR' ? 'Is a directory' : text === 'EACCES' ? 'Permission denied' : 'No such file or directory'}`);
        return 255;
      }
      for (const l of text.split('\n')) {
        const line = l.replace(/#.*$/, '').trim();
        if (line) hosts.push(line.split(/[ \t]/)[0]);
      }
    }
    if (hosts.length === 0) {
      ctx.err(help);
      return 1;
    }
    let types = new Set<Kt>(['rsa', 'ecdsa', 'ed25519', 'ecdsa-sk', 'ed25519-sk']);
    for (const t of opts.all('t')) {
      const p = parseTypes(t);
      if (typeof p === 'string') {
        log(ctx, `Unknown key type "${p}"`);
        return 255;
      }
      types = p;
    }
    const portText = opts.str('p');
    const port = portText === undefined ? 22 : Number(portText);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) {
      ctx.err(`Bad port '${portText}'\n`);
      return 1;
    }
    let found = false;
    for (const given of hosts) {
      for (const name of given.split(',')) {
        const lname = name.toLowerCase();
        for (const kt of ORDER) {
          if (!types.has(kt)) continue;
          const addr = resolveName(ctx, name);
          if (addr === null) {
            log(ctx, `getaddrinfo ${name}: Name or service not known`);
            continue;
          }
          const host = hostAt(ctx, addr);
          const sshd = host?.sys?.units.get('sshd.service');
          if (!host || !host.up) {
            // no answer within the -T timeout (5 s): the connection is dropped without a word
            yield { wait: 5000 };
            continue;
          }
          if (port !== 22 || (sshd && sshd.active !== 'active')) {
            log(ctx, `read (${name}): Connection refused`);
            continue;
          }
          yield { wait: 20 };
          ctx.err(`# ${name}:${port} ${BANNER}\n`);
          if (kt !== 'rsa' && kt !== 'ecdsa' && kt !== 'ed25519') continue;
          found = true;
          const hostport = port === 22 ? lname : `[${lname}]:${port}`;
          // -H: host_hash() of the name as given, with a fresh salt (here from a hash, not the world's random source)
          const shown = opts.has('H') ? hashHostName(name, digestBytes(`keyscan-salt:${host.id}:${name}:${kt}:${ctx.world.now}`)(20)) : hostport;
          ctx.out(`${shown} ${publicLine(hostKey(ctx, host, kt), '')}\n`);
        }
      }
    }
    return found ? 0 : 1;
  },
});

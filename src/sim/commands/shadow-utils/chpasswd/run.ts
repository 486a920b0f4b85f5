// chpasswd of shadow-utils 4.9 (options and help in spec.ts), after src/chpasswd.c: lines USER:PASSWORD from
// standard input; each password is encrypted with login.defs' ENCRYPT_METHOD (SHA512 on Rocky) or the -c method
// (-m: MD5, -e: taken as already encrypted, NONE: kept as is) and the day of the change set. A line without ":" or
// naming no user is an error; after any error nothing is written ("changes ignored", exit 1). Only root may lock
// /etc/passwd.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { cryptLike, dayOf, writeAccounts } from '../../lib/accounts';
import { lockFor, usageError } from '../lib';

const P = 'chpasswd';
const help = () => import('./help');
const METHODS = ['DES', 'MD5', 'NONE', 'SHA256', 'SHA512', 'BCRYPT', 'YESCRYPT'];

/** A string of the method's crypt(5) form, derived from the SHA-512 stand-in (not a real hash). */
function encrypt(method: string, seed: string): string {
  const s = cryptLike(seed);
  const salt = s.slice(3, 19);
  const body = s.slice(20);
  switch (method) {
    case 'DES':
      return (salt + body).slice(0, 13);
    case 'MD5':
      return `$1$${salt.slice(0, 8)}$${body.slice(0, 22)}`;
    case 'SHA256':
      return `$5$${salt}$${body.slice(0, 43)}`;
    case 'BCRYPT':
      return `$2b$13$${(salt + body).slice(0, 53)}`;
    case 'YESCRYPT':
      return `$y$j9T$${salt.slice(0, 22)}$${body.slice(0, 43)}`;
    default:
      return s;
  }
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const method = o.str('crypt-method');
  const rounds = o.str('sha-rounds');
  if (rounds !== undefined && method !== undefined && method !== 'DES' && method !== 'MD5' && method !== 'NONE' && !/^\s*[-+]?\d+$/.test(rounds)) {
    ctx.err(`${P}: invalid numeric argument '${rounds}'\n`);
    return yield* usageError(ctx, help);
  }
  if (rounds !== undefined && method === undefined) {
    ctx.err(`${P}: -s flag is only allowed with the -c flag\n`);
    return yield* usageError(ctx, help);
  }
  const enc = o.has('encrypted');
  const md5 = o.has('md5');
  if ((enc && (md5 || method !== undefined)) || (md5 && method !== undefined)) {
    ctx.err(`${P}: the -c, -e, and -m flags are exclusive\n`);
    return yield* usageError(ctx, help);
  }
  if (method !== undefined && !METHODS.includes(method)) {
    ctx.err(`${P}: unsupported crypt method: ${method}\n`);
    return yield* usageError(ctx, help);
  }
  const locked = lockFor(ctx, P, '/etc/passwd', 1);
  if (locked !== null) return locked;
  const h = ctx.host;
  const lines = (ctx.stdin ?? '').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let errors = 0;
  const changes: [string, string, string][] = [];
  lines.forEach((text, i) => {
    const colon = text.indexOf(':');
    if (colon < 0) {
      ctx.err(`${P}: line ${i + 1}: missing new password\n`);
      errors++;
      return;
    }
    const name = text.slice(0, colon);
    const pass = text.slice(colon + 1);
    if (!h.users.has(name)) {
      ctx.err(`${P}: line ${i + 1}: user '${name}' does not exist\n`);
      errors++;
      return;
    }
    const m = md5 ? 'MD5' : (method ?? 'SHA512');
    const hash = enc || m === 'NONE' ? pass : encrypt(m, `${name}:${pass}:${ctx.world.now}`);
    changes.push([name, hash, enc ? '' : pass]);
  });
  if (errors) {
    ctx.err(`${P}: error detected, changes ignored\n`);
    return 1;
  }
  const day = dayOf(ctx.world.now);
  for (const [name, hash, plain] of changes) {
    const u = h.users.get(name)!;
    const f = (u.shadow?.aging ?? '::::::').split(':');
    f[0] = String(day || '');
    u.shadow = { hash, aging: f.join(':') };
    // the model checks logins against the plain text; an encrypted one (-e) leaves no password that can be typed
    u.password = enc ? undefined : plain;
  }
  writeAccounts(h);
  return 0;
}

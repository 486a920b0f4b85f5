// getent of glibc 2.34 (options and help in spec.ts), after nss/getent.c: the passwd, group, shadow, gshadow and
// initgroups databases of the guest (lib/accounts.ts, read as the files are: shadow and gshadow only by root),
// hosts from /etc/hosts. Exit 0, 1 (no or unknown database), 2 (a key not found), 3 (enumeration not supported).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findGroup, findUser, groupsOf } from '../../lib/accounts';
import { readFile, lines } from '../../lib/files';
import { TRY } from './spec';

/** The lines of a database file the user may read ([] when not readable). */
function table(ctx: CommandContext, path: string): string[][] {
  const r = readFile(ctx, path);
  return r.ok ? lines(r.text).filter((l) => l && !l.startsWith('#')).map((l) => l.split(':')) : [];
}

function byName(ctx: CommandContext, path: string, keys: string[], numeric?: (k: string) => string | undefined): number {
  const rows = table(ctx, path);
  if (!keys.length) {
    for (const r of rows) ctx.out(r.join(':') + '\n');
    return 0;
  }
  let code = 0;
  for (const k of keys) {
    const name = /^\d+$/.test(k) && numeric ? numeric(k) : k;
    const row = rows.find((r) => r[0] === name);
    if (row) ctx.out(row.join(':') + '\n');
    else code = 2;
  }
  return code;
}

function hosts(ctx: CommandContext, keys: string[]): number {
  const r = readFile(ctx, '/etc/hosts');
  const rows = (r.ok ? lines(r.text) : []).map((l) => l.replace(/#.*/, '').trim().split(/\s+/)).filter((f) => f.length > 1);
  const show = (f: string[]) => ctx.out(`${f[0].padEnd(15)} ${f.slice(1).join(' ')}\n`);
  if (!keys.length) {
    rows.forEach(show);
    return 0;
  }
  let code = 0;
  for (const k of keys) {
    // an address is looked up by address, a name as gethostbyname2 does: IPv6 first, then IPv4
    const named = rows.filter((x) => x[0] === k || x.slice(1).includes(k));
    const f = named.find((x) => x[0] === k) ?? named.find((x) => x[0].includes(':')) ?? named[0];
    if (f) show(f);
    else code = 2;
  }
  return code;
}

export function* run(ctx: CommandContext): CommandRun {
  if (ctx.opts?.has('usage')) {
    const m = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.out(m.usage);
    return 0;
  }
  const [db, ...keys] = ctx.operands ?? [];
  if (db === undefined) {
    ctx.err('getent: wrong number of arguments\n');
    ctx.out(TRY);
    return 1;
  }
  const h = ctx.host;
  switch (db) {
    case 'passwd':
      return byName(ctx, '/etc/passwd', keys, (k) => findUser(h, k)?.name);
    case 'group':
      return byName(ctx, '/etc/group', keys, (k) => findGroup(h, k)?.name);
    case 'shadow':
      return byName(ctx, '/etc/shadow', keys);
    case 'gshadow':
      return byName(ctx, '/etc/gshadow', keys);
    case 'hosts':
    case 'ahosts':
      return db === 'hosts' ? hosts(ctx, keys) : 2;
    case 'initgroups': {
      if (!keys.length) {
        ctx.err('Enumeration not supported on initgroups\n');
        return 3;
      }
      for (const k of keys) {
        const u = h.users.get(k);
        if (!u) return 1;
        // getgrouplist(user, -1): the groups that list the user (the -1 stands for the primary group and is skipped)
        const gids = groupsOf(h, u).slice(1).map((g) => ` ${g.gid}`);
        ctx.out(k.padEnd(21) + gids.join('') + '\n');
      }
      return 0;
    }
    case 'ahostsv4':
    case 'ahostsv6':
    case 'aliases':
    case 'ethers':
    case 'netgroup':
    case 'networks':
    case 'protocols':
    case 'rpc':
    case 'services':
      return keys.length ? 2 : 0;
    default:
      ctx.err(`Unknown database: ${db}\n`);
      ctx.out(TRY);
      return 1;
  }
}

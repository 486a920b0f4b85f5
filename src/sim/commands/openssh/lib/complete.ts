// Tab after ssh and scp: the names in ~/.ssh/known_hosts and /etc/hosts, as bash-completion's _known_hosts offers them.
import type { CompleteContext } from '../../../context';

export function knownHostNames(ctx: CompleteContext): string[] {
  const host = ctx.host;
  const names = new Set<string>();
  const home = host.users.get(ctx.frame.user)?.home ?? ctx.frame.env.HOME ?? '/';
  const kh = host.fs.read(`${home.replace(/\/$/, '')}/.ssh/known_hosts`);
  if (typeof kh === 'string' && !['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(kh))
    for (const l of kh.split('\n')) for (const n of (l.trim().split(/\s+/)[0] ?? '').split(',')) if (n && !n.startsWith('|') && !n.startsWith('#') && !n.startsWith('@')) names.add(n.replace(/^\[(.*)\]:\d+$/, '$1'));
  const hosts = host.fs.read('/etc/hosts');
  if (typeof hosts === 'string' && !['ENOENT', 'EISDIR', 'EACCES', 'ENOTDIR'].includes(hosts))
    for (const l of hosts.split('\n')) {
      const [addr, ...rest] = l.replace(/#.*/, '').trim().split(/\s+/);
      if (addr) for (const n of rest) names.add(n);
    }
  return [...names].sort();
}

/** Host names for the word being completed; `user@` before it is kept. With `colon`, scp's `host:` form. */
export function completeHosts(ctx: CompleteContext, word: string, plain: boolean): string[] {
  const at = word.lastIndexOf('@');
  const prefix = at >= 0 ? word.slice(0, at + 1) : '';
  const part = word.slice(prefix.length);
  return knownHostNames(ctx)
    .filter((n) => n.startsWith(part))
    .map((n) => prefix + n + (plain ? '' : ':'));
}

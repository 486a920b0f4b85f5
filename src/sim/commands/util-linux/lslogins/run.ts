// lslogins of util-linux 2.37.4 (login-utils/lslogins.c), its default table: UID USER PROC PWD-LOCK PWD-DENY
// LAST-LOGIN GECOS for every account of /etc/passwd (by UID; -u those from UID_MIN 1000 on, -s the others, -l LOGINS
// and -g GROUPS choose some), PROC the account's processes (commands/lib/procs.ts), the password columns from
// /etc/shadow for root (unknown, empty, for a user who cannot read it), LAST-LOGIN its newest login in wtmp (the
// short time format). A login operand's detailed view and the other columns (-o) are not modelled: the table is
// printed for the accounts named.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { processes, loginTime } from '../../lib/procs';
import { localTm } from '../../lib/clock';
import { spec } from './spec';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const validPwd = (s: string) => s.length > 0 && /^[A-Za-z0-9./$]+$/.test(s);

function* lslogins(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fs = ctx.host.fs;
  const passwd = fs.read('/etc/passwd');
  if (typeof passwd !== 'string') return 1;
  const shadowText = ctx.frame.user === 'root' ? fs.read('/etc/shadow') : null;
  const shadow = new Map<string, string>();
  if (typeof shadowText === 'string') for (const l of shadowText.split('\n')) if (l) shadow.set(l.split(':')[0], l.split(':')[1] ?? '');
  const group = fs.read('/etc/group');
  let users = passwd
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split(':'))
    .map(([name, , uid, gid, gecos]) => ({ name, uid: Number(uid), gid: Number(gid), gecos: gecos ?? '' }))
    .sort((a, b) => a.uid - b.uid);
  // get_user_info(): -u takes root and UID_MIN..UID_MAX, -s SYS_UID_MIN..SYS_UID_MAX (login.defs, else 101..999)
  const defs = fs.read('/etc/login.defs');
  const def = (k: string, d: number) => Number((typeof defs === 'string' ? new RegExp(`^${k}\\s+(\\d+)`, 'm').exec(defs)?.[1] : undefined) ?? d);
  if (o.has('user-accs')) users = users.filter((u) => u.uid === 0 || u.name === 'nfsnobody' || (u.uid >= def('UID_MIN', 1000) && u.uid <= def('UID_MAX', 60000)));
  else if (o.has('system-accs')) users = users.filter((u) => u.uid >= def('SYS_UID_MIN', 101) && u.uid <= def('SYS_UID_MAX', 999));
  const logins = [...(o.str('logins')?.split(',') ?? []), ...(ctx.operands ?? [])];
  if (logins.length) users = users.filter((u) => logins.includes(u.name) || logins.includes(String(u.uid)));
  const groups = o.str('groups')?.split(',');
  if (groups && typeof group === 'string') {
    const gl = group.split('\n').map((l) => l.split(':'));
    users = users.filter((u) => gl.some((g) => groups.includes(g[0]) && (Number(g[2]) === u.gid || (g[3] ?? '').split(',').includes(u.name))));
  }
  const procs = processes(ctx);
  const recs = ctx.host.sys?.wtmp ?? [];
  const lastLogin = (name: string): number | null => {
    const mine = recs.filter((r) => r.type === 'login' && r.user === name).map((r) => r.at);
    if (!mine.length && name === 'vagrant' && !recs.some((r) => r.type === 'login') && (ctx.session.depth?.() ?? 0) > 0) return loginTime(ctx);
    return mine.length ? Math.max(...mine) : null;
  };
  const now = localTm(ctx.host, ctx.world.now, ctx.frame.env);
  const short = (ms: number) => {
    const t = localTm(ctx.host, ms, ctx.frame.env);
    const two = (n: number) => String(n).padStart(2, '0');
    if (t.y === now.y && t.mo === now.mo && t.d === now.d) return `${two(t.h)}:${two(t.mi)}`;
    if (t.y === now.y) return `${MONTHS[t.mo]}${two(t.d)}/${two(t.h)}:${two(t.mi)}`;
    return `${t.y}-${MONTHS[t.mo]}${two(t.d)}`;
  };
  const head = ['UID', 'USER', 'PROC', 'PWD-LOCK', 'PWD-DENY', 'LAST-LOGIN', 'GECOS'];
  const rows = users.map((u) => {
    const sp = shadow.get(u.name);
    const lock = sp === undefined ? '' : sp.startsWith('!') && validPwd(sp.slice(1)) ? '1' : '0';
    const deny = sp === undefined ? '' : (sp.startsWith('!') || sp.startsWith('*')) && !validPwd(sp.slice(1)) ? '1' : '0';
    const ll = lastLogin(u.name);
    return [String(u.uid), u.name, String(procs.filter((p) => p.uid === u.uid).length), lock, deny, ll === null ? '' : short(ll), u.gecos];
  });
  const table = o.has('noheadings') ? rows : [head, ...rows];
  if (o.has('raw')) {
    ctx.out(table.map((r) => r.map((c) => c.replace(/ /g, '\\x20')).join(' ') + '\n').join(''));
    return 0;
  }
  const right = [true, false, true, true, true, false, false];
  const w = head.map((_h, k) => Math.max(...[head, ...rows].map((r) => r[k].length)));
  ctx.out(table.map((r) => r.map((v, k) => (k === r.length - 1 ? v : right[k] ? v.padStart(w[k]) : v.padEnd(w[k]))).join(' ').replace(/ +$/, (m) => (r[r.length - 1] ? m : m)) + '\n').join(''));
  return 0;
}

def({ name: 'lslogins', summary: 'display information about known users in the system', available: linuxOnly, spec, run: lslogins });

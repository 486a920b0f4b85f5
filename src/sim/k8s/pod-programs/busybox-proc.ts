/**
 * busybox's ps and id in a pod. ps (procps/ps.c, DESKTOP: the default columns pid,user,time,args; PID right-aligned
 * in 5, USER left in 8, TIME `%2u:%02u`) lists the container's PID namespace: its command as PID 1 and the exec'd
 * ps; each exec into the container takes the next PID. id prints root's groups as the busybox image's /etc/group
 * has them (`groups=0(root),10(wheel)`); a securityContext's runAsUser/runAsGroup, which have no names in the
 * image, print as numbers (as `USER 1234` and `USER 1234:1234` do).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Obj } from '../objects';
import type { Run } from './busybox';

const execs = new WeakMap<Obj, number>();

/** the PID the next process exec'd into the pod's container gets */
export function nextPid(pod: Obj): number {
  const n = (execs.get(pod) ?? 6) + 1;
  execs.set(pod, n);
  return n;
}

export function ps(pod: Obj, ct: any, argv: string[]): Run | null {
  if (argv.length) return null;
  const user = (uid: number) => (uid === 0 ? 'root' : String(uid));
  const uid = Number(ct.securityContext?.runAsUser ?? pod.spec?.securityContext?.runAsUser ?? 0);
  const cmd = [...(ct.command ?? []), ...(ct.args ?? [])].join(' ') || 'sh';
  const row = (pid: number, args: string) => `${String(pid).padStart(5)} ${user(uid).padEnd(8).slice(0, 8)}  0:00 ${args}\n`;
  return { out: 'PID   USER     TIME  COMMAND\n' + row(1, cmd) + row(nextPid(pod), 'ps'), err: '', code: 0 };
}

export function id(pod: Obj, ct: any, argv: string[]): Run | null {
  if (argv.length) return null;
  const sc = { ...(pod.spec?.securityContext ?? {}), ...(ct.securityContext ?? {}) };
  const uid = sc.runAsUser;
  const gid = sc.runAsGroup;
  if (uid === undefined && gid === undefined) return { out: 'uid=0(root) gid=0(root) groups=0(root),10(wheel)\n', err: '', code: 0 };
  const u = uid === undefined || uid === 0 ? 'uid=0(root)' : `uid=${uid}`;
  const g = gid === undefined || gid === 0 ? '0(root)' : String(gid);
  const extra: number[] = [...(sc.fsGroup !== undefined ? [sc.fsGroup] : []), ...(sc.supplementalGroups ?? [])];
  const groups = [...extra.map(String), g].filter((x, i, all) => all.indexOf(x) === i);
  return { out: `${u} gid=${g} groups=${groups.join(',')}\n`, err: '', code: 0 };
}

/** whoami: the name of the effective uid in the busybox image's /etc/passwd, else xuid2uname's error */
export function whoami(pod: Obj, ct: any, argv: string[]): Run | null {
  if (argv.length) return null;
  const uid = Number(ct.securityContext?.runAsUser ?? pod.spec?.securityContext?.runAsUser ?? 0);
  const names: Record<number, string> = { 0: 'root', 1: 'daemon', 65534: 'nobody' };
  return names[uid] ? { out: names[uid] + '\n', err: '', code: 0 } : { out: '', err: `whoami: unknown uid ${uid}\n`, code: 1 };
}

/** date without arguments: `%a %b %e %H:%M:%S %Z %Y` (busybox's and coreutils' default in the C locale), in UTC */
export function date(t: number): Run {
  const d = new Date(t);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const mons = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return { out: `${days[d.getUTCDay()]} ${mons[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}\n`, err: '', code: 0 };
}

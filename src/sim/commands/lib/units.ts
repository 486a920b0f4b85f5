// systemd units of a guest: starting and stopping them, journal time stamps.
import type { CommandContext } from '../../context';
import type { Host, SystemdUnit } from '../../types';
import { tm, two } from '../../util';
import { bootTimeline } from '../systemd/systemctl/boot-times';

export function unitName(n: string): string {
  return /\.(service|socket|target|timer|mount|automount|swap|path|slice|scope|device)$/.test(n) ? n : n + '.service';
}

/**
 * How long ago, as systemd 252 format_timestamp_relative() words it (src/basic/time-util.c), without the trailing
 * " ago": "45s", "2min 5s", "13min", "1h 20min", "7h", "1 day 1h", "3 days", "2 weeks 1 day", "1 month 3 days".
 */
export function ago(ms: number): string {
  const SEC = 1000, MIN = 60 * SEC, HOUR = 60 * MIN, DAY = 24 * HOUR, WEEK = 7 * DAY, MONTH = 2629800 * SEC, YEAR = 31557600 * SEC;
  const n = (v: number, one: string, many: string) => `${v} ${v === 1 ? one : many}`;
  const d = Math.max(0, Math.floor(ms));
  if (d >= YEAR) return `${n(Math.floor(d / YEAR), 'year', 'years')} ${n(Math.floor((d % YEAR) / MONTH), 'month', 'months')}`;
  if (d >= MONTH) return `${n(Math.floor(d / MONTH), 'month', 'months')} ${n(Math.floor((d % MONTH) / DAY), 'day', 'days')}`;
  if (d >= WEEK) return `${n(Math.floor(d / WEEK), 'week', 'weeks')} ${n(Math.floor((d % WEEK) / DAY), 'day', 'days')}`;
  if (d >= 2 * DAY) return `${Math.floor(d / DAY)} days`;
  if (d >= 25 * HOUR) return `1 day ${Math.floor((d - DAY) / HOUR)}h`;
  if (d >= 6 * HOUR) return `${Math.floor(d / HOUR)}h`;
  if (d >= HOUR) return `${Math.floor(d / HOUR)}h ${Math.floor((d % HOUR) / MIN)}min`;
  if (d >= 5 * MIN) return `${Math.floor(d / MIN)}min`;
  if (d >= MIN) return `${Math.floor(d / MIN)}min ${Math.floor((d % MIN) / SEC)}s`;
  if (d >= SEC) return `${Math.floor(d / SEC)}s`;
  if (d >= 1) return `${d}ms`;
  return '0s';
}

export function stamp(ms: number): string {
  const t = tm(ms);
  return `${t.dayName} ${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)} UTC`;
}

export function journalStamp(ms: number): string {
  const t = tm(ms);
  return `${t.monName} ${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`;
}

/**
 * The journal lines of a unit's start: systemd's two, and between them what the service logs as it starts (sshd's
 * "Server listening on %s port %s." for each address it binds, sshd.c of OpenSSH 8.7p1; the box listens on
 * 0.0.0.0 and ::). Rocky's sshd adds lines of its own patches that no public source gives (see DIFFERENCES.md).
 */
export function startLines(short: string, u: SystemdUnit, at: number, done = at): string[] {
  const st = journalStamp(at);
  const own = u.name === 'sshd.service' && u.pid ? [`${st} ${short} sshd[${u.pid}]: Server listening on 0.0.0.0 port 22.`, `${st} ${short} sshd[${u.pid}]: Server listening on :: port 22.`] : [];
  // a oneshot service that stays active after its process exits logs "Finished" (job_done_messages of job.c)
  const verb = (u as { finished?: boolean }).finished ? 'Finished' : 'Started';
  return [`${st} ${short} systemd[1]: Starting ${u.description}...`, ...own, `${journalStamp(done)} ${short} systemd[1]: ${verb} ${u.description}.`];
}

/** The unit's lines in the journal: what the world logged, or its start at boot (when the boot's timeline has it). */
export function unitJournal(host: Host, u: SystemdUnit, seed?: number | string): string[] {
  if (u.log) return u.log;
  if (u.active !== 'active') return [];
  const t = seed !== undefined && u.since <= host.bootedAt ? bootTimeline(host, seed).times.get(u.name) : undefined;
  return startLines(host.hostname.split('.')[0], u, t ? host.bootedAt + t.activating : u.since, t ? host.bootedAt + t.activated : u.since);
}

export function setUnit(ctx: { world: CommandContext['world']; host: Host }, u: SystemdUnit, active: boolean): void {
  const was = u.active;
  // a unit running since boot has systemd's two lines of its start in the journal already
  const booted = was === 'active' && !u.log ? unitJournal(ctx.host, u, ctx.world.seed) : [];
  if (active) {
    u.active = 'active';
    u.sub = 'running';
    u.pid = u.pid || 1000 + ctx.world.rng.int(0, 8999);
    // until kubeadm init/join writes its configuration the kubelet exits and systemd restarts it
    if (u.name === 'kubelet.service' && !ctx.host.fs.isFile('/var/lib/kubelet/config.yaml')) {
      u.active = 'activating';
      u.sub = 'auto-restart';
    }
  } else {
    u.active = 'inactive';
    u.sub = 'dead';
    u.pid = 0;
  }
  const short = ctx.host.hostname.split('.')[0];
  u.since = ctx.world.now;
  u.log = [
    ...(u.log ?? booted),
    ...(active
      ? startLines(short, u, ctx.world.now)
      : was === 'active'
        ? [`${journalStamp(ctx.world.now)} ${short} systemd[1]: Stopping ${u.description}...`, `${journalStamp(ctx.world.now)} ${short} systemd[1]: ${u.name}: Deactivated successfully.`, `${journalStamp(ctx.world.now)} ${short} systemd[1]: Stopped ${u.description}.`]
        : []),
  ].slice(-300);
  ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: u.name });
}

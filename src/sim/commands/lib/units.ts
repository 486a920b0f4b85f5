// systemd units of a guest: starting and stopping them, journal time stamps.
import type { CommandContext } from '../../context';
import type { Host, SystemdUnit } from '../../types';
import { tm, two } from '../../util';
import { bootTimeline } from '../systemd/systemctl/boot-times';

export function unitName(n: string): string {
  return /\.(service|socket|target|timer|mount|automount|swap|path|slice|scope|device)$/.test(n) ? n : n + '.service';
}

export function ago(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}min ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h ${m % 60}min`;
  return `${Math.floor(h / 24)} days`;
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

// `systemctl status` of the box's units the model does not track one by one (timers, sockets, paths, automounts,
// targets, the box's own services): print_status_info() of systemctl-show.c (v252-46) with the lines these unit
// types have: Loaded, Active, TriggeredBy, Trigger, Triggers, Where, Docs, Listen, Accepted.
import type { CommandContext } from '../../../context';
import { stamp } from '../../lib/units';
import { BOX_UNITS } from './box-units';
import { fileState, unitState } from './state';
import { relative, SOCKETS, timerTimes } from './tables';

/** Documentation= of the units' files (systemd 252's units, logrotate 3.18, sssd). */
export const DOCS: Record<string, string[]> = {
  'logrotate.timer': ['man:logrotate(8)', 'man:logrotate.conf(5)'],
  'systemd-tmpfiles-clean.timer': ['man:tmpfiles.d(5)', 'man:systemd-tmpfiles(8)'],
  'systemd-coredump.socket': ['man:systemd-coredump(8)'],
  'systemd-initctl.socket': ['man:systemd-initctl.socket(8)'],
  'systemd-journald-dev-log.socket': ['man:systemd-journald.service(8)', 'man:journald.conf(5)'],
  'systemd-journald.socket': ['man:systemd-journald.service(8)', 'man:journald.conf(5)'],
  'systemd-udevd-control.socket': ['man:systemd-udevd-control.socket(8)', 'man:udev(7)'],
  'systemd-udevd-kernel.socket': ['man:systemd-udevd-kernel.socket(8)', 'man:udev(7)'],
  'sssd-kcm.socket': ['man:sssd-kcm(8)'],
  'proc-sys-fs-binfmt_misc.automount': ['https://docs.kernel.org/admin-guide/binfmt-misc.html', 'https://www.freedesktop.org/wiki/Software/systemd/APIFileSystems'],
  'systemd-ask-password-console.path': ['man:systemd-ask-password-console.path(8)'],
  'systemd-ask-password-wall.path': ['man:systemd-ask-password-wall.path(8)'],
};

/** systemd 252's targets: man:systemd.special(7), and for some more. */
const SPECIAL = ['basic', 'cryptsetup', 'emergency', 'local-fs-pre', 'local-fs', 'multi-user', 'nss-user-lookup', 'paths', 'remote-fs', 'rescue', 'slices', 'sockets', 'swap', 'sysinit', 'timers'];
for (const t of SPECIAL) DOCS[`${t}.target`] = ['man:systemd.special(7)'];
DOCS['getty.target'] = ['man:systemd.special(7)', 'man:systemd-getty-generator(8)', 'http://0pointer.de/blog/projects/serial-console.html'];
for (const t of ['network-online', 'network-pre', 'network']) DOCS[`${t}.target`] = ['man:systemd.special(7)', 'https://systemd.io/NETWORK_ONLINE'];

/** Triggers= of the path units and the automount. */
const TRIGGERS: Record<string, string> = {
  'systemd-ask-password-console.path': 'systemd-ask-password-console.service',
  'systemd-ask-password-wall.path': 'systemd-ask-password-wall.service',
  'proc-sys-fs-binfmt_misc.automount': 'proc-sys-fs-binfmt_misc.mount',
};

const glyph = (active: string | undefined) => (active === 'active' || active === 'activating' ? '●' : active === 'failed' ? '×' : '○');

/** The status of a box unit, or null when the unit is a service the view cannot describe (no processes modelled). */
export function boxStatus(ctx: CommandContext, name: string): { text: string; active: boolean } | null {
  const b = BOX_UNITS.find((x) => x[0] === name);
  if (!b || /\.(service|slice|mount|swap|scope)$/.test(name)) return null;
  const [, , , description, listed, preset] = b;
  const file = fileState(ctx.host, name) ?? listed;
  const st = unitState(ctx.host, name)!;
  const now = ctx.world.now;
  const since = st.since ?? ctx.host.bootedAt;
  const path = `/usr/lib/systemd/system/${name}`;
  const loaded = file === '-' ? 'loaded' : preset !== '-' && !['static', 'generated', 'transient'].includes(file) ? `loaded (${path}; ${file}; preset: ${preset})` : `loaded (${path}; ${file})`;
  let out = `${glyph(st.active)} ${name} - ${description}\n     Loaded: ${loaded}\n`;
  const sub = st.sub === st.active ? '' : ` (${st.sub})`;
  out += st.active === 'active' ? `     Active: active${sub} since ${stamp(since)}; ${relative(now, since)}\n` : st.since ? `     Active: inactive (dead) since ${stamp(since)}; ${relative(now, since)}\n` : '     Active: inactive (dead)\n';
  const triggers: string[] = [];
  if (name.endsWith('.timer')) {
    const t = timerTimes(ctx, name);
    out += st.active === 'active' ? `    Trigger: ${stamp(t.next)}; ${relative(now, t.next)}\n` : '    Trigger: n/a\n';
    triggers.push(t.unit);
  }
  if (SOCKETS[name]?.activates) triggers.push(SOCKETS[name].activates);
  if (TRIGGERS[name]) triggers.push(TRIGGERS[name]);
  // the Triggers: line draws a black circle whatever the state (only its colour follows it)
  triggers.forEach((t, i) => (out += `${i ? '            ' : '   Triggers:'} ● ${t}\n`));
  if (name.endsWith('.automount')) out += '      Where: /proc/sys/fs/binfmt_misc\n';
  (DOCS[name] ?? []).forEach((d, i) => (out += `   ${(i ? '' : 'Docs:').padStart(9)} ${d}\n`));
  (SOCKETS[name]?.listen ?? []).forEach(([type, p], i) => (out += `   ${(i ? '' : 'Listen:').padStart(9)} ${p} (${type})\n`));
  if (name === 'systemd-coredump.socket') out += '   Accepted: 0; Connected: 0;\n';
  return { text: out, active: st.active === 'active' };
}

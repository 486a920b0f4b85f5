// Units of the box that the system model creates when a command first touches them (systemctl start firewalld,
// firewall-cmd): until then they live only in the list systemctl prints (systemd/systemctl/box-units.ts).
import type { Host, SystemdUnit } from '../../types';
import { BOX_UNITS } from '../systemd/systemctl/box-units';

const EXEC: Record<string, string> = {
  'firewalld.service': '/usr/sbin/firewalld --nofork --nopid',
  'rsyslog.service': '/usr/sbin/rsyslogd -n $SYSLOGD_OPTIONS',
  'kdump.service': '/usr/bin/kdumpctl start',
};

/** The unit, from the model or made from the box's list; undefined when the box has no such unit. */
export function ensureBoxUnit(host: Host, name: string): SystemdUnit | undefined {
  const sys = host.sys;
  if (!sys) return undefined;
  const have = sys.units.get(name);
  if (have) return have;
  const b = BOX_UNITS.find((x) => x[0] === name && EXEC[name] !== undefined && x[1] === 'inactive');
  if (!b) return undefined;
  const u: SystemdUnit = { name, description: b[3], enabled: b[4] === 'enabled' ? 'enabled' : 'disabled', active: 'inactive', sub: 'dead', since: host.bootedAt, pid: 0, path: `/usr/lib/systemd/system/${name}`, execStart: EXEC[name] ?? `/usr/sbin/${name.replace(/\.service$/, '')}` };
  sys.units.set(name, u);
  return u;
}

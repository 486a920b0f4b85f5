/**
 * Writes the D-Bus properties `systemctl show` lists for a unit (name and signature, in the order PID 1 answers
 * GetAll with) into src/sim/commands/systemd/systemctl/props.ts, from the vtables of src/core/dbus-*.c in the RHEL 9
 * systemd tree (https://github.com/redhat-plumbers/systemd-rhel9, tag v252-46). A unit's interfaces are those of
 * src/core/dbus.c's BusObjectImplementation for its type (service: Service, then the unit's cgroup, CGroup context,
 * Exec context and Kill context); the Unit interface comes after them, as systemctl show prints it. Hidden
 * properties (SD_BUS_VTABLE_HIDDEN) are left out: GetAll skips them.
 *
 *   npx tsx scripts/golden/systemctl-show-props.ts <systemd-rhel9 git dir>
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const TAG = 'v252-46';
const repo = process.argv[2];
const root = path.resolve(import.meta.dirname, '../..');
const show = (p: string) => execSync(`git -C ${repo} show ${TAG}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** The properties of one vtable, its macros expanded as dbus-util.h and dbus-execute.h define them. */
function vtable(file: string, name: string): [string, string][] {
  const src = show(file);
  const start = src.indexOf(`const sd_bus_vtable ${name}[] = {`);
  if (start < 0) throw new Error(`${name} not in ${file}`);
  const body = src.slice(start, src.indexOf('SD_BUS_VTABLE_END', start));
  const out: [string, string][] = [];
  const re = /(SD_BUS_PROPERTY|SD_BUS_WRITABLE_PROPERTY|BUS_PROPERTY_DUAL_TIMESTAMP|BUS_EXEC_STATUS_VTABLE|BUS_EXEC_COMMAND_LIST_VTABLE|BUS_EXEC_EX_COMMAND_LIST_VTABLE|BUS_EXEC_COMMAND_VTABLE)\(\s*"([A-Za-z]+)"\s*,\s*(?:"([^"]*)")?([^;]*?)\)\s*,\s*(?:\/\*[^*]*\*\/\s*)?\n/g;
  for (const m of body.matchAll(re)) {
    const [, kind, prop, sig, rest] = m;
    if (/SD_BUS_VTABLE_HIDDEN/.test(rest)) continue;
    if (kind === 'BUS_PROPERTY_DUAL_TIMESTAMP') out.push([prop, 't'], [prop + 'Monotonic', 't']);
    else if (kind === 'BUS_EXEC_STATUS_VTABLE')
      out.push([prop + 'StartTimestamp', 't'], [prop + 'StartTimestampMonotonic', 't'], [prop + 'ExitTimestamp', 't'], [prop + 'ExitTimestampMonotonic', 't'], [prop + 'PID', 'u'], [prop + 'Code', 'i'], [prop + 'Status', 'i']);
    else if (kind === 'BUS_EXEC_COMMAND_LIST_VTABLE' || kind === 'BUS_EXEC_COMMAND_VTABLE') out.push([prop, 'a(sasbttttuii)']);
    else if (kind === 'BUS_EXEC_EX_COMMAND_LIST_VTABLE') out.push([prop, 'a(sasasttttuii)']);
    else out.push([prop, sig]);
  }
  return out;
}

const tables: Record<string, [string, string][]> = {
  service: vtable('src/core/dbus-service.c', 'bus_service_vtable'),
  unitCgroup: vtable('src/core/dbus-unit.c', 'bus_unit_cgroup_vtable'),
  cgroup: vtable('src/core/dbus-cgroup.c', 'bus_cgroup_vtable'),
  exec: vtable('src/core/dbus-execute.c', 'bus_exec_vtable'),
  kill: vtable('src/core/dbus-kill.c', 'bus_kill_vtable'),
  unit: vtable('src/core/dbus-unit.c', 'bus_unit_vtable'),
  manager: vtable('src/core/dbus-manager.c', 'bus_manager_vtable'),
};
const lines = Object.entries(tables).map(([k, v]) => `  ${k}: ${JSON.stringify(v.map(([n, s]) => `${n}:${s}`).join(' '))},`);
writeFileSync(
  path.join(root, 'src/sim/commands/systemd/systemctl/props.ts'),
  `// The D-Bus properties of a unit as PID 1 of systemd 252 (v252-46) answers GetAll: "Name:signature", in vtable order
// (src/core/dbus-service.c, dbus-unit.c, dbus-cgroup.c, dbus-execute.c, dbus-kill.c, dbus-manager.c; hidden ones left out).
// Written by scripts/golden/systemctl-show-props.ts; edit that script, not this file.
export const PROPS: Record<string, string> = {
${lines.join('\n')}
};
`,
);
console.log(Object.entries(tables).map(([k, v]) => `${k} ${v.length}`).join(', '));

// `systeminfo` (loaded on first use): the host's operating system and hardware as systeminfo.exe of Windows 11
// 23H2 lists them, in its LIST layout (labels in 27 columns, continuation lines under the values), /FO CSV and
// /FO TABLE, /NH. The network cards are ipconfig's (shared.ts hostNics); the memory in use grows with the VMs
// that run; the rest is the simulated PC's own description (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { commas, tm, two } from '../../../util';
import { hostNics } from '../shared';
import { spec } from './spec';

const TOTAL_MB = 32_607;
const PAGEFILE_MB = 4_864;
/** Windows and the desktop's own use, before any VM runs. */
const BASE_USE_MB = 9_873;

/** `12/10/2025, 7:02:55 AM`: an en-US date and time. */
function when(ms: number, tz: number): string {
  const t = tm(ms, tz);
  const h12 = t.h % 12 === 0 ? 12 : t.h % 12;
  return `${t.mo + 1}/${t.d}/${t.y}, ${h12}:${two(t.mi)}:${two(t.s)} ${t.h < 12 ? 'AM' : 'PM'}`;
}

/** The fields in systeminfo's order: each a label and its lines (the first beside the label, the rest under it). */
export function fields(ctx: CommandContext): [string, string[]][] {
  const w = ctx.world;
  const vmMb = [...w.projects.values()].flatMap((p) => [...p.machines.values()]).filter((m) => m.state === 'running').reduce((a, m) => a + m.memory + 64, 0);
  const used = Math.min(TOTAL_MB - 512, BASE_USE_MB + vmMb);
  const vmInUse = used + 2_117;
  const nics = hostNics(ctx);
  // the LAN's adapter, and VirtualBox's adapters named after their connections
  const desc = (conn: string) => (conn === 'Ethernet' ? 'Intel(R) Ethernet Connection (17) I219-V' : conn.replace('Network', 'Ethernet Adapter'));
  const nicLines = nics.flatMap((n, i) => [
    `[${two(i + 1)}]: ${desc(n.conn)}`,
    `      Connection Name: ${n.conn}`,
    `      DHCP Enabled:    ${n.gateway ? 'Yes' : 'No'}`,
    ...(n.gateway ? [`      DHCP Server:     ${n.gateway}`] : []),
    '      IP address(es)',
    `      [01]: ${n.addr}`,
    `      [02]: ${n.linkLocal}`,
  ]);
  return [
    ['Host Name', [ctx.host.hostname]],
    ['OS Name', ['Microsoft Windows 11 Pro']],
    ['OS Version', ['10.0.22631 N/A Build 22631']],
    ['OS Manufacturer', ['Microsoft Corporation']],
    ['OS Configuration', ['Standalone Workstation']],
    ['OS Build Type', ['Multiprocessor Free']],
    ['Registered Owner', [ctx.host.users.keys().next().value ?? 'user']],
    ['Registered Organization', ['N/A']],
    ['Product ID', ['00330-80000-00000-AA841']],
    ['Original Install Date', [when(Date.UTC(2025, 2, 14, 1, 21, 37), w.tzOffsetHours)]],
    ['System Boot Time', [when(ctx.host.bootedAt ?? w.start, w.tzOffsetHours)]],
    ['System Manufacturer', ['Micro-Star International Co., Ltd.']],
    ['System Model', ['MS-7D43']],
    ['System Type', ['x64-based PC']],
    ['Processor(s)', ['1 Processor(s) Installed.', '[01]: Intel64 Family 6 Model 151 Stepping 5 GenuineIntel ~2500 Mhz']],
    ['BIOS Version', ['American Megatrends International, LLC. 1.90, 6/12/2024']],
    ['Windows Directory', ['C:\\Windows']],
    ['System Directory', ['C:\\Windows\\system32']],
    ['Boot Device', ['\\Device\\HarddiskVolume1']],
    ['System Locale', ['en-us;English (United States)']],
    ['Input Locale', ['en-us;English (United States)']],
    ['Time Zone', ['(UTC+09:00) Seoul']],
    ['Total Physical Memory', [`${commas(TOTAL_MB)} MB`]],
    ['Available Physical Memory', [`${commas(TOTAL_MB - used)} MB`]],
    ['Virtual Memory: Max Size', [`${commas(TOTAL_MB + PAGEFILE_MB)} MB`]],
    ['Virtual Memory: Available', [`${commas(TOTAL_MB + PAGEFILE_MB - vmInUse)} MB`]],
    ['Virtual Memory: In Use', [`${commas(vmInUse)} MB`]],
    ['Page File Location(s)', ['C:\\pagefile.sys']],
    ['Domain', ['WORKGROUP']],
    ['Logon Server', [`\\\\${ctx.host.hostname}`]],
    ['Hotfix(s)', ['2 Hotfix(s) Installed.', '[01]: KB5027397', '[02]: KB5046633']],
    ['Network Card(s)', [`${nics.length} NIC(s) Installed.`, ...nicLines]],
    ['Hyper-V Requirements', ['VM Monitor Mode Extensions: Yes', 'Virtualization Enabled In Firmware: Yes', 'Second Level Address Translation: Yes', 'Data Execution Prevention Available: Yes']],
  ];
}

const usage = (a: string) => `ERROR: Invalid argument/option - '${a}'.\nType "SYSTEMINFO /?" for usage.\n`;
const csv = (cells: string[]) => cells.map((c) => `"${c}"`).join(',') + '\n';

export function* run(ctx: CommandContext): CommandRun {
  let format = 'LIST';
  let header = true;
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    const k = a.toUpperCase();
    if (k === '/NH') header = false;
    else if (k === '/FO') {
      const v = ctx.args[++i];
      if (v === undefined) {
        ctx.err(`ERROR: Invalid syntax. Value expected for '${a}'.\nType "SYSTEMINFO /?" for usage.\n`);
        return 1;
      }
      format = v.replace(/"/g, '').toUpperCase();
      if (!['TABLE', 'LIST', 'CSV'].includes(format)) {
        ctx.err(`ERROR: Invalid value for '${a}' option. Valid values are 'TABLE, LIST, CSV'.\nType "SYSTEMINFO /?" for usage.\n`);
        return 1;
      }
    } else {
      ctx.err(usage(a));
      return 1;
    }
  }
  if (!header && format === 'LIST') {
    ctx.err('ERROR: /NH switch can be used only when /FO is TABLE or CSV.\nType "SYSTEMINFO /?" for usage.\n');
    return 1;
  }
  // it gathers from WMI first: a few seconds on a desktop
  yield { wait: 2500 };
  const f = fields(ctx);
  if (format === 'LIST') {
    ctx.out('\n' + f.map(([label, [first, ...rest]]) => `${(label + ':').padEnd(27)}${first}\n` + rest.map((l) => ' '.repeat(27) + l + '\n').join('')).join(''));
    return 0;
  }
  const values = f.map(([, lines]) => lines.map((l) => l.trim()).join(','));
  if (format === 'CSV') {
    ctx.out((header ? csv(f.map(([l]) => l)) : '') + csv(values));
    return 0;
  }
  const widths = f.map(([l], i) => Math.max(l.length, values[i].length));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' ').trimEnd() + '\n';
  ctx.out('\n' + (header ? row(f.map(([l]) => l)) + widths.map((n) => '='.repeat(n)).join(' ') + '\n' : '') + row(values));
  return 0;
}

export { spec };

// `tasklist`: the host's processes as Windows lists them (table, /FO LIST or CSV, /NH, /FI on the image name,
// PID or session). The host runs a desktop Windows 11 session; VirtualBox adds VBoxSVC and one VBoxHeadless per
// running machine, and this console its cmd.exe, conhost.exe and tasklist.exe.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { commas, padStart } from '../../../util';
import { headlessPid, runningMachines } from '../hostnet';

interface Proc {
  image: string;
  pid: number;
  session: 'Services' | 'Console';
  kb: number;
}

const BASE: [string, number, 'Services' | 'Console', number][] = [
  ['System Idle Process', 0, 'Services', 8],
  ['System', 4, 'Services', 5_492],
  ['Registry', 140, 'Services', 61_260],
  ['smss.exe', 508, 'Services', 1_232],
  ['csrss.exe', 748, 'Services', 6_044],
  ['wininit.exe', 852, 'Services', 7_104],
  ['csrss.exe', 860, 'Console', 6_720],
  ['services.exe', 928, 'Services', 11_892],
  ['lsass.exe', 948, 'Services', 27_336],
  ['winlogon.exe', 1_020, 'Console', 12_416],
  ['svchost.exe', 1_112, 'Services', 33_960],
  ['fontdrvhost.exe', 1_140, 'Console', 9_412],
  ['dwm.exe', 1_332, 'Console', 98_720],
  ['svchost.exe', 1_404, 'Services', 17_140],
  ['MsMpEng.exe', 3_516, 'Services', 214_604],
  ['sihost.exe', 5_232, 'Console', 29_488],
  ['explorer.exe', 5_748, 'Console', 163_972],
  ['SearchHost.exe', 6_412, 'Console', 131_204],
  ['StartMenuExperienceHost.exe', 6_552, 'Console', 74_120],
  ['RuntimeBroker.exe', 6_884, 'Console', 27_904],
  ['WindowsTerminal.exe', 8_104, 'Console', 96_432],
];

function processes(ctx: CommandContext): Proc[] {
  const list: Proc[] = BASE.map(([image, pid, session, kb]) => ({ image, pid, session, kb }));
  const running = runningMachines(ctx.world);
  const created = [...ctx.world.projects.values()].some((p) => [...p.machines.values()].some((m) => m.state !== 'not_created'));
  if (created) list.push({ image: 'VBoxSDS.exe', pid: 9_212, session: 'Services', kb: 10_884 }, { image: 'VBoxSVC.exe', pid: 9_348, session: 'Console', kb: 24_516 });
  running.forEach((m, i) => list.push({ image: 'VBoxHeadless.exe', pid: headlessPid(i), session: 'Console', kb: 98_000 + (m.memory >> 4) }));
  list.push({ image: 'cmd.exe', pid: 11_436, session: 'Console', kb: 5_012 }, { image: 'conhost.exe', pid: 11_444, session: 'Console', kb: 18_936 }, { image: 'tasklist.exe', pid: 12_608, session: 'Console', kb: 9_840 });
  return list;
}

const INVALID = (a: string) => `ERROR: Invalid argument/option - '${a}'.\nType "TASKLIST /?" for usage.\n`;

function matches(p: Proc, filter: string): boolean | string {
  const m = /^\s*(\w+)\s+(eq|ne|gt|lt|ge|le)\s+(.+?)\s*$/i.exec(filter);
  if (!m) return 'ERROR: The search filter cannot be recognized.\n';
  const [, key, op, value] = m;
  const o = op.toLowerCase();
  const cmp = (a: number, b: number) => ({ eq: a === b, ne: a !== b, gt: a > b, lt: a < b, ge: a >= b, le: a <= b })[o]!;
  switch (key.toUpperCase()) {
    case 'IMAGENAME': {
      const re = new RegExp('^' + value.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$', 'i');
      return o === 'eq' ? re.test(p.image) : o === 'ne' ? !re.test(p.image) : 'ERROR: The search filter cannot be recognized.\n';
    }
    case 'PID':
      return cmp(p.pid, Number(value));
    case 'SESSION':
      return cmp(p.session === 'Console' ? 1 : 0, Number(value));
    case 'SESSIONNAME':
      return (p.session.toLowerCase() === value.toLowerCase()) === (o === 'eq');
    case 'MEMUSAGE':
      return cmp(p.kb, Number(value));
    default:
      return 'ERROR: The search filter cannot be recognized.\n';
  }
}

export function* run(ctx: CommandContext): CommandRun {
  let format = 'TABLE';
  let header = true;
  const filters: string[] = [];
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    const k = a.toUpperCase();
    if (k === '/NH') header = false;
    else if (k === '/FO' || k === '/FI') {
      const v = ctx.args[++i];
      if (v === undefined) {
        ctx.err(`ERROR: Invalid syntax. Value expected for '${a}'.\nType "TASKLIST /?" for usage.\n`);
        return 1;
      }
      if (k === '/FI') filters.push(v.replace(/"/g, ''));
      else {
        format = v.replace(/"/g, '').toUpperCase();
        if (!['TABLE', 'LIST', 'CSV'].includes(format)) {
          ctx.err(`ERROR: Invalid value for '${a}' option. Valid values are 'TABLE, LIST, CSV'.\nType "TASKLIST /?" for usage.\n`);
          return 1;
        }
      }
    } else {
      ctx.err(INVALID(a));
      return 1;
    }
  }
  if (!header && format === 'LIST') {
    ctx.err(`ERROR: /NH switch can be used only when /FO is TABLE or CSV.\nType "TASKLIST /?" for usage.\n`);
    return 1;
  }
  let list = processes(ctx);
  for (const f of filters) {
    const bad = list.length ? matches(list[0], f) : false;
    if (typeof bad === 'string') {
      ctx.err(bad + 'Type "TASKLIST /?" for usage.\n');
      return 1;
    }
    list = list.filter((p) => matches(p, f) === true);
  }
  if (!list.length) {
    ctx.out('INFO: No tasks are running which match the specified criteria.\n');
    return 0;
  }
  const num = (p: Proc) => (p.session === 'Console' ? '1' : '0');
  const mem = (p: Proc) => `${commas(p.kb)} K`;
  let out = '';
  if (format === 'CSV') {
    if (header) out += '"Image Name","PID","Session Name","Session#","Mem Usage"\n';
    out += list.map((p) => `"${p.image}","${p.pid}","${p.session}","${num(p)}","${mem(p)}"\n`).join('');
  } else if (format === 'LIST') {
    out += list.map((p) => `\nImage Name:   ${p.image}\nPID:          ${p.pid}\nSession Name: ${p.session}\nSession#:     ${num(p)}\nMem Usage:    ${mem(p)}\n`).join('');
  } else {
    out += '\n';
    if (header) out += 'Image Name                     PID Session Name        Session#    Mem Usage\n========================= ======== ================ =========== ============\n';
    out += list.map((p) => `${p.image.slice(0, 25).padEnd(25)} ${padStart(String(p.pid), 8)} ${p.session.padEnd(16)} ${padStart(num(p), 11)} ${padStart(mem(p), 12)}\n`).join('');
  }
  ctx.out(out);
  return 0;
}

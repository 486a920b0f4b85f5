// The host's processes as tasklist lists them and taskkill finds them: a desktop Windows 11 session; VirtualBox
// adds VBoxSVC and one VBoxHeadless per running machine, and this console its cmd.exe, conhost.exe and the program
// that lists them (tasklist.exe or taskkill.exe). A process taskkill /F ended stays out of the list.
import type { CommandContext } from '../../../context';
import { headlessPid, runningMachines } from '../hostnet';

export interface Proc {
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

export function processes(ctx: CommandContext, self: string): Proc[] {
  const list: Proc[] = BASE.map(([image, pid, session, kb]) => ({ image, pid, session, kb }));
  const running = runningMachines(ctx.world);
  const created = [...ctx.world.projects.values()].some((p) => [...p.machines.values()].some((m) => m.state !== 'not_created'));
  if (created) list.push({ image: 'VBoxSDS.exe', pid: 9_212, session: 'Services', kb: 10_884 }, { image: 'VBoxSVC.exe', pid: 9_348, session: 'Console', kb: 24_516 });
  running.forEach((m, i) => list.push({ image: 'VBoxHeadless.exe', pid: headlessPid(i), session: 'Console', kb: 98_000 + (m.memory >> 4) }));
  list.push({ image: 'cmd.exe', pid: 11_436, session: 'Console', kb: 5_012 }, { image: 'conhost.exe', pid: 11_444, session: 'Console', kb: 18_936 }, { image: self, pid: 12_608, session: 'Console', kb: 9_840 });
  const gone = killed(ctx);
  return list.filter((p) => !gone.has(p.pid));
}


/** The PIDs taskkill /F ended in this world (world.ext 'cmd.killed'). */
export function killed(ctx: CommandContext): Set<number> {
  let s = ctx.world.ext.get('cmd.killed') as Set<number> | undefined;
  if (!s) ctx.world.ext.set('cmd.killed', (s = new Set<number>()));
  return s;
}

export function matches(p: Proc, filter: string): boolean | string {
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


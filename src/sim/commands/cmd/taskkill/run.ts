// `taskkill` (loaded on first use): ends the host's processes that tasklist shows, chosen by /PID, /IM and /FI, in
// taskkill.exe's words as public recordings show them (tests/golden/cmd/SOURCES.md): its usage, the syntax errors,
// `not found` (status 128), a filter matching nothing (INFO, status 0), a process of another session refused
// (Access is denied), a windowless one refused without /F, and SUCCESS for what /F ends. What ending a process does
// to the lab: this console's cmd.exe, conhost.exe or Windows Terminal closes the console, a VBoxHeadless.exe powers
// its machine off, any other stays out of tasklist's list from then on.
import type { CommandRun } from '../../../types';
import type { CmdCtx } from '../shared';
import { matches, processes, killed, type Proc } from '../tasklist/procs';
import { headlessPid, runningMachines } from '../hostnet';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);
const TAIL = 'Type "TASKKILL /?" for usage.\n';
/** Programs with a top-level window: without /F taskkill asks them to close (WM_CLOSE). */
const WINDOWED = new Set(['explorer.exe', 'windowsterminal.exe']);
/** Ending one of these closes the console the learner types in. */
const CONSOLE = new Set(['cmd.exe', 'conhost.exe', 'windowsterminal.exe']);

const wildcard = (v: string) => new RegExp('^' + v.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$', 'i');

export function* run(ctx: CmdCtx): CommandRun {
  const pids: string[] = [];
  const images: string[] = [];
  const filters: string[] = [];
  let force = false;
  const usage = (msg: string) => {
    ctx.err(`ERROR: ${msg}\n${TAIL}`);
    return 1;
  };
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const k = a.toLowerCase().replace(/^-/, '/');
    if (k === '/?') {
      ctx.out((yield { load: help }) as string);
      return 0;
    }
    if (k === '/f') force = true;
    else if (k === '/t') continue;
    else if (k === '/pid' || k === '/im' || k === '/fi') {
      const v = args[++i];
      if (v === undefined || v === '') return usage(`Invalid syntax. Value expected for '${a}'.`);
      const value = v.replace(/"/g, '');
      (k === '/pid' ? pids : k === '/im' ? images : filters).push(value);
    } else return usage(`Invalid argument/option - '${a}'.`);
  }
  if (pids.length && images.length) return usage('Invalid syntax. /PID and /IM cannot be used at the same time.');
  if (!pids.length && !images.length && !filters.length) return usage('Invalid syntax. Neither /FI nor /PID nor /IM were specified.');

  let list = processes(ctx, 'taskkill.exe');
  for (const f of filters) {
    const bad = list.length ? matches(list[0], f) : false;
    if (typeof bad === 'string') {
      ctx.err(bad + TAIL);
      return 1;
    }
    list = list.filter((p) => matches(p, f) === true);
  }

  // each target with the name it was asked by (/IM names the image in the messages)
  const targets: [Proc, boolean][] = [];
  let status = 0;
  const missing: string[] = [];
  for (const id of pids) {
    const p = list.find((q) => String(q.pid) === id);
    if (p) targets.push([p, false]);
    else missing.push(id);
  }
  for (const name of images) {
    const re = wildcard(name);
    const found = list.filter((q) => re.test(q.image));
    if (found.length) for (const p of found) targets.push([p, true]);
    else missing.push(name);
  }
  if (!pids.length && !images.length) {
    if (!list.length) {
      ctx.out('INFO: No tasks running with the specified criteria.\n');
      return 0;
    }
    for (const p of list) targets.push([p, false]);
  }

  const errors: string[] = [];
  let closeConsole = false;
  for (const [p, byName] of targets) {
    const who = byName ? `The process "${p.image}" with PID ${p.pid}` : `The process with PID ${p.pid}`;
    if (p.session === 'Services') {
      errors.push(`ERROR: ${who} could not be terminated.\nReason: Access is denied.\n`);
      continue;
    }
    if (!force) {
      if (WINDOWED.has(p.image.toLowerCase())) ctx.out(`SUCCESS: Sent termination signal to ${who.replace(/^The/, 'the')}.\n`);
      else errors.push(`ERROR: ${who} could not be terminated.\nReason: This process can only be terminated forcefully (with /F option).\n`);
      continue;
    }
    ctx.out(`SUCCESS: ${who} has been terminated.\n`);
    if (p.image === 'VBoxHeadless.exe') {
      const m = runningMachines(ctx.world).find((_, i) => headlessPid(i) === p.pid) ?? null;
      const project = m && [...ctx.world.projects.values()].find((pr) => pr.machines.get(m.name) === m);
      if (m && project) ctx.world.setMachineState(project, m.name, 'poweroff');
    } else killed(ctx).add(p.pid);
    if (CONSOLE.has(p.image.toLowerCase()) && p.pid !== 12_608) closeConsole = true;
  }
  if (errors.length) {
    ctx.err(errors.join('\n'));
    status = 1;
  }
  if (missing.length) {
    ctx.err(missing.map((m) => `ERROR: The process "${m}" not found.\n`).join(''));
    status = 128;
  }
  if (closeConsole) while (ctx.session.depth() > 0) ctx.session.popFrame();
  return status;
}

export { spec };

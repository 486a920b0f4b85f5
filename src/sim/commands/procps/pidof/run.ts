// pidof of procps-ng 3.3.17 as pidof.c runs it (options and help in spec.ts): for each program, the processes
// whose argv[0] (a login shell's leading '-' dropped), its base name or its executable is that name (-x also a
// script's name in argv[1]; -w kernel threads by their name), never pidof itself or the omitted PIDs (-o, %PPID the
// shell), all the PIDs on one line newest first, separated by -S; -s one per program, -q nothing. Status 0 when
// any was found.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { processes } from '../../lib/procs';

const base = (s: string) => s.slice(s.lastIndexOf('/') + 1);

function* pidof(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let single = false, quiet = false, scripts = false, workers = false;
  let sep = ' ';
  const omit = new Set<number>();
  const procs = processes(ctx);
  for (const { key, value } of o.list) {
    if (key === 'quiet') [quiet, single] = [true, true];
    else if (key === 'single-shot') single = true;
    else if (key === 'x') scripts = true;
    else if (key === 'with-workers') workers = true;
    else if (key === 'separator') sep = String(value);
    else if (key === 'omit-pid') {
      for (const w of String(value).split(',')) {
        // %PPID: the shell pidof runs under
        if (w === '%PPID') {
          const shell = [...procs].reverse().find((p) => /^-?bash\b/.test(p.args) && p.tty !== '?');
          if (shell) omit.add(shell.pid);
        } else if (/^\d+$/.test(w)) omit.add(Number(w));
      }
    }
  }
  const out: number[] = [];
  let found = false;
  for (const program of ctx.operands ?? []) {
    if (!program) continue;
    const pb = base(program);
    const hits: number[] = [];
    for (const p of procs) {
      if (omit.has(p.pid)) continue;
      const kernel = p.args.startsWith('[');
      if (kernel && !workers) continue;
      // a title set with setproctitle() ("sshd: vagrant@pts/0") is one argv[0] with spaces
      const argv = kernel ? [] : /^\S+: /.test(p.args) ? [p.args] : p.args.split(' ');
      let a0 = argv[0] ?? '';
      if (a0.startsWith('-')) a0 = a0.slice(1);
      let match = program === base(a0) || pb === a0 || program === a0 || (workers && program === p.comm);
      if (!match && scripts && argv[1] && p.comm && base(argv[1]).startsWith(p.comm)) match = program === base(argv[1]) || pb === argv[1] || program === argv[1];
      // setproctitle() names (a space in argv[0]): the process name
      if (!match && a0.includes(' ')) match = program === p.comm;
      if (match) hits.push(p.pid);
    }
    if (hits.length) {
      found = true;
      const list = hits.reverse();
      out.push(...(single ? list.slice(0, 1) : list));
    }
  }
  if (!quiet && found) ctx.out(out.join(sep) + '\n');
  return found ? 0 : 1;
}

def({ name: 'pidof', summary: 'find the process ID of a running program', run: pidof });

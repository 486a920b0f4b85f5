// flock of util-linux 2.37.4 (sys-utils/flock.c): takes a lock on a file (created if missing) or directory and runs
// the command (or `-c` through $SHELL) while holding it, or locks a descriptor the shell opened (`exec 9>file;
// flock 9`). No other process contends for the locks here, so each is granted at once (-n, -w and -E never fire);
// what the command does and returns is flock's status. Exit codes are sysexits.h's, as flock.c's.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { runCommand } from '../lib/run-command';
import { spec } from './spec';
import { umaskOf } from '../../../fs-owner';

const EX_USAGE = 64;

function* flock(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const fail = (m: string, status: number) => {
    ctx.err(`flock: ${m}\n`);
    return status;
  };
  if (!ctx.args.length) return fail("not enough arguments\nTry 'flock --help' for more information.", EX_USAGE);
  for (const { key, value } of o.list) {
    const v = String(value);
    if (key === 'timeout' && !/^\d+(\.\d+)?$/.test(v)) return fail(`invalid timeout value: '${v}'`, EX_USAGE);
    if (key === 'conflict-exit-code') {
      if (!/^[-+]?\d+$/.test(v)) return fail(`invalid exit code: '${v}'`, EX_USAGE);
      if (Number(v) < 0 || Number(v) > 255) return fail('exit code out of range (expected 0 to 255)', EX_USAGE);
    }
  }
  if (o.has('no-fork') && o.has('close')) return fail('the --no-fork and --close options are incompatible', EX_USAGE);
  const verbose = o.has('verbose');
  if (ops.length > 1) {
    let argv = ops.slice(1);
    if (argv[0] === '-c' || argv[0] === '--command') {
      if (argv.length !== 2) return fail(`${argv[0]} requires exactly one command argument`, EX_USAGE);
      argv = [ctx.frame.env.SHELL || '/bin/sh', '-c', argv[1]];
    }
    const file = ops[0];
    const abs = ctx.resolve(file);
    const fs = ctx.host.fs;
    const node = fs.get(abs);
    if (!node) {
      const parent = fs.get(fs.dirname(abs));
      if (!parent || parent.type !== 'dir') return fail(`cannot open lock file ${file}: No such file or directory`, 66);
      if (!canWrite(ctx.frame.user, abs)) return fail(`cannot open lock file ${file}: Permission denied`, 66);
      fs.write(abs, '');
      const made = fs.get(abs)!;
      const umask = umaskOf(ctx.frame, ctx.host);
      made.mode = (made.mode & ~0o777) | (0o666 & ~umask);
    }
    if (verbose) {
      ctx.out('flock: getting lock took 0.000001 seconds\n');
      ctx.out(`flock: executing ${argv[0]}\n`);
    }
    const status = yield* runCommand(ctx, 'flock', argv);
    return status === 127 ? 69 : status;
  }
  if (ops.length === 1) {
    if (!/^[-+]?\d+$/.test(ops[0])) return fail(`bad file descriptor: '${ops[0]}'`, EX_USAGE);
    const fd = Number(ops[0]);
    const open = fd <= 2 || !!ctx.frame.fdt?.[fd];
    if (!open) return fail(`${fd}: Bad file descriptor`, 65);
    if (verbose) ctx.out('flock: getting lock took 0.000001 seconds\n');
    return 0;
  }
  return fail('requires file descriptor, file or directory', EX_USAGE);
}

def({ name: 'flock', summary: 'manage locks from shell scripts', spec, run: flock });

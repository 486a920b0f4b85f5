// mkfs of util-linux 2.37.4 (disk-utils/mkfs.c): the front-end reads -t/--type, -V/--verbose, -h and --version
// up to the first word it does not know (getopt_long with opterr off), and runs mkfs.<type> (ext2 by default)
// with the rest; -V prints the version and the command line first (twice: only that). A type with no builder is
// execvp()'s ENOENT: "failed to execute mkfs.<type>".
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findCommand } from '../../../registry';
import { def, linuxOnly } from '../../lib/guest';
import { runCommand } from '../lib/run-command';
import { help, version } from './help';
import { spec } from './spec';

function* mkfs(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  if (args.length === 1 && args[0] === '-V') {
    ctx.out(version);
    return 0;
  }
  let type = 'ext2';
  let verbose = 0;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-V' || a === '--verbose') verbose++;
    else if (a === '-h' || a === '--help') {
      ctx.out(help);
      return 0;
    } else if (a === '--version') {
      ctx.out(version);
      return 0;
    } else if (a === '-t' || a === '--type') {
      if (i + 1 >= args.length) break;
      type = args[++i];
    } else if (a.startsWith('-t') && a.length > 2) type = a.slice(2);
    else if (a.startsWith('--type=')) type = a.slice(7);
    else break;
  }
  const rest = args.slice(i);
  if (!rest.length) {
    ctx.err("mkfs: no device specified\nTry 'mkfs --help' for more information.\n");
    return 1;
  }
  const prog = `mkfs.${type}`;
  if (verbose) {
    ctx.out(`${version}${[prog, ...rest].map((w) => w + ' ').join('')}\n`);
    if (verbose > 1) return 0;
  }
  const d = findCommand('bash', prog);
  if (!d || (d.available && !d.available(ctx.host, ctx.world))) {
    ctx.err(`mkfs: failed to execute ${prog}: No such file or directory\n`);
    return 1;
  }
  return yield* runCommand(ctx, 'mkfs', [prog, ...rest]);
}

def({ name: 'mkfs', summary: 'build a Linux filesystem', available: linuxOnly, spec, run: mkfs });

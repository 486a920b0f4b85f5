// ldd of glibc 2.34 (spec.ts), after elf/ldd.bash.in: the options (prefixes of --data-relocs, --function-relocs,
// --unused, --verbose, --help, --version), then per file its checks: missing, not a regular file, not readable,
// not executable (a warning), then the dynamic linker's --verify. The guest's files are none of them ELF objects
// (its programs are not files in the model), so a readable file is "not a dynamic executable"; the libraries
// ld.so would list are not modelled (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canRead } from '../../../util';

const TRY = "Try `ldd --help' for more information.\n";
const prefixes = (word: string, min: number) => Array.from({ length: word.length - min + 1 }, (_, i) => '--' + word.slice(0, min + i));
const VERSION = prefixes('version', 4);
const HELP = prefixes('help', 1);
const AMBIGUOUS = ['--v', '--ve', '--ver'];
const QUIET = ['-d', ...prefixes('data-relocs', 1), '-r', ...prefixes('function-relocs', 1), '-v', ...prefixes('verbose', 4), '-u', ...prefixes('unused', 1)];

export function* run(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  while (args.length) {
    const a = args[0];
    if (VERSION.includes(a) || HELP.includes(a)) {
      const m = (yield { load: () => import('./help') }) as typeof import('./help');
      ctx.out(VERSION.includes(a) ? m.version : m.help);
      return 0;
    }
    if (AMBIGUOUS.includes(a)) {
      ctx.err(`ldd: option \`${a}' is ambiguous\n`);
      return 1;
    }
    if (a === '--') {
      args.shift();
      break;
    }
    if (QUIET.includes(a)) {
      args.shift();
      continue;
    }
    if (a.startsWith('-')) {
      ctx.err(`ldd: unrecognized option \`${a}'\n${TRY}`);
      return 1;
    }
    break;
  }
  if (!args.length) {
    ctx.err(`ldd: missing file arguments\n${TRY}`);
    return 1;
  }
  const fs = ctx.host.fs;
  const me = ctx.frame.user;
  let result = 0;
  for (const f of args) {
    if (args.length > 1) ctx.out(`${f}:\n`);
    const file = f.includes('/') ? f : `./${f}`;
    const abs = ctx.resolve(file);
    const l = fs.lookup(abs);
    if (typeof l === 'string') {
      ctx.err(`ldd: ${file}: No such file or directory\n`);
      result = 1;
    } else if (l.node.type !== 'file') {
      ctx.err(`ldd: ${file}: not regular file\n`);
      result = 1;
    } else if (canRead(me, abs) && (me === 'root' || (l.node.mode & 0o444) !== 0)) {
      const x = (l.node.mode & 0o111) !== 0;
      if (!x) ctx.err(`ldd: warning: you do not have execution permission for \`${file}'\n`);
      ctx.err('\tnot a dynamic executable\n');
      result = 1;
    } else {
      ctx.err(`ldd: error: you do not have read permission for \`${file}'\n`);
      result = 1;
    }
  }
  return result;
}

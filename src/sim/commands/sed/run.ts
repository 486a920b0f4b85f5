// sed of GNU sed 4.8 (options and help in spec.ts, the script language in script.ts).
import { strerror } from '../../fs';
import { canWrite } from '../../util';
import { def } from '../lib/guest';
import { readFile, inputs, lines } from '../lib/files';
import { compile, execute, SedError, type Script } from './script';
import type { Rx } from '../lib/posix-regex/index';
import { usage } from './usage';

/**
 * `sed --version` of sed 4.8: version_etc() with the AUTHORS of sed/sed.c (gnulib's copyright year 2020), then
 * selinux_support() (Rocky's build has SELinux; is_selinux_enabled() is true when enforcing or permissive) and
 * contact(false).
 */
function version(selinux: string): string {
  return (
    'sed (GNU sed) 4.8\nCopyright (C) 2020 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\n' +
    'Written by Jay Fenlason, Tom Lord, Ken Pizzini,\nPaolo Bonzini, Jim Meyering, and Assaf Gordon.\n\n' +
    `This sed program was built with SELinux support.\nSELinux is ${selinux === 'Disabled' ? 'disabled' : 'enabled'} on this system.\n\n` +
    'GNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\nE-mail bug reports to: <bug-sed@gnu.org>.\n'
  );
}

/** sed: -n, -e, -f, -E/-r, -i[SUFFIX], -s; addresses, ranges and the commands of script.ts. */
def({
  name: 'sed',
  summary: 'stream editor for filtering and transforming text',
  *run(ctx) {
    const args = ctx.args;
    const scripts: string[] = [];
    const files: string[] = [];
    let inPlace = false;
    let quiet = false;
    let extended = false;
    let separate = false;
    let scriptFileErr = '';
    const fromFile = (name: string) => {
      const r = readFile(ctx, ctx.resolve(name));
      if (!r.ok) scriptFileErr ||= `sed: couldn't open file ${name}: ${strerror(r.errno)}\n`;
      else scripts.push(r.text.replace(/\n$/, ''));
    };
    let onlyFiles = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (onlyFiles || a === '-' || !a.startsWith('-')) {
        files.push(a);
        continue;
      }
      if (a === '--') onlyFiles = true;
      else if (a.startsWith('--')) {
        const [name, val] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
        if ('--version'.startsWith(name) && name.length > 2) {
          ctx.out(version(ctx.host.sys?.selinux ?? 'Enforcing'));
          return 0;
        }
        if ('--expression'.startsWith(name) && name.length > 3) scripts.push(val ?? args[++i] ?? '');
        else if ('--file'.startsWith(name) && name.length > 3) fromFile(val ?? args[++i] ?? '');
        else if ('--in-place'.startsWith(name) && name.length > 3) inPlace = true;
        else if (['--quiet', '--silent'].some((l) => l.startsWith(name))) quiet = true;
        else if ('--regexp-extended'.startsWith(name)) extended = true;
        else if ('--separate'.startsWith(name) && name.length > 3) separate = true;
        else if ('--line-length'.startsWith(name) && val === undefined) i++;
      } else {
        for (let k = 1; k < a.length; k++) {
          const f = a[k];
          if (f === 'n') quiet = true;
          else if (f === 'E' || f === 'r') extended = true;
          else if (f === 's') separate = true;
          else if (f === 'i') {
            inPlace = true;
            break;
          } else if (f === 'e' || f === 'f' || f === 'l') {
            const v = k + 1 < a.length ? a.slice(k + 1) : (args[++i] ?? '');
            if (f === 'e') scripts.push(v);
            else if (f === 'f') fromFile(v);
            break;
          }
        }
      }
    }
    if (scriptFileErr) {
      ctx.err(scriptFileErr);
      return 1;
    }
    if (!scripts.length) {
      if (!files.length) {
        // usage(EXIT_BAD_USAGE): the whole usage without the bug report address
        ctx.err(usage);
        return 1;
      }
      scripts.push(files.shift()!);
    }
    let prog: Script;
    try {
      prog = compile(scripts, extended);
    } catch (e) {
      if (!(e instanceof SedError)) throw e;
      ctx.err(e.message + '\n');
      return e.status;
    }
    const state = { lastRe: null as Rx | null, line: 0 };
    const run = (text: string) => {
      try {
        return execute(prog, lines(text), quiet, state);
      } catch (e) {
        if (!(e instanceof SedError)) throw e;
        return { out: '', error: e.message };
      }
    };
    if (inPlace) {
      let code = 0;
      for (const f of files) {
        const p = ctx.resolve(f);
        const read = readFile(ctx, p);
        if (!read.ok) {
          ctx.err(`sed: can't read ${f}: ${strerror(read.errno)}\n`);
          code = 2;
          continue;
        }
        if (!canWrite(ctx.frame.user, p)) {
          ctx.err(`sed: couldn't open temporary file ${ctx.host.fs.dirname(p)}/sed${ctx.world.rng.str(6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}: Permission denied\n`);
          code = 4;
          continue;
        }
        state.line = 0;
        const r = run(read.text);
        if ('error' in r) {
          ctx.err(r.error + '\n');
          return 4;
        }
        if (r.loop) for (;;) yield { wait: 60_000 };
        ctx.host.fs.write(p, r.out);
        if (r.exit !== undefined) return r.exit;
      }
      return code;
    }
    // without -s, the input files are one stream: line numbers go on and $ is the last line of the last file
    const texts: string[] = [];
    const code = yield* inputs(ctx, 'sed', files, (t) => texts.push(t));
    const pieces = separate ? texts : [texts.map((t) => (t && !t.endsWith('\n') ? t + '\n' : t)).join('')];
    for (const t of pieces) {
      if (separate) state.line = 0;
      const r = run(t);
      if ('error' in r) {
        ctx.err(r.error + '\n');
        return 4;
      }
      ctx.out(r.out);
      if (r.loop) for (;;) yield { wait: 60_000 };
      if (r.exit !== undefined) return r.exit;
    }
    return code;
  },
});

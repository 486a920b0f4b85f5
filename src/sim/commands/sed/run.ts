// sed of GNU sed 4.8 (options and help in spec.ts).
import { strerror } from '../../fs';
import { canWrite } from '../../util';
import { def } from '../lib/guest';
import { readFile, inputs, lines } from '../lib/files';
import { breToJs } from '../lib/regex';

/** A small sed: s///[gI], /re/ addresses, line numbers, d, p, -n, -i, -e. */
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
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-i' || a.startsWith('-i') && !a.startsWith('-i=') && a.length > 2 && !/^-i[a-z]/.test(a)) inPlace = true;
      else if (a === '-n') quiet = true;
      else if (a === '-E' || a === '-r') extended = true;
      else if (a === '-e') scripts.push(args[++i] ?? '');
      else if (/^-[inEr]+$/.test(a)) {
        if (a.includes('i')) inPlace = true;
        if (a.includes('n')) quiet = true;
        if (a.includes('E') || a.includes('r')) extended = true;
      } else if (!scripts.length && !a.startsWith('-')) scripts.push(a);
      else files.push(a);
    }
    if (!scripts.length) {
      ctx.err('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n');
      return 1;
    }
    type Cmd = { addr: RegExp | number | null; op: 's' | 'd' | 'p'; re?: RegExp; rep?: string };
    const cmds: Cmd[] = [];
    for (const s of scripts.flatMap((x) => x.split(/;\s*|\n/)).filter(Boolean)) {
      let rest = s.trim();
      let addr: Cmd['addr'] = null;
      const am = /^\/((?:\\.|[^/])*)\/\s*/.exec(rest);
      if (am) {
        addr = new RegExp(extended ? am[1] : breToJs(am[1]));
        rest = rest.slice(am[0].length);
      } else {
        const nm = /^(\d+)\s*/.exec(rest);
        if (nm) {
          addr = Number(nm[1]);
          rest = rest.slice(nm[0].length);
        }
      }
      if (rest === 'd' || rest === 'p') {
        cmds.push({ addr, op: rest });
        continue;
      }
      if (rest.startsWith('s') && rest.length > 1) {
        const d = rest[1];
        const parts: string[] = [];
        let cur = '';
        for (let i = 2; i < rest.length; i++) {
          if (rest[i] === '\\' && rest[i + 1] === d) {
            cur += d;
            i++;
          } else if (rest[i] === d) {
            parts.push(cur);
            cur = '';
          } else cur += rest[i];
        }
        parts.push(cur);
        if (parts.length < 3) {
          ctx.err(`sed: -e expression #1, char ${s.length}: unterminated \`s' command\n`);
          return 1;
        }
        const fl = parts[2];
        try {
          const re = new RegExp(extended ? parts[0] : breToJs(parts[0]), (fl.includes('g') ? 'g' : '') + (fl.includes('I') || fl.includes('i') ? 'i' : ''));
          cmds.push({ addr, op: 's', re, rep: parts[1].replace(/\\(\d)/g, '$$$1').replace(/&/g, '$$&') });
        } catch {
          ctx.err(`sed: -e expression #1, char ${s.length}: Invalid preceding regular expression\n`);
          return 1;
        }
        continue;
      }
      ctx.err(`sed: -e expression #1, char ${s.length}: unknown command: \`${rest[0] ?? ''}'\n`);
      return 1;
    }
    const apply = (text: string) => {
      let out = '';
      lines(text).forEach((line, idx) => {
        let l = line;
        let deleted = false;
        let printed = '';
        for (const c of cmds) {
          const hit = c.addr === null || (typeof c.addr === 'number' ? c.addr === idx + 1 : c.addr.test(l));
          if (!hit) continue;
          if (c.op === 'd') {
            deleted = true;
            break;
          }
          if (c.op === 'p') printed += l + '\n';
          if (c.op === 's') l = l.replace(c.re!, c.rep!);
        }
        if (!deleted) out += printed + (quiet ? '' : l + '\n');
      });
      return out;
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
        ctx.host.fs.write(p, apply(read.text));
      }
      return code;
    }
    let out = '';
    const code = yield* inputs(ctx, 'sed', files, (t) => (out += apply(t)));
    ctx.out(out);
    return code ? 2 : 0;
  },
});

// UnZip 6.0 (Info-ZIP, Rocky 9's unzip-6.0-56.el9) over the ZIP files zip writes (zip/format.ts): extracting
// ("Archive:  NAME", "   creating: d/", extract.c's "%11s: %-22s  " lines for inflating and extracting), -d DIR,
// -o and -n, the "replace NAME? [y]es, [n]o, [A]ll, [N]one, [r]ename: " question, -l's table (list.c), -q, and the
// errors recorded from UnZip 6.0: a missing archive (status 9), a file that is not one (9), a name that matches no
// entry (11). Extracted files get the entry's mode and time.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { canWrite } from '../../util';
import { fromBytes, toBytes } from '../lib/bytes';
import { readFile } from '../lib/files';
import { def } from '../lib/guest';
import { hasCommand } from '../lib/where';
import { expand, loadFlate, readZip, type Entry } from '../zip/format';
import { spec } from './spec';

const PK_WARN = 1;
const PK_FIND = 9;
const PK_PARAM = 10;
const IZ_UNMATCH = 11;

function when(e: Entry): string {
  const d = new Date(e.mtime * 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** The wildcards of unzip's match(): '*' and '?' across '/', [...] a class. */
function wild(p: string): RegExp {
  const re = p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.').replace(/\[!/g, '[^');
  return new RegExp(`^${re}$`);
}

function* unzip(ctx: CommandContext): CommandRun {
  let list = false;
  let quiet = false;
  let over: 'ask' | 'all' | 'never' = 'ask';
  let exdir: string | null = null;
  const words: string[] = [];
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (!w.startsWith('-') || w === '-') {
      words.push(w);
      continue;
    }
    for (let j = 1; j < w.length; j++) {
      const c = w[j];
      if (c === 'l') list = true;
      else if (c === 'q') quiet = true;
      else if (c === 'o') over = 'all';
      else if (c === 'n') over = 'never';
      else if (c === 'd') {
        exdir = w.slice(j + 1) || args[++i] || null;
        if (exdir === null) {
          ctx.err('error:  must specify directory to which to extract with -d option\n');
          return PK_PARAM;
        }
        break;
      }
    }
  }
  if (!words.length) {
    ctx.err('unzip:  no zipfile specified\n');
    return PK_PARAM;
  }
  yield { load: loadFlate };
  const fs = ctx.host.fs;
  const name = words[0];
  const tries = [name, `${name}.zip`, `${name}.ZIP`];
  const found = tries.find((t) => fs.get(ctx.resolve(t))?.type === 'file');
  if (!found) {
    ctx.err(`unzip:  cannot find or open ${name}, ${name}.zip or ${name}.ZIP.\n`);
    return PK_FIND;
  }
  const got = readFile(ctx, ctx.resolve(found));
  if (!got.ok) {
    ctx.err(`unzip:  cannot find or open ${name}, ${name}.zip or ${name}.ZIP.\n`);
    return PK_FIND;
  }
  if (!quiet || list) ctx.out(`Archive:  ${found}\n`);
  const entries = readZip(toBytes(got.text));
  if (!entries) {
    ctx.err(
      '  End-of-central-directory signature not found.  Either this file is not\n' +
        '  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n' +
        '  latter case the central directory and zipfile comment will be found on\n' +
        '  the last disk(s) of this archive.\n' +
        `unzip:  cannot find zipfile directory in one of ${name} or\n        ${name}.zip, and cannot find ${name}.ZIP, period.\n`,
    );
    return PK_FIND;
  }
  const pats = words.slice(1);
  const chosen = pats.length ? entries.filter((e) => pats.some((p) => wild(p).test(e.name))) : entries;
  let warned = false;
  const answers = ctx.stdin ? ctx.stdin.split('\n').slice(0, ctx.stdin.endsWith('\n') ? -1 : undefined) : [];
  const unmatched = pats.filter((p) => !entries.some((e) => wild(p).test(e.name)));
  if (list) {
    let out = '  Length      Date    Time    Name\n---------  ---------- -----   ----\n';
    for (const e of chosen) out += `${String(e.size).padStart(9)}  ${when(e)}   ${e.name}\n`;
    const total = chosen.reduce((n, e) => n + e.size, 0);
    out += `---------                     -------\n${String(total).padStart(9)}                     ${chosen.length} file${chosen.length === 1 ? '' : 's'}\n`;
    ctx.out(out);
  } else {
    for (const e of chosen) {
      const shown = exdir ? `${exdir.replace(/\/+$/, '')}/${e.name}` : e.name;
      const abs = ctx.resolve(shown);
      if (e.name.endsWith('/')) {
        if (fs.get(abs)) continue;
        fs.mkdir(abs, true);
        if (!quiet) ctx.out(`   creating: ${shown}\n`);
        continue;
      }
      if (fs.get(abs)) {
        if (over === 'never') continue;
        if (over === 'ask') {
          // the answer comes from the terminal, or from standard input when it is redirected
          const q = `replace ${shown}? [y]es, [n]o, [A]ll, [N]one, [r]ename: `;
          let a: string | null | undefined;
          if (ctx.stdin !== null) {
            ctx.err(q);
            a = answers.shift();
          } else a = (yield { ask: q, stderr: true }) as string | null | undefined;
          if (a === null || a === undefined) {
            ctx.err(' NULL\n(EOF or read error, treating as "[N]one" ...)\n');
            over = 'never';
            warned = true;
            continue;
          }
          const c = a.trim()[0];
          if (c === 'A') over = 'all';
          else if (c === 'N') {
            over = 'never';
            continue;
          } else if (c !== 'y') continue;
        }
      }
      const data = expand(e);
      const dir = fs.dirname(abs);
      if (!fs.get(dir)) fs.mkdir(dir, true);
      if (!canWrite(ctx.frame.user, abs) || data === null) {
        ctx.err(`error:  cannot create ${shown}\n        Permission denied\n`);
        continue;
      }
      if (!quiet) ctx.out(`${(e.method === 8 ? 'inflating' : 'extracting').padStart(11)}: ${shown.padEnd(22)}  \n`);
      fs.write(abs, fromBytes(data), false);
      const made = fs.get(abs);
      // unix/unix.c close_outfile(): the archived permission bits, whatever the umask (filtattr() drops set-id and sticky)
      if (made) (made.mtime = e.mtime * 1000), e.mode & 0o777 && (made.mode = (made.mode & ~0o7777) | (e.mode & 0o777));
    }
  }
  for (const p of unmatched) ctx.err(`caution: filename not matched:  ${p}\n`);
  return unmatched.length ? IZ_UNMATCH : warned ? PK_WARN : 0;
}

def({ name: 'unzip', available: (h) => hasCommand(h, 'unzip'), summary: 'list, test and extract compressed files in a ZIP archive', spec, run: unzip });

/**
 * Renders the manual pages `man` displays on the Rocky guests into src/sim/commands/man-db/pages/.
 *
 *   npx tsx scripts/golden/man-pages.ts <coreutils git dir> <procps-ng git dir> <less git dir> <grep git dir> <findutils git dir> <tar git dir>
 *
 * MAN_PAGES_ONLY="grep find" renders only those pages again (the index is written whole).
 *
 * Sources, at the versions Rocky 9.5 ships:
 * - coreutils 8.32: each page is what its man/local.mk makes: the help2man 1.47.3 that v8.32 carries (man/help2man)
 *   run on the program's --help and --version (the recorded texts in src/sim/commands/coreutils/NAME/help.ts) with
 *   man/NAME.x, --source='GNU coreutils 8.32', the info-page line, and the "For complete documentation" line taken
 *   out. SOURCE_DATE_EPOCH is the release day (2020-03-05, "March 2020"), as the tarball's .timestamp gives it.
 * - procps-ng 3.3.17: the pages of the tag (a `.so` page shows the page it names).
 * - less 590: less.nro.VER with Makefile.aut's substitutions (the version and the release date, 03 Jun 2021).
 * - grep 3.6: doc/grep.in.1 with @VERSION@ replaced, and egrep.1/fgrep.1 as doc/Makefile.am makes them (`.so`).
 * - findutils 4.8.0: find/find.1 and xargs/xargs.1.
 * - tar 1.34: doc/tar.1 as of TAR_COMMIT ("maint: 1.34 announcement update", after the release, configure.ac at
 *   1.34; the page's last change is of January 2021, before the release; the mirror has no tags).
 *
 * Each page is rendered as man-db 2.9.3 has groff 1.22.4 do it on a terminal: `[tbl |] nroff -mandoc -Tutf8`
 * with `-rLL=Nn -rLT=Nn` where N is get_roff_line_length() of the width (none at 80 columns: groff's 78n),
 * grotty's SGR escapes kept (man-db sets GROFF_NO_SGR only when its output is not a terminal, and then col -b
 * leaves the same characters as taking the escapes out does), blank lines squeezed as man-db's
 * squeeze_blank_lines() does. An empty site man.local/mdoc.local stands for the
 * upstream ones (this machine's are Debian's). Every width from MIN_COLS to MAX_COLS is rendered; the renders are
 * packed by pack() in the order of their line lengths and stored gzip-compressed (base64) in
 * tests/golden/man-renders/; the page's module gets the form of man-fill.ts (the paragraphs, which
 * src/sim/commands/man-db/man/fill.ts fills at the line length, and the renders it does not give), one per page.
 * index.ts lists the pages, their sections and their NAME lines (for whatis and apropos).
 *
 * It also records this machine's man (man-db 2.11.2, which still has 2.9.3's line lengths: the change came in
 * 2.12) on some of the sources without a terminal (`MANWIDTH=N man -l FILE`), into tests/golden/man/, which the
 * tests compare with the simulator's `man` through a pipe.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { lineLengths } from '../../src/sim/commands/man-db/man/width';
import { unpack } from '../../src/sim/commands/man-db/man/unpack';
import { pack as packFilled, unpackRenders } from './man-fill';

const [coreutilsGit, procpsGit, lessGit, grepGit, findutilsGit, tarGit] = process.argv.slice(2);
const TAR_COMMIT = 'df6de515';
if (!tarGit) {
  console.error('usage: man-pages.ts <coreutils git dir> <procps-ng git dir> <less git dir> <grep git dir> <findutils git dir> <tar git dir>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'src/sim/commands/man-db/pages');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'man-pages-'));
const git = (dir: string, ...args: string[]) => execFileSync('git', ['--git-dir', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });

/** The coreutils programs whose pages are kept: the ones learners look up. */
const COREUTILS = (
  'basename cat chmod chown cp cut date dd df dirname du env head id ln ls md5sum mkdir mktemp mv nl nproc ' +
  'paste printenv readlink realpath rm rmdir seq sha256sum sleep sort split stat tac tail tee timeout touch tr ' +
  'truncate uname uniq wc who whoami yes'
).split(' ');
/** procps-ng pages: [file at the tag, section]. */
const PROCPS: [string, string][] = [
  ['ps/ps.1', '1'], ['top/top.1', '1'], ['free.1', '1'], ['pgrep.1', '1'], ['pkill.1', '1'], ['pidof.1', '1'],
  ['uptime.1', '1'], ['w.1', '1'], ['watch.1', '1'], ['pmap.1', '1'], ['pwdx.1', '1'], ['vmstat.8', '8'],
  ['sysctl.8', '8'],
];

interface Source {
  name: string;
  sec: string;
  roff: string;
}
const sources: Source[] = [];

// coreutils: help2man 1.47.3 of v8.32 on the recorded help and version
const help2man = path.join(tmp, 'help2man');
writeFileSync(help2man, git(coreutilsGit, 'show', 'v8.32:man/help2man'));
const bin = path.join(tmp, 'bin');
mkdirSync(bin);
for (const name of COREUTILS) {
  const texts: { help: string; version: string } = await import(path.join(root, `src/sim/commands/coreutils/${name}/help.ts`));
  writeFileSync(path.join(tmp, `${name}.help`), texts.help);
  writeFileSync(path.join(tmp, `${name}.version`), texts.version);
  const prog = path.join(bin, name);
  writeFileSync(prog, `#!/bin/sh\ncase "$1" in --help) cat '${tmp}/${name}.help';; --version) cat '${tmp}/${name}.version';; esac\n`);
  chmodSync(prog, 0o755);
  const x = path.join(tmp, `${name}.x`);
  writeFileSync(x, git(coreutilsGit, 'show', `v8.32:man/${name}.x`));
  const out = path.join(tmp, `${name}.1`);
  execFileSync('perl', ['--', help2man, '--source=GNU coreutils 8.32', `--include=${x}`, `--output=${out}`, `--info-page=\\(aq(coreutils) ${name} invocation\\(aq`, prog], {
    env: { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(2020, 2, 5) / 1000), TZ: 'UTC0', LC_ALL: 'C' },
    cwd: tmp,
  });
  const roff = execFileSync('sed', ['-e', `s|${bin}/||g`, '-e', '/For complete documentation/d', out], { encoding: 'utf8' });
  sources.push({ name, sec: '1', roff });
}

// procps-ng 3.3.17
for (const [file, sec] of PROCPS) {
  const roff = git(procpsGit, 'show', `v3.3.17:${file}`);
  sources.push({ name: path.basename(file).replace(/\.\d$/, ''), sec, roff });
}

// grep 3.6 and findutils 4.8.0
sources.push({ name: 'grep', sec: '1', roff: git(grepGit, 'show', 'v3.6:doc/grep.in.1').replaceAll('@VERSION@', '3.6') });
for (const name of ['egrep', 'fgrep']) sources.push({ name, sec: '1', roff: '.so man1/grep.1\n' });
for (const file of ['find/find.1', 'xargs/xargs.1']) sources.push({ name: path.basename(file, '.1'), sec: '1', roff: git(findutilsGit, 'show', `v4.8.0:${file}`) });
if (!git(tarGit, 'show', `${TAR_COMMIT}:configure.ac`).includes('AC_INIT([GNU tar], [1.34]')) throw new Error('tar: not 1.34');
sources.push({ name: 'tar', sec: '1', roff: git(tarGit, 'show', `${TAR_COMMIT}:doc/tar.1`) });

// less 590
sources.push({
  name: 'less',
  sec: '1',
  roff: git(lessGit, 'show', 'v590:less.nro.VER').replaceAll('@@VERSION@@', '590').replaceAll('@@DATE@@', '03 Jun 2021'),
});

/** zsoelim: a page that is `.so manN/x.N` is that page (its key, x.N, when it is one). */
const soTarget = (s: Source): string | null => /^\.so\s+man\d\/(\S+)\s*$/m.exec(s.roff.split('\n').find((l) => !l.startsWith('.\\"')) ?? '')?.[1] ?? null;
const resolve = (s: Source): string => {
  const so = soTarget(s);
  if (!so) return s.roff;
  const target = sources.find((x) => `${x.name}.${x.sec}` === so)?.roff;
  if (!target) throw new Error(`${s.name}: .so ${so} not found`);
  return target;
};

const tmac = path.join(tmp, 'tmac');
mkdirSync(tmac);
writeFileSync(path.join(tmac, 'man.local'), '');
writeFileSync(path.join(tmac, 'mdoc.local'), '');

/** man-db's squeeze_blank_lines(): runs of blank (white-space only) lines become one empty line. */
function squeeze(text: string): string {
  const out: string[] = [];
  let blank = false;
  for (const l of text.split('\n').slice(0, text.endsWith('\n') ? -1 : undefined)) {
    if (/^[ \t\r\f\v]*$/.test(l)) {
      blank = true;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(l);
  }
  if (blank) out.push('');
  return out.map((l) => l + '\n').join('');
}

/** Every line length's render of a page, by four groff runs at a time. */
function renderAll(roff: string, lls: number[]): string[] {
  const dir = mkdtempSync(path.join(tmp, 'r-'));
  const file = path.join(dir, 'page');
  writeFileSync(file, roff);
  const tbl = /^'\\" [a-z]*t/.test(roff) ? `tbl ${file}` : `cat ${file}`;
  const one = `${tbl} | if [ "$0" = 78 ]; then nroff -M${tmac} -mandoc -Tutf8; else nroff -M${tmac} -mandoc -rLL="$0"n -rLT="$0"n -Tutf8; fi > ${dir}/out.$0 2>/dev/null`;
  execFileSync('xargs', ['-P', '4', '-n', '1', 'sh', '-c', one], {
    input: lls.join('\n'),
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
  });
  const out = lls.map((ll) => readFileSync(path.join(dir, `out.${ll}`), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return out;
}

/**
 * The renders in the stored form. Each is cut at its blank lines into blocks; a block's key is its words (white
 * space, SGR escapes and end-of-line hyphens left out), so one paragraph at every width has one key. The stored
 * text is the keys' distinct texts (a key's texts joined with SOH, keys joined with NUL), STX, then one line per
 * render: its blocks as `key.text` numbers (base 36), so that gzip finds one width's paragraph beside the next's.
 */
function pack(renders: string[]): string {
  const keyOf = (b: string) => b.replace(/\x1b\[[0-9;]*m/g, '').replace(/\u2010\n\s*/g, '').replace(/\s+/g, '');
  const keys = new Map<string, string[]>();
  const lines = renders.map((r) =>
    r
      .split('\n\n')
      .map((b) => {
        const k = keyOf(b);
        if (!keys.has(k)) keys.set(k, []);
        const texts = keys.get(k)!;
        let t = texts.indexOf(b);
        if (t < 0) t = texts.push(b) - 1;
        return `${[...keys.keys()].indexOf(k).toString(36)}.${t.toString(36)}`;
      })
      .join(' '),
  );
  const packed = [...keys.values()].map((t) => t.join('\x01')).join('\0') + '\x02' + lines.join('\n');
  const back = unpackRenders(packed);
  renders.forEach((r, i) => {
    if (back[i] !== r) throw new Error('pack: render ' + i + ' does not come back');
  });
  return packed;
}

/** lexgrog: the NAME section's names and description ("ls \- list directory contents"). */
function whatis(roff: string): { names: string[]; desc: string } {
  const lines = roff.split('\n');
  const at = lines.findIndex((l) => /^\.SH\s+"?NAME"?\s*$/i.test(l));
  const body: string[] = [];
  for (let i = at + 1; i < lines.length && !/^\.SH/.test(lines[i]); i++) {
    const l = lines[i];
    if (l.startsWith('.\\"') || /^\.\s*$/.test(l) || /^\.(PP|LP|P|sp|br|ad|na|nh|hy)\b/.test(l)) continue;
    body.push(l.replace(/^\.[BI]R?\s+/, ''));
  }
  const text = body
    .join(' ')
    .replace(/\\f[A-Z1-4]|\\f\(..|\\f\[[^\]]*\]|\\[,/&]/g, '')
    .replace(/\\-/g, '-')
    .replace(/\\\(aq/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  const dash = /\s+--?\s+/.exec(text)!;
  return { names: text.slice(0, dash.index).split(/\s*,\s*/), desc: text.slice(dash.index + dash[0].length) };
}

// MAN_PAGES_ONLY="ls top": render only those (a trial; the index and the other pages stay as they are)
const only = process.env.MAN_PAGES_ONLY?.split(' ');
if (!only) rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const LLS = lineLengths();
const rendersDir = path.join(root, 'tests/golden/man-renders');
mkdirSync(rendersDir, { recursive: true });
const index: string[] = [];
for (const s of sources) {
  const roff = resolve(s);
  // a `.so` page loads the page it names, rendered once
  const key = soTarget(s) ?? `${s.name}.${s.sec}`;
  // the module of ls.1 is ls_1.ts (an import path without a dot in its name)
  const mod = key.replace(/\.([^.]+)$/, '_$1');
  const w = whatis(roff);
  index.push(`  [${JSON.stringify(s.name)}, ${JSON.stringify(s.sec)}, ${JSON.stringify(w.names.join(','))}, ${JSON.stringify(w.desc)}, () => import('./${mod}')],`);
  if (soTarget(s) || (only && !only.includes(s.name))) continue;
  const renders = renderAll(roff, LLS).map(squeeze);
  // every render, for the tests; the site gets the paragraphs for fill.ts and the renders it does not give
  writeFileSync(path.join(rendersDir, `${mod}.b64`), gzipSync(Buffer.from(pack(renders)), { level: 9 }).toString('base64') + '\n');
  const filled = packFilled(renders, LLS).packed;
  renders.forEach((r, i) => {
    if (unpack(filled, i, LLS[i]) !== r) throw new Error(`${key}: render ${i} does not come back`);
  });
  const data = gzipSync(Buffer.from(filled), { level: 9 }).toString('base64');
  writeFileSync(
    path.join(outDir, `${mod}.ts`),
    `// ${key} as man shows it, rendered by scripts/golden/man-pages.ts (edit that script, not this file).\nexport const z = ${JSON.stringify(data)};\n`,
  );
  console.log(key, Math.round(data.length / 1024) + 'K', w.names.join(','), '-', w.desc);
}
writeFileSync(
  path.join(outDir, 'index.ts'),
  `// The pages man displays: [name, section, the NAME line's names, its description, the rendered page].\n` +
    `// Written by scripts/golden/man-pages.ts; edit that script, not this file.\n` +
    `export type PageEntry = [string, string, string, string, () => Promise<{ z: string }>];\n` +
    `export const PAGES: PageEntry[] = [\n${index.join('\n')}\n];\n`,
);
// the real man-db on the same sources, without a terminal (GROFF_NO_SGR and col -b -p -x)
const GOLDEN: [string, number[]][] = [['ls', [80, 60, 132]], ['ps', [80, 100]], ['free', [80, 45]], ['pkill', [80]], ['grep', [80]], ['find', [80, 120]], ['egrep', [80]], ['tar', [80]]];
const goldenDir = path.join(root, 'tests/golden/man');
mkdirSync(goldenDir, { recursive: true });
for (const [name, widths] of GOLDEN) {
  const s = sources.find((x) => x.name === name)!;
  const file = path.join(tmp, `golden.${s.sec}`);
  writeFileSync(file, resolve(s));
  for (const w of widths) {
    const text = execFileSync('man', ['-l', file], { encoding: 'utf8', env: { ...process.env, MANWIDTH: String(w), LC_ALL: 'C.UTF-8', MAN_KEEP_FORMATTING: '' }, stdio: ['ignore', 'pipe', 'ignore'] });
    writeFileSync(path.join(goldenDir, `${name}.${s.sec}.${w}.txt`), text);
  }
}
rmSync(tmp, { recursive: true, force: true });

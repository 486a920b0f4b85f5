/**
 * tput and reset (Rocky 9.5: ncurses 6.2-10.20210508): writes the terminal descriptions and capability names the
 * guest's tput reads, and records tput over them.
 *
 *   npx tsx scripts/golden/ncurses-terminfo.ts <ncurses git dir>
 *
 * The git dir is a clone of https://github.com/mirror/ncurses; NCURSES_COMMIT is "ncurses 6.2 - patch 20210508".
 * Its misc/terminfo.src is compiled with this machine's tic into a temporary directory and each type is read back
 * with `infocmp -1 -x` (use= resolved) into src/sim/commands/ncurses/tput/terminfo.ts; include/Caps gives the
 * standard capability names and types. Then this machine's tput (ncurses 6.4) runs over the 6.2 descriptions
 * (TERMINFO=<dir>) for the cases below into tests/golden/ncurses/tput.json.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const NCURSES_COMMIT = '56a81c7e';
const TYPES = ['xterm-256color', 'xterm', 'xterm-color', 'screen', 'screen-256color', 'tmux-256color', 'linux', 'vt100', 'vt220', 'ansi', 'dumb'];
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: ncurses-terminfo.ts <ncurses git dir>');
  process.exit(2);
}
const show = (p: string) => execFileSync('git', ['-C', repo, 'show', `${NCURSES_COMMIT}:${p}`], { encoding: 'utf8', maxBuffer: 1 << 26 });

/** terminfo(5) string escapes to the characters they stand for. */
function unescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '^' && i + 1 < s.length) {
      const n = s[++i];
      out += n === '?' ? '\x7f' : String.fromCharCode(n.toUpperCase().charCodeAt(0) & 0x1f);
    } else if (c === '\\' && i + 1 < s.length) {
      const n = s[++i];
      if (/[0-7]/.test(n)) {
        const oct = s.slice(i, i + 3);
        i += 2;
        const v = parseInt(oct, 8);
        out += String.fromCharCode(v === 0 ? 0x80 : v);
      } else out += ({ E: '\x1b', e: '\x1b', n: '\n', l: '\n', r: '\r', t: '\t', b: '\b', f: '\f', s: ' ', a: '\x07' } as Record<string, string>)[n] ?? n;
    } else out += c;
  }
  return out;
}

const dir = mkdtempSync(path.join(tmpdir(), 'terminfo-'));
try {
  const src = path.join(dir, 'terminfo.src');
  writeFileSync(src, show('misc/terminfo.src'));
  const db = path.join(dir, 'db');
  mkdirSync(db);
  spawnSync('tic', ['-x', '-o', db, '-e', TYPES.join(','), src], { encoding: 'utf8' });
  const entries: Record<string, { names: string; bool: string[]; num: Record<string, number>; str: Record<string, string> }> = {};
  for (const t of TYPES) {
    const text = execFileSync('infocmp', ['-1', '-x', '-A', db, t], { encoding: 'utf8' });
    const lines = text.split('\n').filter((l) => l && !l.startsWith('#'));
    const e = { names: lines[0].replace(/,$/, ''), bool: [] as string[], num: {} as Record<string, number>, str: {} as Record<string, string> };
    for (const l of lines.slice(1)) {
      const cap = l.trim().replace(/,$/, '');
      const eq = cap.indexOf('=');
      const hash = cap.indexOf('#');
      if (eq > 0 && (hash < 0 || eq < hash)) e.str[cap.slice(0, eq)] = unescape(cap.slice(eq + 1));
      else if (hash > 0) e.num[cap.slice(0, hash)] = Number(cap.slice(hash + 1));
      else e.bool.push(cap);
    }
    entries[t] = e;
  }
  const caps = show('include/Caps')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/))
    .filter((f) => f.length >= 4 && ['bool', 'num', 'str'].includes(f[2]));
  const names = { bool: caps.filter((f) => f[2] === 'bool').map((f) => f[1]), num: caps.filter((f) => f[2] === 'num').map((f) => f[1]), str: caps.filter((f) => f[2] === 'str').map((f) => f[1]) };
  writeFileSync(
    path.join(root, 'src/sim/commands/ncurses/tput/terminfo.ts'),
    `// Terminal descriptions of ncurses 6.2-20210508's misc/terminfo.src (compiled with tic -x, read back with infocmp -1 -x)\n` +
      `// and the standard capability names of its include/Caps. Written by scripts/golden/ncurses-terminfo.ts; edit that\n` +
      `// script, not this file.\n` +
      `export interface Entry {\n  names: string;\n  bool: string[];\n  num: Record<string, number>;\n  str: Record<string, string>;\n}\n\n` +
      `export const CAPS: { bool: string[]; num: string[]; str: string[] } = ${JSON.stringify(names)};\n\n` +
      `export const TERMINFO: Record<string, Entry> = {\n${Object.entries(entries).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n')}\n};\n`,
  );
  // --- tput over the 6.2 descriptions
  const CASES: string[][] = [
    ['-T', 'xterm-256color', 'colors'], ['-T', 'xterm-256color', 'cols'], ['-T', 'xterm-256color', 'lines'],
    ['-T', 'xterm-256color', 'setaf', '1'], ['-T', 'xterm-256color', 'setaf', '9'], ['-T', 'xterm-256color', 'setaf', '196'],
    ['-T', 'xterm-256color', 'setab', '4'], ['-T', 'xterm-256color', 'setab', '202'], ['-T', 'xterm-256color', 'sgr0'],
    ['-T', 'xterm-256color', 'bold'], ['-T', 'xterm-256color', 'dim'], ['-T', 'xterm-256color', 'smul'], ['-T', 'xterm-256color', 'rmul'],
    ['-T', 'xterm-256color', 'rev'], ['-T', 'xterm-256color', 'blink'], ['-T', 'xterm-256color', 'smso'], ['-T', 'xterm-256color', 'rmso'],
    ['-T', 'xterm-256color', 'clear'], ['-T', 'xterm-256color', 'el'], ['-T', 'xterm-256color', 'ed'], ['-T', 'xterm-256color', 'home'],
    ['-T', 'xterm-256color', 'cup', '5', '10'], ['-T', 'xterm-256color', 'cup', '0', '0'], ['-T', 'xterm-256color', 'civis'], ['-T', 'xterm-256color', 'cnorm'],
    ['-T', 'xterm-256color', 'sc'], ['-T', 'xterm-256color', 'rc'], ['-T', 'xterm-256color', 'smcup'], ['-T', 'xterm-256color', 'rmcup'],
    ['-T', 'xterm-256color', 'cuu', '3'], ['-T', 'xterm-256color', 'cuf', '2'], ['-T', 'xterm-256color', 'hpa', '7'], ['-T', 'xterm-256color', 'csr', '1', '20'],
    ['-T', 'xterm-256color', 'flash'], ['-T', 'xterm-256color', 'bel'], ['-T', 'xterm-256color', 'longname'], ['-T', 'xterm-256color', 'am'],
    ['-T', 'xterm-256color', 'hz'], ['-T', 'xterm-256color', 'it'], ['-T', 'xterm-256color', 'pairs'], ['-T', 'xterm-256color', 'Ms'],
    ['-T', 'xterm-256color', 'setaf', 'x'], ['-T', 'xterm-256color', 'setaf', '0x10'], ['-T', 'xterm-256color', 'sgr', '1', '0', '1'],
    ['-T', 'xterm-256color', 'foo'], ['-T', 'xterm-256color', 'co'], ['-T', 'xterm-256color', 'ech', '4'], ['-T', 'xterm-256color', 'E3'],
    ['-T', 'xterm', 'colors'], ['-T', 'xterm', 'setaf', '9'], ['-T', 'xterm', 'setaf', '3'], ['-T', 'screen', 'colors'], ['-T', 'screen', 'setaf', '2'],
    ['-T', 'screen', 'clear'], ['-T', 'tmux-256color', 'sgr0'], ['-T', 'linux', 'colors'], ['-T', 'linux', 'setaf', '1'], ['-T', 'linux', 'civis'],
    ['-T', 'vt100', 'colors'], ['-T', 'vt100', 'setaf', '1'], ['-T', 'vt100', 'bold'], ['-T', 'vt100', 'sgr0'], ['-T', 'ansi', 'setaf', '1'],
    ['-T', 'dumb', 'colors'], ['-T', 'dumb', 'clear'], ['-T', 'dumb', 'setaf', '1'], ['-T', 'dumb', 'cols'], ['-T', 'dumb', 'longname'],
    ['-T', 'bogus', 'cols'], ['-Q'], ['-T'], [], ['-V'],
  ];
  const runs = CASES.map((args) => {
    const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !['LINES', 'COLUMNS', 'TERM'].includes(k))), TERMINFO: db };
    const r = spawnSync('tput', args, { encoding: 'latin1', env });
    return { args, stdout: r.stdout, stderr: r.stderr, status: r.status };
  });
  mkdirSync(path.join(root, 'tests/golden/ncurses'), { recursive: true });
  writeFileSync(path.join(root, 'tests/golden/ncurses/tput.json'), JSON.stringify({ recordedWith: execFileSync('tput', ['-V'], { encoding: 'utf8' }).trim(), runs }, null, 1) + '\n');
} finally {
  rmSync(dir, { recursive: true, force: true });
}

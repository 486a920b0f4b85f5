// man showing pages: the text of the real man-db on the same sources (tests/golden/man, recorded by
// scripts/golden/man-pages.ts) through a pipe, the pager on a terminal with man's prompt, and -f/-k.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { roffLineLength, lineLengths } from '../../../../src/sim/commands/man-db/man/width';

const golden = (f: string) => readFileSync(path.join(__dirname, '../../../golden/man', f), 'utf8');
const SGR = /\x1b\[[0-9;]*m/g;

async function started(line: string, cols = 80, rows = 24) {
  const s = await createSession({ lab: 'vm', seed: 1 });
  s.resize(cols, rows);
  const screens: string[] = [];
  let all = '';
  s.on('output', ({ text }) => {
    all += text;
    if (screens.length) screens[screens.length - 1] += text;
  });
  s.on('clear', () => screens.push(''));
  await s.submit(line);
  await s.settle();
  const last = () => screens[screens.length - 1].split('\n');
  const plainLast = () => last().map((l) => l.replace(SGR, ''));
  return { s, last, plainLast, all: () => all };
}

describe('man: the line length of a width', () => {
  it('is groff’s 78n at 80 columns, width-2 below, width*39/40 above (man-db 2.9.3)', () => {
    expect([40, 79, 80, 81, 100, 132, 200].map(roffLineLength)).toEqual([38, 77, 78, 78, 97, 128, 195]);
    expect(lineLengths()[0]).toBe(38);
  });
});

describe('man through a pipe: the text the real man-db gives for the same source', () => {
  for (const [file, width] of [
    ['ls.1.80.txt', 80],
    ['ls.1.60.txt', 60],
    ['ls.1.132.txt', 132],
    ['ps.1.80.txt', 80],
    ['ps.1.100.txt', 100],
    ['free.1.45.txt', 45],
    ['free.1.80.txt', 80],
    ['pkill.1.80.txt', 80],
    ['grep.1.80.txt', 80],
    ['egrep.1.80.txt', 80],
    ['find.1.80.txt', 80],
    ['find.1.120.txt', 120],
    ['tar.1.80.txt', 80],
  ] as const) {
    it(`${file.split('.').slice(0, 2).join('.')} at MANWIDTH=${width}`, async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      const page = file.split('.')[0];
      const r = await s.exec(`MANWIDTH=${width} man ${page} | cat`);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(golden(file));
    });
  }

  it('a kept page is in its own section: vmstat(8) though vmstat is in /usr/bin', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('man -w vmstat')).stdout).toBe('/usr/share/man/man8/vmstat.8.gz\n');
    const r = await s.exec('MANWIDTH=80 man vmstat | head -1');
    expect(r.stdout).toMatch(/^VMSTAT\(8\) +System Administration +VMSTAT\(8\)\n$/);
    expect((await s.exec('man 1 vmstat')).stderr).toBe('No manual entry for vmstat in section 1\n');
  });

  it('without MANWIDTH the width is the terminal’s; an exported COLUMNS comes first', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    s.resize(60, 24);
    expect((await s.exec('man ls | cat')).stdout).toBe(golden('ls.1.60.txt'));
    expect((await s.exec('export COLUMNS=132; man ls | cat')).stdout).toBe(golden('ls.1.132.txt'));
  });
});

describe('man on a terminal: the page in less', () => {
  it('shows the first screen with bold and underline, man’s prompt, and q back to the prompt', async () => {
    const { s, last, plainLast } = await started('man ls');
    const text = golden('ls.1.80.txt').split('\n');
    expect(plainLast().slice(0, 23)).toEqual(text.slice(0, 23));
    expect(plainLast()[23]).toBe(' Manual page ls(1) line 1 (press h for help or q to quit)');
    // grotty's SGR: NAME in bold, OPTION underlined, the prompt in standout
    expect(last()[2]).toBe('\x1b[1mNAME\x1b[0m');
    expect(last()[6]).toBe('       \x1b[1mls \x1b[22m[\x1b[4mOPTION\x1b[24m]... [\x1b[4mFILE\x1b[24m]...');
    expect(last()[23].startsWith('\x1b[7m')).toBe(true);
    expect(s.busy).toBe(true);
    await s.pressKey('G');
    const n = text.length - 1;
    expect(plainLast()[23]).toBe(` Manual page ls(1) line ${n - 22}/${n} (END) (press h for help or q to quit)`);
    expect(plainLast()[22]).toBe(text[n - 1]);
    await s.pressKey('g');
    expect(plainLast()[23]).toMatch(/^ Manual page ls\(1\) line 1\/\d+ \d+% \(press h for help or q to quit\)$/);
    await s.pressKey('q');
    await s.settle();
    expect(s.busy).toBe(false);
    expect(s.prompt()).toContain('$ ');
  });

  it('two pages: after the first, man asks before the next', async () => {
    const { s, plainLast, all } = await started('man free uptime');
    expect(plainLast()[0]).toMatch(/^FREE\(1\) +User Commands +FREE\(1\)$/);
    await s.pressKey('q');
    expect(all()).toContain('--Man-- next: uptime(1) [ view (return) | skip (Ctrl-D) | quit (Ctrl-C) ]\n');
    await s.pressKey('\r');
    expect(plainLast()[0]).toMatch(/^UPTIME\(1\) +User Commands +UPTIME\(1\)$/);
    await s.pressKey('q');
    await s.settle();
    expect(s.busy).toBe(false);
  });
});

describe('man -f and -k from the NAME lines', () => {
  it('whatis lines are padded to 20 and cut to the width', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('man -f ls pkill')).toMatchObject({
      // 80 columns leave 57 for the description: 54 and "..."
      stdout: 'ls (1)               - list directory contents\npkill (1)            - look up, signal, or wait for processes based on name a...\n',
      exitCode: 0,
    });
    expect((await s.exec('MANWIDTH=60 man -f pkill')).stdout).toBe('pkill (1)            - look up, signal, or wait for proce...\n');
    expect((await s.exec('whatis -l pkill')).stdout).toBe('pkill (1)            - look up, signal, or wait for processes based on name and other attributes\n');
    expect(await s.exec('man -f zzq')).toMatchObject({ stdout: '', stderr: 'zzq: nothing appropriate.\n', exitCode: 16 });
  });

  it('apropos matches names and descriptions as extended regexes, sorted', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('man -k "^(mkdir|rmdir)$"');
    expect(r.stdout).toBe('mkdir (1)            - make directories\nrmdir (1)            - remove empty directories\n');
    const mem = await s.exec('man -k memory');
    expect(mem.stdout).toContain('free (1)             - Display amount of free and used memory in the system\n');
    expect(mem.stdout).toContain('pmap (1)             - report memory map of a process\n');
    expect(await s.exec('man -k qqqzz')).toMatchObject({ stdout: '', stderr: 'qqqzz: nothing appropriate.\n', exitCode: 16 });
  });
});

describe('whatis and apropos', () => {
  it('look up names and search descriptions as man -f and -k do; argp texts and errors', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const { whatisUsage, aproposHelp } = await import('../../../../src/sim/commands/man-db/whatis/help');
    expect(await s.exec('whatis ls')).toMatchObject({ stdout: 'ls (1)               - list directory contents\n', exitCode: 0 });
    expect(await s.exec('whatis -w "mkd*"')).toMatchObject({ stdout: 'mkdir (1)            - make directories\n', exitCode: 0 });
    expect(await s.exec('apropos')).toMatchObject({ stdout: 'apropos what?\n', stderr: '', exitCode: 1 });
    expect(await s.exec('whatis')).toMatchObject({ stdout: 'whatis what?\n', exitCode: 1 });
    expect((await s.exec('apropos -a file links')).stdout).toBe('ln (1)               - make links between files\nreadlink (1)         - print resolved symbolic links or canonical file names\n');
    expect((await s.exec('apropos -a make links')).stdout).toBe('ln (1)               - make links between files\n');
    expect((await s.exec('apropos -e director')).exitCode).toBe(16);
    expect((await s.exec('apropos director')).stdout).toContain('mkdir (1)            - make directories\n');
    expect(await s.exec('whatis --usage')).toMatchObject({ stdout: whatisUsage, exitCode: 0 });
    expect(await s.exec('apropos --help')).toMatchObject({ stdout: aproposHelp, exitCode: 0 });
    expect(await s.exec('whatis -V')).toMatchObject({ stdout: 'whatis 2.9.3\n', exitCode: 0 });
    expect(await s.exec('apropos -Q x')).toMatchObject({ stderr: "apropos: invalid option -- 'Q'\nTry 'apropos --help' or 'apropos --usage' for more information.\n", exitCode: 1 });
  });
});

describe('man with another pager', () => {
  it('PAGER=cat, -P cat and an empty MANPAGER print the formatted page, escapes and all, on the terminal', async () => {
    for (const line of ['PAGER=cat man ls', 'man -P cat ls', 'MANPAGER= man ls']) {
      const { s, all } = await started(line);
      await s.settle();
      expect(s.busy).toBe(false);
      expect(all()).toContain('\x1b[1mNAME\x1b[0m');
      expect(all().replace(SGR, '').replace(/\r/g, '')).toContain(golden('ls.1.80.txt'));
    }
  });
});

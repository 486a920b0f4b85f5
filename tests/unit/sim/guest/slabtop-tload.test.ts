// slabtop and tload of procps-ng 3.3.17 over the guest's model: /proc/slabinfo (root's only) and the Slab keys of
// /proc/meminfo, slabtop -o's summary and sorted caches, its full screen until q, tload's screen of the load average.
// Their option errors are the recorded cases of procps-tools.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { page, parse, printw, slabsort, SORTS } from '../../../../src/sim/commands/procps/slabtop/format';
import { tloadScreen } from '../../../../src/sim/commands/procps/tload/screen';

async function started(line: string): Promise<{ s: Session; frames: string[]; screens: () => boolean[] }> {
  const s = await createSession({ lab: 'vm', seed: 3 });
  s.resize(80, 24);
  const frames: string[] = [];
  const screens: boolean[] = [];
  s.on('output', ({ text: t }) => {
    if (frames.length) frames[frames.length - 1] += t;
  });
  s.on('clear', () => frames.push(''));
  s.on('screen', ({ alternate }) => screens.push(alternate));
  await s.submit(line);
  return { s, frames, screens: () => screens };
}

const golden = (f: string) => readFileSync(path.resolve(import.meta.dirname, '../../../golden/procfs', f), 'utf8');
const vm = () => createSession({ lab: 'vm', seed: 1 });
const ROW = /^ {0,5}\d+ {1,6}\d+ {1,3}\d+% {1,4}\d+\.\d\dK {1,6}\d+ {1,8}\d+ {1,9}\d+K \S+ *$/;

describe('/proc/slabinfo', () => {
  it('is root\'s only, with the kernel\'s header and SLUB\'s rows', async () => {
    const s = await vm();
    expect(await s.exec('cat /proc/slabinfo')).toMatchObject({ stdout: '', stderr: 'cat: /proc/slabinfo: Permission denied\n', exitCode: 1 });
    expect((await s.exec('ls -l /proc/slabinfo')).stdout).toMatch(/^-r-------- ?\S* 1 root root 0 /);
    const text = (await s.exec('sudo cat /proc/slabinfo')).stdout;
    expect(text.startsWith(golden('slabinfo-header'))).toBe(true);
    const rows = text.split('\n').slice(2, -1);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r).toMatch(/^\S+ +\d+ +\d+ +\d+ +\d+ +\d+ : tunables    0    0    0 : slabdata +(\d+) +\1 +0$/);
    expect(rows.find((r) => r.startsWith('dentry '))).toBeDefined();
  });

  it('adds up to /proc/meminfo\'s Slab, SReclaimable within what free shows as buff/cache', async () => {
    const s = await vm();
    const mi = (await s.exec('cat /proc/meminfo')).stdout;
    const k = (key: string) => Number(new RegExp(`^${key}: +(\\d+) kB$`, 'm').exec(mi)![1]);
    const rows = (await s.exec('sudo cat /proc/slabinfo')).stdout.split('\n').slice(2, -1).map((r) => r.split(/\s+/));
    const kb = rows.reduce((a, r) => a + Number(r[14]) * Number(r[5]) * 4, 0);
    expect(k('Slab')).toBe(kb);
    expect(k('SReclaimable') + k('SUnreclaim')).toBe(kb);
    const free = (await s.exec('free')).stdout.split('\n')[1].trim().split(/\s+/);
    expect(k('Buffers') + k('Cached') + k('SReclaimable')).toBe(Number(free[5]));
    expect(await s.exec('sudo cat /proc/slabinfo')).toEqual(await s.exec('sudo cat /proc/slabinfo'));
  });
});

describe('vmstat -m', () => {
  it('lists slabinfo\'s caches for root, the header every 21 lines off a terminal; a user gets the warning', async () => {
    const s = await vm();
    expect(await s.exec('vmstat -m')).toMatchObject({ stdout: '', stderr: 'vmstat: your kernel does not support slabinfo or your permissions are insufficient\n', exitCode: 0 });
    const lines = (await s.exec('sudo vmstat -m | cat')).stdout.split('\n').slice(0, -1);
    const slab = (await s.exec('sudo cat /proc/slabinfo')).stdout.split('\n').slice(2, -1).map((l) => l.split(/\s+/));
    const HEAD = 'Cache                       Num  Total   Size  Pages';
    lines.forEach((l, i) => (i % 22 === 0 ? expect(l).toBe(HEAD) : expect(l).toMatch(/^\S+ +\d+ +\d+ +\d+ +\d+$/)));
    const rows = lines.filter((l) => l !== HEAD);
    expect(rows.map((l) => l.split(/\s+/))).toEqual(slab.map((f) => f.slice(0, 5)));
    expect(rows[0]).toBe(`${slab[0][0].padEnd(24)} ${slab[0][1].padStart(6)} ${slab[0][2].padStart(6)} ${slab[0][3].padStart(6)} ${slab[0][4].padStart(6)}`);
    expect((await s.exec('sudo vmstat -m -n | grep -c ^Cache')).stdout).toBe('1\n');
  });
});

describe('slabtop', () => {
  it('lays out -o and sorts by each key as slabtop 3.3.17 does over the same slabinfo (scripts/golden/record-slabtop.sh)', async () => {
    const dir = path.resolve(import.meta.dirname, '../../../golden/procps/slabtop-format');
    const list = parse(readFileSync(path.join(dir, 'slabinfo'), 'utf8'));
    if (typeof list === 'string') throw new Error(list);
    const keys = Object.keys(SORTS);
    expect(keys.sort()).toEqual(['a', 'b', 'c', 'l', 'n', 'o', 'p', 's', 'u', 'v']);
    for (const k of keys) expect(page(slabsort(list, SORTS[k]), 65535 - 8).text).toBe(readFileSync(path.join(dir, `stdout-${k}`), 'utf8'));
    // the full screen on 80x24 as curses leaves it: a row of 80 characters pushes its newline to an empty row
    const grid = printw(page(slabsort(list, SORTS.o), 24 - 8).text, 24, 80, 6);
    const screen = grid.map((row) => row.map((c) => c.c).join('').replace(/ +$/, '')).join('\n') + '\n';
    expect(screen).toBe(readFileSync(path.join(dir, 'stdout-screen'), 'utf8'));
    expect(grid[6].filter((c) => c.so)).toHaveLength(78);
  });

  it('-o as a user: fopen fails, perror\'s message, status 1', async () => {
    const s = await vm();
    expect(await s.exec('slabtop -o')).toMatchObject({ stdout: '', stderr: 'fopen /proc/slabinfo: Permission denied\n', exitCode: 1 });
  });

  it('-o as root: the summary of slabinfo, then every cache by number of objects', async () => {
    const s = await vm();
    const r = await s.exec('sudo slabtop -o');
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^ Active \/ Total Objects \(% used\)    : \d+ \/ \d+ \(\d+\.\d%\)$/);
    expect(lines[1]).toMatch(/^ Active \/ Total Slabs \(% used\)      : (\d+) \/ \1 \(100\.0%\)$/);
    expect(lines[2]).toMatch(/^ Active \/ Total Caches \(% used\)     : \d+ \/ \d+ \(\d+\.\d%\)$/);
    expect(lines[3]).toMatch(/^ Active \/ Total Size \(% used\)       : \d+\.\d\dK \/ \d+\.\d\dK \(\d+\.\d%\)$/);
    expect(lines[4]).toMatch(/^ Minimum \/ Average \/ Maximum Object : \d+\.\d\dK \/ \d+\.\d\dK \/ \d+\.\d\dK$/);
    expect(lines[5]).toBe('');
    expect(lines[6]).toBe('  OBJS ACTIVE  USE OBJ SIZE  SLABS OBJ/SLAB CACHE SIZE NAME                   ');
    const rows = lines.slice(7, -1);
    const slab = (await s.exec('sudo cat /proc/slabinfo')).stdout.split('\n').slice(2, -1);
    expect(rows).toHaveLength(slab.length);
    for (const row of rows) expect(row).toMatch(ROW);
    const objs = rows.map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(objs).toEqual([...objs].sort((a, b) => b - a));
    expect(Number(/: (\d+) \/ (\d+)/.exec(lines[0])![2])).toBe(objs.reduce((a, b) => a + b, 0));
    // the row of a cache from its slabinfo line
    const d = slab.find((l) => l.startsWith('dentry '))!.split(/\s+/);
    const cache = rows.find((l) => / dentry +$/.test(l))!;
    expect(cache.trim().split(/\s+/).slice(0, 7)).toEqual([d[2], d[1], `${Math.trunc((100 * Number(d[1])) / Number(d[2]))}%`, `${(Number(d[3]) / 1024).toFixed(2)}K`, d[14], d[4], `${Number(d[14]) * Number(d[5]) * 4}K`]);
  });

  it('-s sorts by the criterion\'s character: n by name as strcmp orders, c by cache size', async () => {
    const s = await vm();
    const names = (await s.exec('sudo slabtop -o -s n')).stdout.split('\n').slice(7, -1).map((l) => l.trim().split(/\s+/)[7]);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const sizes = (await s.exec('sudo slabtop --once --sort=c')).stdout.split('\n').slice(7, -1).map((l) => parseInt(l.trim().split(/\s+/)[6], 10));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('takes the terminal until q: the caches fill the screen, a sort key redraws at once, -d sets the delay', async () => {
    const { s, frames, screens } = await started('sudo slabtop -d 5');
    expect(s.busy).toBe(true);
    expect(screens()).toEqual([true]);
    expect(frames).toHaveLength(1);
    const lines = frames[0].split('\n');
    // rows - 8 caches under the 7 lines of the summary: the last row stays empty
    expect(lines).toHaveLength(24);
    expect(lines[23]).toBe('');
    expect(lines[6]).toBe('\x1b[7m  OBJS ACTIVE  USE OBJ SIZE  SLABS OBJ/SLAB CACHE SIZE NAME                   \x1b[0m');
    for (const l of lines.slice(7, 23)) expect(l).toMatch(ROW);
    await s.advance(4_999);
    expect(frames).toHaveLength(1);
    await s.advance(1);
    expect(frames).toHaveLength(2);
    await s.pressKey('N');
    expect(frames).toHaveLength(3);
    const names = frames[2].split('\n').slice(7, 23).map((l) => l.trim().split(/\s+/)[7]);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    await s.pressKey('q');
    expect(s.busy).toBe(false);
    expect(screens()).toEqual([true, false]);
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it('as a user without -o: the failed read leaves its message on the normal screen, status 1', async () => {
    const { s, screens } = await started('slabtop');
    expect(s.busy).toBe(false);
    expect(screens()).toEqual([]);
    expect((await s.exec('echo $?')).stdout).toBe('1\n');
  });

  it('Ctrl+C ends it as q does (its handler sets the delay to 0), status 0', async () => {
    const { s } = await started('sudo slabtop');
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it('prints usage() on stderr for an operand', async () => {
    const s = await vm();
    const r = await s.exec('slabtop foo');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(/^\nUsage:\n slabtop \[options\]\n/);
    expect(r.stderr).toContain(' v: sort by number of active slabs\n');
  });
});

describe('tload', () => {
  it('draws the screens tload 3.3.17 draws for the same load averages and options (scripts/golden/record-tload.sh)', () => {
    const dir = path.resolve(import.meta.dirname, '../../../golden/procps/tload-screen');
    const cases = readFileSync(path.join(dir, 'cases'), 'utf8').split('\n').filter(Boolean);
    expect(cases.length).toBeGreaterThanOrEqual(4);
    cases.forEach((c, i) => {
      const [la, opts] = c.split('|');
      const scale = /-s (\S+)/.exec(opts)?.[1];
      const update = tloadScreen(25, 80, scale ? Number(scale) : 0);
      const av = la.split(' ').slice(0, 3).map(Number);
      expect(update(av) + update(av) + update(av)).toBe(readFileSync(path.join(dir, `${i + 1}.out`), 'latin1'));
    });
  });


  it('writes the screen whole after ESC [ H, the load averages of /proc/loadavg on its first row', async () => {
    const s = await vm();
    const r = await s.exec('timeout 12 tload -d 5 > /tmp/t; od -An -c /tmp/t | head -1; wc -c < /tmp/t');
    const av = (await s.exec('cat /proc/loadavg')).stdout.split(' ');
    const head = ` ${av[0]}, ${av[1]}, ${av[2]}`;
    const t = s.world.host('default').fs.read('/tmp/t') as string;
    // into a file: 25 rows of 80, less the last cell, three times in 12 s
    expect(t.length).toBe(3 * (3 + 25 * 80 - 1));
    expect(t.startsWith('\x1b[H' + head + ' ')).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  it('draws on the terminal every 5 s until Ctrl+C ends it', async () => {
    const { s, frames } = await started('tload');
    const out: string[] = [];
    s.on('output', ({ text }) => out.push(text));
    expect(s.busy).toBe(true);
    await s.advance(5_000);
    expect(out).toHaveLength(1);
    expect(out[0].startsWith('\x1b[H ')).toBe(true);
    expect(out[0].length).toBe(3 + 24 * 80 - 1);
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect(frames).toHaveLength(0);
    expect((await s.exec('echo $?')).stdout).toBe('130\n');
  });
});

// less 590: help and version, its own option scanner's messages, whole copies when not on a terminal, and the
// full-screen pager on a terminal driven key by key.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { help, version } from '../../../../src/sim/commands/less/help';

const numbered = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

async function guest(): Promise<Session> {
  const s = await createSession({ lab: 'vm', seed: 1, files: { 'default:/home/vagrant/n.txt': numbered, 'default:/home/vagrant/short.txt': 'one\ntwo\n' } });
  s.resize(80, 24);
  return s;
}

/** Start a line on the terminal and keep every screen less draws (each begins with a clear). */
async function started(line: string) {
  const s = await guest();
  const screens: string[] = [];
  const alt: boolean[] = [];
  s.on('output', ({ text }) => {
    if (screens.length) screens[screens.length - 1] += text;
  });
  s.on('clear', () => screens.push(''));
  s.on('screen', ({ alternate }) => alt.push(alternate));
  await s.submit(line);
  const last = () => screens[screens.length - 1].split('\n');
  return { s, screens, alt, last };
}

describe('less: texts', () => {
  it('--help prints less.hlp whole when not on a terminal; --version names the POSIX regcomp build', async () => {
    const s = await guest();
    expect(help.startsWith('\n                   S\bSU\bUM\bMM\bMA\bAR\bRY\bY O\bOF\bF L\bLE\bES\bSS\bS C\bCO\bOM\bMM\bMA\bAN\bND\bDS\bS\n')).toBe(true);
    expect((await s.exec('less --help > /tmp/h; cat /tmp/h')).stdout).toBe(help);
    expect((await s.exec('less -? | cat')).stdout).toBe(help);
    expect(await s.exec('less --version')).toMatchObject({ stdout: version, exitCode: 0 });
    expect(version.split('\n')[0]).toBe('less 590 (POSIX regular expressions)');
    expect((await s.exec('less -V')).stdout).toBe(version);
  });

  it("a bad option is less's message and less goes on; a value missing at the end ends it", async () => {
    const s = await guest();
    expect(await s.exec('less --bogus short.txt | cat')).toMatchObject({ stdout: 'one\ntwo\n', stderr: 'There is no bogus option ("less --help" for help)\n', exitCode: 0 });
    expect(await s.exec('less -Z short.txt > /dev/null')).toMatchObject({ stderr: 'There is no -Z option ("less --help" for help)\n', exitCode: 0 });
    expect(await s.exec('less --li short.txt > /dev/null')).toMatchObject({ stderr: 'li is an ambiguous abbreviation ("less --help" for help)\n' });
    expect(await s.exec('less short.txt -k')).toMatchObject({ stdout: '', stderr: 'Value is required after -k (--lesskey-file)\n', exitCode: 0 });
  });

  it('into a pipe it copies the files and its input; missing files and directories on the way, exit 0', async () => {
    const s = await guest();
    expect((await s.exec('echo hi | less | cat')).stdout).toBe('hi\n');
    expect(await s.exec('less short.txt nothere /tmp | cat')).toMatchObject({ stdout: 'one\ntwo\n', stderr: 'nothere: No such file or directory\n/tmp is a directory\n', exitCode: 0 });
  });

  it('on the terminal without a file or input: Missing filename', async () => {
    const s = await guest();
    expect(await s.exec('less')).toMatchObject({ stderr: 'Missing filename ("less --help" for help)\n', exitCode: 0 });
    expect(await s.exec('less nothere')).toMatchObject({ stderr: 'nothere: No such file or directory\n', exitCode: 1 });
  });
});

describe('less on a terminal', () => {
  it('fills the screen with the file name as prompt, pages with Space, b, j, k, g and G, and q gives the screen back', async () => {
    const { s, screens, alt, last } = await started('less n.txt');
    expect(s.busy).toBe(true);
    expect(s.wantsKey).toBe(true);
    expect(alt).toEqual([true]);
    expect(last()).toEqual([...Array.from({ length: 23 }, (_, i) => `line ${i + 1}`), 'n.txt']);
    await s.pressKey(' ');
    expect(last()[0]).toBe('line 24');
    expect(last()[23]).toBe(':');
    await s.pressKey('j');
    expect(last()[0]).toBe('line 25');
    await s.pressKey('k');
    await s.pressKey('k');
    expect(last()[0]).toBe('line 23');
    await s.pressKey('b');
    expect(last()[0]).toBe('line 1');
    await s.pressKey('G');
    expect(last().slice(21)).toEqual(['line 99', 'line 100', '(END)']);
    await s.pressKey('g');
    expect(last()[0]).toBe('line 1');
    await s.pressKey('5');
    await s.pressKey('0');
    await s.pressKey('g');
    expect(last()[0]).toBe('line 50');
    await s.pressKey('\n');
    expect(last()[0]).toBe('line 51');
    const count = screens.length;
    await s.pressKey('q');
    expect(s.busy).toBe(false);
    expect(screens.length).toBe(count);
    expect(alt).toEqual([true, false]);
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it('a short file shows ~ past its end and (END); /pattern jumps to the line, n repeats, a miss says so', async () => {
    const { s, last } = await started('less short.txt');
    expect(last()).toEqual(['one', 'two', ...Array(21).fill('~'), 'short.txt (END)']);
    await s.pressKey('q');
    const t = await started('less n.txt');
    for (const k of '/line 4\n') await t.s.pressKey(k);
    expect(t.last()[0]).toBe('line 4');
    await t.s.pressKey('n');
    expect(t.last()[0]).toBe('line 40');
    for (const k of '/nothing\n') await t.s.pressKey(k);
    expect(t.last()[23]).toBe('Pattern not found  (press RETURN)');
    await t.s.pressKey('\n');
    expect(t.last()[23]).toBe(':');
    expect(t.last()[0]).toBe('line 40');
    await t.s.pressKey('q');
  });

  it('/pattern is a POSIX extended expression (regcomp with REG_EXTENDED): classes and alternation, \\d is a d, bad ones are refused', async () => {
    const t = await started('less n.txt');
    for (const k of '/line 5[[:digit:]]$\n') await t.s.pressKey(k);
    expect(t.last()[0]).toBe('line 50');
    for (const k of '/e 7|e 8\n') await t.s.pressKey(k);
    expect(t.last()[0]).toBe('line 70');
    for (const k of '/^line \\d\n') await t.s.pressKey(k);
    expect(t.last()[23]).toBe('Pattern not found  (press RETURN)');
    await t.s.pressKey('\n');
    for (const k of '/*x\n') await t.s.pressKey(k);
    expect(t.last()[23]).toBe('Invalid pattern  (press RETURN)');
    await t.s.pressKey('q');
  });
  it('^C does not end it; ZZ does; h shows the help and q comes back; -N numbers the lines; input from a pipe pages too', async () => {
    const { s, last } = await started('less -N n.txt');
    expect(last()[0]).toBe('      1 line 1');
    await s.interrupt();
    expect(s.busy).toBe(true);
    await s.pressKey('h');
    // the help is one more file of the same less (command.c A_HELP): -N numbers it too
    expect(last()[1]).toBe('      2                    SUMMARY OF LESS COMMANDS');
    expect(last()[23]).toBe('HELP -- Press RETURN for more, or q when done');
    await s.pressKey('q');
    expect(last()[23]).toBe('n.txt');
    await s.pressKey('Z');
    await s.pressKey('Z');
    expect(s.busy).toBe(false);
    const p = await started('cat short.txt | less');
    expect(p.last()[23]).toBe('(END)');
    await p.s.pressKey('q');
    expect(p.s.busy).toBe(false);
  });

  it('several files: (file 1 of 2), - Next:, :n and :p', async () => {
    const { s, last } = await started('less short.txt n.txt');
    expect(last()[23]).toBe('short.txt (file 1 of 2) (END) - Next: n.txt');
    await s.pressKey(':');
    await s.pressKey('n');
    expect(last()[23]).toBe('n.txt (file 2 of 2)');
    await s.pressKey(':');
    await s.pressKey('p');
    expect(last()[0]).toBe('one');
    await s.pressKey('q');
  });
});

// base32, basenc, expand, unexpand, tsort, link, unlink, logname, nice and stdbuf of coreutils 8.32: help read from the 8.32
// sources, and what the golden cases (tests/golden/linux) cannot show: the login session, permissions.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 7 });
});

describe('help and version from 8.32', () => {
  it('base32 is basenc.c built for base32; basenc lists its encodings', async () => {
    expect((await s.exec('base32 --help')).stdout).toMatch(/^Usage: base32 \[OPTION\]\.\.\. \[FILE\]\nBase32 encode or decode FILE, or standard input, to standard output\.\n/);
    expect((await s.exec('basenc --help')).stdout).toContain('      --z85             ascii85-like encoding (ZeroMQ spec:32/Z85);\n');
    expect((await s.exec('tsort --version')).stdout).toMatch(/^tsort \(GNU coreutils\) 8\.32\n[\s\S]*Written by Mark Kettenis\.\n$/);
  });
  it("expand's help has expand-common.c's tab list text", async () => {
    expect((await s.exec('expand --help')).stdout).toContain("  -t, --tabs=LIST  use comma separated list of tab positions\n                     The last specified position can be prefixed with '/'\n");
  });
});

describe('behaviour', () => {
  it('base32 round-trips bytes that are not UTF-8', async () => {
    expect((await s.exec("printf '\\377\\000a' | base32 | base32 -d | od -An -tx1")).stdout).toBe(' ff 00 61\n');
  });
  it('unexpand -a turns the blanks before each stop into tabs', async () => {
    expect((await s.exec("printf 'a       b\\n' | unexpand -a | od -An -c")).stdout).toBe('   a  \\t   b  \\n\n');
  });
  it('logname is the ssh login, also in a root shell', async () => {
    expect((await s.exec('logname')).stdout).toBe('vagrant\n');
    await s.exec('sudo -i');
    expect((await s.exec('logname')).stdout).toBe('vagrant\n');
    expect((await s.exec('whoami')).stdout).toBe('root\n');
    await s.exec('exit');
  });
  it('link and unlink need write access to the directory', async () => {
    expect(await s.exec('link /etc/hosts /etc/hosts2')).toMatchObject({ stderr: "link: cannot create link '/etc/hosts2' to '/etc/hosts': Permission denied\n", exitCode: 1 });
    expect(await s.exec('unlink /etc/hosts')).toMatchObject({ stderr: "unlink: cannot unlink '/etc/hosts': Permission denied\n", exitCode: 1 });
    await s.exec('echo x > /tmp/u1');
    expect((await s.exec('link /tmp/u1 /tmp/u2 && unlink /tmp/u1 && cat /tmp/u2')).stdout).toBe('x\n');
  });
  it('tsort reports a loop item by item and still prints every item', async () => {
    const r = await s.exec("printf 'a b b a\\n' | tsort");
    expect(r).toMatchObject({ stdout: 'a\nb\n', stderr: 'tsort: -: input contains a loop:\ntsort: a\ntsort: b\n', exitCode: 1 });
  });
  it('nice: only root may lower the niceness; others run the command unchanged', async () => {
    expect(await s.exec('nice -n -5 nice')).toMatchObject({ stdout: '0\n', stderr: 'nice: cannot set niceness: Permission denied\n', exitCode: 0 });
    expect(await s.exec('sudo nice -n -5 nice')).toMatchObject({ stdout: '-5\n', exitCode: 0 });
    expect((await s.exec('sudo nice -n -50 nice')).stdout).toBe('-20\n');
  });
  it('nice and stdbuf run programs, not shell functions or plain builtins', async () => {
    await s.exec('greet() { echo hi; }');
    expect(await s.exec('nice greet')).toMatchObject({ stderr: 'nice: ‘greet’: No such file or directory\n', exitCode: 127 });
    await s.exec('cd /tmp');
    expect(await s.exec('stdbuf -o0 cd /')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.exec('pwd')).stdout).toBe('/tmp\n');
    expect(await s.exec('stdbuf -o0 history')).toMatchObject({ stderr: 'stdbuf: failed to run command ‘history’: No such file or directory\n', exitCode: 127 });
  });
  it("pinky lists the ssh login from utmp, and -l shows a user's .plan", async () => {
    const r = (await s.exec('pinky')).stdout.split('\n');
    expect(r[0]).toBe('Login    Name                 TTY      Idle   When             Where');
    expect(r[1]).toMatch(/^vagrant {23}pts\/0 {11}\d{4}-\d\d-\d\d \d\d:\d\d 10\.0\.2\.2$/);
    await s.exec('echo "learn stty" > ~/.plan');
    expect((await s.exec('pinky -l vagrant')).stdout).toBe('Login name: vagrant                     In real life:  \nDirectory: /home/vagrant                Shell:  /bin/bash\nPlan:\nlearn stty\n\n');
  });
  it('shred: longer runs mix fixed patterns between random passes (first and last random); a closed file is refused', async () => {
    await s.exec('printf x > /tmp/sh1');
    const lines = (await s.exec('shred -v -n 7 /tmp/sh1')).stderr.trim().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toBe('shred: /tmp/sh1: pass 1/7 (random)...');
    expect(lines[6]).toBe('shred: /tmp/sh1: pass 7/7 (random)...');
    expect(lines.filter((l) => l.endsWith('(random)...'))).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/^shred: \/tmp\/sh1: pass \d\/7 \((random|000000|ffffff|555555|aaaaaa)\)\.\.\.$/);
    expect(await s.exec('shred /etc/hosts')).toMatchObject({ stderr: 'shred: /etc/hosts: failed to open for writing: Permission denied\n', exitCode: 1 });
  });
  it("pr heads each page with the file's time, its name and the page number, 66 lines a page", async () => {
    await s.exec("seq 1 60 > /tmp/p60 && touch -d '2024-03-04 05:06' /tmp/p60");
    const lines = (await s.exec('pr /tmp/p60')).stdout.split('\n');
    expect(lines[2]).toBe('2024-03-04 05:06                     /tmp/p60                     Page 1');
    expect(lines[5]).toBe('1');
    expect(lines.filter((l) => l.includes('Page 2'))).toHaveLength(1);
    expect(lines).toHaveLength(66 * 2 + 1);
  });
  it('csplit cannot write its pieces where the user may not write', async () => {
    await s.exec('cd /etc');
    expect(await s.exec('csplit /etc/hosts 1')).toMatchObject({ stderr: 'csplit: xx00: Permission denied\n', exitCode: 1 });
    await s.exec('cd');
  });
  it('ptx indexes each word in its sentence, with file:line references under -A', async () => {
    await s.exec("printf 'kubelet runs pods\\n' > /tmp/k.txt");
    const r = (await s.exec('ptx -A /tmp/k.txt')).stdout.split('\n');
    expect(r[0]).toBe("/tmp/k.txt:1:                              kubelet runs pods");
    expect(r).toHaveLength(4);
    expect((await s.exec('ptx --help')).stdout).toMatch(/^Usage: ptx \[OPTION\]\.\.\. \[INPUT\]\.\.\.   \(without -G\)\n/);
  });
});

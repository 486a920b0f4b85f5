// watch of procps-ng 3.3.17: its command re-run every -n seconds of simulated time on a full screen, until Ctrl+C.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

interface Watched {
  s: Session;
  frames: string[];
  screens: boolean[];
  out: () => string;
}

async function started(lab: string, line: string, cols = 80, rows = 24, before: string[] = []): Promise<Watched> {
  const s = await createSession({ lab, seed: 1 });
  s.resize(cols, rows);
  for (const l of before) await s.exec(l);
  let text = '';
  const frames: string[] = [];
  const screens: boolean[] = [];
  s.on('output', ({ text: t }) => {
    text += t;
    if (frames.length) frames[frames.length - 1] += t;
  });
  s.on('clear', () => frames.push(''));
  s.on('screen', ({ alternate }) => screens.push(alternate));
  await s.submit(line);
  return { s, frames, screens, out: () => text };
}

const HEADER = /^Every (\d+\.\d)s: (.*?) +(\S+): (Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4}$/;

describe('watch', () => {
  it('takes the alternate screen, shows the header and the output, re-runs every 2 s, and Ctrl+C gives the screen back', async () => {
    const { s, frames, screens, out } = await started('cluster', 'watch kubectl get pods -A');
    expect(s.busy).toBe(true);
    expect(screens).toEqual([true]);
    expect(frames).toHaveLength(1);
    const lines = frames[0].split('\n');
    expect(lines).toHaveLength(24);
    const h = HEADER.exec(lines[0])!;
    expect(h).not.toBeNull();
    expect([h[1], h[2], h[3]]).toEqual(['2.0', 'kubectl get pods -A', 'm-k8s']);
    // the date ends in the screen's last column
    expect(lines[0]).toHaveLength(80);
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(lines[3]).toMatch(/^kube-\S+ +\S+ +1\/1 +Running/);
    await s.advance(1_999);
    expect(frames).toHaveLength(1);
    await s.advance(1);
    expect(frames).toHaveLength(2);
    // a second later by the clock in the header
    expect(frames[1].split('\n')[0]).not.toBe(lines[0]);
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect(screens).toEqual([true, false]);
    expect(out()).not.toContain('^C');
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it('follows pods as they come up: each refresh shows the cluster as it is then', async () => {
    const { s, frames } = await started('cluster', "watch -n1 'kubectl get pods'", 80, 24, ['kubectl create deployment web --image=nginx --replicas=2']);
    expect(frames[0]).toMatch(/web-\S+ +0\/1 +(Pending|ContainerCreating)/);
    for (let i = 0; i < 60 && !/web-\S+ +1\/1 +Running/.test(frames[frames.length - 1]); i++) await s.advance(1_000);
    const last = frames[frames.length - 1];
    expect(last.split('\n')[0]).toMatch(/^Every 1\.0s: kubectl get pods +m-k8s: /);
    expect(last.match(/web-\S+ +1\/1 +Running/g)).toHaveLength(2);
    await s.interrupt();
  });

  it('-t leaves the header out; the output wraps at the width and tabs go to the next multiple of 8', async () => {
    const { s, frames } = await started('vm', `watch -t "printf 'a\\tb\\n%0100d\\nend\\n' 0"`);
    const lines = frames[0].split('\n');
    expect(lines[0]).toBe('a       b');
    expect(lines[1]).toBe('0'.repeat(80));
    // a newline right after a full row does not leave an empty row
    expect(lines[2]).toBe('0'.repeat(20));
    expect(lines[3]).toBe('end');
    await s.interrupt();
  });

  it('cuts a long command with "... " before the host name and drops the header when even the date does not fit', async () => {
    const { s, frames } = await started('vm', 'watch echo ' + 'x'.repeat(80), 80, 10);
    const head = frames[0].split('\n')[0];
    expect(head).toHaveLength(80);
    expect(head).toMatch(/^Every 2\.0s: echo x+\.\.\.  localhost\.localdomain: /);
    await s.interrupt();
    const narrow = await started('vm', 'watch echo hi', 30, 10);
    expect(narrow.frames[0].split('\n')[0]).toBe('');
    expect(narrow.frames[0].split('\n')[2]).toBe('hi');
    await narrow.s.interrupt();
  });

  it('-d shows what changed since the last refresh in reverse video', async () => {
    const { s, frames } = await started('vm', 'watch -n 1 -d date +%S');
    expect(frames[0]).not.toContain('\x1b[7m');
    await s.advance(1_000);
    expect(frames[1].split('\n')[2]).toMatch(/^\d?\x1b\[7m\d+\x1b\[0m$/);
    await s.interrupt();
  });

  it('-g ends when the output changes; -e waits for a key after a failure and ends with 8', async () => {
    const g = await started('vm', 'watch -n 1 -g date +%S');
    expect(g.s.busy).toBe(true);
    await g.s.advance(1_000);
    expect(g.s.busy).toBe(false);
    expect(g.screens).toEqual([true, false]);
    expect((await g.s.exec('echo $?')).stdout).toBe('0\n');
    const e = await started('vm', 'watch -e false', 80, 12);
    expect(e.frames[e.frames.length - 1].split('\n')[11]).toBe('command exit with a non-zero status, press a key to exit');
    expect(e.s.wantsKey).toBe(true);
    await e.s.pressKey('x');
    expect(e.s.busy).toBe(false);
    expect((await e.s.exec('echo $?')).stdout).toBe('8\n');
  });

  it('runs the command through sh -c, stderr on the screen too; -x runs it as it is', async () => {
    const { s, frames } = await started('vm', 'watch nosuch; echo after');
    expect(frames[0].split('\n')[2]).toBe('sh: line 1: nosuch: command not found');
    await s.interrupt();
    const x = await started('vm', 'watch -x nosuch');
    expect(x.frames[0].split('\n')[2]).toBe("watch: unable to execute 'nosuch': No such file or directory");
    await x.s.interrupt();
    const q = await started('vm', "watch -x echo 'a  b'");
    expect(q.frames[0].split('\n')[2]).toBe('a  b');
    await q.s.interrupt();
  });

  it('-c carries SGR colours over; without it the escape is dropped and the rest shows; -w drops the rest of each line', async () => {
    const cmd = `"printf '\\033[1;31mred\\033[0m plain\\n'"`;
    const c = await started('vm', `watch -t -c ${cmd}`);
    expect(c.frames[0].split('\n')[0]).toBe('\x1b[1;31mred\x1b[0m plain');
    await c.s.interrupt();
    const plain = await started('vm', `watch -t ${cmd}`);
    expect(plain.frames[0].split('\n')[0]).toBe('[1;31mred[0m plain');
    await plain.s.interrupt();
    // find_eol() after each row also eats the newline of a line that ended within it: every other short line shows
    const w = await started('vm', `watch -t -w "printf 'a\\nb\\nc\\nd\\n'"`);
    expect(w.frames[0].split('\n').slice(0, 3)).toEqual(['a', 'c', '']);
    await w.s.interrupt();
  });

  it('answers --help, --version and usage errors as watch.c does', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const help = await s.exec('watch --help');
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('\nUsage:\n watch [options] command\n\nOptions:\n  -b, --beep             beep if command has a non-zero exit\n');
    expect(help.stdout).toContain(' -v, --version  output version information and exit\n\nFor more details see watch(1).\n');
    expect((await s.exec('watch -v')).stdout).toBe('watch from procps-ng 3.3.17\n');
    const none = await s.exec('watch');
    expect([none.exitCode, none.stdout, none.stderr]).toEqual([1, '', help.stdout]);
    const bad = await s.exec('watch -z ls');
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toBe("watch: invalid option -- 'z'\n" + help.stdout);
    const n = await s.exec('watch -n abc ls');
    expect([n.exitCode, n.stderr]).toEqual([1, "watch: failed to parse argument: 'abc': Invalid argument\n"]);
    const miss = await s.exec('watch -n');
    expect(miss.stderr).toBe("watch: option requires an argument -- 'n'\n" + help.stdout);
  });
});

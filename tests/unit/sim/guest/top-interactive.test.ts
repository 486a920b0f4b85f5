// top on a terminal (procps-ng 3.3.17): full-screen frames every -d seconds until q or Ctrl+C, keys read raw.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

async function started(line: string): Promise<{ s: Session; frames: string[]; clears: () => number; out: () => string }> {
  const s = await createSession({ lab: 'vm', seed: 3 });
  s.resize(80, 24);
  let text = '';
  let clears = 0;
  const frames: string[] = [];
  s.on('output', ({ text: t }) => {
    text += t;
    if (frames.length) frames[frames.length - 1] += t;
  });
  s.on('clear', () => {
    clears++;
    frames.push('');
  });
  await s.submit(line);
  return { s, frames, clears: () => clears, out: () => text };
}

describe('top on a terminal', () => {
  it('fills the screen, refreshes every 3 s of simulated time, and q brings the prompt back', async () => {
    const { s, frames } = await started('top');
    expect(s.busy).toBe(true);
    expect(s.wantsKey).toBe(true);
    expect(frames).toHaveLength(1);
    const lines = frames[0].split('\n');
    expect(lines).toHaveLength(24);
    expect(lines[0]).toMatch(/^top - \d\d:\d\d:\d\d up .*load average: /);
    expect(lines[5]).toBe('');
    expect(lines[6]).toBe('    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND');
    expect(lines.every((l) => l.length <= 80)).toBe(true);
    await s.advance(2_999);
    expect(frames).toHaveLength(1);
    await s.advance(1);
    expect(frames).toHaveLength(2);
    expect(frames[1].split('\n')[0]).not.toBe(lines[0]);
    await s.pressKey('q');
    expect(s.busy).toBe(false);
    // bye_bye: the cursor goes below the last frame; nothing else is printed
    expect(frames[1].endsWith('\n')).toBe(true);
    expect(frames[1].split('\n')).toHaveLength(25);
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it('Ctrl+C ends it too, without echoing ^C (the terminal is in raw mode)', async () => {
    const { s, out } = await started('top');
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect(out()).not.toContain('^C');
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });

  it('-d 1 refreshes every second; -n 2 ends after two frames; the screen size is the terminal size', async () => {
    const { s, frames } = await started('top -d 1 -n 2');
    s.resize(100, 30);
    expect(frames[0].split('\n')).toHaveLength(24);
    await s.advance(1_000);
    expect(frames).toHaveLength(2);
    expect(s.busy).toBe(false);
    const { s: t, frames: f2 } = await started('top');
    t.resize(120, 40);
    await t.pressKey(' ');
    expect(f2).toHaveLength(2);
    expect(f2[1].split('\n')).toHaveLength(40);
    await t.pressKey('q');
  });

  it('a key top does not know shows its message for 1.25 s; a typed line counts as its first key', async () => {
    const { s, frames } = await started('top');
    await s.pressKey('K');
    expect(frames).toHaveLength(2);
    expect(frames[1].split('\n')[5]).toBe(" Unknown command - try 'h' for help ");
    await s.advance(1_250);
    expect(frames).toHaveLength(3);
    expect(frames[2].split('\n')[5]).toBe('');
    await s.submit('quit');
    expect(s.busy).toBe(false);
  });

  it('-b and a pipe keep the batch output', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const r = await s.exec('top -bn1 | head -1');
    expect(r.stdout).toMatch(/^top - /);
    expect(r.exitCode).toBe(0);
  });
});

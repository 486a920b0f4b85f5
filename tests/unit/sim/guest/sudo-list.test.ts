// sudo -l / -ll of sudo 1.9.5p2 under the box's sudoers, against the program built from SUDO_1_9_5p2 and run with
// the same files (scripts/golden/sudo-list.sh, tests/golden/sudo/list.txt): the Defaults entries, the privileges,
// the wrapping at the terminal's width (none into a pipe), a command's path, and the refusals.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSession } from '../../../../src/sim/index';

const text = readFileSync(path.resolve(import.meta.dirname, '../../../golden/sudo/list.txt'), 'utf8');
interface Case { who: string; cols: string; args: string; stdout: string; stderr: string; rc: number }
const cases: Case[] = text.split(/^=== /m).filter(Boolean).map((block) => {
  const m = /^(\S+) (\S+) sudo (.*)\n--- stdout\n([\s\S]*?)--- stderr\n([\s\S]*?)--- rc (\d+)\n$/.exec(block);
  if (!m) throw new Error(`bad block: ${block}`);
  return { who: m[1], cols: m[2], args: m[3], stdout: m[4], stderr: m[5], rc: Number(m[6]) };
});

// the recording ran with sudo's built-in prompt and lecture; Rocky's prompt is "[sudo] password for USER: "
const afterPrompt = (s: string) => (s.includes('Password: ') ? s.slice(s.lastIndexOf('Password: ') + 10) : s);

describe('sudo -l (tests/golden/sudo/list.txt)', () => {
  it('has the recorded cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  for (const c of cases) {
    it(`${c.who} (${c.cols}) sudo ${c.args}`, async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      await s.exec('sudo useradd bob; sudo useradd -G wheel alice');
      await s.exec('echo secret | sudo passwd --stdin bob; echo secret | sudo passwd --stdin alice');
      if (c.cols !== 'pipe') s.resize(Number(c.cols), 24);
      const args = c.args.replace(/^-S /, '').replace(/ -S /, ' ');
      const line = (c.who === 'vagrant' ? '' : c.who === 'root' ? 'sudo ' : `sudo -u ${c.who} `) + `sudo ${args}` + (c.cols === 'pipe' ? ' | cat' : '');
      const r = await s.exec(line, { answers: ['secret'] });
      const asks = c.args.includes('-S') || c.stderr.includes('Password: ');
      expect(r.stdout.replace(/^\[sudo\] password for \w+: \n/, '')).toBe(c.stdout);
      expect(asks ? afterPrompt(r.stderr.replace(`[sudo] password for ${c.who}: `, 'Password: ')) : r.stderr).toBe(asks ? afterPrompt(c.stderr) : c.stderr);
      expect(r.exitCode).toBe(c.rc);
    });
  }
});

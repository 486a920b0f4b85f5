// git's default color.ui=auto on the terminal: status, diff, log and branch print what real git prints with
// color.ui=always (tests/golden/git/color-*, recorded from git 2.43.5; on a terminal `script -q -c "git status"`
// prints the same bytes), and nothing coloured into a pipe or a file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/git');
const recorded = (name: string) => readFileSync(path.join(DIR, name, 'stdout'), 'utf8');

let s: Session;

/** Runs the lines on the terminal (stdout a tty), the pager left out; their output as the terminal gets it. */
async function onTerminal(lines: string[]): Promise<string> {
  let out = '';
  for (const l of lines) out += (await s.exec(l)).stdout;
  return out;
}

const setup = async (lines: string[]) => {
  const fs = s.world.host('default').fs;
  await s.exec('cd /home/vagrant && rm -rf fx .gitconfig repo.git copy && mkdir fx && cd fx');
  for (const n of ['hello.txt', 'notes.md']) fs.write(`/home/vagrant/fx/${n}`, readFileSync(path.join(DIR, 'files', n), 'utf8'));
  await s.exec('export GIT_PAGER=cat GIT_AUTHOR_DATE="@1765328635 +0000" GIT_COMMITTER_DATE="@1765328635 +0000"');
  await s.exec('git config --global user.name "Vagrant User" && git config --global user.email vagrant@example.com');
  for (const l of lines) await s.exec(l);
};

beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
  expect((await s.exec('sudo dnf install -y git')).exitCode).toBe(0);
});

describe('git colours on a terminal (color.ui=auto)', () => {
  it('status: the long and short formats as git -c color.ui=always prints them', async () => {
    await setup(['git init -q', 'git add hello.txt', 'git commit -q -m one', 'echo more >> hello.txt', 'git add notes.md', 'echo x > new.txt']);
    const tty = await onTerminal(['git status', 'git status -s', 'git status -sb']);
    expect(tty).toContain('\x1b[32mnew file:   notes.md\x1b[m');
    expect(recorded('color-status').startsWith(tty)).toBe(true);
    const piped = await onTerminal(['git status -s | cat', 'git status -s > /tmp/st; cat /tmp/st']);
    expect(piped).toBe(' M hello.txt\nA  notes.md\n?? new.txt\n'.repeat(2));
  });

  it('diff, log and branch: coloured on the terminal, plain through a pipe', async () => {
    await setup(['git init -q', 'git add .', 'git commit -q -m one', "printf 'hello\\nthere\\nworld' > hello.txt", 'echo new > new.txt', 'git add new.txt', 'git rm -q --cached notes.md']);
    const diff = await onTerminal(['git diff', 'git diff --cached']);
    expect(recorded('color-diff').startsWith(diff)).toBe(true);
    expect(diff).toContain('\x1b[36m@@ -1,2 +1,3 @@\x1b[m');
    expect((await s.exec('git diff | cat')).stdout).not.toContain('\x1b[');
    expect((await s.exec('git -c color.ui=never diff')).stdout).not.toContain('\x1b[');

    await setup(['git init -q', 'git add hello.txt', 'git commit -q -m one']);
    await s.exec('export GIT_AUTHOR_DATE="@1765328695 +0000" GIT_COMMITTER_DATE="@1765328695 +0000"');
    await onTerminal(['git add notes.md', 'git commit -q -m two', 'git branch dev HEAD~1', 'git tag v1']);
    // on a terminal log decorates by itself (log.decorate=auto)
    const log = await onTerminal(['git log', 'git log --oneline']);
    expect(recorded('color-log').startsWith(log)).toBe(true);
    expect((await s.exec('git log --oneline | cat')).stdout).toBe('c5c8e21 two\nf52ff2b one\n');

    const branch = (await s.exec('git branch')).stdout;
    expect(branch).toBe('  dev\x1b[m\n* \x1b[32mmaster\x1b[m\n');
    expect((await s.exec('git branch | cat')).stdout).toBe('  dev\n* master\n');
  });
});

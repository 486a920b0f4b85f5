// visudo of sudo 1.9.5p2: -c over the sudoers texts recorded from the real program (tests/golden/visudo/check.json,
// scripts/golden/visudo-check.ts), the box's files (/etc/sudoers.d/vagrant of the Vagrant kickstart), the refusals
// for a non-root user, and the editor flow: FILE.tmp in the editor pane, "What now? " after a bad edit.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { checkSudoers } from '../../../../src/sim/commands/sudo/visudo/parse';
import { help } from '../../../../src/sim/commands/sudo/visudo/help';

const GOLDEN: { name: string; text: string; stdout: string; stderr: string; status: number }[] = JSON.parse(
  readFileSync(new URL('../../../golden/visudo/check.json', import.meta.url), 'utf8'),
);

beforeAll(async () => {
  await loadGuest();
});

describe('visudo -c (recorded from visudo 1.9.5p2)', () => {
  it.each(GOLDEN.map((g) => [g.name, g] as const))('%s', (_, g) => {
    const c = checkSudoers(g.name, g.text);
    const ok = !c.syntaxError && !c.defaultsError;
    expect({ stdout: ok ? `${g.name}: parsed OK\n` : '', stderr: c.messages.join(''), status: ok ? 0 : 1 }).toEqual({ stdout: g.stdout, stderr: g.stderr, status: g.status });
  });
});

describe('visudo on the guest', () => {
  it('checks the sudoers file and what it includes, as root only', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('sudo visudo -c')).toMatchObject({ stdout: '/etc/sudoers: parsed OK\n/etc/sudoers.d/vagrant: parsed OK\n', exitCode: 0 });
    expect(await s.exec('visudo -c')).toMatchObject({ stderr: 'visudo: unable to open /etc/sudoers: Permission denied\n', exitCode: 1 });
    expect(await s.exec('visudo')).toMatchObject({ stderr: 'visudo: /etc/sudoers: Permission denied\n', exitCode: 1 });
    expect((await s.exec('sudo cat /etc/sudoers.d/vagrant')).stdout).toBe('%vagrant ALL=(ALL) NOPASSWD: ALL\n');
    expect(await s.exec('cat /etc/sudoers.d/vagrant')).toMatchObject({ exitCode: 1 });
    // a file with other modes fails check_owner() unless -f names it
    await s.exec("echo 'web ALL=(ALL) ALL' | sudo tee /etc/sudoers.d/web >/dev/null");
    expect(await s.exec('sudo visudo -c')).toMatchObject({
      stdout: '/etc/sudoers: parsed OK\n/etc/sudoers.d/vagrant: parsed OK\n',
      stderr: '/etc/sudoers.d/web: bad permissions, should be mode 0440\n',
      exitCode: 1,
    });
    expect((await s.exec('sudo visudo -cf /etc/sudoers.d/web')).stdout).toBe('/etc/sudoers.d/web: parsed OK\n');
    expect((await s.exec('sudo visudo -c -q')).stdout).toBe('');
  });

  it('help, version and usage', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('visudo -h')).stdout).toBe(help);
    expect((await s.exec('visudo -V')).stdout).toBe('visudo version 1.9.5p2\nvisudo grammar version 48\n');
    expect(await s.exec('visudo --bogus')).toMatchObject({ stderr: "visudo: unrecognized option '--bogus'\nusage: visudo [-chqsV] [[-f] sudoers ]\n", exitCode: 1 });
    expect(await s.exec('visudo a b')).toMatchObject({ stderr: 'usage: visudo [-chqsV] [[-f] sudoers ]\n', exitCode: 1 });
  });

  it('edits FILE.tmp; a bad edit asks What now?, e edits again, a good one is installed 0440', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const opened: { hostId: string; path: string; content: string }[] = [];
    s.on('edit', (e) => opened.push(e));
    let out = '';
    s.on('output', (c) => (out += c.text));
    await s.submit('sudo visudo -f /etc/sudoers.d/web');
    await s.settle();
    expect(opened[0].path).toBe('/etc/sudoers.d/web.tmp');
    expect(opened[0].content).toBe('');
    s.saveFile(opened[0].hostId, opened[0].path, 'web ALL=(ALL) systemctl\n');
    await s.advance(1_000);
    await s.settle();
    expect(out).toContain('/etc/sudoers.d/web:1:15: syntax error\nweb ALL=(ALL) systemctl\n              ^~~~~~~~~\n');
    expect(s.question).toBe('What now? ');
    out = '';
    await s.submit('z');
    await s.settle();
    expect(out).toContain('Options are:\n  (e)dit sudoers file again\n  e(x)it without saving changes to sudoers file\n  (Q)uit and save changes to sudoers file (DANGER!)\n\n');
    expect(s.question).toBe('What now? ');
    await s.submit('e');
    await s.settle();
    expect(opened[1].path).toBe('/etc/sudoers.d/web.tmp');
    s.saveFile(opened[1].hostId, opened[1].path, 'web ALL=(ALL) /usr/bin/systemctl\n');
    await s.advance(1_000);
    await s.settle();
    expect(s.busy).toBe(false);
    expect((await s.exec('sudo cat /etc/sudoers.d/web')).stdout).toBe('web ALL=(ALL) /usr/bin/systemctl\n');
    expect((await s.exec('sudo stat -c %a /etc/sudoers.d/web')).stdout).toBe('440\n');
    expect((await s.exec('sudo ls -1 /etc/sudoers.d')).stdout).toBe('vagrant\nweb\n');
    expect((await s.exec('sudo visudo -c')).stdout).toBe('/etc/sudoers: parsed OK\n/etc/sudoers.d/vagrant: parsed OK\n/etc/sudoers.d/web: parsed OK\n');
  });

  it('x leaves the file as it was; closing unchanged says so', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const opened: { hostId: string; path: string; content: string }[] = [];
    s.on('edit', (e) => opened.push(e));
    let out = '';
    s.on('output', (c) => (out += c.text));
    await s.submit('sudo visudo -f /etc/sudoers.d/vagrant');
    await s.settle();
    expect(opened[0].content).toBe('%vagrant ALL=(ALL) NOPASSWD: ALL\n');
    s.saveFile(opened[0].hostId, opened[0].path, 'Defaults bogus\n');
    await s.advance(1_000);
    await s.settle();
    expect(out).toContain('visudo: /etc/sudoers.d/vagrant:1:16: unknown defaults entry "bogus"\n');
    await s.submit('x');
    await s.settle();
    expect(s.busy).toBe(false);
    expect((await s.exec('sudo cat /etc/sudoers.d/vagrant')).stdout).toBe('%vagrant ALL=(ALL) NOPASSWD: ALL\n');
    expect((await s.exec('sudo ls /etc/sudoers.d')).stdout).toBe('vagrant\n');
    out = '';
    await s.submit('sudo visudo -f /etc/sudoers.d/vagrant');
    await s.settle();
    s.closeFile(opened[1].hostId, opened[1].path);
    await s.advance(1_000);
    await s.settle();
    expect(out).toContain('visudo: /etc/sudoers.d/vagrant.tmp unchanged\n');
  });
});

// sudoedit and sudo -e of sudo 1.9.5p2 (src/sudo_edit.c, parse_args.c): the copy in /var/tmp opened in the editor
// pane, written back when changed, "FILE unchanged" otherwise; the refusals of sudo_edit_create_tfiles().
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { editUsage } from '../../../../src/sim/commands/sudo/usage';

beforeAll(async () => {
  await loadGuest();
});

describe('sudoedit', () => {
  it('opens a copy of the file in /var/tmp and writes it back once saved', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const opened: { hostId: string; path: string; content: string }[] = [];
    s.on('edit', (e) => opened.push(e));
    let err = '';
    s.on('output', (c) => (err += c.text));
    const before = (await s.exec('cat /etc/hosts')).stdout;
    expect((await s.exec('sudoedit /etc/hosts')).exitCode).toBeNull();
    expect(opened[0].path).toMatch(/^\/var\/tmp\/hosts\.[A-Za-z0-9]{8}$/);
    expect(opened[0].content).toBe(before);
    expect(s.saveFile(opened[0].hostId, opened[0].path, before + '10.0.0.5 db\n')).toBe(true);
    await s.advance(1_000);
    expect(s.busy).toBe(false);
    expect((await s.exec('tail -1 /etc/hosts')).stdout).toBe('10.0.0.5 db\n');
    expect((await s.exec('ls /var/tmp | grep -c hosts')).stdout).toBe('0\n');
    // sudo -e, closed without saving: unchanged
    err = '';
    await s.exec('sudo -e /etc/chrony.conf');
    expect(opened[1].path).toMatch(/^\/var\/tmp\/chrony[A-Za-z0-9]{8}\.conf$/);
    s.closeFile(opened[1].hostId, opened[1].path);
    await s.advance(1_000);
    expect(err).toBe('sudoedit: /etc/chrony.conf unchanged\n');
  });

  it('refuses files in a directory the user may write and directories; no file is the usage', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    let r = await s.exec('sudoedit ~/.bashrc');
    expect([r.stderr, r.exitCode]).toEqual(['sudoedit: /home/vagrant/.bashrc: editing files in a writable directory is not permitted\n', 1]);
    r = await s.exec('sudo -e /etc /nonexist/x');
    expect([r.stderr, r.exitCode]).toEqual(['sudoedit: /etc: not a regular file\nsudoedit: /nonexist/x: No such file or directory\n', 1]);
    await s.exec('sudo ln -s /etc/hosts /etc/hosts.link');
    r = await s.exec('sudoedit /etc/hosts.link');
    expect(r.stderr).toBe('sudoedit: /etc/hosts.link: editing symbolic links is not permitted\n');
    r = await s.exec('sudoedit');
    expect([r.stderr, r.exitCode]).toEqual([editUsage, 1]);
  });
});

// chroot, chcon and runcon of coreutils 8.32 on the Rocky guest (SELinux enforcing, the targeted policy's labels
// from lib/inode.ts's contextOf): what needs root or SELinux, which the golden cases' recorder has neither of.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 13 });
});

describe('chroot', () => {
  it('needs root', async () => {
    expect(await s.exec('chroot / true')).toMatchObject({ stderr: "chroot: cannot change root directory to '/': Operation not permitted\n", exitCode: 125 });
  });
  it('runs the command from / as --userspec says; an empty new root has no shell', async () => {
    expect((await s.exec('sudo chroot / pwd')).stdout).toBe('/\n');
    expect((await s.exec('sudo chroot --userspec=vagrant: / whoami')).stdout).toBe('vagrant\n');
    await s.exec('mkdir /tmp/jail');
    expect(await s.exec('sudo chroot /tmp/jail')).toMatchObject({ stderr: 'chroot: failed to run command ‘/bin/bash’: No such file or directory\n', exitCode: 125 });
    expect(await s.exec('sudo chroot /tmp/nothere ls')).toMatchObject({ stderr: "chroot: cannot change root directory to '/tmp/nothere': No such file or directory\n", exitCode: 125 });
  });
});

describe('chcon', () => {
  it('relabels a file the user owns; stat shows the label', async () => {
    await s.exec('echo x > /tmp/page.html');
    expect((await s.exec('stat -c %C /tmp/page.html')).stdout).toBe('unconfined_u:object_r:user_tmp_t:s0\n');
    expect(await s.exec('chcon -v -t httpd_sys_content_t /tmp/page.html')).toMatchObject({ stdout: "changing security context of '/tmp/page.html'\n", exitCode: 0 });
    expect((await s.exec('stat -c %C /tmp/page.html')).stdout).toBe('unconfined_u:object_r:httpd_sys_content_t:s0\n');
    await s.exec('chcon --reference=/etc/hosts /tmp/page.html');
    expect((await s.exec('stat -c %C /tmp/page.html')).stdout).toBe('system_u:object_r:etc_t:s0\n');
  });
  it('refuses what the user may not change, and a malformed context', async () => {
    expect(await s.exec('chcon -t tmp_t /etc/hosts')).toMatchObject({ stderr: "chcon: failed to change context of '/etc/hosts' to ‘system_u:object_r:tmp_t:s0’: Operation not permitted\n", exitCode: 1 });
    expect(await s.exec('chcon nonsense /tmp/page.html')).toMatchObject({ stderr: 'chcon: invalid context: ‘nonsense’: Invalid argument\n', exitCode: 1 });
    expect(await s.exec('chcon -t tmp_t /tmp/none')).toMatchObject({ stderr: "chcon: cannot access '/tmp/none': No such file or directory\n", exitCode: 1 });
  });
  it('-R relabels a tree', async () => {
    await s.exec('mkdir -p /tmp/site/css && touch /tmp/site/css/a.css');
    await s.exec('chcon -R -t httpd_sys_content_t /tmp/site');
    expect((await s.exec('stat -c %C /tmp/site/css/a.css /tmp/site')).stdout).toBe('unconfined_u:object_r:httpd_sys_content_t:s0\nunconfined_u:object_r:httpd_sys_content_t:s0\n');
  });
});

describe('runcon', () => {
  it("prints the login's context, and runs commands", async () => {
    expect((await s.exec('runcon')).stdout).toBe('unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023\n');
    expect((await s.exec('runcon -t unconfined_t echo ok')).stdout).toBe('ok\n');
    expect(await s.exec('runcon unconfined_u:unconfined_r:unconfined_t:s0 nothere')).toMatchObject({ stderr: 'runcon: ‘nothere’: No such file or directory\n', exitCode: 127 });
  });
});

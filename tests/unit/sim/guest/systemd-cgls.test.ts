// systemd-cgls of systemd 252 (src/cgls/cgls.c, src/shared/cgroup-show.c of v252-46): the tree glyphs, processes
// before subgroups and sorted by PID, siblings in kernfs's order (kernfs_name_hash() of fs/kernfs/dir.c), the
// delegated user@.service marked with an ellipsis, command lines cut to the width without a pager.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { kernfsHash } from '../../../../src/sim/commands/systemd/systemd-cgls/tree';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('systemd-cgls', () => {
  it('shows the root tree: the login session, PID 1 and the services', async () => {
    const s = await vm();
    const out = (await s.exec('systemd-cgls --no-pager')).stdout;
    expect(out.startsWith('Control group /:\n-.slice\n')).toBe(true);
    expect(out).toMatch(/\n│ {3}├─user@1000\.service …\n│ {3}│ └─init\.scope\n│ {3}│ {3}├─\d+ \/usr\/lib\/systemd\/systemd --user\n│ {3}│ {3}└─\d+ \(sd-pam\)\n/);
    expect(out).toMatch(/\n├─init\.scope\n│ └─1 \/usr\/lib\/systemd\/systemd --switched-root --system --deserialize 31\n/);
    expect(out).toMatch(/\n {2}├─sshd\.service\n {2}│ └─\d+ sshd: \/usr\/sbin\/sshd -D/);
    expect(out).toMatch(/ {2}[├└]─system-getty\.slice\n {2}[│ ] └─getty@tty1\.service\n/);
    // the top level in the kernel's order for these names
    const top = out.split('\n').filter((l) => /^[├└]─/.test(l)).map((l) => l.slice(2));
    expect(top).toEqual(['user.slice', 'init.scope', 'system.slice'].sort((a, b) => kernfsHash(a) - kernfsHash(b)));
    for (const l of out.split('\n')) expect([...l].length).toBeLessThanOrEqual(80);
  });

  it('follows the services: a stopped one leaves the tree', async () => {
    const s = await vm();
    await s.exec('sudo systemctl stop crond');
    expect((await s.exec('systemd-cgls --no-pager')).stdout).not.toContain('crond.service');
  });

  it('-u shows a unit, a path shows a subtree, unknown ones fail', async () => {
    const s = await vm();
    expect((await s.exec('systemd-cgls -u chronyd')).stdout).toMatch(/^Unit chronyd\.service \(\/system\.slice\/chronyd\.service\):\n└─\d+ \/usr\/sbin\/chronyd -F 2\n$/);
    expect((await s.exec('systemd-cgls /user.slice')).stdout).toMatch(/^Control group \/user\.slice:\n└─user-1000\.slice\n/);
    expect(await s.exec('systemd-cgls -u nosuch')).toMatchObject({ stderr: 'Unit nosuch.service not found.\nFailed to list cgroup tree: No such file or directory\n', exitCode: 1 });
    expect((await s.exec('systemd-cgls --help')).stdout).toMatch(/^systemd-cgls \[OPTIONS\.\.\.\] \[CGROUP\.\.\.\]\n\nRecursively show control group contents\.\n/);
  });
});

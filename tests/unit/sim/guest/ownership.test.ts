// Who owns what on a Rocky 9 guest: the filesystem package's modes (sticky 1777 /tmp and /var/tmp, 550 /root,
// 555 / and /usr/bin), a node made later belongs to its maker (root under sudo), chown changes it and mv keeps it;
// the sticky bit keeps others' files in /tmp from being removed or moved, and a file's w bits from being written.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

const vm = () => createSession({ lab: 'vm', seed: 1 });

describe('file ownership on the guest', () => {
  it('has the filesystem package modes', async () => {
    const s = await vm();
    const r = await s.exec('stat -c "%A %U %G %n" / /tmp /var/tmp /root /usr/bin');
    expect(r.stdout).toBe('dr-xr-xr-x root root /\ndrwxrwxrwt root root /tmp\ndrwxrwxrwt root root /var/tmp\ndr-xr-x--- root root /root\ndr-xr-xr-x root root /usr/bin\n');
    expect(plain((await s.exec('ls -ld /tmp')).stdout)).toMatch(/^drwxrwxrwt\. 2 root root 4096 .* \/tmp\n$/);
  });

  it('gives a new node to the user who made it, root under sudo, wherever it is', async () => {
    const s = await vm();
    await s.exec('touch /tmp/a; sudo touch /tmp/b; echo hi > /var/tmp/c; sudo bash -c "echo x > /home/vagrant/d"; mkdir /tmp/e');
    expect((await s.exec('stat -c "%U:%G %u %n" /tmp/a /tmp/b /var/tmp/c /home/vagrant/d /tmp/e')).stdout).toBe(
      'vagrant:vagrant 1000 /tmp/a\nroot:root 0 /tmp/b\nvagrant:vagrant 1000 /var/tmp/c\nroot:root 0 /home/vagrant/d\nvagrant:vagrant 1000 /tmp/e\n',
    );
    // the root-owned file in vagrant's home is not vagrant's to write; one root made 0600 is not vagrant's to read
    expect(await s.exec('echo y > ~/d')).toMatchObject({ stderr: '-bash: /home/vagrant/d: Permission denied\n', exitCode: 1 });
    await s.exec('sudo cp /etc/hosts ~/h; sudo chmod 600 ~/h');
    expect(await s.exec('cat ~/h')).toMatchObject({ stderr: 'cat: /home/vagrant/h: Permission denied\n', exitCode: 1 });
    // kubeadm's advice: sudo chown $(id -u):$(id -g) gives it to the user
    expect(await s.exec('sudo chown $(id -u):$(id -g) ~/h; stat -c "%U:%G %a" ~/h; head -c 9 ~/h')).toMatchObject({ stdout: 'vagrant:vagrant 600\n127.0.0.1', exitCode: 0 });
  });

  it('chown changes the owner and group (root only); mv keeps them', async () => {
    const s = await vm();
    await s.exec('sudo touch /tmp/f; sudo chown vagrant:wheel /tmp/f; sudo mv ~/.bashrc /tmp/rc; sudo mkdir -p /tmp/t/u; sudo chown -R vagrant /tmp/t');
    expect((await s.exec('stat -c "%U:%G %n" /tmp/f /tmp/rc /tmp/t /tmp/t/u')).stdout).toBe('vagrant:wheel /tmp/f\nvagrant:vagrant /tmp/rc\nvagrant:root /tmp/t\nvagrant:root /tmp/t/u\n');
    expect(await s.exec('chown vagrant /etc/hosts')).toMatchObject({ stderr: "chown: changing ownership of '/etc/hosts': Operation not permitted\n", exitCode: 1 });
    expect((await s.exec('stat -c %U /etc/hosts')).stdout).toBe('root\n');
    // the owner may keep the owner and pick a group of theirs; other groups are refused, said as chown-core.c does
    expect(await s.exec('touch ~/g; chown vagrant:vagrant ~/g; chgrp vagrant ~/g')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(await s.exec('chgrp root ~/g')).toMatchObject({ stderr: "chgrp: changing group of '/home/vagrant/g': Operation not permitted\n", exitCode: 1 });
  });

  it('lets only the owner or root chmod a file; the synced folder is the SSH user\'s', async () => {
    const s = await vm();
    await s.exec('sudo touch /tmp/r; touch /tmp/m');
    expect(await s.exec('chmod 777 /tmp/r')).toMatchObject({ stderr: "chmod: changing permissions of '/tmp/r': Operation not permitted\n", exitCode: 1 });
    expect(await s.exec('chmod 600 /tmp/m; stat -c %a /tmp/m')).toMatchObject({ stdout: '600\n', exitCode: 0 });
    expect((await s.exec('stat -c "%U:%G" /vagrant /vagrant/Vagrantfile')).stdout).toBe('vagrant:vagrant\nvagrant:vagrant\n');
  });

  it("keeps another user's file in sticky /tmp from rm and mv", async () => {
    const s = await vm();
    await s.exec('sudo touch /tmp/x; touch /tmp/mine');
    expect(await s.exec('rm -f /tmp/x')).toMatchObject({ stderr: "rm: cannot remove '/tmp/x': Operation not permitted\n", exitCode: 1 });
    // at a terminal rm first asks about the write-protected file
    const asked = await s.exec('rm /tmp/x', { answers: ['y'] });
    expect(asked.stderr).toBe("rm: remove write-protected regular empty file '/tmp/x'? rm: cannot remove '/tmp/x': Operation not permitted\n");
    expect(await s.exec('mv /tmp/x ~/')).toMatchObject({ stderr: "mv: cannot move '/tmp/x' to '/home/vagrant/x': Operation not permitted\n", exitCode: 1 });
    expect(await s.exec('echo hi > /tmp/x')).toMatchObject({ stderr: '-bash: /tmp/x: Permission denied\n', exitCode: 1 });
    expect(await s.exec('touch /tmp/x')).toMatchObject({ stderr: "touch: cannot touch '/tmp/x': Permission denied\n", exitCode: 1 });
    expect(await s.exec('rm /tmp/mine; sudo rm /tmp/x; ls -A /tmp')).toMatchObject({ stdout: '', exitCode: 0 });
  });
});

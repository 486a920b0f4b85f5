// vagrant snapshot, plugin list, box list -i, one named machine of several, provisioners run again.
// Texts: Vagrant 2.4.3's templates/locales/en.yml and plugins/commands (tests/golden/vagrant/2.4 for help).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';
import { parseVagrantfile } from '../../../src/sim/vagrant/vagrantfile';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = `${DIR}\\Vagrantfile`;
const SINGLE = 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\n  config.vm.provision "shell", inline: "echo provisioned >> /root/marks"\nend\n';
const MULTI = `Vagrant.configure("2") do |config|
  config.vm.box = "rockylinux/9"
  config.vm.box_version = "5.0.0"
  ["a", "b", "c"].each do |n|
    config.vm.define n do |cfg|
      cfg.vm.hostname = n
      cfg.vm.provision "shell", inline: "echo hello from #{n}"
    end
  end
end
`;
// Vagrant's rewriting UI: VBoxManage's progress on one line, cleared at the end
const PROGRESS = Array.from({ length: 11 }, (_, i) => `\r\x1b[KProgress: ${i * 10}%`).join('') + '\r\x1b[K';
const SAVED = "==> default: Snapshotting the machine as 's1'...\n==> default: Snapshot saved! You can restore the snapshot at any time by\n==> default: using `vagrant snapshot restore`. You can delete it using\n==> default: `vagrant snapshot delete`.\n";

async function host(files: Record<string, string>) {
  return createSession({ lab: 'host', seed: 7, files });
}

describe('vagrant snapshot', () => {
  it('save, list, restore puts the guest back, delete', async () => {
    const s = await host({ [VF]: SINGLE });
    let r = await s.exec('vagrant snapshot list');
    expect(r.stdout).toBe('==> default: VM not created. Moving on...\n\n');
    await s.exec('vagrant up');
    r = await s.exec('vagrant snapshot list');
    expect(r.stdout).toBe(
      '==> default: No snapshots have been taken yet!\n    default: You can take a snapshot using `vagrant snapshot save`. Note that\n    default: not all providers support this yet. Once a snapshot is taken, you\n    default: can list them using this command, and use commands such as\n    default: `vagrant snapshot restore` to go back to a certain snapshot.\n\n',
    );
    r = await s.exec('vagrant snapshot save s1');
    expect(r.stdout).toBe(SAVED + '\n');
    r = await s.exec('vagrant snapshot save s1');
    expect([r.stderr, r.exitCode]).toEqual(['You must include the `--force` option to replace an existing snapshot.\n', 1]);
    r = await s.exec('vagrant snapshot save default s2');
    expect(r.exitCode).toBe(0);
    r = await s.exec('vagrant snapshot list');
    expect(r.stdout).toBe('==> default: \ns1\ns2\n\n');
    // change the guest, then go back
    await s.exec('vagrant ssh -c "sudo touch /root/changed; echo gone | sudo tee /etc/motd"');
    expect(s.world.host('default').fs.exists('/root/changed')).toBe(true);
    r = await s.exec('vagrant snapshot restore s1');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      "==> default: Forcing shutdown of VM...\n==> default: Restoring the snapshot 's1'...\n" + PROGRESS +
        "==> default: Checking if box 'rockylinux/9' version '5.0.0' is up to date...\n==> default: Resuming suspended VM...\n==> default: Booting VM...\n==> default: Waiting for machine to boot. This may take a few minutes...\n    default: SSH address: 127.0.0.1:2222\n    default: SSH username: vagrant\n    default: SSH auth method: private key\n==> default: Machine booted and ready!\n==> default: Machine already provisioned. Run `vagrant provision` or use the `--provision`\n==> default: flag to force provisioning. Provisioners marked to run always will still run.\n\n",
    );
    const g = s.world.host('default');
    expect(g.fs.exists('/root/changed')).toBe(false);
    expect(g.fs.read('/etc/motd')).not.toBe('gone\n');
    expect((await s.exec('vagrant status')).stdout).toContain('default                   running (virtualbox)\n');
    r = await s.exec('vagrant snapshot restore nope');
    expect([r.stderr, r.exitCode]).toEqual(['The snapshot name `nope` was not found for the\nvirtual machine `default`.\n', 1]);
    r = await s.exec('vagrant snapshot delete s1');
    expect(r.stdout).toBe("==> default: Deleting the snapshot 's1'...\n" + PROGRESS + '==> default: Snapshot deleted!\n\n');
    expect((await s.exec('vagrant snapshot list')).stdout).toBe('==> default: \ns2\n\n');
    expect(s.world.checkConsistency()).toEqual([]);
  });

  it('a snapshot of a stopped machine boots it on restore; --no-start leaves it off', async () => {
    const s = await host({ [VF]: SINGLE });
    await s.exec('vagrant up');
    await s.exec('vagrant halt');
    await s.exec('vagrant snapshot save off');
    await s.exec('vagrant up');
    let r = await s.exec('vagrant snapshot restore --no-start off');
    expect(r.stdout.startsWith("==> default: Forcing shutdown of VM...\n==> default: Restoring the snapshot 'off'...\n" + PROGRESS)).toBe(true);
    expect(r.stdout).not.toContain('Booting');
    expect((await s.exec('vagrant status')).stdout).toContain('default                   poweroff (virtualbox)\n');
    r = await s.exec('vagrant snapshot restore off');
    expect(r.stdout).toContain("==> default: Restoring the snapshot 'off'...\n" + PROGRESS + "==> default: Checking if box 'rockylinux/9' version '5.0.0' is up to date...\n==> default: Clearing any previously set forwarded ports...\n");
    expect(r.stdout).toContain('==> default: Booting VM...\n');
  });

  it('--provision on restore runs the provisioners again', async () => {
    const s = await host({ [VF]: SINGLE });
    await s.exec('vagrant up');
    await s.exec('vagrant snapshot save s1');
    const r = await s.exec('vagrant snapshot restore --provision s1');
    expect(r.stdout).toContain('==> default: Running provisioner: shell...\n    default: Running: inline script\n');
    expect(s.world.host('default').fs.read('/root/marks')).toBe('provisioned\nprovisioned\n');
  });

  it('push and pop: the pushed state comes back and its snapshot goes', async () => {
    const s = await host({ [VF]: SINGLE });
    await s.exec('vagrant up');
    let r = await s.exec('vagrant snapshot pop');
    expect(r.stdout).toBe('==> default: No pushed snapshot found!\n==> default: \n==> default: Use `vagrant snapshot push` to push a snapshot to restore to.\n\n');
    r = await s.exec('vagrant snapshot push');
    expect(r.stdout).toMatch(/^==> default: Snapshotting the machine as 'push_\d{10}_\d{1,4}'\.\.\.\n/);
    await s.exec('vagrant ssh -c "sudo touch /root/after-push"');
    r = await s.exec('vagrant snapshot pop --no-start');
    expect(r.stdout).toMatch(/==> default: Deleting the snapshot 'push_\d+_\d+'\.\.\.\n/);
    expect(s.world.host('default').fs.exists('/root/after-push')).toBe(false);
    expect((await s.exec('vagrant snapshot list')).stdout).toContain('No snapshots have been taken yet!');
  });

  it('usage errors and machines not created', async () => {
    const s = await host({ [VF]: MULTI });
    let r = await s.exec('vagrant snapshot save');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.startsWith('This command was not invoked properly. The help for this command is\navailable below.\n\nUsage: vagrant snapshot save [options] [vm-name] <name>\n')).toBe(true);
    r = await s.exec('vagrant snapshot delete a b c');
    expect(r.stderr.startsWith('This command was not invoked properly.')).toBe(true);
    r = await s.exec('vagrant snapshot save s1');
    expect(r.stdout).toBe(
      "Machine 'a' has not been created yet, and therefore cannot save snapshots. Skipping...\nMachine 'b' has not been created yet, and therefore cannot save snapshots. Skipping...\nMachine 'c' has not been created yet, and therefore cannot save snapshots. Skipping...\n\n",
    );
    r = await s.exec('vagrant snapshot restore a s1');
    expect(r.stderr).toBe('The snapshot name `s1` was not found for the\nvirtual machine `a`.\n');
  });
});

describe('vagrant plugin list', () => {
  it('a fresh install has no plugins; an operand is an invalid usage', async () => {
    const s = await host({});
    let r = await s.exec('vagrant plugin list');
    expect([r.stdout, r.exitCode]).toEqual(['No plugins installed.\n\n', 0]);
    r = await s.exec('vagrant plugin list x');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'This command was not invoked properly. The help for this command is\navailable below.\n\nUsage: vagrant plugin list [-h]\n        --local                      Include local project plugins\n        --[no-]color                 Enable or disable color output\n        --machine-readable           Enable machine readable output\n    -v, --version                    Display Vagrant version\n        --debug                      Enable debug output\n        --timestamp                  Enable timestamps on log output\n        --debug-timestamp            Enable debug output with timestamps\n        --no-tty                     Enable non-interactive output\n    -h, --help                       Print this help\n',
    );
  });
});

describe('one machine of several', () => {
  it('up, halt and destroy a named machine leave the others alone; provision runs the shell provisioner again', async () => {
    const s = await host({ [VF]: MULTI });
    let r = await s.exec('vagrant up b');
    expect(r.stdout.startsWith("Bringing machine 'b' up with 'virtualbox' provider...\n==> b: ")).toBe(true);
    expect(r.stdout).not.toContain('==> a:');
    expect(r.stdout).toContain('==> b: Running provisioner: shell...\n    b: Running: inline script\n    b: hello from b\n');
    r = await s.exec('vagrant status');
    expect(r.stdout).toContain('a                         not created (virtualbox)\nb                         running (virtualbox)\nc                         not created (virtualbox)\n');
    await s.exec('vagrant up a c');
    r = await s.exec('vagrant halt c');
    expect(r.stdout).toBe('==> c: Attempting graceful shutdown of VM...\n\n');
    r = await s.exec('vagrant destroy -f a');
    expect(r.stdout).toBe('==> a: Forcing shutdown of VM...\n==> a: Destroying VM and associated drives...\n\n');
    r = await s.exec('vagrant status');
    expect(r.stdout).toContain('a                         not created (virtualbox)\nb                         running (virtualbox)\nc                         poweroff (virtualbox)\n');
    r = await s.exec('vagrant provision b');
    expect(r.stdout).toBe('==> b: Running provisioner: shell...\n    b: Running: inline script\n    b: hello from b\n\n');
    r = await s.exec('vagrant provision c');
    expect([r.stdout, r.exitCode]).toEqual(['==> c: VM is not currently running. Please, first bring it up with `vagrant up` then run this command.\n\n', 0]);
    expect(s.world.checkConsistency()).toEqual([]);
  });
});

describe('provisioners: names, run: always and never, --provision-with', () => {
  const VF3 = 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\n  config.vm.provision "setup", type: "shell", inline: "echo once"\n  config.vm.provision "shell", inline: "echo always", run: "always"\n  config.vm.provision "later", type: "shell", inline: "echo never", run: "never"\nend\n';
  const lines = (t: string) => t.split('\n').filter((l) => /provision|Running|once|always|never/.test(l));
  it('first up runs all but the never ones; later ups only the always ones after the sentinel message', async () => {
    const s = await host({ [VF]: VF3 });
    let r = await s.exec('vagrant up');
    expect(lines(r.stdout)).toEqual(['==> default: Running provisioner: setup (shell)...', '    default: Running: inline script', '    default: once', '==> default: Running provisioner: shell...', '    default: Running: inline script', '    default: always']);
    r = await s.exec('vagrant up');
    expect(lines(r.stdout)).toEqual([
      '==> default: Machine already provisioned. Run `vagrant provision` or use the `--provision`',
      '==> default: flag to force provisioning. Provisioners marked to run always will still run.',
      '==> default: Running provisioner: shell...',
      '    default: Running: inline script',
      '    default: always',
    ]);
    r = await s.exec('vagrant reload');
    expect(lines(r.stdout).slice(-3)).toEqual(['==> default: Running provisioner: shell...', '    default: Running: inline script', '    default: always']);
  });
  it('vagrant provision runs them again; --provision-with picks by name or type, never ones only by name', async () => {
    const s = await host({ [VF]: VF3 });
    await s.exec('vagrant up');
    let r = await s.exec('vagrant provision');
    expect(lines(r.stdout).filter((l) => l.startsWith('==>'))).toEqual(['==> default: Running provisioner: setup (shell)...', '==> default: Running provisioner: shell...']);
    r = await s.exec('vagrant provision --provision-with later');
    expect(lines(r.stdout)).toEqual(['==> default: Running provisioner: later (shell)...', '    default: Running: inline script', '    default: never']);
    r = await s.exec('vagrant provision --provision-with shell');
    expect(lines(r.stdout).filter((l) => l.startsWith('==>'))).toEqual(['==> default: Running provisioner: setup (shell)...', '==> default: Running provisioner: shell...']);
    r = await s.exec('vagrant provision --provision-with nope');
    expect([r.stderr, r.exitCode]).toEqual(["'nope' is not a known provisioner. Please specify a valid\nprovisioner.\n", 1]);
  });
});

describe('vagrant ssh-config', () => {
  it('one block per machine, each followed by an empty line; a stopped machine ends it with SSHNotReady', async () => {
    const s = await host({ [VF]: MULTI });
    await s.exec('vagrant up a b');
    await s.exec('vagrant halt b');
    const block = (name: string, port: number, as = name) =>
      `Host ${as}\n  HostName 127.0.0.1\n  User vagrant\n  Port ${port}\n  UserKnownHostsFile /dev/null\n  StrictHostKeyChecking no\n  PasswordAuthentication no\n  IdentityFile D:/3_VMs/HashiCorp/.vagrant/machines/${name}/virtualbox/private_key\n  IdentitiesOnly yes\n  LogLevel FATAL\n  PubkeyAcceptedKeyTypes +ssh-rsa\n  HostKeyAlgorithms +ssh-rsa\n\n`;
    let r = await s.exec('vagrant ssh-config a --host lab');
    expect(r.stdout).toBe(block('a', 2222, 'lab') + '\n');
    r = await s.exec('vagrant ssh-config');
    expect(r.stdout.startsWith(block('a', 2222))).toBe(true);
    expect(r.stderr.startsWith('The provider for this Vagrant-managed machine is reporting that it\nis not yet ready for SSH.')).toBe(true);
    expect(r.exitCode).toBe(1);
  });
});

describe('Vagrantfile lists of machines', () => {
  it('%w() and %i() word lists; a do-block after a bare argument belongs to define', () => {
    for (const list of ['%w(a b c)', '%w[a b c]', '["a", "b", "c"]', '%i(a b c)']) {
      const r = parseVagrantfile(`Vagrant.configure("2") do |config|\n  config.vm.box = "x"\n  ${list}.each do |n|\n    config.vm.define n do |c|\n      c.vm.hostname = "h-#{n}"\n    end\n  end\nend\n`);
      expect(r.ok && r.machines.map((m) => `${m.name}:${m.hostname}`), list).toEqual(['a:h-a', 'b:h-b', 'c:h-c']);
    }
  });
});

describe('vagrant box list -i', () => {
  it('boxes without an info.json list as without -i', async () => {
    const s = await host({ [VF]: SINGLE });
    await s.exec('vagrant up');
    const plain = await s.exec('vagrant box list');
    const r = await s.exec('vagrant box list -i');
    expect(r.stdout).toBe('rockylinux/9 (virtualbox, 5.0.0, (amd64))\n\n');
    expect(r.stdout).toBe(plain.stdout);
  });
});

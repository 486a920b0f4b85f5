// The lecture's whole Vagrant story, typed as the learner typed it.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = `${DIR}\\Vagrantfile`;

const edited = (version: string) => `# -*- mode: ruby -*-
# vi: set ft=ruby :

Vagrant.configure("2") do |config|
  config.vm.box = "rockylinux/9"
  config.vm.box_version = "${version}"
end
`;

describe('the seed story', () => {
  it('init, inspect, fail on base, fail on 6.0.0, boot 5.0.0, ssh, look around, exit, destroy', async () => {
    const s = await createSession({ lab: 'host', seed: 56 });
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');

    // Step 1: vagrant init writes the commented template with box "base"
    let r = await s.exec('vagrant init');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      'A `Vagrantfile` has been placed in this directory. You are now\nready to `vagrant up` your first virtual environment! Please read\nthe comments in the Vagrantfile as well as documentation on\n`vagrantup.com` for more information on using Vagrant.\n\n',
    );

    // Step 2: type Vagrantfile shows it; the seed's typo `type vagrant` fails as cmd.exe does
    r = await s.exec('type Vagrantfile');
    expect(r.stdout).toContain('Vagrant.configure("2") do |config|');
    expect(r.stdout).toContain('  config.vm.box = "base"\n');
    expect(r.stdout).toContain('  # config.vm.network "private_network", ip: "192.168.33.10"');
    r = await s.exec('type vagrant');
    expect(r.stderr).toBe('The system cannot find the file specified.\n');

    // State 2: a second init refuses
    r = await s.exec('vagrant init');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('`Vagrantfile` already exists in this directory. Remove it before\nrunning `vagrant init`.\n');

    // State 3: del vagrantfile (any case) then init again
    r = await s.exec('del vagrantfile');
    expect(r.output).toBe('\n');
    expect(s.world.host('host').fs.exists(VF)).toBe(false);
    r = await s.exec('vagrant init');
    expect(r.exitCode).toBe(0);

    // Step 3: up fails on box "base"
    r = await s.exec('vagrant up');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("Bringing machine 'default' up with 'virtualbox' provider...\n==> default: Box 'base' could not be found. Attempting to find and install...\n    default: Box Provider: virtualbox\n    default: Box Version: >= 0\n");
    expect(r.stdout).toContain("==> default: Adding box 'base' (v0) for provider: virtualbox (amd64)\n    default: Downloading: base\n");
    expect(r.stderr).toBe(
      'An error occurred while downloading the remote file. The error\nmessage, if any, is reproduced below. Please fix this error and try\nagain.\n\nCouldn\'t open file /D:/3_VMs/HashiCorp/base\n',
    );

    // Step 5/6: the Vagrantfile edited (in the editor pane) to rockylinux/9 6.0.0: the catalog lists 9.6,
    // but its box file is gone, so the download fails with curl's 404
    const edits: string[] = [];
    s.on('edit', (e) => edits.push(e.path));
    await s.exec('notepad Vagrantfile');
    expect(edits).toEqual([VF]);
    expect(s.saveFile('host', VF, edited('6.0.0'))).toBe(true);
    r = await s.exec('vagrant up');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain("==> default: Loading metadata for box 'rockylinux/9'\n    default: URL: https://vagrantcloud.com/api/v2/vagrant/rockylinux/9\n");
    expect(r.stdout).toContain(
      "==> default: Adding box 'rockylinux/9' (v6.0.0) for provider: virtualbox (amd64)\n    default: Downloading: https://vagrantcloud.com/rockylinux/boxes/9/versions/6.0.0/providers/virtualbox/amd64/vagrant.box\n",
    );
    expect(r.stderr).toBe(
      'An error occurred while downloading the remote file. The error\nmessage, if any, is reproduced below. Please fix this error and try\nagain.\n\nThe requested URL returned error: 404\n',
    );
    expect(s.world.boxes.some((b) => b.version === '6.0.0')).toBe(false);

    // 5.0.0 boots, in about a minute of world time
    s.saveFile('host', VF, edited('5.0.0'));
    const before = s.world.now;
    r = await s.exec('vagrant up');
    expect(r.exitCode).toBe(0);
    const took = s.world.now - before;
    expect(took).toBeGreaterThan(45_000);
    expect(took).toBeLessThan(120_000);
    expect(r.stdout).toContain("==> default: Successfully added box 'rockylinux/9' (v5.0.0) for 'virtualbox (amd64)'!\n==> default: Importing base box 'rockylinux/9'...\n");
    expect(r.stdout).toMatch(/==> default: Setting the name of the VM: HashiCorp_default_\d{13}_\d{5}\n/);
    expect(r.stdout).toContain('    default: 22 (guest) => 2222 (host) (adapter 1)\n');
    expect(r.stdout).toContain('==> default: Machine booted and ready!\n');
    const project = s.world.project(DIR)!;
    expect(project.machines.get('default')!.state).toBe('running');

    // Step 7: Vagrant ssh (capital V, as typed in the seed)
    r = await s.exec('Vagrant ssh');
    expect(r.output).toBe('');
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    r = await s.exec('uptime');
    expect(r.stdout).toMatch(/^ \d\d:\d\d:\d\d up \d+ min,  1 user,  load average: 0\.00, 0\.01, 0\.00\n$/);
    r = await s.exec('cat /etc/redhat-release');
    expect(r.stdout).toBe('Rocky Linux release 9.5 (Blue Onyx)\n');

    // Step 8: exit prints logout, a blank line, then the Windows prompt
    r = await s.exec('exit');
    expect(r.output).toBe('logout\n\n');
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');

    // vagrant -f destroy: -f before the subcommand is not destroy's -f, so it still asks
    r = await s.exec('Vagrant -f destroy', { answers: ['y'] });
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe(
      "    default: Are you sure you want to destroy the 'default' VM? [y/N] y\n==> default: Forcing shutdown of VM...\n==> default: Destroying VM and associated drives...\n\n",
    );
    expect(project.machines.get('default')!.state).toBe('not_created');
    expect(s.world.hosts.has('default')).toBe(false);
    expect(s.world.checkConsistency()).toEqual([]);
  });
});

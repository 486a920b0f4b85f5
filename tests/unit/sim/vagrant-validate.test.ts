// Where Vagrant 2.4.3 validates a machine's configuration, with the VirtualBox provider (plugins/providers/virtualbox/
// action.rb and plugins/commands/*): ConfigValidate runs in up (after HandleBox for a machine not created), provision,
// reload and destroy of a created machine, port and validate; status, ssh-config, halt, suspend, resume and snapshot
// list work on a machine whose settings do not validate (recorded: 2.3.4's status, ssh-config and snapshot list answer
// as usual with such a file, its port refuses). The error text is the one recorded in tests/golden/vagrant
// (validate-unsorted).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = `${DIR}\\Vagrantfile`;
const golden = (c: string, f: string) => fs.readFileSync(path.resolve(__dirname, '../../golden/vagrant/2.4', c, f), 'utf8');
const BAD = golden('validate-unsorted', 'setup').replace('"rockylinux/9"\n', '"rockylinux/9"\n  config.vm.box_version = "5.0.0"\n');
const ERROR = golden('validate-unsorted', 'stderr');
const session = (text: string) => createSession({ lab: 'host', seed: 1, files: { [VF]: text } });

describe('a Vagrantfile whose settings do not validate', () => {
  it('status, ssh-config, halt, suspend, resume and snapshot list answer as for any machine', async () => {
    const s = await session(BAD);
    const st = await s.exec('vagrant status');
    expect(st.exitCode).toBe(0);
    expect(st.stdout).toContain('default                   not created (virtualbox)');
    for (const c of ['halt', 'suspend', 'resume', 'snapshot list']) {
      const r = await s.exec(`vagrant ${c}`);
      expect(r, c).toMatchObject({ exitCode: 0, stderr: '' });
      expect(r.stdout, c).toContain('==> default: VM not created. Moving on...');
    }
    const sc = await s.exec('vagrant ssh-config');
    expect(sc.stderr).toContain('is not yet ready for SSH');
  });
  it('validate, port and provision refuse with the recorded error', async () => {
    const s = await session(BAD);
    for (const c of ['validate', 'port', 'provision']) {
      const r = await s.exec(`vagrant ${c}`);
      expect({ c, err: r.stderr, code: r.exitCode }).toEqual({ c, err: ERROR, code: 1 });
    }
  });
  it('up adds the box first, then refuses before the import', async () => {
    const s = await session(BAD);
    const r = await s.exec('vagrant up');
    expect(r.stdout).toContain("==> default: Successfully added box 'rockylinux/9' (v5.0.0) for 'virtualbox (amd64)'!");
    expect(r.stdout).not.toContain('Importing base box');
    expect({ err: r.stderr, code: r.exitCode }).toEqual({ err: ERROR, code: 1 });
  });
  it('a multi-machine up brings up the machines before the one that does not validate', async () => {
    const text =
      'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\n  config.vm.define "web"\n' +
      '  config.vm.define "db" do |d|\n    d.vm.hostname = "db_1"\n  end\nend\n';
    const s = await session(text);
    const r = await s.exec('vagrant up');
    expect(r.stdout).toContain('==> web: Machine booted and ready!');
    expect(r.stderr).toBe(
      "There are errors in the configuration of this machine. Please fix\nthe following errors and try again:\n\nvm:\n* The hostname set for the VM 'db' should only contain letters, numbers,\nhyphens or dots. It cannot start with a hyphen or dot.\n\n",
    );
    expect(r.exitCode).toBe(1);
    expect((await s.exec('vagrant status web')).stdout).toContain('running (virtualbox)');
  });
});

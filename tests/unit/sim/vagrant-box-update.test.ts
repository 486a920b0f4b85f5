// `vagrant box update` and `vagrant box repackage` with a box installed, as plugins/commands/box/command/update.rb and
// repackage.rb of 2.4.3 print them (the answers without a box are recorded: box-update-*, box-repackage-*).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = `${DIR}\\Vagrantfile`;
const FILE = 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\nend\n';

async function withBox() {
  const s = await createSession({ lab: 'host', seed: 1, files: { [VF]: FILE } });
  await s.exec('vagrant box add rockylinux/9 --box-version 5.0.0 --provider virtualbox');
  return s;
}

describe('vagrant box update', () => {
  it('--box checks on the plain UI against "> installed" and tries the newer version', async () => {
    const s = await withBox();
    const r = await s.exec('vagrant box update --box rockylinux/9');
    expect(r.stdout).toMatch(
      /^Checking for updates to 'rockylinux\/9'\nLatest installed version: 5\.0\.0\nVersion constraints: > 5\.0\.0\nProvider: virtualbox\nArchitecture: "amd64"\nUpdating 'rockylinux\/9' with provider 'virtualbox' from version\n'5\.0\.0' to '6\.0\.0'\.\.\.\n/,
    );
    const p = await s.exec('vagrant box update --box rockylinux/9 --provider libvirt');
    expect(p.stderr).toBe("The box 'rockylinux/9' isn't installed for the provider 'libvirt'.\nPlease double-check and try again. The installed providers for\nthe box are shown below:\n\nvirtualbox\n");
  });
  it("a machine's box within its constraint is the latest version", async () => {
    const s = await withBox();
    const r = await s.exec('vagrant box update');
    expect(r.stdout).toBe(
      "==> default: Checking for updates to 'rockylinux/9'\n    default: Latest installed version: 5.0.0\n    default: Version constraints: 5.0.0\n    default: Provider: virtualbox\n    default: Architecture: \"amd64\"\n==> default: Box 'rockylinux/9' (v5.0.0) is running the latest version.\n\n",
    );
  });
});

describe('vagrant box repackage', () => {
  it('packs the installed box into package.box without a word', async () => {
    const s = await withBox();
    const r = await s.exec('vagrant box repackage rockylinux/9 virtualbox 5.0.0');
    expect({ out: r.stdout, err: r.stderr, code: r.exitCode }).toEqual({ out: '\n', err: '', code: 0 });
    expect(s.world.host('host').fs.isFile(`${DIR}\\package.box`)).toBe(true);
  });
});

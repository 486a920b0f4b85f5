// vagrant plugin, package, cloud, login and the commands that need a WinRM/RDP/SSH machine, on the Windows host.
// Texts: Vagrant 2.4.3's templates/locales/en.yml (vagrant.commands.plugin.*, vagrant.actions.*, errors.*),
// command_rdp.yml, command_ps.yml, comm_winrm.yml, providers_hyperv.yml and plugins/commands/cloud/locales/en.yml;
// RubyGems' "Fetching NAME.gem" (Gem::StreamUI::ThreadedDownloadReporter). What runs without a machine is compared
// with the recordings in tests/golden/vagrant/2.4 (vagrant-golden.test.ts).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = `${DIR}\\Vagrantfile`;
const SINGLE = 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\nend\n';
const host = (files: Record<string, string> = {}) => createSession({ lab: 'host', seed: 3, files });
// cmd.exe's blank line before its next prompt
const out = (t: string) => t + '\n';

describe('vagrant plugin', () => {
  it('install fetches the plugin and its dependency, list shows it, uninstall removes it', async () => {
    const s = await host();
    expect((await s.exec('vagrant plugin list')).stdout).toBe(out('No plugins installed.\n'));
    let r = await s.exec('vagrant plugin install vagrant-vbguest');
    expect(r.stdout).toBe(
      out("Installing the 'vagrant-vbguest' plugin. This can take a few minutes...\nFetching micromachine-3.0.0.gem\nFetching vagrant-vbguest-0.32.0.gem\nInstalled the plugin 'vagrant-vbguest (0.32.0)'!\n"),
    );
    expect(r.exitCode).toBe(0);
    expect((await s.exec('vagrant plugin list')).stdout).toBe(out('vagrant-vbguest (0.32.0, global)\n'));
    // installed gems are not fetched again
    r = await s.exec('vagrant plugin install vagrant-vbguest');
    expect(r.stdout).toBe(out("Installing the 'vagrant-vbguest' plugin. This can take a few minutes...\nInstalled the plugin 'vagrant-vbguest (0.32.0)'!\n"));
    r = await s.exec('vagrant plugin uninstall vagrant-vbguest');
    expect(r.stdout).toBe(out("Uninstalling the 'vagrant-vbguest' plugin...\n"));
    expect((await s.exec('vagrant plugin list')).stdout).toBe(out('No plugins installed.\n'));
    r = await s.exec('vagrant plugin uninstall vagrant-vbguest');
    expect(r.stderr).toBe("The plugin 'vagrant-vbguest' is not currently installed.\n");
    expect(r.exitCode).toBe(1);
  });

  it('a version constraint is kept, shown by list and loosened by update', async () => {
    const s = await host();
    let r = await s.exec('vagrant plugin install vagrant-vbguest --plugin-version 0.31.0');
    expect(r.stdout).toBe(
      out("Installing the 'vagrant-vbguest --version '0.31.0'' plugin. This can take a few minutes...\nFetching micromachine-3.0.0.gem\nFetching vagrant-vbguest-0.31.0.gem\nInstalled the plugin 'vagrant-vbguest (0.31.0)'!\n"),
    );
    expect((await s.exec('vagrant plugin list')).stdout).toBe(out('vagrant-vbguest (0.31.0, global)\n  - Version Constraint: 0.31.0\n'));
    r = await s.exec('vagrant plugin update');
    expect(r.stdout).toBe(out("Updating installed plugins...\nFetching vagrant-vbguest-0.32.0.gem\nUpdated 'vagrant-vbguest' to version '0.32.0'!\n"));
    expect((await s.exec('vagrant plugin update')).stdout).toBe(out('Updating installed plugins...\nAll plugins are up to date.\n'));
  });

  it('an unknown gem fails to resolve', async () => {
    const s = await host();
    const r = await s.exec('vagrant plugin install vagrant-nosuch');
    expect(r.stdout).toBe(out("Installing the 'vagrant-nosuch' plugin. This can take a few minutes...\n"));
    expect(r.stderr).toBe(
      "Vagrant failed to properly resolve required dependencies. These\nerrors can commonly be caused by misconfigured plugin installations\nor transient network issues. The reported error is:\n\nUnable to resolve dependency: user requested 'vagrant-nosuch (> 0)'\n",
    );
    expect(r.exitCode).toBe(1);
  });

  it('expunge asks whether to reinstall, then to continue', async () => {
    const s = await host();
    await s.exec('vagrant plugin install vagrant-vbguest');
    let r = await s.exec('vagrant plugin expunge', { answers: ['', 'n'] });
    expect(r.stdout).toContain('Would you like Vagrant to attempt to reinstall current plugins? [N]: ');
    expect(r.stdout).toContain('\nContinue? [N]: ');
    expect(r.stdout).toContain('\nVagrant expunge has been declined. Skipping removal of plugins.\n');
    r = await s.exec('vagrant plugin expunge', { answers: ['n', 'y'] });
    expect(r.stdout).toContain('\nAll user installed plugins have been removed from this Vagrant environment!\n');
    expect((await s.exec('vagrant plugin list')).stdout).toBe(out('No plugins installed.\n'));
  });

  it('license needs the plugin and the file', async () => {
    const s = await host({ [`${DIR}\\lic.txt`]: 'KEY\n' });
    await s.exec('vagrant plugin install vagrant-vbguest');
    let r = await s.exec('vagrant plugin license vagrant-vbguest nofile');
    expect(r.stderr).toBe("The license file to install could not be found. Please verify\nthe path you gave is correct. The path to the license file given\nwas: 'nofile'\n");
    r = await s.exec('vagrant plugin license vagrant-vbguest lic.txt');
    expect(r.stdout).toBe(out("Installing license for 'vagrant-vbguest'...\nThe license for 'vagrant-vbguest' was successfully installed!\n"));
  });
});

describe('vagrant package', () => {
  it('halts the running machine, exports it and writes package.box; a second run finds the file', async () => {
    const s = await host({ [VF]: SINGLE });
    await s.exec('vagrant up');
    let r = await s.exec('vagrant package');
    const PROGRESS = Array.from({ length: 11 }, (_, i) => `\r\x1b[KProgress: ${i * 10}%`).join('') + '\r\x1b[K';
    expect(r.stdout).toBe(
      out(
        '==> default: Attempting graceful shutdown of VM...\n==> default: Clearing any previously set forwarded ports...\n==> default: Exporting VM...\n' +
          PROGRESS +
          '==> default: Compressing package to: D:/3_VMs/HashiCorp/package.box\n',
      ),
    );
    expect(r.exitCode).toBe(0);
    expect(s.world.host('host').fs.isFile(`${DIR}\\package.box`)).toBe(true);
    expect((await s.exec('vagrant status')).stdout).toContain('default                   poweroff (virtualbox)');
    r = await s.exec('vagrant package');
    expect(r.stderr).toBe("The specified file 'package.box' to save the package as already exists. Please\nremove this file or specify a different file name for outputting.\n");
    r = await s.exec('vagrant package --output rocky.box');
    expect(r.stdout).not.toContain('Attempting graceful shutdown');
    expect(r.stdout).toContain('==> default: Compressing package to: D:/3_VMs/HashiCorp/rocky.box\n');
  });

  it('a machine not created is skipped', async () => {
    const s = await host({ [VF]: SINGLE });
    expect((await s.exec('vagrant package')).stdout).toBe(out('==> default: VM not created. Moving on...\n'));
  });
});

describe('vagrant cloud', () => {
  it('search prints the table of util.rb print_search_table, short and JSON forms, and no results', async () => {
    const s = await host();
    let r = await s.exec('vagrant cloud search rockylinux');
    expect(r.stdout).toBe(
      out(
        '| NAME         | VERSION | DOWNLOADS | PROVIDERS                           | ARCHITECTURES       |\n' +
          '+--------------+---------+-----------+-------------------------------------+---------------------+\n' +
          '| rockylinux/9 | 6.0.0   |   905,126 | virtualbox, libvirt, vmware_desktop | amd64, amd64, amd64 |\n' +
          '+--------------+---------+-----------+-------------------------------------+---------------------+\n',
      ),
    );
    expect((await s.exec('vagrant cloud search rocky --short')).stdout).toBe(out('generic/rocky9\nrockylinux/9\n'));
    r = await s.exec('vagrant cloud search rockylinux -j');
    expect(JSON.parse(r.stdout)).toEqual([{ name: 'rockylinux/9', version: '6.0.0', downloads: '905,126', providers: 'virtualbox, libvirt, vmware_desktop', architectures: 'amd64, amd64, amd64' }]);
    r = await s.exec('vagrant cloud search nothing-like-it');
    expect(r.stdout).toBe(out('No results found for `nothing-like-it`\n'));
    expect(r.exitCode).toBe(0);
  });

  it('login asks for the account and the server refuses it; whoami and logout', async () => {
    const s = await host();
    const r = await s.exec('vagrant login', { answers: ['someone', 'pw', ''] });
    expect(r.stderr).toBe('WARNING: This command has been deprecated and aliased to `vagrant cloud auth login`\nInvalid username or password. Please try again.\n');
    expect(r.stdout).toContain("In a moment we will ask for your username and password to HashiCorp's\nVagrant Cloud.");
    expect(r.stdout).toContain('Vagrant Cloud username or email: ');
    expect(r.stdout).toContain('Token description (Defaults to "Vagrant login from DESKTOP-7Q2K4VB"): ');
    expect(r.exitCode).toBe(1);
    expect((await s.exec('vagrant cloud auth login --check')).stderr).toBe('You are not currently logged in. Please run `vagrant login` and provide\nyour login information to authenticate.\n');
  });
});

describe('commands that need a machine of another kind', () => {
  it('rdp, winrm, winrm-config, powershell and push on a Linux guest', async () => {
    const s = await host({ [VF]: SINGLE });
    expect((await s.exec('vagrant rdp')).stderr).toBe('VM must be created before running this command. Run `vagrant up` first.\n');
    expect((await s.exec('vagrant winrm-config')).stderr).toBe(
      'The box is not able to report an address for WinRM to connect to yet.\nWinRM cannot access this Vagrant environment. Please wait for the\nVagrant environment to be running and try again.\n',
    );
    await s.exec('vagrant up');
    let r = await s.exec('vagrant rdp');
    expect(r.stdout).toBe(out('==> default: Detecting RDP info...\n'));
    expect(r.stderr).toMatch(/^RDP connection information for this machine could not be\ndetected\./);
    expect((await s.exec('vagrant winrm -c hostname')).stderr).toBe(
      'The winrm command requires a WinRM communicator to be used when connecting\nto the guest. Please update your configuration and try the command again.\n',
    );
    expect((await s.exec('vagrant winrm-config')).stdout).toBe(out('Host default\n  HostName 127.0.0.1\n  User vagrant\n  Password vagrant\n  Port 5985\n\n'));
    expect((await s.exec('vagrant push')).stderr).toMatch(/^The Vagrantfile does not define any 'push' strategies\./);
  });

  it('upload copies a host file into the SSH user home', async () => {
    const s = await host({ [VF]: SINGLE, [`${DIR}\\notes.txt`]: 'hello\n' });
    await s.exec('vagrant up');
    const r = await s.exec('vagrant upload notes.txt');
    expect(r.stdout).toBe(out('Uploading notes.txt to notes.txt\nUpload has completed successfully!\n\n  Source: notes.txt\n  Destination: notes.txt\n'));
    const guest = [...s.world.hosts.values()].find((h) => h.id !== 'host')!;
    expect(guest.fs.read('/home/vagrant/notes.txt')).toBe('hello\n');
  });

  it('up --provider: hyperv is not usable without elevation, docker without docker, a wrong case gets a suggestion', async () => {
    const s = await host({ [VF]: SINGLE });
    let r = await s.exec('vagrant up --provider=hyperv');
    expect(r.stderr).toBe(
      "The provider 'hyperv' that was requested to back the machine\n'default' is reporting that it isn't usable on this system. The\nreason is shown below:\n\nThe Hyper-V provider requires that Vagrant be run with\nadministrative privileges. This is a limitation of Hyper-V itself.\nHyper-V requires administrative privileges for management\ncommands. Please restart your console with administrative\nprivileges and try again.\n",
    );
    expect(r.exitCode).toBe(1);
    r = await s.exec('vagrant up --provider=docker');
    expect(r.stderr).toContain("The executable 'docker' Vagrant is trying to run was not\nfound in the %PATH% variable.");
    r = await s.exec('vagrant up --provider=VirtualBox');
    expect(r.stderr).toBe(
      "The provider 'VirtualBox' could not be found, but was requested to\nback the machine 'default'. Please use a provider that exists.\n\nDid you mean 'virtualbox'?\n\nVagrant knows about the following providers: docker, hyperv, virtualbox\n",
    );
  });

  it('autocomplete install lists an empty entry per shell without a start-up file', async () => {
    const s = await host();
    expect((await s.exec('vagrant autocomplete install')).stdout).toBe(out('Autocomplete installed at paths:\n- \n- \n'));
    expect((await s.exec('vagrant autocomplete install --bash')).stdout).toBe(out('Autocomplete installed at paths:\n- \n'));
  });
});

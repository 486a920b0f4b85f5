import { describe, expect, it } from 'vitest';
import { createSession, vagrantUpInstant } from '../../../src/sim/index';
import { parseVagrantfile } from '../../../src/sim/vagrant/vagrantfile';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = `${DIR}\\Vagrantfile`;
const single = (box = 'rockylinux/9', version = '5.0.0') => `Vagrant.configure("2") do |config|\n  config.vm.box = "${box}"\n  config.vm.box_version = "${version}"\nend\n`;

const LAB = `# -*- mode: ruby -*-
# vi: set ft=ruby :
N = 2
Vagrant.configure("2") do |config|
  config.vm.box = "rockylinux/9"
  config.vm.box_version = "5.0.0"
  config.vm.define "m-k8s", primary: true do |cfg|
    cfg.vm.hostname = "m-k8s"
    cfg.vm.network "private_network", ip: "192.168.56.10"
    cfg.vm.network "forwarded_port", guest: 22, host: 60010, auto_correct: true, id: "ssh"
    cfg.vm.provider "virtualbox" do |vb|
      vb.name = "m-k8s(github_SysNet4Admin)"
      vb.cpus = 2
      vb.memory = 3072
      vb.customize ["modifyvm", :id, "--groups", "/k8s"]
    end
    cfg.vm.provision "shell", inline: <<-SHELL
      echo "provisioning $(hostname)"
      swapoff -a
      modprobe br_netfilter
    SHELL
  end
  (1..N).each do |i|
    config.vm.define "w#{i}-k8s" do |cfg|
      cfg.vm.hostname = "w#{i}-k8s"
      cfg.vm.network "private_network", ip: "192.168.56.10#{i}"
      cfg.vm.network "forwarded_port", guest: 22, host: "6010#{i}", auto_correct: true, id: "ssh"
      cfg.vm.provision "shell", path: "worker.sh", args: [ N, "w#{i}" ]
    end
  end
end
`;

async function host(files: Record<string, string> = {}) {
  return createSession({ lab: 'host', seed: 7, files });
}

describe('vagrant init', () => {
  it('writes the commented template, -m the minimal one, --box-version adds the version line', async () => {
    const s = await host();
    await s.exec('vagrant init rockylinux/9 --box-version 5.0.0');
    const text = s.world.host('host').fs.read(VF) as string;
    expect(text).toContain('  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\n\n  # Disable automatic box update checking.');
    const r = await s.exec('vagrant init -f -m hashicorp/bionic64');
    expect(r.exitCode).toBe(0);
    expect(s.world.host('host').fs.read(VF)).toBe('# -*- mode: ruby -*-\n# vi: set ft=ruby :\n\nVagrant.configure("2") do |config|\n  config.vm.box = "hashicorp/bionic64"\nend\n');
  });
  it('--output - prints the file; -h prints the usage', async () => {
    const s = await host();
    const r = await s.exec('vagrant init --output - -m');
    expect(r.stdout).toContain('config.vm.box = "base"');
    expect(s.world.host('host').fs.exists(VF)).toBe(false);
    const h = await s.exec('vagrant init -h');
    expect(h.stdout).toMatch(/^Usage: vagrant init \[options\] \[name \[url\]\]\n\nOptions:\n\n {8}--box-version VERSION {8}Version of the box to add\n {4}-f, --force {22}Overwrite existing Vagrantfile\n/);
  });
});

describe('vagrant without an environment', () => {
  it.each(['up', 'status', 'ssh', 'halt', 'destroy', 'provision', 'reload', 'suspend', 'resume', 'validate'])('%s needs a Vagrantfile', async (sub) => {
    const s = await host();
    const r = await s.exec(`vagrant ${sub}`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('A Vagrant environment or target machine is required to run this\ncommand. Run `vagrant init` to create a new Vagrant environment. Or,\nget an ID of a target machine from `vagrant global-status` to run\nthis command on. A final option is to change to a directory with a\nVagrantfile and to try again.\n');
  });
  it('version, help, unknown subcommand, global-status with nothing', async () => {
    const s = await host();
    expect((await s.exec('vagrant --version')).stdout).toBe('Vagrant 2.4.3\n\n');
    expect((await s.exec('vagrant -v')).stdout).toBe('Vagrant 2.4.3\n\n');
    const h = await s.exec('vagrant');
    expect(h.exitCode).toBe(1);
    expect(h.stdout).toContain('Usage: vagrant [options] <command> [<args>]');
    expect(h.stdout).toContain('     destroy         stops and deletes all traces of the vagrant machine\n');
    expect((await s.exec('vagrant fly')).exitCode).toBe(1);
    const g = await s.exec('vagrant global-status');
    expect(g.stdout).toBe(
      'id       name   provider state  directory                           \n' + '-'.repeat(68) + '\n' +
        "There are no active Vagrant environments on this computer! Or,\nyou haven't destroyed and recreated Vagrant environments that were\nstarted with an older version of Vagrant.\n\n",
    );
    expect((await s.exec('vagrant box list')).stdout).toBe('There are no installed boxes! Use `vagrant box add` to add some.\n\n');
  });
});

describe('boxes', () => {
  it('an unknown box fails with the catalog error', async () => {
    const s = await host({ [VF]: single('nobody/nothing', '') });
    const r = await s.exec('vagrant up');
    expect(r.stderr).toContain("The box 'nobody/nothing' could not be found or could not be accessed in the remote catalog. \n");
    expect(r.stderr).toContain('URL: ["https://vagrantcloud.com/nobody/nothing"]\nError: The requested URL returned error: 404\n');
  });
  it('box add asks for the provider, box list shows it, box remove removes it', async () => {
    const s = await host();
    const r = await s.exec('vagrant box add rockylinux/9 --box-version 5.0.0', { answers: ['9', '2'] });
    expect(r.stdout).toContain('This box can work with multiple providers! The providers that it\ncan work with are listed below. Please review the list and choose\nthe provider you will be working with.\n\n1) libvirt\n2) virtualbox\n3) vmware_desktop\n\nEnter your choice: 9\nInvalid choice. Try again: 2\n');
    expect(r.stdout).toContain("==> box: Successfully added box 'rockylinux/9' (v5.0.0) for 'virtualbox (amd64)'!");
    expect((await s.exec('vagrant box list')).stdout).toBe('rockylinux/9 (virtualbox, 5.0.0, (amd64))\n\n');
    const again = await s.exec('vagrant box add rockylinux/9 --provider virtualbox');
    expect(again.exitCode).toBe(0);
    const rm = await s.exec('vagrant box remove rockylinux/9');
    expect(rm.stdout).toBe("Removing box 'rockylinux/9' (v5.0.0) with provider 'virtualbox'...\n\n");
    const rm2 = await s.exec('vagrant box remove rockylinux/9');
    expect(rm2.stderr).toBe("The box you requested to be removed could not be found. No\nboxes named 'rockylinux/9' could be found.\n");
  });
  it('a version constraint picks the newest match', async () => {
    const s = await host({ [VF]: single('generic/rocky9', '>= 4.3.4, < 4.3.12') });
    const r = await s.exec('vagrant up');
    expect(r.stdout).toContain("Adding box 'generic/rocky9' (v4.3.10)");
  });
});

describe('machine lifecycle', () => {
  it('status, halt, up again, suspend, resume, reload, destroy declined and accepted', async () => {
    const s = await host({ [VF]: single() });
    let r = await s.exec('vagrant status');
    expect(r.stdout).toContain('default                   not created (virtualbox)\n');
    await s.exec('vagrant up');
    r = await s.exec('vagrant up');
    expect(r.stdout).toBe("Bringing machine 'default' up with 'virtualbox' provider...\n==> default: Checking if box 'rockylinux/9' version '5.0.0' is up to date...\n==> default: Machine already provisioned. Run `vagrant provision` or use the `--provision`\n==> default: flag to force provisioning. Provisioners marked to run always will still run.\n\n");
    r = await s.exec('vagrant halt');
    expect(r.stdout).toBe('==> default: Attempting graceful shutdown of VM...\n\n');
    r = await s.exec('vagrant status');
    expect(r.stdout).toContain('default                   poweroff (virtualbox)\n\nThe VM is powered off. To restart the VM, simply run `vagrant up`\n');
    r = await s.exec('vagrant ssh');
    expect(r.stderr).toBe('VM must be running to open SSH connection. Run `vagrant up`\nto start the virtual machine.\n');
    r = await s.exec('vagrant up');
    expect(r.stdout).toContain('==> default: Clearing any previously set forwarded ports...\n');
    expect(r.stdout).toContain('==> default: Machine already provisioned. Run `vagrant provision` or use the `--provision`\n==> default: flag to force provisioning. Provisioners marked to run always will still run.\n');
    r = await s.exec('vagrant suspend');
    expect(r.stdout).toBe('==> default: Saving VM state and suspending execution...\n\n');
    expect((await s.exec('vagrant status')).stdout).toContain('default                   saved (virtualbox)\n\nTo resume this VM, simply run `vagrant up`.\n');
    r = await s.exec('vagrant resume');
    expect(r.stdout).toContain('==> default: Resuming suspended VM...\n');
    r = await s.exec('vagrant reload');
    expect(r.stdout).toContain('==> default: Attempting graceful shutdown of VM...\n');
    expect(r.stdout).toContain('==> default: Machine booted and ready!\n');
    r = await s.exec('vagrant destroy', { answers: ['n'] });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe("    default: Are you sure you want to destroy the 'default' VM? [y/N] n\n==> default: The VM 'default' will not be destroyed, since the confirmation\n==> default: was declined.\n\n");
    r = await s.exec('vagrant destroy -f');
    expect(r.stdout).toBe('==> default: Forcing shutdown of VM...\n==> default: Destroying VM and associated drives...\n\n');
    r = await s.exec('vagrant destroy -f');
    expect(r.stdout).toBe('==> default: VM not created. Moving on...\n\n');
    r = await s.exec('vagrant ssh');
    expect(r.stderr).toBe('VM must be created before running this command. Run `vagrant up` first.\n');
    expect(s.world.checkConsistency()).toEqual([]);
  });
  it('halt emits a machine-state event for extensions', async () => {
    const s = await host({ [VF]: single() });
    await s.exec('vagrant up');
    const events: string[] = [];
    s.world.on('machine-state', (e) => events.push(`${e.machine}:${e.from}->${e.to}`));
    await s.exec('vagrant halt');
    expect(events).toEqual(['default:running->poweroff']);
    expect(s.world.host('default').up).toBe(false);
  });
  it('a question is answered by the next submitted line, Ctrl+C aborts it', async () => {
    const s = await host({ [VF]: single() });
    await s.exec('vagrant up');
    const r = await s.exec('vagrant destroy');
    expect(r.exitCode).toBeNull();
    expect(s.question).toBe("    default: Are you sure you want to destroy the 'default' VM? [y/N] ");
    await s.interrupt();
    expect(s.busy).toBe(false);
    expect(s.world.project(DIR)!.machines.get('default')!.state).toBe('running');
  });
  it('Ctrl+C during up prints the cleanup lines', async () => {
    const s = await host({ [VF]: single() });
    const out: string[] = [];
    s.on('output', (c) => out.push(c.text));
    await s.submit('vagrant up');
    await s.advance(45_000);
    expect(out.join('')).toContain('==> default: Waiting for machine to boot.');
    await s.interrupt();
    await s.settle();
    const text = out.join('');
    expect(text).toMatch(/\^C\n==> default: Waiting for cleanup before exiting...\n==> default: Forcing shutdown of VM...\n==> default: Destroying VM and associated drives...\n/);
    expect(text).toContain('Vagrant exited after cleanup due to external interrupt.\n');
    expect(s.world.project(DIR)!.machines.get('default')!.state).toBe('not_created');
    expect(s.busy).toBe(false);
    expect(s.world.checkConsistency()).toEqual([]);
  });
});

describe('multi-machine Vagrantfile', () => {
  it('brings every machine up with interleaved lines, hostnames and private IPs; ssh needs a name', async () => {
    const s = await host({ [VF]: LAB, [`${DIR}\\worker.sh`]: 'echo "worker $2 of $1 on $(hostname)"\nfor (( i=1; i<=$1; i++ )); do echo "192.168.56.10$i w$i-k8s" >> /etc/hosts; done\n' });
    const r = await s.exec('vagrant up');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.startsWith("Bringing machine 'm-k8s' up with 'virtualbox' provider...\nBringing machine 'w1-k8s' up with 'virtualbox' provider...\nBringing machine 'w2-k8s' up with 'virtualbox' provider...\n==> m-k8s: Box 'rockylinux/9' could not be found.")).toBe(true);
    expect(r.stdout).toContain('==> m-k8s: Setting the name of the VM: m-k8s(github_SysNet4Admin)\n');
    expect(r.stdout).toContain("    m-k8s: 22 (guest) => 60010 (host) (adapter 1)\n==> m-k8s: Running 'pre-boot' VM customizations...\n==> m-k8s: Booting VM...\n");
    expect(r.stdout).toContain('    w2-k8s: 22 (guest) => 60102 (host) (adapter 1)\n');
    expect(r.stdout).toContain('==> m-k8s: Running provisioner: shell...\n    m-k8s: Running: inline script\n    m-k8s: provisioning m-k8s\n');
    expect(r.stdout).toMatch(/    w1-k8s: Running: C:\/Users\/user\/AppData\/Local\/Temp\/vagrant-shell\d{8}-\d{4}-[a-z0-9]{7}\.sh\n    w1-k8s: worker w1 of 2 on w1-k8s\n/);
    const m = s.world.host('m-k8s');
    expect(m.hostname).toBe('m-k8s');
    expect(m.ifaces.find((i) => i.name === 'eth1')!.addr).toBe('192.168.56.10');
    expect(m.sys!.swapOn).toBe(false);
    expect(m.sys!.modules.has('br_netfilter')).toBe(true);
    expect(m.sys!.cpus).toBe(2);
    expect(s.world.host('w2-k8s').ifaces.find((i) => i.name === 'eth1')!.addr).toBe('192.168.56.102');
    expect(s.world.host('w1-k8s').fs.read('/etc/hosts')).toContain('192.168.56.101 w1-k8s\n192.168.56.102 w2-k8s\n');
    // primary machine is the default ssh target
    await s.exec('vagrant ssh');
    expect(s.prompt()).toBe('[vagrant@m-k8s ~]$ ');
    await s.exec('exit');
    const st = await s.exec('vagrant status w1-k8s');
    expect(st.stdout).toContain('w1-k8s                    running (virtualbox)\n\nThe VM is running.');
    const bad = await s.exec('vagrant ssh w9-k8s');
    expect(bad.stderr).toBe("The machine with the name 'w9-k8s' was not found configured for\nthis Vagrant environment.\n");
    const c = await s.exec('vagrant ssh w1-k8s -c "hostname"');
    expect(c.stdout).toBe('w1-k8s\n\n');
    expect(c.stderr).toBe('Connection to 127.0.0.1 closed.\n');
    const d = await s.exec('vagrant destroy -f');
    expect(d.stdout.indexOf('==> w2-k8s: Destroying')).toBeLessThan(d.stdout.indexOf('==> m-k8s: Destroying'));
  });
  it('vagrantUpInstant prepares a lab without output', async () => {
    const s = await host({ [VF]: LAB, [`${DIR}\\worker.sh`]: 'true\n' });
    const p = await vagrantUpInstant(s.world, DIR);
    expect([...p.machines.values()].map((m) => `${m.name}:${m.state}`)).toEqual(['m-k8s:running', 'w1-k8s:running', 'w2-k8s:running']);
  });
  it('a missing provisioner script is a configuration error', async () => {
    const s = await host({ [VF]: LAB });
    const r = await s.exec('vagrant up w1-k8s');
    expect(r.stderr).toBe('There are errors in the configuration of this machine. Please fix\nthe following errors and try again:\n\nshell provisioner:\n* `path` for shell provisioner does not exist on the host system: D:/3_VMs/HashiCorp/worker.sh\n\n');
  });
});

describe('Vagrantfile errors', () => {
  it('a missing end is a Ruby syntax error', async () => {
    const s = await host({ [VF]: 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n' });
    const r = await s.exec('vagrant up');
    expect(r.stderr).toBe("Vagrant failed to initialize at a very early stage:\n\nThere is a syntax error in the following Vagrantfile. The syntax error\nmessage is reproduced below for convenience:\n\nD:/3_VMs/HashiCorp/Vagrantfile:3: syntax error, unexpected end-of-input, expecting `end'\n");
  });
  it('an unterminated string', async () => {
    const r = parseVagrantfile('Vagrant.configure("2") do |config|\n  config.vm.box = "rocky\nend\n');
    expect(r).toMatchObject({ ok: false, kind: 'syntax' });
    expect(!r.ok && r.message).toContain('unterminated string meets end of file');
  });
  // config/loader.rb: the line is the backtrace's first part with a digit, the lab's path (3_VMs) itself: 0; the
  // message is cut after the name (recorded: validate-name-error, validate-typo)
  it('an undefined variable is a NameError, line 0 in the lab folder', async () => {
    const s = await host({ [VF]: 'Vagrant.configure("2") do |config|\n  config.vm.box = boxname\nend\n' });
    const r = await s.exec('vagrant validate');
    expect(r.stderr).toBe("Vagrant failed to initialize at a very early stage:\n\nThere was an error loading a Vagrantfile. The file being loaded\nand the error message are shown below. This is usually caused by\nan invalid or undefined variable.\n\nPath: D:/3_VMs/HashiCorp/Vagrantfile\nLine number: 0\nMessage: undefined local variable or method `boxname'\n");
  });
  it('unknown settings and a missing box are configuration errors', async () => {
    const s = await host({ [VF]: 'Vagrant.configure("2") do |config|\n  config.vm.boxx = "rockylinux/9"\n  config.vm.provider "virtualbox" do |vb|\n    vb.memroy = 1024\n  end\nend\n' });
    const r = await s.exec('vagrant validate');
    expect(r.stderr).toBe("There are errors in the configuration of this machine. Please fix\nthe following errors and try again:\n\nvm:\n* The following settings shouldn't exist: boxx\n* A box must be specified.\n\nVirtualBox Provider:\n* The following settings shouldn't exist: memroy\n\n");
  });
  it('validate succeeds on a good file', async () => {
    const s = await host({ [VF]: LAB });
    expect((await s.exec('vagrant validate')).stdout).toBe('Vagrantfile validated successfully.\n\n');
  });
  it('ENV lookups fall back to defaults, has_plugin? is false', () => {
    const r = parseVagrantfile('K8S = ENV["K8S_VERSION"] || "1.28"\nVagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.hostname = "k8s-#{K8S}"\n  if Vagrant.has_plugin?("vagrant-vbguest")\n    config.vbguest.auto_update = false\n  end\nend\n');
    expect(r.ok && r.machines[0].hostname).toBe('k8s-1.28');
    expect(r.ok && r.errors.size).toBe(0);
  });
  it('the parser evaluates loops, interpolation, arithmetic and conditionals', () => {
    const r = parseVagrantfile(`
      BASE = 100
      names = ["a", "b"]
      Vagrant.configure("2") do |config|
        config.vm.box = "rockylinux/9"
        names.each_with_index do |n, i|
          config.vm.define "node-#{n}" do |c|
            c.vm.network "private_network", ip: "10.0.0.#{BASE + i * 2}"
            c.vm.hostname = n == "a" ? "alpha" : "beta"
            c.vm.provider :virtualbox do |vb|
              vb.memory = 512 * (i + 1) if i > 0
            end
          end
        end
        3.times { |k| config.vm.provision "shell", inline: "echo #{k}" }
      end`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.machines.map((m) => [m.name, m.hostname, m.privateIps[0], m.memory])).toEqual([
      ['node-a', 'alpha', '10.0.0.100', null],
      ['node-b', 'beta', '10.0.0.102', 1024],
    ]);
    expect(r.machines[0].provisioners.map((p) => p.inline)).toEqual(['echo 0', 'echo 1', 'echo 2']);
  });
});

describe('completion', () => {
  it('completes subcommands, flags and machine names', async () => {
    const s = await host({ [VF]: LAB });
    expect(s.complete('vagrant st').candidates).toEqual(['status']);
    expect(s.complete('vagrant destroy --f').candidates).toEqual(['--force']);
    expect(s.complete('vagrant ssh w').candidates).toEqual(['w1-k8s', 'w2-k8s']);
    expect(s.complete('vag')).toEqual({ start: 0, candidates: ['vagrant'] });
    expect(s.complete('type Vag')).toEqual({ start: 5, candidates: ['Vagrantfile'] });
  });
});

describe('vagrant up checks the guest additions', () => {
  it('rockylinux/9 5.0.0 carries Guest Additions 6.1.40 (its kickstart), VirtualBox is 7.1: the mismatch detail', async () => {
    const s = await createSession({ lab: 'host', seed: 1, files: { [VF]: single() } });
    const r = await s.exec('vagrant up');
    expect(r.stdout).toContain(
      '==> default: Checking for guest additions in VM...\n    default: The guest additions on this VM do not match the installed version of\n    default: VirtualBox! In most cases this is fine',
    );
    expect(r.stdout).toContain('    default: Guest Additions Version: 6.1.40\n    default: VirtualBox Version: 7.1\n==> default: Mounting shared folders...\n');
  });
});

// The remaining guest and Vagrant commands and their error paths.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';
import { plain } from './plain';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\n  config.vm.provision "shell", inline: "echo provisioned as $(whoami)"\nend\n';
const vm = () => createSession({ lab: 'vm', seed: 21 });

describe('guest commands', () => {
  it('printf, env, printenv, unset, which, type, source, bash -c, sh script', async () => {
    const s = await vm();
    expect((await s.exec('printf "%s-%s\\n" a b')).stdout).toBe('a-b\n');
    await s.exec('export A=1');
    expect((await s.exec('printenv A')).stdout).toBe('1\n');
    await s.exec('unset A');
    expect((await s.exec('printenv A')).exitCode).toBe(1);
    // the login shell's which is which2.sh's function: aliases first, then the path of the command they run
    expect((await s.exec('which ls')).stdout).toBe("alias ls='ls --color=auto'\n\t/usr/bin/ls\n");
    expect((await s.exec('which kubectl')).stderr).toBe('/usr/bin/which: no kubectl in (/home/vagrant/.local/bin:/home/vagrant/bin:/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin)\n');
    expect((await s.exec('type cd')).stdout).toBe('cd is a shell builtin\n');
    // System tools live in /usr/sbin on Rocky 9, and which and type agree.
    expect((await s.exec('which swapoff ip')).stdout).toBe('/usr/sbin/swapoff\n/usr/sbin/ip\n');
    expect((await s.exec('type sysctl')).stdout).toBe('sysctl is /usr/sbin/sysctl\n');
    expect((await s.exec('type -p ss')).stdout).toBe('/usr/sbin/ss\n');
    expect((await s.exec('type nope')).stderr).toBe('-bash: type: nope: not found\n');
    await s.exec('echo "export B=2" > env.sh');
    await s.exec('source env.sh');
    expect((await s.exec('echo $B')).stdout).toBe('2\n');
    expect((await s.exec('bash -c "echo inner $B"')).stdout).toBe('inner 2\n');
    await s.exec('printf "echo script \\$1\\n" > s.sh');
    expect((await s.exec('sh s.sh arg')).stdout).toBe('script arg\n');
    expect((await s.exec('./s.sh')).stderr).toBe('-bash: ./s.sh: Permission denied\n');
    await s.exec('chmod +x s.sh');
    expect((await s.exec('./s.sh')).stdout).toBe('script\n');
    expect((await s.exec('./missing.sh')).stderr).toBe('-bash: ./missing.sh: No such file or directory\n');
    expect((await s.exec('/usr/bin/whoami')).stdout).toBe('vagrant\n');
  });

  it('sleep waits simulated time; bad intervals fail', async () => {
    const s = await vm();
    const t = s.world.now;
    await s.exec('sleep 5');
    expect(s.world.now - t).toBe(5000);
    expect((await s.exec('sleep x')).stderr).toBe("sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\n");
  });

  it('hostname -I, hostnamectl set-hostname, journalctl, uptime -p, date +format, head and tail of several files', async () => {
    const s = await vm();
    expect((await s.exec('hostname -I')).stdout).toBe('10.0.2.15 \n');
    expect((await s.exec('hostname newname')).stderr).toBe('hostname: you must be root to change the host name\n');
    await s.exec('sudo hostnamectl set-hostname m-k8s');
    expect(s.prompt()).toBe('[vagrant@m-k8s ~]$ ');
    expect((await s.exec('cat /etc/hostname')).stdout).toBe('m-k8s\n');
    expect((await s.exec('journalctl -u containerd')).stdout).toBe('-- No entries --\n');
    expect((await s.exec('uptime -p')).stdout).toBe('up 10 minutes\n');
    expect((await s.exec('date +%F')).stdout).toBe('2025-12-10\n');
    await s.exec('printf "1\\n2\\n" > a; printf "3\\n" > b');
    expect((await s.exec('head -n 1 a b')).stdout).toBe('==> a <==\n1\n\n==> b <==\n3\n');
    expect((await s.exec('cat -n a')).stdout).toBe('     1\t1\n     2\t2\n');
    expect((await s.exec('mv nothing x')).stderr).toBe("mv: cannot stat 'nothing': No such file or directory\n");
    expect((await s.exec('cp a')).stderr).toBe("cp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\n");
    expect((await s.exec('mkdir')).stderr).toBe("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
    expect((await s.exec('rm')).stderr).toBe("rm: missing operand\nTry 'rm --help' for more information.\n");
    expect((await s.exec('touch')).stderr).toBe("touch: missing file operand\nTry 'touch --help' for more information.\n");
  });

  it('ip route and ip -br a; df; free -h after swapoff', async () => {
    const s = await vm();
    expect((await s.exec('ip route')).stdout).toBe('default via 10.0.2.2 dev eth0 proto dhcp src 10.0.2.15 metric 100 \n10.0.2.0/24 dev eth0 proto kernel scope link src 10.0.2.15 metric 100 \n');
    // iproute2 lists the IPv6 link-local address of each interface too (tests/unit/sim/guest/procs.test.ts)
    expect((await s.exec('ip -br a')).stdout).toMatch(/^lo {15}UNKNOWN {8}127\.0\.0\.1\/8 ::1\/128 \neth0 {13}UP {13}10\.0\.2\.15\/24 fe80::[0-9a-f:]+\/64 \n$/);
    expect((await s.exec('ip foo')).stderr).toBe('Object "foo" is unknown, try "ip help".\n');
    expect(plain((await s.exec('ip a show eth0 | grep inet')).stdout)).toMatch(/^ {4}inet 10\.0\.2\.15\/24 brd 10\.0\.2\.255 scope global dynamic noprefixroute eth0\n {4}inet6 fe80::[0-9a-f:]+\/64 scope link noprefixroute \n$/);
    expect((await s.exec('ip addr show dev eth9')).stderr).toBe('Device "eth9" does not exist.\n');
    expect(plain((await s.exec('lsblk | grep SWAP')).stdout)).toBe('├─sda2   8:2    0    2G  0 part [SWAP]\n');
    await s.exec('sudo swapoff -a');
    expect((await s.exec('free -h | tail -1')).stdout).toBe('Swap:             0B          0B          0B\n');
    expect((await s.exec('cat /proc/swaps')).stdout).toBe('Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n');
  });
});

describe('more vagrant commands', () => {
  it('up runs provisioners once; provision and up --provision run them again; --no-provision skips', async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    let r = await s.exec('vagrant up --no-provision');
    expect(r.stdout).not.toContain('Running provisioner');
    expect(r.stdout).toContain('==> default: Machine not provisioned because `--no-provision` is specified.\n');
    r = await s.exec('vagrant provision');
    expect(r.stdout).toBe('==> default: Running provisioner: shell...\n    default: Running: inline script\n    default: provisioned as root\n\n');
    await s.exec('vagrant halt');
    r = await s.exec('vagrant up --provision');
    expect(r.stdout).toContain('    default: provisioned as root\n');
    r = await s.exec('vagrant reload');
    expect(r.stdout).toContain('==> default: Machine already provisioned.');
    r = await s.exec('vagrant halt && vagrant provision');
    expect(r.stdout).toContain('==> default: VM is not currently running. Please, first bring it up with `vagrant up` then run this command.\n');
  });

  it('a failing provisioner stops up with the non-zero exit error', async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF.replace('echo provisioned as $(whoami)', 'dnf install -y nothing-here') } });
    const r = await s.exec('vagrant up');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('    default: No match for argument: nothing-here\n');
    expect(r.stderr).toContain('    default: Error: Unable to find a match: nothing-here\nThe SSH command responded with a non-zero exit status. Vagrant\nassumes that this means the command failed.');
  });

  it("ssh -c runs the command in `bash -l -c '...'` (ssh_run.rb): exit prints no logout, errors are bash -c's, $0 is bash", async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    await s.exec('vagrant up');
    const c = await s.exec('vagrant ssh -c "echo $0; exit 3"');
    expect({ out: c.stdout, err: c.stderr, code: c.exitCode }).toEqual({ out: 'bash\n\n', err: 'Connection to 127.0.0.1 closed.\n', code: 3 });
    const f = await s.exec('vagrant ssh -c "foo"');
    expect({ err: f.stderr, code: f.exitCode }).toEqual({ err: 'bash: line 1: foo: command not found\nConnection to 127.0.0.1 closed.\n', code: 127 });
  });

  it('ssh -c returns the command status; global-status --prune; box remove of a box in use asks', async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    await s.exec('vagrant up');
    const c = await s.exec('vagrant ssh -c "exit 3"');
    expect(c.exitCode).toBe(3);
    expect(c.stderr).toBe('Connection to 127.0.0.1 closed.\n');
    expect((await s.exec('vagrant global-status --prune')).stdout).toMatch(/^id {7}name {4}provider {3}state {3}directory {27}\n-{72}\n[0-9a-f]{7} {2}default virtualbox running D:\/3_VMs\/HashiCorp {18}\n \nThe above shows/);
    const rm = await s.exec('vagrant box remove rockylinux/9', { answers: ['n'] });
    expect(rm.stdout).toBe("Box 'rockylinux/9' (v5.0.0) with provider 'virtualbox' and\narchitectures 'amd64' appears to still be in use by\nat least one Vagrant environment. Removing the box could corrupt\nthe environment. We recommend destroying these environments first:\n\nD:/3_VMs/HashiCorp/Vagrantfile\n\nAre you sure you want to remove this box? [y/N] n\n\n");
    expect((await s.exec('vagrant box remove rockylinux/9 --box-version 1.0.0')).stderr).toBe("You requested to remove the box 'rockylinux/9' version '1.0.0',\nbut that specific version of the box is not installed. Please\ndouble-check and try again. The available versions for this box\nare:\n\n* 5.0.0\n");
    expect((await s.exec('vagrant box add nobody/nothing')).stderr).toContain("The box 'nobody/nothing' could not be found");
    // the hyperv provider exists but is not usable: the console is not elevated (providers_hyperv.yml admin_required)
    expect((await s.exec('vagrant up --provider hyperv')).stderr).toContain("The provider 'hyperv' that was requested to back the machine\n'default' is reporting that it isn't usable on this system.");
    expect((await s.exec('vagrant up --bogus')).stderr).toMatch(/^An invalid option was specified\. The help for this command\nis available below\.\n\nUsage: vagrant up \[options\] \[name\|id\]/);
    // en.yml version_current, version_latest and version_upgrade_howto (2.4.9 is the newest release at the lab's date)
    expect((await s.exec('vagrant version')).stdout).toBe(
      "Installed Version: 2.4.3\nLatest Version: 2.4.9\n \nTo upgrade to the latest version, visit the downloads page and\ndownload and install the latest version of Vagrant from the URL\nbelow:\n\n  https://www.vagrantup.com/downloads.html\n\nIf you're curious what changed in the latest release, view the\nCHANGELOG below:\n\n  https://github.com/hashicorp/vagrant/blob/v2.4.9/CHANGELOG.md\n\n",
    );
    expect((await s.exec('dir /b .vagrant')).stdout).toBe('machines\nrgloader\n\n');
  });

  it('reload applies a changed hostname, private network, CPUs and memory', async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    await s.exec('vagrant up');
    s.saveFile('host', `${DIR}\\Vagrantfile`, VF.replace('end\n', '  config.vm.hostname = "m-k8s"\n  config.vm.network "private_network", ip: "192.168.56.10"\n  config.vm.provider "virtualbox" do |vb|\n    vb.cpus = 4\n    vb.memory = 4096\n  end\nend\n'));
    const r = await s.exec('vagrant reload');
    expect(r.stdout).toContain('    default: Adapter 2: hostonly\n');
    expect(r.stdout).toContain('==> default: Setting hostname...\n==> default: Configuring and enabling network interfaces...\n');
    await s.exec('vagrant ssh');
    expect(s.prompt()).toBe('[vagrant@m-k8s ~]$ ');
    expect((await s.exec('hostname -I')).stdout).toBe('10.0.2.15 192.168.56.10 \n');
    expect((await s.exec('grep -c processor /proc/cpuinfo')).stdout).toBe('4\n');
  });

  it('port and ssh-config describe the running machine', async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    expect((await s.exec('vagrant ssh-config')).stderr).toContain('is not yet ready for SSH. Depending on your provider this can carry\n');
    await s.exec('vagrant up');
    expect((await s.exec('vagrant port')).stdout).toBe('The forwarded ports for the machine are listed below. Please note that\nthese values may differ from values configured in the Vagrantfile if the\nprovider supports automatic port collision detection and resolution.\n\n    22 (guest) => 2222 (host)\n\n');
    expect((await s.exec('vagrant port --guest 22')).stdout).toBe('2222\n\n');
    expect((await s.exec('vagrant port --guest 80')).stderr).toContain('The guest is not currently mapping port 80 to the host machine.');
    const c = await s.exec('vagrant ssh-config');
    expect(c.stdout).toBe('Host default\n  HostName 127.0.0.1\n  User vagrant\n  Port 2222\n  UserKnownHostsFile /dev/null\n  StrictHostKeyChecking no\n  PasswordAuthentication no\n  IdentityFile D:/3_VMs/HashiCorp/.vagrant/machines/default/virtualbox/private_key\n  IdentitiesOnly yes\n  LogLevel FATAL\n  PubkeyAcceptedKeyTypes +ssh-rsa\n  HostKeyAlgorithms +ssh-rsa\n\n\n');
  });

  it('suspend and resume on a stopped VM', async () => {
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    await s.exec('vagrant up');
    await s.exec('vagrant halt');
    expect((await s.exec('vagrant suspend')).stdout).toBe('\n');
    const r = await s.exec('vagrant resume');
    expect(r.stdout).toBe('==> default: Waiting for machine to boot. This may take a few minutes...\n\n');
    expect(r.stderr).toContain("Valid states are 'restoring, running'. The machine is in the\n'poweroff' state.");
    expect(r.exitCode).toBe(1);
  });

  it('box outdated, update and prune', async () => {
    const pinned = 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "4.0.0"\nend\n';
    const s = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: pinned } });
    await s.exec('vagrant up');
    expect((await s.exec('vagrant box outdated --global')).stdout).toBe("* 'rockylinux/9' for 'virtualbox' is outdated! Current: 4.0.0. Latest: 6.0.0\n\n");
    expect((await s.exec('vagrant box outdated')).stdout).toBe("==> default: Checking if box 'rockylinux/9' version '4.0.0' is up to date...\n==> default: Box 'rockylinux/9' (v4.0.0) is running the latest version.\n\n");
    s.saveFile('host', `${DIR}\\Vagrantfile`, pinned.replace('"4.0.0"', '"~> 5.0"'));
    const u = await s.exec('vagrant box update');
    expect(u.stdout).toContain("==> default: Updating 'rockylinux/9' with provider 'virtualbox' from version\n==> default: '4.0.0' to '5.0.0'...\n");
    await s.exec('vagrant destroy -f');
    const p = await s.exec('vagrant box prune');
    expect(p.stdout).toBe("The following boxes will be kept...\nrockylinux/9 (virtualbox, 5.0.0)\n\nChecking for older boxes...\nRemoving box 'rockylinux/9' (v4.0.0) with provider 'virtualbox'...\n\n");
    expect((await s.exec('vagrant box list')).stdout).toBe('rockylinux/9 (virtualbox, 5.0.0, (amd64))\n\n');
  });
});

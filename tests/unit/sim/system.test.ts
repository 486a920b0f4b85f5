import { describe, expect, it } from 'vitest';
import { createSession, registerLazyCommand } from '../../../src/sim/index';
import { findPackages } from '../../../src/sim/data/packages';
import { plain } from './plain';

const vm = () => createSession({ lab: 'vm', seed: 11 });

const K8S_REPO = (minor: string) => `cat <<EOF | sudo tee /etc/yum.repos.d/kubernetes.repo
[kubernetes]
name=Kubernetes
baseurl=https://pkgs.k8s.io/core:/stable:/v${minor}/rpm/
enabled=1
gpgcheck=1
gpgkey=https://pkgs.k8s.io/core:/stable:/v${minor}/rpm/repodata/repomd.xml.key
exclude=kubelet kubeadm kubectl cri-tools kubernetes-cni
EOF`;

describe('the package catalog', () => {
  it('has containerd.io 1.6 and 1.7 and kubeadm/kubelet/kubectl for 1.28 and 1.29', () => {
    const c = findPackages('containerd.io').map((p) => p.version);
    expect(c.some((v) => v.startsWith('1.6.'))).toBe(true);
    expect(c.some((v) => v.startsWith('1.7.'))).toBe(true);
    for (const n of ['kubeadm', 'kubelet', 'kubectl']) {
      const v = findPackages(n).map((p) => p.version);
      expect(v).toContain('1.28.2');
      expect(v).toContain('1.29.0');
      expect(findPackages(n).every((p) => p.release === '150500.1.1')).toBe(true);
    }
  });
});

describe('dnf', () => {
  it('needs root, reports unknown packages, and installs from the repos configured in /etc/yum.repos.d', async () => {
    const s = await vm();
    expect((await s.exec('dnf install -y containerd.io')).stderr).toBe('Error: This command has to be run with superuser privileges (under the root user on most systems).\n');
    let r = await s.exec('sudo dnf install -y containerd.io');
    expect(r.stdout).toContain('No match for argument: containerd.io\n');
    expect(r.stderr).toBe('Error: Unable to find a match: containerd.io\n');
    expect((await s.exec('sudo dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo')).stdout).toBe('Adding repo from: https://download.docker.com/linux/centos/docker-ce.repo\n');
    r = await s.exec('sudo dnf install -y containerd.io');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(/Installing:\n containerd\.io +x86_64 +1\.7\.24-3\.1\.el9 +docker-ce-stable +43 M\nInstalling dependencies:\n container-selinux /);
    expect(r.stdout).toContain('Importing GPG key 0x621E9F35:\n');
    expect(r.stdout.endsWith('Complete!\n')).toBe(true);
    const host = s.world.host('default');
    expect(host.sys!.packages.get('containerd.io')!.version).toBe('1.7.24');
    expect(host.sys!.units.get('containerd.service')).toMatchObject({ enabled: 'disabled', active: 'inactive' });
    expect(host.fs.read('/etc/containerd/config.toml')).toContain('disabled_plugins = ["cri"]');
    r = await s.exec('sudo dnf install -y containerd.io');
    expect(r.stdout).toContain('Package containerd.io-1.7.24-3.1.el9.x86_64 is already installed.\nDependencies resolved.\nNothing to do.\nComplete!\n');
  });

  it('honours exclude= until --disableexcludes, installs pinned versions, asks without -y', async () => {
    const s = await vm();
    await s.exec(K8S_REPO('1.28'));
    let r = await s.exec('sudo dnf install -y kubeadm');
    expect(r.stderr).toBe('Error: Unable to find a match: kubeadm\n');
    r = await s.exec('sudo dnf install kubelet-1.28.2 kubeadm-1.28.2 kubectl-1.28.2 --disableexcludes=kubernetes', { answers: ['y'] });
    expect(r.stdout).toContain('Is this ok [y/N]: y\nDownloading Packages:\n');
    expect(r.stdout).toMatch(/ kubeadm +x86_64 +1\.28\.2-150500\.1\.1 +kubernetes +10 M\n/);
    const sys = s.world.host('default').sys!;
    expect(sys.packages.get('kubeadm')!.version).toBe('1.28.2');
    expect(sys.packages.has('cri-tools')).toBe(true);
    expect(sys.extraCommands.has('kubectl')).toBe(true);
    expect(sys.units.get('kubelet.service')!.enabled).toBe('disabled');
    // the upgrade: switch the repo to v1.29 and install a 1.29 patch by glob
    await s.exec("sudo sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo");
    r = await s.exec("sudo dnf install -y kubeadm-'1.29.*' --disableexcludes=kubernetes");
    expect(r.stdout).toMatch(/Upgrading:\n kubeadm +x86_64 +1\.29\.15-150500\.1\.1 +kubernetes/);
    expect(sys.packages.get('kubeadm')!.version).toBe('1.29.15');
    const l = await s.exec('dnf list installed kubeadm');
    expect(l.stdout).toMatch(/Installed Packages\nkubeadm\.x86_64 +1\.29\.15-150500\.1\.1 +@kubernetes\n/);
    r = await s.exec('sudo dnf install kubectl --disableexcludes=kubernetes', { answers: ['n'] });
    expect(r.stdout).toContain('Is this ok [y/N]: n\nOperation aborted.\n');
    expect(r.exitCode).toBe(1);
  });

  it('lazy commands become available when their package is installed', async () => {
    registerLazyCommand({
      name: 'testctl',
      shell: 'bash',
      summary: 'a lazily loaded test command',
      available: (h) => !!h.sys?.packages.has('jq'),
      load: async () => ({
        *run(ctx) {
          ctx.out(`loaded with ${ctx.args.join(',')}\n`);
          return 0;
        },
      }),
    });
    const s = await vm();
    expect((await s.exec('testctl a')).stderr).toBe('-bash: testctl: command not found\n');
    await s.exec('sudo dnf install -y jq');
    expect((await s.exec('testctl a b')).stdout).toBe('loaded with a,b\n');
  });

  it('repolist and remove', async () => {
    const s = await vm();
    expect((await s.exec('dnf repolist')).stdout).toBe('repo id    repo name\nappstream  Rocky Linux 9 - AppStream\nbaseos     Rocky Linux 9 - BaseOS\nextras     Rocky Linux 9 - Extras\n');
    await s.exec('sudo dnf install -y jq');
    const r = await s.exec('sudo dnf remove -y jq');
    expect(r.stdout).toContain('Removed:\n  jq-1.6-17.el9.x86_64\n');
    expect(s.world.host('default').sys!.packages.has('jq')).toBe(false);
  });
});

describe('systemctl', () => {
  it('status of active, inactive and unknown units with their exit codes', async () => {
    const s = await vm();
    let r = await s.exec('systemctl status sshd');
    expect(r.stdout).toMatch(/^● sshd\.service - OpenSSH server daemon\n     Loaded: loaded \(\/usr\/lib\/systemd\/system\/sshd\.service; enabled; preset: enabled\)\n     Active: active \(running\) since Wed 2025-12-10 \d\d:\d\d:\d\d UTC; \d+min ago\n/);
    expect(r.exitCode).toBe(0);
    r = await s.exec('systemctl status containerd');
    expect(r.stderr).toBe('Unit containerd.service could not be found.\n');
    expect(r.exitCode).toBe(4);
    expect((await s.exec('sudo systemctl start containerd')).stderr).toBe('Failed to start containerd.service: Unit containerd.service not found.\n');
  });

  it('enable --now, stop, is-active, is-enabled, and polkit for a non-root user', async () => {
    const s = await vm();
    await s.exec('sudo dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo');
    await s.exec('sudo dnf install -y containerd.io');
    let r = await s.exec('systemctl status containerd');
    expect(r.stdout).toContain('○ containerd.service - containerd container runtime\n     Loaded: loaded (/usr/lib/systemd/system/containerd.service; disabled; preset: disabled)\n     Active: inactive (dead)\n');
    expect(r.exitCode).toBe(3);
    const changes: string[] = [];
    s.world.on('unit-changed', (e) => changes.push(`${e.hostId}:${e.unit}`));
    r = await s.exec('sudo systemctl enable --now containerd');
    expect(r.stderr).toBe('Created symlink /etc/systemd/system/multi-user.target.wants/containerd.service → /usr/lib/systemd/system/containerd.service.\n');
    expect(changes).toEqual(['default:containerd.service']);
    expect((await s.exec('systemctl is-active containerd')).stdout).toBe('active\n');
    expect((await s.exec('systemctl is-enabled containerd')).stdout).toBe('enabled\n');
    r = await s.exec('systemctl stop containerd', { answers: ['vagrant'] });
    expect(r.stdout).toBe("==== AUTHENTICATING FOR org.freedesktop.systemd1.manage-units ====\nAuthentication is required to stop 'containerd.service'.\nAuthenticating as: vagrant\nPassword: \n==== AUTHENTICATION COMPLETE ====\n");
    expect((await s.exec('systemctl is-active containerd')).stdout).toBe('inactive\n');
    r = await s.exec('systemctl start containerd', { answers: ['nope'] });
    expect(r.stderr).toContain('Failed to start containerd.service: Access denied\n');
    r = await s.exec('sudo systemctl disable containerd');
    expect(r.stderr).toBe('Removed "/etc/systemd/system/multi-user.target.wants/containerd.service".\n');
    expect(s.world.checkConsistency()).toEqual([]);
  });
});

describe('swap, kernel modules, sysctl, SELinux', () => {
  it('the Kubernetes prerequisites change the system state', async () => {
    const s = await vm();
    const sys = s.world.host('default').sys!;
    expect((await s.exec('swapoff -a')).stderr).toBe('swapoff: Not superuser.\n');
    await s.exec('sudo swapoff -a');
    expect(sys.swapOn).toBe(false);
    expect((await s.exec('swapon --show')).stdout).toBe('');
    expect((await s.exec('sysctl net.bridge.bridge-nf-call-iptables')).stderr).toBe('sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory\n');
    expect((await s.exec('modprobe overlay')).stderr).toBe("modprobe: ERROR: could not insert 'overlay': Operation not permitted\n");
    expect((await s.exec('sudo modprobe nosuchmod')).stderr).toBe('modprobe: FATAL: Module nosuchmod not found in directory /lib/modules/5.14.0-503.14.1.el9_5.x86_64\n');
    await s.exec('sudo modprobe overlay && sudo modprobe br_netfilter');
    expect(sys.modules.has('overlay') && sys.modules.has('br_netfilter')).toBe(true);
    expect(plain((await s.exec('lsmod | grep br_netfilter')).stdout)).toBe('br_netfilter           36864  0\nbridge                405504  1 br_netfilter\n');
    await s.exec('cat <<EOF | sudo tee /etc/sysctl.d/k8s.conf\nnet.bridge.bridge-nf-call-iptables  = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nnet.ipv4.ip_forward                 = 1\nEOF');
    const r = await s.exec('sudo sysctl --system');
    expect(r.stdout).toContain('* Applying /etc/sysctl.d/k8s.conf ...\nnet.bridge.bridge-nf-call-iptables = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nnet.ipv4.ip_forward = 1\n* Applying /etc/sysctl.conf ...\n');
    expect(sys.sysctl.get('net.ipv4.ip_forward')).toBe('1');
    expect((await s.exec('cat /proc/sys/net/ipv4/ip_forward')).stdout).toBe('1\n');
    expect((await s.exec('sysctl -w net.ipv4.ip_forward=0')).stderr).toBe('sysctl: permission denied on key "net.ipv4.ip_forward"\n');
    expect((await s.exec('getenforce')).stdout).toBe('Enforcing\n');
    await s.exec('sudo setenforce 0');
    expect(sys.selinux).toBe('Permissive');
  });

  it('a reboot closes the connection and keeps only what was made persistent', async () => {
    const s = await vm();
    const sys = s.world.host('default').sys!;
    await s.exec('sudo swapoff -a');
    await s.exec('sudo modprobe overlay');
    await s.exec('echo br_netfilter | sudo tee /etc/modules-load.d/k8s.conf');
    await s.exec('sudo modprobe br_netfilter');
    const r = await s.exec('sudo reboot');
    expect(r.stdout).toBe('Connection to 127.0.0.1 closed by remote host.\n\n');
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');
    expect(sys.swapOn).toBe(true);
    expect(sys.modules.has('overlay')).toBe(false);
    expect(sys.modules.has('br_netfilter')).toBe(true);
    expect(s.world.checkConsistency()).toEqual([]);
  });
});

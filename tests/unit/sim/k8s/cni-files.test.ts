// A node's container-network files: kubernetes-cni's plugins in /opt/cni/bin (containernetworking/plugins v1.2.0's
// build_linux.sh list for kubernetes-cni 1.2.0, the version the lab's v1.28 repository gives), flannel's binary and
// 10-flannel.conflist copied by its init containers (the cni-conf.json of kube-flannel.yml, as its ConfigMap holds it)
// and flanneld's /run/flannel/subnet.env (flannel v0.26.1 WriteSubnetFile: the node's own subnet), gone after a
// reboot until flanneld runs again.
import { describe, expect, it } from 'vitest';
import { plain } from '../plain';
import { lab, FLANNEL } from './helpers';
import { text as kubeFlannelYml } from '../../../../src/sim/net/web/pages/kube-flannel';
import { cniPlugins, subnetEnv } from '../../../../src/sim/k8s/cni-files';

const PLUGINS_120 = 'bandwidth bridge dhcp dummy firewall host-device host-local ipvlan loopback macvlan portmap ptp sbr static tuning vlan vrf';

/** the cni-conf.json block of the manifest, unindented as the ConfigMap's data holds it */
function cniConfJson(): string {
  const block = kubeFlannelYml.split('  cni-conf.json: |\n')[1].split('  net-conf.json: |')[0];
  return block.split('\n').map((l) => l.slice(4)).join('\n').replace(/\n+$/, '\n');
}

describe('CNI files on the nodes', () => {
  it('kubernetes-cni 1.2.0 and 1.3.0 install the plugins of their containernetworking release', () => {
    expect(cniPlugins('1.2.0').join(' ')).toBe(PLUGINS_120);
    expect(cniPlugins('1.3.0')).toEqual([...PLUGINS_120.split(' '), 'tap'].sort());
    expect(subnetEnv('10.244.0.0/16', '10.244.2.0/24', 1450, true)).toBe('FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.2.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n');
  });

  it('shows the plugins, the conflist and subnet.env on each node of the cluster', async () => {
    const { s, sh } = await lab('cluster');
    expect((await sh('rpm -q kubernetes-cni')).stdout).toBe('kubernetes-cni-1.2.0-150500.2.1.x86_64\n');
    expect(plain((await sh('ls /opt/cni/bin')).stdout).split(/\s+/).filter(Boolean).sort()).toEqual([...PLUGINS_120.split(' '), 'flannel'].sort());
    expect((await sh('ls -l /opt/cni/bin/bridge')).stdout).toMatch(/^-rwxr-xr-x\. 1 root root /);
    expect((await sh('cat /etc/cni/net.d/10-flannel.conflist')).stdout).toBe(cniConfJson());
    expect((await sh('cat /run/flannel/subnet.env')).stdout).toBe('FLANNEL_NETWORK=10.244.0.0/16\nFLANNEL_SUBNET=10.244.0.1/24\nFLANNEL_MTU=1450\nFLANNEL_IPMASQ=true\n');
    expect((await sh('ls -l /run/flannel/subnet.env')).stdout).toMatch(/^-rw-r--r--\. 1 root root 96 /);
    // each worker has its own lease: its node's podCIDR
    const cidrs = (await sh("kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}={.spec.podCIDR} {end}'")).stdout.trim().split(' ');
    const w1 = s.world.hosts.get([...s.world.hosts.values()].find((h) => h.hostname.startsWith('w1-k8s'))!.id)!;
    const w1Cidr = cidrs.find((x) => x.startsWith('w1-k8s='))!.split('=')[1];
    expect(w1.fs.read('/run/flannel/subnet.env')).toBe(subnetEnv('10.244.0.0/16', w1Cidr, 1450, true));
    expect(w1Cidr).not.toBe('10.244.0.0/24');
  });

  it('has no flannel files before flannel runs, and no subnet.env after a reboot until it runs again', async () => {
    const { s, sh } = await lab('cluster', 6);
    await sh('kubectl delete -n kube-flannel daemonset kube-flannel-ds');
    await s.advance(20_000);
    for (const l of ['exit', 'exit', 'vagrant reload w1-k8s', 'vagrant ssh w1-k8s', 'sudo -i']) await sh(l);
    await s.advance(30_000);
    expect((await sh('cat /run/flannel/subnet.env')).stderr).toBe('cat: /run/flannel/subnet.env: No such file or directory\n');
    expect((await sh('ls /etc/cni/net.d')).stdout).toBe('10-flannel.conflist\n');
    for (const l of ['exit', 'exit', 'vagrant ssh m-k8s', 'sudo -i']) await sh(l);
    await sh(`kubectl apply -f ${FLANNEL}`);
    await s.advance(90_000);
    for (const l of ['exit', 'exit', 'vagrant ssh w1-k8s']) await sh(l);
    expect((await sh('cat /run/flannel/subnet.env')).stdout).toMatch(/^FLANNEL_NETWORK=10\.244\.0\.0\/16\nFLANNEL_SUBNET=10\.244\.\d+\.1\/24\n/);
  });

  it('keeps the nodes lab without them until the packages and flannel come', async () => {
    const { sh } = await lab('nodes');
    expect((await sh('ls /opt/cni/bin /run/flannel')).stderr).toBe("ls: cannot access '/opt/cni/bin': No such file or directory\nls: cannot access '/run/flannel': No such file or directory\n");
  });
});

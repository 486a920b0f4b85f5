// The pod network's devices on the nodes, as `ip` shows them on flannel clusters (public transcripts of ip addr,
// ip link and ip route on flannel nodes; flanneld v0.26.1 adds flannel.1's address through vishvananda/netlink v1.3.0,
// which gives a /32 no broadcast): flannel.1 once flanneld runs, cni0 with the node's first pod, and a route through
// flannel.1 to each other node's subnet.
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';
import { linkLocal } from '../../../../src/sim/commands/iproute/ip/link-local';

async function nodeFacts(sh: (l: string) => Promise<{ stdout: string }>, node: string) {
  const cidr = (await sh(`kubectl get node ${node} -o jsonpath='{.spec.podCIDR}'`)).stdout;
  const data = JSON.parse((await sh(`kubectl get node ${node} -o jsonpath='{.metadata.annotations.flannel\\.alpha\\.coreos\\.com/backend-data}'`)).stdout);
  return { cidr, net: cidr.split('/')[0], mac: data.VtepMAC as string };
}

describe('pod network devices', () => {
  it('shows flannel.1 and the routes to the other nodes subnets on the control plane', async () => {
    const { sh } = await lab('cluster');
    const m = await nodeFacts(sh, 'm-k8s');
    expect(m.mac).toMatch(/^[0-9a-f][26ae](:[0-9a-f]{2}){5}$/);
    expect((await sh('ip addr show flannel.1')).stdout).toBe(
      `4: flannel.1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN group default \n    link/ether ${m.mac} brd ff:ff:ff:ff:ff:ff\n    inet ${m.net}/32 scope global flannel.1\n       valid_lft forever preferred_lft forever\n    inet6 ${linkLocal(m.mac)}/64 scope link \n       valid_lft forever preferred_lft forever\n`,
    );
    expect((await sh('ip link show flannel.1')).stdout).toBe(`4: flannel.1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UNKNOWN mode DEFAULT group default \n    link/ether ${m.mac} brd ff:ff:ff:ff:ff:ff\n`);
    const others = [await nodeFacts(sh, 'w1-k8s'), await nodeFacts(sh, 'w2-k8s')];
    const route = (await sh('ip route')).stdout;
    for (const o of others) expect(route).toContain(`${o.cidr} via ${o.net} dev flannel.1 onlink \n`);
    expect(route.split('\n')[0]).toMatch(/^default via 10\.0\.2\.2 /);
    expect(route.trimEnd().split('\n').pop()).toMatch(/^192\.168\.56\.0\/24 dev eth1 /);
  });

  it('has cni0 on a node with pods on the pod network', async () => {
    const { sh } = await lab('cluster');
    const wide = (await sh('kubectl get pods -A -o wide --no-headers')).stdout;
    const node = ['w1-k8s', 'w2-k8s', 'm-k8s'].find((n) => wide.split('\n').some((l) => l.includes(` ${n} `) && / 10\.244\./.test(l)))!;
    const f = await nodeFacts(sh, node);
    const first = f.net.replace(/\.0$/, '.1');
    for (const l of ['exit', 'exit', `vagrant ssh ${node}`]) await sh(l);
    const cni0 = (await sh('ip addr show cni0')).stdout;
    expect(cni0).toMatch(new RegExp(`^5: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1450 qdisc noqueue state UP group default qlen 1000\\n    link/ether ([0-9a-f]{2}:){5}[0-9a-f]{2} brd ff:ff:ff:ff:ff:ff\\n    inet ${first.replace(/\./g, '\\.')}/24 brd ${f.net.replace(/\.0$/, '.255').replace(/\./g, '\\.')} scope global cni0\\n       valid_lft forever preferred_lft forever\\n    inet6 fe80::[0-9a-f:]+/64 scope link \\n       valid_lft forever preferred_lft forever\\n$`));
    expect((await sh('ip route')).stdout).toContain(`${f.cidr} dev cni0 proto kernel scope link src ${first} \n`);
    expect((await sh('ip -br addr show flannel.1')).stdout).toBe(`flannel.1        UNKNOWN        ${f.net}/32 ${linkLocal(f.mac)}/64 \n`);
  });

  it('has none before the cluster has a network', async () => {
    const { sh } = await lab('nodes');
    expect((await sh('ip -br link')).stdout).not.toContain('flannel.1');
  });
});

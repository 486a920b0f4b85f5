import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';
import { upgradeControlPlane } from '../../../../src/sim/k8s/bootstrap';

describe("kubeadm's workloads carry a real cluster's names", () => {
  it('CoreDNS runs from ReplicaSet coredns-5dd5756b68 on 1.28 and coredns-76f75df574 after the upgrade to 1.29', () => {
    const { c, run } = makeCluster();
    expect(run('get rs -n kube-system').out).toMatch(/^NAME {17}DESIRED {3}CURRENT {3}READY {3}AGE\ncoredns-5dd5756b68 {3}2 {9}2 {9}2 {7}\S+\n$/);
    const pods = run('get pods -n kube-system -l k8s-app=kube-dns -o name').out.trim().split('\n');
    expect(pods).toHaveLength(2);
    for (const p of pods) expect(p).toMatch(/^pod\/coredns-5dd5756b68-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    upgradeControlPlane(c, 'm-k8s', 'v1.29.14');
    c.advance(180_000);
    expect(run('get pods -n kube-system -l k8s-app=kube-dns -o name').out).toMatch(/^pod\/coredns-76f75df574-\w{5}\npod\/coredns-76f75df574-\w{5}\n$/);
  });

  it('a CoreDNS template changed by hand gets a hash of its own', () => {
    const { c, run } = makeCluster();
    const d = c.get('Deployment', 'kube-system', 'coredns')!;
    d.spec.template.spec.containers[0].resources.limits.memory = '200Mi';
    c.touch(d);
    c.advance(180_000);
    const rs = run('get rs -n kube-system -o name').out;
    expect(rs).toContain('replicaset.apps/coredns-5dd5756b68\n');
    expect(rs.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

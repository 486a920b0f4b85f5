// A VirtualBox snapshot of the control-plane VM holds etcd: restoring it brings the cluster's objects back as they were.
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

describe('vagrant snapshot of the control plane', () => {
  it('restoring m-k8s puts the cluster back; a worker\'s snapshot leaves the cluster alone', async () => {
    const { s, sh } = await lab('cluster', 9);
    await sh('exit');
    await sh('exit');
    expect(s.prompt()).toMatch(/>$/);
    expect((await sh('vagrant snapshot save m-k8s before')).exitCode).toBe(0);
    await sh('vagrant snapshot save w1-k8s before');
    await sh('vagrant ssh m-k8s');
    await sh('kubectl create deployment web --image=nginx');
    await s.advance(30_000);
    expect((await sh('kubectl get deploy')).stdout).toMatch(/^NAME +READY.*\nweb +1\/1 /);
    await sh('exit');
    await sh('vagrant snapshot restore w1-k8s before');
    await sh('vagrant ssh m-k8s');
    expect((await sh('kubectl get deploy')).stdout).toMatch(/\nweb +/);
    await sh('exit');
    const r = await sh('vagrant snapshot restore m-k8s before');
    expect(r.exitCode).toBe(0);
    await sh('vagrant ssh m-k8s');
    const got = await sh('kubectl get deploy');
    expect([got.stdout, got.stderr]).toEqual(['', 'No resources found in default namespace.\n']);
    expect((await sh('kubectl get nodes')).stdout).toMatch(/\nm-k8s +Ready +control-plane /);
  });
});

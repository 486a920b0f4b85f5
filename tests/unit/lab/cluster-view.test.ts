/**
 * The cluster picture's data, from a real simulated cluster: nodes with their state and version, pods by
 * node and status, a deleted pod Terminating beside its replacement, cordoned nodes, Vagrant machines.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';
import '../../../src/sim/k8s/register';
import { snapshot } from '../../../src/terminal/cluster-view';
import { worldView } from '../../../src/sim/lab/world-view';

describe('cluster view snapshot', () => {
  it('shows machines, nodes and pods as they change', async () => {
    const s = await createSession({ lab: 'cluster' });
    let snap = snapshot(s.world);
    expect(snap.hasCluster).toBe(true);
    expect(snap.machines.map((m) => [m.name, m.state])).toEqual([
      ['m-k8s', 'running'],
      ['w1-k8s', 'running'],
      ['w2-k8s', 'running'],
    ]);
    expect(snap.nodes.map((n) => [n.name, n.ready, n.cordoned, n.version])).toEqual([
      ['m-k8s', true, false, 'v1.28.15'],
      ['w1-k8s', true, false, 'v1.28.15'],
      ['w2-k8s', true, false, 'v1.28.15'],
    ]);
    // System pods are counted, not drawn.
    expect(snap.nodes.every((n) => n.pods.length === 0 && n.system > 0)).toBe(true);

    await s.exec('kubectl create deployment web --image=nginx:1.25 --replicas=3');
    snap = snapshot(s.world);
    const placed = snap.nodes.flatMap((n) => n.pods).concat(snap.pending);
    expect(placed).toHaveLength(3);
    expect(placed.every((p) => p.phase !== 'Running')).toBe(true);
    await s.exec('kubectl rollout status deployment/web');
    snap = snapshot(s.world);
    const running = snap.nodes.flatMap((n) => n.pods);
    expect(running.map((p) => p.phase)).toEqual(['Running', 'Running', 'Running']);
    expect(snap.nodes.find((n) => n.name === 'm-k8s')!.pods).toHaveLength(0);

    const victim = running[0].name;
    await s.exec(`kubectl delete pod ${victim} --wait=false`);
    snap = snapshot(s.world);
    const after = snap.nodes.flatMap((n) => n.pods).concat(snap.pending);
    expect(after.find((p) => p.name === victim)?.phase).toBe('Terminating');
    expect(after.filter((p) => p.name !== victim)).toHaveLength(3);
    expect(worldView(s).pods('default').filter((p) => p.phase !== 'Terminating')).toHaveLength(3);

    await s.exec('kubectl cordon w2-k8s');
    expect(snapshot(s.world).nodes.find((n) => n.name === 'w2-k8s')!.cordoned).toBe(true);
    expect(worldView(s).node('w2-k8s')).toEqual({ ready: true, schedulable: false, version: 'v1.28.15' });
  });

  it('shows Vagrant machines on the host lab', async () => {
    const s = await createSession({ lab: 'host' });
    expect(snapshot(s.world)).toEqual({ machines: [], nodes: [], pending: [], hasCluster: false });
    await s.exec('vagrant init rockylinux/9 --box-version 5.0.0');
    await s.exec('vagrant up');
    expect(snapshot(s.world).machines).toEqual([{ name: 'default', state: 'running', box: 'rockylinux/9', ip: '' }]);
    expect(worldView(s).machineState('default')).toBe('running');
    await s.exec('vagrant halt');
    expect(snapshot(s.world).machines[0].state).toBe('poweroff');
  });
});

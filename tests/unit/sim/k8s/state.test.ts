import { describe, expect, it } from 'vitest';
import { makeCluster, split } from './helpers';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';

describe('the cluster state is plain data', () => {
  it('survives a structured clone mid-story (pending steps included) and goes on exactly as the original', () => {
    const { c, run } = makeCluster({ seed: 7 });
    run('create deployment web --image=nginx:1.25 --replicas=3');
    run('expose deployment web --port=80');
    run('create deployment bad --image=nginx:no-such-tag');
    c.advance(1_500); // pulls, sandboxes and back-offs are still scheduled
    const saved = c.save();
    expect(saved.timers.length).toBeGreaterThan(0);
    // functions cannot be cloned: a timer kept as a closure would throw here
    const copy = new Cluster(99);
    copy.restore(structuredClone(saved));
    const k2 = new Kubectl({ cluster: copy, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15' });
    const run2 = (l: string) => k2.run(split(l));
    for (const step of [5_000, 30_000, 120_000]) {
      c.advance(step);
      copy.advance(step);
      for (const cmd of ['get pods -A -o wide', 'get deploy,rs,svc,ep', 'describe deployment web', 'get events -A']) expect(run2(cmd).out).toBe(run(cmd).out);
    }
    expect(run('get pods').out).toMatch(/web-\w+-\w+ +1\/1 +Running/);
  });
});

/** kubectl scale --all / -l (scale.go: ResourceTypeOrNameArgs(o.All, ...), LabelSelectorParam; none found: "no objects passed to scale"). */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kubectl scale --all', () => {
  it('scales every deployment of the namespace, or those the selector picks', async () => {
    const s = await createSession({ lab: 'cluster' });
    const none = await s.exec('kubectl scale deployment --all --replicas=0');
    expect([none.stderr, none.exitCode]).toEqual(['error: no objects passed to scale\n', 1]);
    await s.exec('kubectl create deployment a --image=nginx:1.25');
    await s.exec('kubectl create deployment b --image=nginx:1.25 --replicas=2');
    expect((await s.exec('kubectl scale deployment --all --replicas=3')).stdout).toBe('deployment.apps/a scaled\ndeployment.apps/b scaled\n');
    expect((await s.exec('kubectl scale deploy -l app=a --replicas=1')).stdout).toBe('deployment.apps/a scaled\n');
    expect((await s.exec(`kubectl get deploy -o jsonpath='{.items[*].spec.replicas}'`)).stdout).toBe('1 3');
    expect((await s.exec('kubectl scale deploy --replicas=1')).stderr).toBe('error: resource(s) were provided, but no name was specified\n');
  });
});

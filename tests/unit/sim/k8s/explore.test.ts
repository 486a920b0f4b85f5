/**
 * What kubernetes.io's pages have a learner type, in a lab session, where the order of stdout and stderr on the
 * terminal matters (the single streams are checked against the real clients in tests/golden/kubectl-server).
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

describe('kubectl off the lessons path', () => {
  it('delete --grace-period=0 --force warns before it deletes (DeleteOptions.Validate prints it)', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    await s.exec('kubectl run nginx --image=nginx');
    await s.advance(20_000);
    const r = await s.exec('kubectl delete pod nginx --grace-period=0 --force');
    expect(r.output).toBe('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\npod "nginx" force deleted\n');
  });
});

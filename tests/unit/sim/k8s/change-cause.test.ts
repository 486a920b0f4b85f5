/**
 * kubectl annotate deployment ... kubernetes.io/change-cause shows in rollout history: the Deployment controller
 * copies the Deployment's annotations onto its newest ReplicaSet on every sync (deployment_util.go
 * copyDeploymentAnnotationsToReplicaSet, all but annotationsToSkip), as the Kubernetes documentation's
 * Deployment page shows.
 */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('change-cause', () => {
  it('reaches the current revision after kubectl annotate', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create deployment hello --image=nginx:1.25 --replicas=2');
    await s.exec('kubectl set image deployment/hello nginx=nginx:1.26');
    await s.exec('kubectl rollout status deployment/hello');
    await s.exec('kubectl annotate deployment/hello kubernetes.io/change-cause="image updated to 1.26" team=web');
    await s.advance(2000);
    expect((await s.exec('kubectl rollout history deployment/hello')).stdout).toBe(
      'deployment.apps/hello \nREVISION  CHANGE-CAUSE\n1         <none>\n2         image updated to 1.26\n\n',
    );
    const rs = (await s.exec(`kubectl get rs -l app=hello -o jsonpath='{range .items[*]}{.metadata.annotations.team}{","}{end}'`)).stdout;
    expect(rs.split(',').filter(Boolean)).toEqual(['web']);
  });
});

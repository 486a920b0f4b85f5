// TYPE NAME mixed with TYPE/NAME: the resource builder's hasCombinedTypeArgs refuses it before any request, wherever
// the slashed argument stands, for every verb that takes resources (its example always says get). Recorded from
// kubectl 1.28.15 for describe, delete, scale and rollout status.
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';

const ERR = "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n";

describe('resource arguments in both forms', () => {
  it('is refused whichever comes first, and nothing is deleted', () => {
    const { run } = makeCluster();
    run('create deployment web --image=nginx');
    run('expose deploy web --port 80');
    for (const line of ['delete deploy web svc/web', 'describe svc svc/web', 'get deploy/web svc', 'get svc deploy/web', 'scale deploy web svc/web --replicas=1', 'rollout status deploy web deploy/x'])
      expect(run(line)).toMatchObject({ out: '', err: ERR, code: 1 });
    expect(run('get deploy/web svc/web -o name')).toMatchObject({ out: 'deployment.apps/web\nservice/web\n', code: 0 });
  });
});

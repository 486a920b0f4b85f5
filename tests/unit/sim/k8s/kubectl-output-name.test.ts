// -o name on a verb that changes objects prints TYPE/NAME alone: cli-runtime's NamePrinter with ShortOutput leaves
// the operation out (the 1.28.15 client here: `create deployment q --image=nginx --dry-run=client -o name` prints
// "deployment.apps/q", `create ns foo --dry-run=client -o name` "namespace/foo"); delete prints kind.group/NAME
// (kubectl/pkg/cmd/delete/delete.go PrintObj).
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kubectl -o name on create, run, expose, scale, label, delete', () => {
  it('prints TYPE/NAME without the operation', async () => {
    const s = await createSession({ lab: 'cluster' });
    expect((await s.exec('kubectl create deployment q --image=nginx --dry-run=client -o name')).stdout).toBe('deployment.apps/q\n');
    expect((await s.exec('kubectl create ns foo --dry-run=client -o name')).stdout).toBe('namespace/foo\n');
    expect((await s.exec('kubectl create deployment q --image=nginx -o name')).stdout).toBe('deployment.apps/q\n');
    expect((await s.exec('kubectl run r --image=nginx -o name')).stdout).toBe('pod/r\n');
    expect((await s.exec('kubectl expose deployment q --port=80 -o name')).stdout).toBe('service/q\n');
    expect((await s.exec('kubectl scale deployment q --replicas=2 -o name')).stdout).toBe('deployment.apps/q\n');
    expect((await s.exec('kubectl label deployment q a=b -o name')).stdout).toBe('deployment.apps/q\n');
    expect((await s.exec('kubectl delete deployment q -o name')).stdout).toBe('deployment.apps/q\n');
    // without -o the operation stays
    expect((await s.exec('kubectl delete pod r')).stdout).toBe('pod "r" deleted\n');
  });
});

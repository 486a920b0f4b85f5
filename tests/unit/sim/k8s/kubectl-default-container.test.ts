// Which container kubectl logs/exec take (kubernetes 1.28 podcmd.FindOrDefaultContainerByName, AllContainerNames and
// FindContainerByName): the first container, with a "Defaulted container" line naming all of them, init ones marked
// "(init)", whenever the pod has more than one container of any kind (flannel's pod: one container, two init ones);
// logs -c also takes an init container's name.
import { describe, expect, it } from 'vitest';
import { makeCluster, lab } from './helpers';

const NOTE = 'Defaulted container "kube-flannel" out of: kube-flannel, install-cni-plugin (init), install-cni (init)\n';

describe('the default container', () => {
  it('is named out of the init containers too, and logs reads an init container', () => {
    const { run } = makeCluster();
    const pod = run('get pods -n kube-flannel -o name').out.split('\n')[0].replace('pod/', '');
    const logs = run(`logs -n kube-flannel ${pod}`);
    expect(logs.err).toBe(NOTE);
    expect(logs.out).toMatch(/main\.go:\d+\] CLI flags config/);
    // install-cni runs cp, which prints nothing
    expect(run(`logs -n kube-flannel ${pod} -c install-cni`)).toMatchObject({ out: '', err: '', code: 0 });
    expect(run(`logs -n kube-flannel ${pod} -c nope`)).toMatchObject({ err: `error: container nope is not valid for pod ${pod}\n`, code: 1 });
    expect(run(`exec -n kube-flannel ${pod} -- ls /`).err).toBe(NOTE);
    // one container and nothing else: no line
    expect(run('logs -n kube-system etcd-m-k8s').err).toBe('');
  });

  it('prints the line before what the program prints', async () => {
    const { sh } = await lab('cluster');
    const pod = (await sh('kubectl get pods -n kube-flannel -o name | head -1')).stdout.trim();
    const r = await sh(`kubectl exec -n kube-flannel ${pod} -- ls /`);
    expect(r.output.startsWith(NOTE + 'bin\n')).toBe(true);
  });
});

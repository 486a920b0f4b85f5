// kubectl label/annotate split their arguments as cmdutil.GetResourcesAndPairs does (kubernetes 1.28): KEY- removes
// a label whatever its key holds (node-role.kubernetes.io/worker-), a resource after a change is refused (recorded from
// kubectl 1.28.15), and label.go names each label to remove that is not there before "not labeled".
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';

describe('kubectl label KEY-', () => {
  it('removes a prefixed label, and says when it is not there', () => {
    const { run } = makeCluster();
    expect(run('label node w1-k8s node-role.kubernetes.io/worker=')).toMatchObject({ out: 'node/w1-k8s labeled\n', code: 0 });
    expect(run('get node w1-k8s --no-headers').out).toMatch(/^w1-k8s +Ready +worker /);
    expect(run('label node w1-k8s node-role.kubernetes.io/worker-')).toMatchObject({ out: 'node/w1-k8s unlabeled\n', err: '', code: 0 });
    expect(run('get node w1-k8s --no-headers').out).toMatch(/^w1-k8s +Ready +<none> /);
    expect(run('label node w1-k8s node-role.kubernetes.io/worker-')).toMatchObject({ out: 'label "node-role.kubernetes.io/worker" not found.\nnode/w1-k8s not labeled\n', code: 0 });
    expect(run('annotate node w1-k8s nothere-')).toMatchObject({ out: 'node/w1-k8s not annotated\n', code: 0 });
  });

  it('refuses a resource after a change', () => {
    const { run } = makeCluster();
    expect(run('label node w1-k8s foo=bar node w2-k8s')).toMatchObject({ out: '', err: 'error: all resources must be specified before label changes: node\n', code: 1 });
    expect(run('annotate node w1-k8s a=b w2-k8s')).toMatchObject({ err: 'error: all resources must be specified before annotation changes: w2-k8s\n', code: 1 });
  });
});

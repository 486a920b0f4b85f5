// kubectl get --sort-by with a path no listed object has: get's sorters (kubernetes 1.28 pkg/cmd/get/sorter.go,
// NewTableSorter and SortObjects) refuse it with the relaxed JSONPath expression, before printing anything; a path
// found on some object, even empty, sorts; an empty list sorts nothing.
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';

describe('kubectl get --sort-by', () => {
  it('refuses a field no object has', () => {
    const { run } = makeCluster();
    expect(run('get pods -A --sort-by=name')).toMatchObject({ out: '', err: 'error: couldn\'t find any field with path "{.name}" in the list of objects\n', code: 1 });
    expect(run('get nodes --sort-by=.metadata.nosuch -o name')).toMatchObject({ out: '', err: 'error: couldn\'t find any field with path "{.metadata.nosuch}" in the list of objects\n', code: 1 });
    expect(run('get nodes --sort-by=metadata.name -o name')).toMatchObject({ out: 'node/m-k8s\nnode/w1-k8s\nnode/w2-k8s\n', code: 0 });
    // only m-k8s has taints: the field is found once, so the list sorts
    expect(run('get nodes --sort-by=.spec.taints -o name').code).toBe(0);
    expect(run('get pods --sort-by=.x')).toMatchObject({ out: '', err: 'No resources found in default namespace.\n', code: 0 });
  });
});

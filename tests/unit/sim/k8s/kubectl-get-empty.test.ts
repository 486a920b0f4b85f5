// kubectl get with nothing to list: the human-readable printers say "No resources found" on stderr (get.go's Run,
// trackingWriter.Written == 0), while -o yaml/json/name/jsonpath/custom-columns go through printGeneric, which prints
// the empty List (or nothing) and no such line (kubernetes 1.28 staging/src/k8s.io/kubectl/pkg/cmd/get/get.go).
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';

describe('kubectl get of an empty list', () => {
  it('says No resources found only for the table printers', () => {
    const { run } = makeCluster();
    expect(run('get pods')).toMatchObject({ out: '', err: 'No resources found in default namespace.\n', code: 0 });
    expect(run('get pods -o wide')).toMatchObject({ out: '', err: 'No resources found in default namespace.\n', code: 0 });
    expect(run('get pv')).toMatchObject({ out: '', err: 'No resources found\n', code: 0 });
    expect(run('get pods -o yaml')).toMatchObject({ out: 'apiVersion: v1\nitems: []\nkind: List\nmetadata:\n  resourceVersion: ""\n', err: '', code: 0 });
    expect(run('get pods -o json')).toMatchObject({ out: '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n', err: '', code: 0 });
    expect(run('get pods -o name')).toMatchObject({ out: '', err: '', code: 0 });
    expect(run("get pods -o jsonpath={.items}")).toMatchObject({ out: '[]', err: '', code: 0 });
    expect(run('get pods -o custom-columns=NAME:.metadata.name')).toMatchObject({ out: 'NAME\n', err: '', code: 0 });
  });
});

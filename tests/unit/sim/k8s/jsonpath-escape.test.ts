// JSONPath field names with escaped dots (client-go util/jsonpath parser.go parseField: a backslash escapes the next
// character up to a terminator, then the backslashes are dropped), and kubectl create --dry-run=client -o jsonpath.
// Expected texts recorded from kubectl 1.28.15 on this machine, without a cluster:
//   kubectl create configmap x --from-literal=a.b=c --from-literal=d=e --dry-run=client -o jsonpath='{.data.a\.b}{"|"}{.data.d}{"\n"}'   → c|e
//   kubectl create configmap x --from-literal=a.b=c --dry-run=client -o jsonpath='{.data.a.b}'                                          → (nothing), 0
//   kubectl create configmap x --from-literal=a.b=c --dry-run=client -o 'custom-columns=K:.data.a\.b,N:.metadata.name'                 → the error below, 1
import { describe, expect, it } from 'vitest';
import { makeCluster } from './helpers';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

describe('jsonpath with escaped dots', () => {
  it('kubectl create --dry-run=client -o jsonpath prints the template, as the real client does', async () => {
    const s = await createSession({ lab: 'cluster', seed: 2 });
    expect(await s.exec(`kubectl create configmap x --from-literal=a.b=c --from-literal=d=e --dry-run=client -o jsonpath='{.data.a\\.b}{"|"}{.data.d}{"\\n"}'`)).toMatchObject({ stdout: 'c|e\n', stderr: '', exitCode: 0 });
    expect(await s.exec(`kubectl create configmap x --from-literal=a.b=c --dry-run=client -o jsonpath='{.data.a.b}'`)).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(await s.exec(`kubectl create configmap x --from-literal=a.b=c --dry-run=client -o 'custom-columns=K:.data.a\\.b,N:.metadata.name'`)).toMatchObject({
      stdout: '',
      stderr:
        'error: unable to match a printer suitable for the output format "custom-columns=K:.data.a\\\\.b,N:.metadata.name", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml\n',
      exitCode: 1,
    });
  });

  it('get reads an annotation whose key holds dots, with jsonpath and custom-columns', () => {
    const { run } = makeCluster();
    run('create deployment web --image=nginx');
    expect(run(`get deploy web -o jsonpath={.metadata.annotations.deployment\\.kubernetes\\.io/revision}`).out).toBe('1');
    expect(run(`get deploy web -o custom-columns=REV:.metadata.annotations.deployment\\.kubernetes\\.io/revision`).out).toBe('REV\n1\n');
  });
});

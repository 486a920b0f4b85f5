// resource.Quantity as the API server and kubectl's typed objects write it (apimachinery
// pkg/api/resource/quantity.go, CanonicalizeBytes). The create quota case is compared byte for byte with kubectl
// 1.28's output in tests/golden/kubectl (golden.test.ts); here the rule itself and the stored objects.
import { describe, expect, it } from 'vitest';
import { canonicalQuantity } from '../../../../src/sim/k8s/quantity';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('canonical quantities', () => {
  it('folds zeros into the largest suffix, keeps binary and exponent forms', () => {
    const cases: [string | number, string][] = [
      ['1000m', '1'], ['2000', '2k'], ['0.5', '500m'], ['1024Mi', '1Gi'], ['1.5Gi', '1536Mi'], ['0.5Ki', '512'],
      ['128974848', '128974848'], ['129e6', '129e6'], ['12e2', '1200'], ['1500m', '1500m'], ['2048Ki', '2Mi'],
      ['1000Ki', '1000Ki'], ['0', '0'], ['0.0000000001', '1n'], [1, '1'], [0.25, '250m'], ['500M', '500M'],
    ];
    for (const [input, want] of cases) expect([input, canonicalQuantity(input)]).toEqual([input, want]);
    expect(canonicalQuantity('abc')).toBe('abc');
  });

  it('the server stores quantities canonical; the same file applied again is unchanged', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    await s.exec('kubectl create quota q --hard=cpu=2000m,requests.memory=2048Mi');
    expect((await s.exec('kubectl get quota q -o jsonpath={.spec.hard}')).output).toBe('{"cpu":"2","requests.memory":"2Gi"}');
    await s.exec(`printf 'apiVersion: v1\\nkind: Pod\\nmetadata:\\n  name: p\\nspec:\\n  containers:\\n  - name: c\\n    image: nginx\\n    resources:\\n      requests:\\n        cpu: 0.5\\n        memory: 128974848\\n      limits:\\n        cpu: 1000m\\n        memory: 1024Mi\\n' > p.yaml`);
    expect((await s.exec('kubectl apply -f p.yaml')).output).toBe('pod/p created\n');
    expect((await s.exec('kubectl get pod p -o jsonpath={.spec.containers[0].resources}')).output).toBe('{"limits":{"cpu":"1","memory":"1Gi"},"requests":{"cpu":"500m","memory":"128974848"}}');
    expect((await s.exec('kubectl apply -f p.yaml')).output).toBe('pod/p unchanged\n');
    // the last-applied configuration keeps what the file says
    expect((await s.exec("kubectl get pod p -o jsonpath='{.metadata.annotations.kubectl\\.kubernetes\\.io/last-applied-configuration}'")).output).toContain('"cpu":"1000m"');
  });
});

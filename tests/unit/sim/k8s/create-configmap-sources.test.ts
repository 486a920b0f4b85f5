/** kubectl create configmap / secret generic: --from-env-file and the checks of create_configmap.go and create_secret.go (texts from kubectl 1.28.15; the dry-run YAML as kubectl 1.28.15 printed it for the same env file). */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('create configmap and secret from sources', () => {
  it('stores the pairs of an env file, and nothing for an empty configmap', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec(`printf '  A=1\\nB=2 \\n# c\\n\\n' > app.env`);
    expect((await s.exec('kubectl create configmap envcm --from-env-file=app.env')).stdout).toBe('configmap/envcm created\n');
    expect((await s.exec(`kubectl get cm envcm -o jsonpath='{.data}'`)).stdout).toBe('{"A":"1","B":"2 "}');
    await s.exec('kubectl create configmap empty');
    expect((await s.exec(`kubectl get cm empty -o yaml`)).stdout).toMatch(/^apiVersion: v1\nkind: ConfigMap\nmetadata:\n/);
    expect((await s.exec('kubectl create configmap empty')).stderr).toBe('error: failed to create configmap: configmaps "empty" already exists\n');
    const d = await s.exec('kubectl create configmap envcm2 --from-env-file=app.env --dry-run=client -o yaml');
    expect(d.stdout).toBe(`apiVersion: v1\ndata:\n  A: "1"\n  B: '2 '\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: envcm2\n`);
  });

  it('refuses what kubectl refuses', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec(`printf 'A=1\\n' > app.env; printf 'bad line\\n' > bad.env`);
    const cases: [string, string][] = [
      ['kubectl create configmap lit --from-literal=a=1 --from-literal=a=2', 'error: cannot add key "a", another key by that name already exists in Data for ConfigMap "lit"\n'],
      ['kubectl create secret generic lit --from-literal=a=1 --from-literal=a=2', 'error: cannot add key a, another key by that name already exists\n'],
      ['kubectl create configmap e2 --from-env-file=app.env --from-literal=a=b', 'error: from-env-file cannot be combined with from-file or from-literal\n'],
      ['kubectl create configmap e4 --from-env-file=nosuch.env', 'error: error reading nosuch.env: no such file or directory\n'],
      [
        'kubectl create configmap e3 --from-env-file=bad.env',
        `error: "bad line" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')\n`,
      ],
    ];
    for (const [line, err] of cases) {
      const r = await s.exec(line);
      expect([line, r.stderr, r.exitCode]).toEqual([line, err, 1]);
    }
    expect((await s.exec('kubectl get cm lit')).exitCode).toBe(1);
  });
});

/** ConfigMap and Secret checks read the simulated cluster's objects: keys, values and a Secret's type. */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';
import '../../../src/sim/k8s/register';
import { evaluateCheck } from '../../../src/sim/lab/checks';
import { worldView } from '../../../src/sim/lab/world-view';

const noLines = { lines: [] };

describe('configmap and secret checks', () => {
  it('hold only once the object has the keys, values and type asked for', async () => {
    const s = await createSession({ lab: 'cluster' });
    const v = worldView(s);
    const cm = { configmap: { name: 'app-config', keys: ['GREETING', 'COLOR'] } };
    expect(evaluateCheck(cm, v, noLines)).toEqual({ ok: false, reason: 'ConfigMap app-config does not exist' });
    expect(evaluateCheck({ configmap: { name: 'app-config', exists: false } }, v, noLines).ok).toBe(true);

    await s.exec('kubectl create configmap app-config --from-literal=GREETING=hello');
    expect(evaluateCheck(cm, v, noLines)).toEqual({ ok: false, reason: 'ConfigMap app-config has no key COLOR' });
    await s.exec('kubectl delete configmap app-config');
    await s.exec('kubectl create configmap app-config --from-literal=GREETING=hello --from-literal=COLOR=blue');
    expect(evaluateCheck(cm, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ configmap: { name: 'app-config', data: { GREETING: 'hi' } } }, v, noLines)).toEqual({
      ok: false,
      reason: 'ConfigMap app-config has GREETING=hello, not hi',
    });
    await s.exec(`kubectl patch configmap app-config -p '{"data":{"GREETING":"hi"}}'`);
    expect(evaluateCheck({ configmap: { name: 'app-config', data: { GREETING: 'hi' } } }, v, noLines).ok).toBe(true);

    const secret = { secret: { name: 'db', keys: ['password'], type: 'Opaque' } };
    expect(evaluateCheck(secret, v, noLines).ok).toBe(false);
    await s.exec('kubectl create secret generic db --from-literal=password=hunter2');
    expect(evaluateCheck(secret, v, noLines).ok).toBe(true);
    expect(evaluateCheck({ secret: { name: 'db', type: 'kubernetes.io/tls' } }, v, noLines)).toEqual({
      ok: false,
      reason: 'Secret db is of type Opaque, not kubernetes.io/tls',
    });
    // A ConfigMap check does not find a Secret of the same name.
    expect(evaluateCheck({ configmap: { name: 'db' } }, v, noLines).ok).toBe(false);
  });
});

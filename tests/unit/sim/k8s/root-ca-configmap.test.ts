/**
 * kube-root-ca.crt in every namespace holds the cluster CA (the controller manager's root-ca-cert-publisher copies its
 * --root-ca-file, /etc/kubernetes/pki/ca.crt), also in namespaces made later, and pods see it as their service
 * account's ca.crt.
 */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kube-root-ca.crt', () => {
  it('is the CA file of the control plane in every namespace', async () => {
    const s = await createSession({ lab: 'cluster' });
    const ca = (await s.exec('sudo cat /etc/kubernetes/pki/ca.crt')).stdout;
    expect(ca).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/);
    const get = async (ns: string) => (await s.exec(`kubectl get cm -n ${ns} kube-root-ca.crt -o jsonpath='{.data.ca\\.crt}'`)).stdout;
    expect(await get('default')).toBe(ca);
    expect(await get('kube-flannel')).toBe(ca);
    await s.exec('kubectl create namespace dev');
    expect(await get('dev')).toBe(ca);
  });
});

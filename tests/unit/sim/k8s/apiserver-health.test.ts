// kube-apiserver's /healthz, /livez and /readyz with ?verbose, ?exclude and /livez/<check>, through curl -k (as
// system:anonymous) and kubectl get --raw, against a real v1.28 server's readyz?verbose (tests/golden/kube-apiserver)
// and the handler's texts in k8s.io/apiserver pkg/server/healthz/healthz.go.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const READYZ = readFileSync(path.resolve(import.meta.dirname, '../../../golden/kube-apiserver/readyz-verbose-1.28'), 'utf8');
const READY_ONLY = ['[+]etcd-readiness ok\n', '[+]informer-sync ok\n', '[+]shutdown ok\n'];
const LIVEZ = READY_ONLY.reduce((t, l) => t.replace(l, ''), READYZ).replace('readyz check passed', 'livez check passed');

describe('kube-apiserver health endpoints', () => {
  it('readyz?verbose prints the checks a real 1.28 server lists; livez and healthz the same without the readyz-only ones', async () => {
    const s = await createSession({ lab: 'cluster', seed: 5 });
    expect((await s.exec("kubectl get --raw='/readyz?verbose'")).stdout).toBe(READYZ);
    expect((await s.exec('curl -k "https://localhost:6443/readyz?verbose"')).stdout).toBe(READYZ);
    expect((await s.exec('curl -sk https://192.168.56.10:6443/livez?verbose')).stdout).toBe(LIVEZ);
    expect((await s.exec("kubectl get --raw '/healthz?verbose'")).stdout).toBe(LIVEZ.replace('livez check passed', 'healthz check passed'));
    // without verbose: just ok, no newline
    expect((await s.exec('kubectl get --raw /readyz')).stdout).toBe('ok');
    expect((await s.exec('curl -k https://localhost:6443/livez')).stdout).toBe('ok');
  });

  it('exclude marks a check excluded and warns about names that match none, sorted and quoted', async () => {
    const s = await createSession({ lab: 'cluster', seed: 5 });
    const out = (await s.exec('curl -sk "https://localhost:6443/readyz?verbose&exclude=etcd&exclude=nope&exclude=abc"')).stdout;
    expect(out).toBe(READYZ.replace('[+]etcd ok\n', '[+]etcd excluded: ok\n').replace('readyz check passed', 'warn: some health checks cannot be excluded: no matches for "abc","nope"\nreadyz check passed'));
    // excluded but not verbose: still just ok
    expect((await s.exec("kubectl get --raw '/livez?exclude=etcd'")).stdout).toBe('ok');
  });

  it('one check by its path: ok for a signed-in client, forbidden to system:anonymous, not found for a check the endpoint lacks', async () => {
    const s = await createSession({ lab: 'cluster', seed: 5 });
    expect((await s.exec('kubectl get --raw /livez/etcd')).stdout).toBe('ok');
    expect((await s.exec('kubectl get --raw /readyz/poststarthook/rbac/bootstrap-roles')).stdout).toBe('ok');
    expect(await s.exec('kubectl get --raw /livez/shutdown')).toMatchObject({ stderr: 'Error from server (NotFound): the server could not find the requested resource\n', exitCode: 1 });
    const anon = (await s.exec('curl -sk https://localhost:6443/livez/etcd')).stdout;
    expect(JSON.parse(anon)).toMatchObject({ code: 403, message: 'forbidden: User "system:anonymous" cannot get path "/livez/etcd"' });
  });

  it('1.29 no longer runs the deprecated identity lease garbage collector', async () => {
    const { healthChecks } = await import('../../../../src/sim/net/apiserver-health');
    expect(healthChecks('v1.28.15', 'livez')).toContain('poststarthook/start-deprecated-kube-apiserver-identity-lease-garbage-collector');
    expect(healthChecks('v1.29.15', 'livez')).not.toContain('poststarthook/start-deprecated-kube-apiserver-identity-lease-garbage-collector');
    expect(healthChecks('v1.29.15', 'readyz')).toHaveLength(healthChecks('v1.28.15', 'readyz').length - 1);
  });
});

import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('crictl ps filters as cri-tools v1.28 ListContainers does', () => {
  it('lists newest first and keeps what --name, --label, --state, --id, --latest and --last select', async () => {
    const s = await createSession({ lab: 'cluster' });
    const ps = async (args: string) => {
      const r = await s.exec(`crictl ps ${args}`);
      return { names: r.stdout.trim().split('\n').slice(1).map((l) => l.split(/\s{2,}/)[4]), err: r.stderr.split('\n').filter((l) => l.startsWith('FATA')), code: r.exitCode };
    };
    // flannel's agent started last on m-k8s: it comes first
    const all = await ps('');
    expect(all.names[0]).toBe('kube-flannel');
    expect(all.names.slice().sort()).toEqual(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-flannel', 'kube-proxy', 'kube-scheduler']);
    // --name is a regular expression on the container's name
    expect((await ps('--name ^kube-s')).names).toEqual(['kube-scheduler']);
    expect((await ps('--name etc')).names).toEqual(['etcd']);
    expect((await ps('--label io.kubernetes.pod.namespace=kube-flannel')).names).toEqual(['kube-flannel']);
    expect((await ps('--latest')).names).toEqual(['kube-flannel']);
    expect((await ps('--last 2')).names).toEqual(all.names.slice(0, 2));
    expect((await ps('--state exited')).names).toEqual([]);
    const etcd = (await s.exec('crictl ps -q --name etcd')).stdout.trim();
    expect((await ps(`--id ${etcd.slice(0, 5)}`)).names).toEqual(['etcd']);
    expect(await ps('--state bogus')).toEqual({ names: [], err: ['FATA[0000] --state should be one of created, running, exited or unknown '], code: 1 });
    expect((await ps('--label app')).err).toEqual(['FATA[0000] incorrectly specified label: app ']);
  }, 60_000);
});

// kubeadm's kube-proxy ConfigMap has two keys (cmd/kubeadm/app/phases/addons/proxy/manifests.go,
// KubeProxyConfigMap19): kubeconfig.conf, the in-cluster kubeconfig kube-proxy reads with its service account,
// and config.conf.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('the kube-proxy ConfigMap', () => {
  it('holds kubeconfig.conf beside config.conf', async () => {
    const s = await createSession({ lab: 'cluster' });
    expect((await s.exec('kubectl -n kube-system get cm kube-proxy')).stdout).toMatch(/^NAME {9}DATA {3}AGE\nkube-proxy {3}2 {6}\d+m\n$/);
    expect((await s.exec("kubectl -n kube-system get cm kube-proxy -o jsonpath='{.data.kubeconfig\\.conf}'")).stdout).toBe(
      'apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: https://192.168.56.10:6443\n  name: default\ncontexts:\n- context:\n    cluster: default\n    namespace: default\n    user: default\n  name: default\ncurrent-context: default\nusers:\n- name: default\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token',
    );
  });
});

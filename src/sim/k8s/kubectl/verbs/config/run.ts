/** kubectl config on the kubeconfig file. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { KResult } from '../../result';
import { type Parsed, helpText, verbModules } from '../../cli';
import type { ConfigIO } from './kubeconfig';

export function run(k: Kubectl, p: Parsed): KResult {
  const io = k.env.kubeconfig ?? memoryKubeconfig(k);
  const m = verbModules.config;
  if (!m) throw new Error('kubectl config is not loaded');
  return m.runConfig(p, io, () => helpText(p.path, k.minor));
}
/** without a file system (tests): kubeadm's admin.conf for the server, kept in memory */

function memoryKubeconfig(k: Kubectl): ConfigIO {
  const server = k.env.server;
  let doc: any = server
    ? {
        clusters: [{ name: 'kubernetes', cluster: { 'certificate-authority-data': 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==', server } }],
        contexts: [{ name: 'kubernetes-admin@kubernetes', context: { cluster: 'kubernetes', user: 'kubernetes-admin', ...(k.env.namespace ? { namespace: k.env.namespace } : {}) } }],
        'current-context': 'kubernetes-admin@kubernetes',
        users: [{ name: 'kubernetes-admin', user: { 'client-certificate-data': 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==', 'client-key-data': 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=' } }],
      }
    : null;
  return { path: '/root/.kube/config', read: () => (doc ? '' : null), write: (t) => void (doc = JSON.parse(JSON.stringify(doc))), parseYaml: () => doc };
}

/**
 * Calico's manifest as the docs fetch it: curl and wget download the real calico.yaml of v3.26.4 (kept compressed,
 * inflated on load), `kubectl apply -f` creates its objects in the file's order with the real client's lines, and
 * calico-node brings the nodes of a cluster without a pod network to Ready, as flannel does.
 */
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { makeCluster, lab } from './helpers';
import { webGet } from '../../../../src/sim/net/web';
import { podStatus } from '../../../../src/sim/k8s/format';

const URL = 'https://raw.githubusercontent.com/projectcalico/calico/v3.26.4/manifests/calico.yaml';
const CRDS = 'bgpconfigurations bgpfilters bgppeers blockaffinities caliconodestatuses clusterinformations felixconfigurations globalnetworkpolicies globalnetworksets hostendpoints ipamblocks ipamconfigs ipamhandles ippools ipreservations kubecontrollersconfigurations networkpolicies networksets'.split(' ');
// what kubectl 1.28 prints for `kubectl apply -f calico.yaml` (v3.26.x), one line per document in the file's order
const CREATED = [
  'poddisruptionbudget.policy/calico-kube-controllers',
  'serviceaccount/calico-kube-controllers',
  'serviceaccount/calico-node',
  'serviceaccount/calico-cni-plugin',
  'configmap/calico-config',
  ...CRDS.map((n) => `customresourcedefinition.apiextensions.k8s.io/${n}.crd.projectcalico.org`),
  'clusterrole.rbac.authorization.k8s.io/calico-kube-controllers',
  'clusterrole.rbac.authorization.k8s.io/calico-node',
  'clusterrole.rbac.authorization.k8s.io/calico-cni-plugin',
  'clusterrolebinding.rbac.authorization.k8s.io/calico-kube-controllers',
  'clusterrolebinding.rbac.authorization.k8s.io/calico-node',
  'clusterrolebinding.rbac.authorization.k8s.io/calico-cni-plugin',
  'daemonset.apps/calico-node',
  'deployment.apps/calico-kube-controllers',
].map((l) => `${l} created\n`).join('');

const parseYaml = (t: string) => parseAllDocuments(t).map((d) => d.toJS()).filter((d) => d);

describe('Calico v3.26.4 calico.yaml', () => {
  it('is served whole: Content-Length is its size, the images are v3.26.4', async () => {
    const a = webGet(URL)!;
    expect(a.status).toBe(200);
    const text = await a.body();
    expect(new TextEncoder().encode(text).length).toBe(Number(a.headers['content-length']));
    expect(text.startsWith('---\n# Source: calico/templates/calico-kube-controllers.yaml\n')).toBe(true);
    expect(text.match(/image: docker\.io\/calico\/(cni|node|kube-controllers):v3\.26\.4/g)).toHaveLength(5);
    expect(parseYaml(text)).toHaveLength(31);
  });

  it('curl -O saves the file and kubectl apply -f prints every created line in order', async () => {
    const { sh } = await lab('cluster', 2);
    expect((await sh(`curl -sO ${URL}`)).exitCode).toBe(0);
    expect((await sh('ls -l calico.yaml')).stdout).toMatch(/^-rw-r--r--\. 1 root root 244734 /);
    expect((await sh('kubectl apply -f calico.yaml')).stdout).toBe(CREATED);
    expect((await sh('kubectl get crd ippools.crd.projectcalico.org -o name')).stdout).toBe('customresourcedefinition.apiextensions.k8s.io/ippools.crd.projectcalico.org\n');
  }, 30_000);

  it('brings a cluster without a pod network to Ready: calico-node pulls its images and runs on every node', async () => {
    const { c, k, run } = makeCluster({ network: false });
    c.advance(30_000);
    expect(run('get nodes').out.match(/NotReady/g)).toHaveLength(3);
    const text = await webGet(URL)!.body();
    k.env.urlText = (u) => (u === URL ? text : null);
    k.env.parseYaml = parseYaml;
    expect(run(`apply -f ${URL}`).out).toBe(CREATED);
    c.advance(180_000);
    expect(run('get nodes').out.match(/ Ready /g)).toHaveLength(3);
    const nodePods = c.list('Pod', 'kube-system').filter((p) => p.metadata.name.startsWith('calico-node-'));
    expect(nodePods).toHaveLength(3);
    expect(nodePods.map((p) => podStatus(p).status)).toEqual(['Running', 'Running', 'Running']);
    expect(c.nodes.get('w1-k8s')!.images.has('docker.io/calico/node:v3.26.4')).toBe(true);
    const dns = c.list('Pod', 'kube-system').filter((p) => p.metadata.name.startsWith('coredns-'));
    expect(dns.every((p) => podStatus(p).status === 'Running')).toBe(true);
  });
});

/** What kubeadm creates: the control plane's static pods, kube-proxy, CoreDNS, the default objects. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster, NodeSim } from './cluster';
import type { Obj } from './objects';
import { fnv32a, nameUid } from './rand';
import { addKubeletClientCsr } from './certificates/csr';
import { CONTROL_PLANE, staticPodOf, type Component } from './kubeadm/static-pods';

export const COMPONENTS: Record<string, { etcd: string; coredns: string; pause: string }> = {
  '1.28': { etcd: '3.5.15-0', coredns: 'v1.10.1', pause: '3.9' },
  '1.29': { etcd: '3.5.16-0', coredns: 'v1.11.1', pause: '3.9' },
};
export const minorOf = (v: string) => v.replace(/^v/, '').split('.').slice(0, 2).join('.');

export function controlPlaneImages(version: string): string[] {
  const c = COMPONENTS[minorOf(version)] ?? COMPONENTS['1.28'];
  return [
    `registry.k8s.io/kube-apiserver:${version}`,
    `registry.k8s.io/kube-controller-manager:${version}`,
    `registry.k8s.io/kube-scheduler:${version}`,
    `registry.k8s.io/kube-proxy:${version}`,
    `registry.k8s.io/coredns/coredns:${c.coredns}`,
    `registry.k8s.io/pause:${c.pause}`,
    `registry.k8s.io/etcd:${c.etcd}`,
  ];
}

const meta = (c: Cluster, name: string, namespace?: string, extra: any = {}) => ({ name, namespace, uid: '', resourceVersion: '', creationTimestamp: c.t, ...extra });

/**
 * The mirror Pod of a static Pod the kubelet runs from kubeadm's manifest (kubeadm/static-pods.ts): the file's Pod
 * with the kubelet's config.* annotations, its node and the NoExecute toleration it adds to static Pods; the API
 * server's defaults come with newPod.
 */
function staticPod(c: Cluster, node: Obj, component: Component, version: string, o: { podCidr: string; serviceCidr: string }): Obj {
  const ip = node.status.addresses[0].address;
  const file = staticPodOf(component, { node: node.metadata.name, ip, version, etcdTag: (COMPONENTS[minorOf(version)] ?? COMPONENTS['1.28']).etcd, podCidr: o.podCidr, serviceCidr: o.serviceCidr });
  const spec: any = { ...file.spec, nodeName: node.metadata.name, tolerations: [{ effect: 'NoExecute', operator: 'Exists' }] };
  const name = `${component}-${node.metadata.name}`;
  const annotations: Record<string, string> = {
    ...file.metadata.annotations,
    'kubernetes.io/config.hash': c.rng.hex(32),
    'kubernetes.io/config.mirror': c.rng.hex(32),
    'kubernetes.io/config.seen': new Date(c.t).toISOString().replace('Z', '000000Z').replace(/\.(\d{3})000000Z/, '.$1000000Z').replace('Z', '+00:00').replace('+00:00', 'Z'),
    'kubernetes.io/config.source': 'file',
  };
  return c.newPod('kube-system', name, { metadata: { labels: file.metadata.labels, annotations }, spec }, node);
}

const SYSTEM_PRIORITY_CLASSES: [string, number, string][] = [
  ['system-node-critical', 2000001000, 'Used for system critical pods that must not be moved from their current node.'],
  ['system-cluster-critical', 2000000000, 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.'],
];

const SYSTEM_ACCOUNTS = 'attachdetach-controller bootstrap-signer certificate-controller clusterrole-aggregation-controller coredns cronjob-controller daemon-set-controller deployment-controller disruption-controller endpoint-controller endpointslice-controller endpointslicemirroring-controller ephemeral-volume-controller expand-controller generic-garbage-collector horizontal-pod-autoscaler job-controller kube-proxy namespace-controller node-controller persistent-volume-binder pod-garbage-collector pv-protection-controller pvc-protection-controller replicaset-controller replication-controller resourcequota-controller root-ca-cert-publisher service-account-controller service-controller statefulset-controller token-cleaner ttl-after-finished-controller ttl-controller'.split(' ');

export { nameUid } from './rand';

export interface InitOptions {
  node: string;
  ip: string;
  version: string;
  podCidr?: string;
  serviceCidr?: string;
  sim?: Partial<NodeSim>;
}

/** Control-plane static pods for a node at a version (replaces older ones). */
export function controlPlanePods(c: Cluster, nodeName: string, version: string): void {
  const node = c.nodeObj(nodeName)!;
  for (const p of c.list('Pod', 'kube-system')) if (p.metadata.ownerReferences?.[0]?.kind === 'Node' && p.spec.nodeName === nodeName) c.remove(p);
  for (const comp of CONTROL_PLANE) staticPod(c, node, comp, version, { podCidr: c.podCidr, serviceCidr: c.serviceCidr });
}

/** kubeadm init: the API objects of a fresh cluster with one control-plane node. */
export function initCluster(c: Cluster, o: InitOptions): void {
  c.version = o.version;
  c.podCidr = o.podCidr ?? '';
  c.serviceCidr = o.serviceCidr ?? '10.96.0.0/12';
  c.endpoint = `${o.ip}:6443`;
  c.initialized = true;
  c.apiserverUp = true;
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system'])
    c.add({ apiVersion: 'v1', kind: 'Namespace', metadata: meta(c, ns, undefined, { labels: { 'kubernetes.io/metadata.name': ns } }), spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
    c.add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(c, 'kube-root-ca.crt', ns), data: { 'ca.crt': '-----BEGIN CERTIFICATE-----\nMIIDBTCCAe2gAwIBAgIIK8s...\n-----END CERTIFICATE-----\n' } });
    c.add({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(c, 'default', ns) });
  }
  // the API server's post-start hook adds the two system priority classes (pkg/apis/scheduling/v1/helpers.go)
  for (const [name, value, description] of SYSTEM_PRIORITY_CLASSES)
    c.add({ apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: meta(c, name, undefined, { uid: nameUid(`pc/${name}`), generation: 1 }), value, description, preemptionPolicy: 'PreemptLowerPriority' });
  // the controller manager runs each controller with its own account (kubeadm sets --use-service-account-credentials);
  // kubeadm adds CoreDNS's and kube-proxy's. Their uids come from their names, so the story's random draws stay as they were.
  for (const name of SYSTEM_ACCOUNTS) c.add({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta(c, name, 'kube-system', { uid: nameUid(`sa/kube-system/${name}`) }) });
  c.add({ apiVersion: 'v1', kind: 'Service', metadata: meta(c, 'kubernetes', 'default', { labels: { component: 'apiserver', provider: 'kubernetes' } }), spec: { clusterIP: c.clusterIp('10.96.0.1'), clusterIPs: ['10.96.0.1'], internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }], sessionAffinity: 'None', type: 'ClusterIP' }, status: { loadBalancer: {} } });
  c.add({ apiVersion: 'v1', kind: 'Endpoints', metadata: meta(c, 'kubernetes', 'default', { labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } }), subsets: [{ addresses: [{ ip: o.ip }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }] });
  c.add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(c, 'kubeadm-config', 'kube-system'), data: { ClusterConfiguration: kubeadmConfig(c, o.version) } });
  c.add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(c, 'kubelet-config', 'kube-system'), data: { kubelet: 'apiVersion: kubelet.config.k8s.io/v1beta1\ncgroupDriver: systemd\nclusterDNS:\n- 10.96.0.10\nclusterDomain: cluster.local\nkind: KubeletConfiguration\n' } });
  c.add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(c, 'kube-proxy', 'kube-system', { labels: { app: 'kube-proxy' } }), data: { 'config.conf': `apiVersion: kubeproxy.config.k8s.io/v1alpha1\nclusterCIDR: ${c.podCidr}\nkind: KubeProxyConfiguration\nmode: ""\n`, 'kubeconfig.conf': kubeProxyKubeconfig(`https://${o.ip}:6443`) } });
  c.add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(c, 'coredns', 'kube-system'), data: { Corefile: '.:53 {\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30\n    loop\n    reload\n    loadbalance\n}\n' } });
  c.add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta(c, 'cluster-info', 'kube-public'), data: { kubeconfig: `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTi...\n    server: https://${o.ip}:6443\n  name: ""\ncontexts: null\ncurrent-context: ""\nkind: Config\npreferences: {}\nusers: null\n` } });
  c.addNode({ name: o.node, ip: o.ip, controlPlane: true, kubeletVersion: o.version, ...o.sim });
  const n = c.nodes.get(o.node)!;
  for (const i of controlPlaneImages(o.version)) n.images.add(i.startsWith('registry.k8s.io/') ? i : i);
  // the kubelet, started with kubeadm's client certificate in kubelet.conf, asks for a rotatable one
  addKubeletClientCsr(c, o.node, `system:node:${o.node}`, ['system:nodes', 'system:authenticated']);
  controlPlanePods(c, o.node, o.version);
  c.addControlPlaneLeases(o.node);
  addKubeProxy(c, o.version);
  addCoreDns(c, o.version);
  c.add({ apiVersion: 'v1', kind: 'Service', metadata: meta(c, 'kube-dns', 'kube-system', { labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' }, annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' } }), spec: { clusterIP: c.clusterIp('10.96.0.10'), clusterIPs: ['10.96.0.10'], internalTrafficPolicy: 'Cluster', ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack', ports: [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }, { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 }, { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 }], selector: { 'k8s-app': 'kube-dns' }, sessionAffinity: 'None', type: 'ClusterIP' }, status: { loadBalancer: {} } });
}

function kubeadmConfig(c: Cluster, version: string): string {
  return `apiServer:\n  extraArgs:\n    authorization-mode: Node,RBAC\n  timeoutForControlPlane: 4m0s\napiVersion: kubeadm.k8s.io/v1beta3\ncertificatesDir: /etc/kubernetes/pki\nclusterName: kubernetes\ncontrollerManager: {}\ndns: {}\netcd:\n  local:\n    dataDir: /var/lib/etcd\nimageRepository: registry.k8s.io\nkind: ClusterConfiguration\nkubernetesVersion: ${version}\nnetworking:\n  dnsDomain: cluster.local\n${c.podCidr ? `  podSubnet: ${c.podCidr}\n` : ''}  serviceSubnet: ${c.serviceCidr}\nscheduler: {}\n`;
}

function addKubeProxy(c: Cluster, version: string): void {
  c.add({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta(c, 'kube-proxy', 'kube-system', { labels: { 'k8s-app': 'kube-proxy' }, annotations: { 'deprecated.daemonset.template.generation': '1' } }),
    spec: {
      revisionHistoryLimit: 10,
      selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
      template: {
        metadata: { creationTimestamp: null, labels: { 'k8s-app': 'kube-proxy' } },
        spec: {
          // kubeadm's KubeProxyDaemonSet19 template, with the API server's defaults
          containers: [
            {
              name: 'kube-proxy',
              image: `registry.k8s.io/kube-proxy:${version}`,
              imagePullPolicy: 'IfNotPresent',
              command: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'],
              env: [{ name: 'NODE_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } } }],
              resources: {},
              securityContext: { privileged: true },
              terminationMessagePath: '/dev/termination-log',
              terminationMessagePolicy: 'File',
              volumeMounts: [
                { mountPath: '/var/lib/kube-proxy', name: 'kube-proxy' },
                { mountPath: '/run/xtables.lock', name: 'xtables-lock' },
                { mountPath: '/lib/modules', name: 'lib-modules', readOnly: true },
              ],
            },
          ],
          dnsPolicy: 'ClusterFirst',
          hostNetwork: true,
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-node-critical',
          restartPolicy: 'Always',
          schedulerName: 'default-scheduler',
          securityContext: {},
          serviceAccount: 'kube-proxy',
          serviceAccountName: 'kube-proxy',
          terminationGracePeriodSeconds: 30,
          tolerations: [{ operator: 'Exists' }],
          volumes: [
            { name: 'kube-proxy', configMap: { name: 'kube-proxy', defaultMode: 420 } },
            { name: 'xtables-lock', hostPath: { path: '/run/xtables.lock', type: 'FileOrCreate' } },
            { name: 'lib-modules', hostPath: { path: '/lib/modules', type: '' } },
          ],
        },
      },
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: 'RollingUpdate' },
    },
    status: {},
  });
}

/** CoreDNS's pod template as kubeadm writes it for a version. */
function coreDnsTemplate(version: string): any {
  const comps = COMPONENTS[minorOf(version)] ?? COMPONENTS['1.28'];
  return {
    metadata: { creationTimestamp: null, labels: { 'k8s-app': 'kube-dns' } },
    spec: {
      containers: [
        {
          name: 'coredns',
          image: `registry.k8s.io/coredns/coredns:${comps.coredns}`,
          imagePullPolicy: 'IfNotPresent',
          args: ['-conf', '/etc/coredns/Corefile'],
          ports: [{ containerPort: 53, name: 'dns', protocol: 'UDP' }, { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' }, { containerPort: 9153, name: 'metrics', protocol: 'TCP' }],
          resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
        },
      ],
      dnsPolicy: 'Default',
      nodeSelector: { 'kubernetes.io/os': 'linux' },
      priorityClassName: 'system-cluster-critical',
      serviceAccountName: 'coredns',
      tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }],
    },
  };
}

/**
 * The pod-template-hash a real cluster gives kubeadm's CoreDNS ReplicaSet: the same in every cluster of a
 * version (coredns-5dd5756b68-xxxxx on 1.28, coredns-76f75df574-xxxxx on 1.29), as long as the template is
 * kubeadm's own.
 */
const COREDNS_HASH: Record<string, string> = { '1.28': '5dd5756b68', '1.29': '76f75df574' };
export function kubeadmTemplateHash(d: Obj): string | undefined {
  if (d.metadata.namespace !== 'kube-system' || d.metadata.name !== 'coredns') return undefined;
  for (const [minor, hash] of Object.entries(COREDNS_HASH)) if (JSON.stringify(d.spec.template) === JSON.stringify(coreDnsTemplate(`v${minor}.0`))) return hash;
  return undefined;
}

function addCoreDns(c: Cluster, version: string): void {
  c.add({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(c, 'coredns', 'kube-system', { labels: { 'k8s-app': 'kube-dns' }, annotations: { 'deployment.kubernetes.io/revision': '1' } }),
    spec: {
      progressDeadlineSeconds: 600,
      replicas: 2,
      revisionHistoryLimit: 10,
      selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      strategy: { rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 }, type: 'RollingUpdate' },
      template: coreDnsTemplate(version),
    },
    status: {},
  });
}

/**
 * kubeadm join: the kubelet's TLS bootstrap with the token whose id is given (its client CSR, as
 * system:bootstrap:<id>; null when the kubelet already has its credentials), then the node registers.
 * Without an id, one is drawn from the cluster's endpoint (a cluster made without kubeadm's tokens).
 */
export function joinNode(c: Cluster, name: string, ip: string, version: string, sim: Partial<NodeSim> = {}, tokenId?: string | null): void {
  const old = c.nodeObj(name);
  if (old) c.deleteObj(old);
  if (tokenId !== null) {
    const id = tokenId ?? Array.from({ length: 6 }, (_, i) => '0123456789abcdefghijklmnopqrstuvwxyz'[fnv32a(`token/${c.endpoint}#${i}`) % 36]).join('');
    addKubeletClientCsr(c, name, `system:bootstrap:${id}`, ['system:bootstrappers', 'system:bootstrappers:kubeadm:default-node-token', 'system:authenticated']);
  }
  c.addNode({ name, ip, kubeletVersion: version, ...sim });
  c.nodes.get(name)!.images.add(`registry.k8s.io/pause:${(COMPONENTS[minorOf(version)] ?? COMPONENTS['1.28']).pause}`);
}

/** kubeadm upgrade apply: control plane, kube-proxy and CoreDNS move to the new version. */
export function upgradeControlPlane(c: Cluster, node: string, version: string): void {
  c.version = version;
  const n = c.nodes.get(node);
  if (n) for (const i of controlPlaneImages(version)) n.images.add(i);
  controlPlanePods(c, node, version);
  c.restartControlPlaneLeases(node);
  const kp = c.get('DaemonSet', 'kube-system', 'kube-proxy');
  if (kp) {
    kp.spec.template.spec.containers[0].image = `registry.k8s.io/kube-proxy:${version}`;
    kp.metadata.generation = (kp.metadata.generation ?? 1) + 1;
    c.touch(kp);
  }
  const dns = c.get('Deployment', 'kube-system', 'coredns');
  const comps = COMPONENTS[minorOf(version)] ?? COMPONENTS['1.28'];
  if (dns && dns.spec.template.spec.containers[0].image !== `registry.k8s.io/coredns/coredns:${comps.coredns}`) {
    dns.spec.template.spec.containers[0].image = `registry.k8s.io/coredns/coredns:${comps.coredns}`;
    dns.metadata.generation = (dns.metadata.generation ?? 1) + 1;
    c.touch(dns);
  }
  const cm = c.get('ConfigMap', 'kube-system', 'kubeadm-config');
  if (cm) cm.data!.ClusterConfiguration = kubeadmConfig(c, version);
}

/** kube-proxy's kubeconfig.conf in its ConfigMap (kubeadm phases/addons/proxy/manifests.go KubeProxyConfigMap19) */
function kubeProxyKubeconfig(server: string): string {
  return `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt\n    server: ${server}\n  name: default\ncontexts:\n- context:\n    cluster: default\n    namespace: default\n    user: default\n  name: default\ncurrent-context: default\nusers:\n- name: default\n  user:\n    tokenFile: /var/run/secrets/kubernetes.io/serviceaccount/token`;
}

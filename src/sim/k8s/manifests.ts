/** Manifests the lessons fetch by URL, bundled as data (what `kubectl apply -f <url>` reads). */
/* eslint-disable @typescript-eslint/no-explicit-any */

const tpl = (labels: Record<string, string>, spec: any) => ({ metadata: { labels }, spec });
const meta = (name: string, namespace?: string, labels?: Record<string, string>) => ({ name, ...(namespace ? { namespace } : {}), ...(labels ? { labels } : {}) });
const generic = (kind: string, apiVersion: string, name: string, namespace?: string) => ({ apiVersion, kind, metadata: meta(name, namespace) });
const RBAC = 'rbac.authorization.k8s.io/v1';
const withLabels = (o: any, labels?: Record<string, string>) => (labels ? { ...o, metadata: { ...o.metadata, labels } } : o);
/** a ClusterRoleBinding (or a RoleBinding) of the role to one ServiceAccount, as the manifests write them */
const binding = (kind: 'ClusterRoleBinding' | 'RoleBinding', name: string, role: [string, string], sa: [string, string], labels?: Record<string, string>, namespace?: string) =>
  withLabels(
    { ...generic(kind, RBAC, name, namespace), roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: role[0], name: role[1] }, subjects: [{ kind: 'ServiceAccount', name: sa[1], namespace: sa[0] }] },
    labels,
  );

function nginxDeployment(name: string, replicas: number): any {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(name, undefined, { app: 'nginx' }),
    spec: { replicas, selector: { matchLabels: { app: 'nginx' } }, template: tpl({ app: 'nginx' }, { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] }) },
  };
}

function flannel(): any[] {
  const labels = { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' };
  return [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'kube-flannel', labels: { 'k8s-app': 'flannel', 'pod-security.kubernetes.io/enforce': 'privileged' } } },
    withLabels(generic('ServiceAccount', 'v1', 'flannel', 'kube-flannel'), { 'k8s-app': 'flannel' }),
    withLabels(
      {
        ...generic('ClusterRole', RBAC, 'flannel'),
        rules: [
          { apiGroups: [''], resources: ['pods'], verbs: ['get'] },
          { apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list', 'watch'] },
          { apiGroups: [''], resources: ['nodes/status'], verbs: ['patch'] },
        ],
      },
      { 'k8s-app': 'flannel' },
    ),
    binding('ClusterRoleBinding', 'flannel', ['ClusterRole', 'flannel'], ['kube-flannel', 'flannel'], { 'k8s-app': 'flannel' }),
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: meta('kube-flannel-cfg', 'kube-flannel', labels),
      data: {
        'cni-conf.json': '{\n  "name": "cbr0",\n  "cniVersion": "0.3.1",\n  "plugins": [\n    {\n      "type": "flannel",\n      "delegate": {\n        "hairpinMode": true,\n        "isDefaultGateway": true\n      }\n    },\n    {\n      "type": "portmap",\n      "capabilities": {\n        "portMappings": true\n      }\n    }\n  ]\n}\n',
        'net-conf.json': '{\n  "Network": "10.244.0.0/16",\n  "EnableNFTables": false,\n  "Backend": {\n    "Type": "vxlan"\n  }\n}\n',
      },
    },
    {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: meta('kube-flannel-ds', 'kube-flannel', labels),
      spec: {
        selector: { matchLabels: { app: 'flannel' } },
        template: tpl(labels, {
          hostNetwork: true,
          priorityClassName: 'system-node-critical',
          serviceAccountName: 'flannel',
          tolerations: [{ effect: 'NoSchedule', operator: 'Exists' }],
          initContainers: [
            { name: 'install-cni-plugin', image: 'docker.io/flannel/flannel-cni-plugin:v1.5.1-flannel2', command: ['cp'], args: ['-f', '/flannel', '/opt/cni/bin/flannel'] },
            { name: 'install-cni', image: 'docker.io/flannel/flannel:v0.26.1', command: ['cp'], args: ['-f', '/etc/kube-flannel/cni-conf.json', '/etc/cni/net.d/10-flannel.conflist'] },
          ],
          containers: [
            {
              name: 'kube-flannel',
              image: 'docker.io/flannel/flannel:v0.26.1',
              command: ['/opt/bin/flanneld'],
              args: ['--ip-masq', '--kube-subnet-mgr'],
              resources: { requests: { cpu: '100m', memory: '50Mi' } },
            },
          ],
        }),
      },
    },
  ];
}

const CALICO_CRDS = 'bgpconfigurations bgpfilters bgppeers blockaffinities caliconodestatuses clusterinformations felixconfigurations globalnetworkpolicies globalnetworksets hostendpoints ipamblocks ipamconfigs ipamhandles ippools ipreservations kubecontrollersconfigurations networkpolicies networksets';

function calico(): any[] {
  const out: any[] = [
    { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: meta('calico-kube-controllers', 'kube-system') },
    generic('ServiceAccount', 'v1', 'calico-kube-controllers', 'kube-system'),
    generic('ServiceAccount', 'v1', 'calico-node', 'kube-system'),
    generic('ServiceAccount', 'v1', 'calico-cni-plugin', 'kube-system'),
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('calico-config', 'kube-system'), data: { calico_backend: 'bird', cni_network_config: '{}', typha_service_name: 'none', veth_mtu: '0' } },
    ...CALICO_CRDS.split(' ').map((n) => generic('CustomResourceDefinition', 'apiextensions.k8s.io/v1', `${n}.crd.projectcalico.org`)),
    ...['calico-kube-controllers', 'calico-node', 'calico-cni-plugin'].map((n) => generic('ClusterRole', RBAC, n)),
    ...['calico-kube-controllers', 'calico-node', 'calico-cni-plugin'].map((n) => binding('ClusterRoleBinding', n, ['ClusterRole', n], ['kube-system', n])),
  ];
  out.push({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta('calico-node', 'kube-system', { 'k8s-app': 'calico-node' }),
    spec: {
      selector: { matchLabels: { 'k8s-app': 'calico-node' } },
      template: tpl({ 'k8s-app': 'calico-node' }, {
        hostNetwork: true,
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        priorityClassName: 'system-node-critical',
        serviceAccountName: 'calico-node',
        tolerations: [{ effect: 'NoSchedule', operator: 'Exists' }, { key: 'CriticalAddonsOnly', operator: 'Exists' }, { effect: 'NoExecute', operator: 'Exists' }],
        containers: [{ name: 'calico-node', image: 'docker.io/calico/node:v3.26.1', resources: { requests: { cpu: '250m' } } }],
      }),
    },
  });
  out.push({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta('calico-kube-controllers', 'kube-system', { 'k8s-app': 'calico-kube-controllers' }),
    spec: {
      replicas: 1,
      selector: { matchLabels: { 'k8s-app': 'calico-kube-controllers' } },
      strategy: { type: 'Recreate' },
      template: tpl({ 'k8s-app': 'calico-kube-controllers' }, {
        nodeSelector: { 'kubernetes.io/os': 'linux' },
        priorityClassName: 'system-cluster-critical',
        serviceAccountName: 'calico-kube-controllers',
        tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, { effect: 'NoSchedule', key: 'node-role.kubernetes.io/master' }, { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' }],
        containers: [{ name: 'calico-kube-controllers', image: 'docker.io/calico/kube-controllers:v3.26.1' }],
      }),
    },
  });
  return out;
}

function metricsServer(): any[] {
  const labels = { 'k8s-app': 'metrics-server' };
  return [
    { ...generic('ServiceAccount', 'v1', 'metrics-server', 'kube-system'), metadata: meta('metrics-server', 'kube-system', labels) },
    withLabels(
      { ...generic('ClusterRole', RBAC, 'system:aggregated-metrics-reader'), rules: [{ apiGroups: ['metrics.k8s.io'], resources: ['pods', 'nodes'], verbs: ['get', 'list', 'watch'] }] },
      { ...labels, 'rbac.authorization.k8s.io/aggregate-to-admin': 'true', 'rbac.authorization.k8s.io/aggregate-to-edit': 'true', 'rbac.authorization.k8s.io/aggregate-to-view': 'true' },
    ),
    withLabels(
      {
        ...generic('ClusterRole', RBAC, 'system:metrics-server'),
        rules: [
          { apiGroups: [''], resources: ['nodes/metrics'], verbs: ['get'] },
          { apiGroups: [''], resources: ['pods', 'nodes'], verbs: ['get', 'list', 'watch'] },
        ],
      },
      labels,
    ),
    binding('RoleBinding', 'metrics-server-auth-reader', ['Role', 'extension-apiserver-authentication-reader'], ['kube-system', 'metrics-server'], labels, 'kube-system'),
    binding('ClusterRoleBinding', 'metrics-server:system:auth-delegator', ['ClusterRole', 'system:auth-delegator'], ['kube-system', 'metrics-server'], labels),
    binding('ClusterRoleBinding', 'system:metrics-server', ['ClusterRole', 'system:metrics-server'], ['kube-system', 'metrics-server'], labels),
    { apiVersion: 'v1', kind: 'Service', metadata: meta('metrics-server', 'kube-system', labels), spec: { ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }], selector: labels } },
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta('metrics-server', 'kube-system', labels),
      spec: {
        selector: { matchLabels: labels },
        strategy: { rollingUpdate: { maxUnavailable: 0 } },
        template: tpl(labels, {
          containers: [
            {
              name: 'metrics-server',
              image: 'registry.k8s.io/metrics-server/metrics-server:v0.7.2',
              args: ['--cert-dir=/tmp', '--secure-port=10250', '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname', '--kubelet-use-node-status-port', '--metric-resolution=15s'],
              ports: [{ containerPort: 10250, name: 'https', protocol: 'TCP' }],
              readinessProbe: { httpGet: { path: '/readyz', port: 'https', scheme: 'HTTPS' }, initialDelaySeconds: 20, periodSeconds: 10, failureThreshold: 3 },
              resources: { requests: { cpu: '100m', memory: '200Mi' } },
              volumeMounts: [{ mountPath: '/tmp', name: 'tmp-dir' }],
            },
          ],
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'metrics-server',
          volumes: [{ emptyDir: {}, name: 'tmp-dir' }],
        }),
      },
    },
    {
      ...withLabels(generic('APIService', 'apiregistration.k8s.io/v1', 'v1beta1.metrics.k8s.io'), { 'k8s-app': 'metrics-server' }),
      spec: { group: 'metrics.k8s.io', groupPriorityMinimum: 100, insecureSkipTLSVerify: true, service: { name: 'metrics-server', namespace: 'kube-system' }, version: 'v1beta1', versionPriority: 100 },
    },
  ];
}

function phpApache(): any[] {
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'php-apache' },
      spec: {
        selector: { matchLabels: { run: 'php-apache' } },
        template: tpl({ run: 'php-apache' }, { containers: [{ name: 'php-apache', image: 'registry.k8s.io/hpa-example', ports: [{ containerPort: 80 }], resources: { limits: { cpu: '500m' }, requests: { cpu: '200m' } } }] }),
      },
    },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'php-apache', labels: { run: 'php-apache' } }, spec: { ports: [{ port: 80 }], selector: { run: 'php-apache' } } },
  ];
}

const FLANNEL = ['https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml', 'https://raw.githubusercontent.com/flannel-io/flannel/master/Documentation/kube-flannel.yml', 'https://raw.githubusercontent.com/coreos/flannel/master/Documentation/kube-flannel.yml'];
const CALICO = ['https://raw.githubusercontent.com/projectcalico/calico/v3.26.1/manifests/calico.yaml', 'https://docs.projectcalico.org/manifests/calico.yaml', 'https://calico-v3-25.netlify.app/archive/v3.25/manifests/calico.yaml'];

/** URL → manifest documents */
export function bundledManifest(url: string): any[] | undefined {
  const u = url.replace(/^http:/, 'https:');
  if (FLANNEL.includes(u)) return flannel();
  if (CALICO.includes(u) || /projectcalico\/calico\/v3\.\d+\.\d+\/manifests\/calico\.yaml$/.test(u)) return calico();
  if (/metrics-server\/releases\/(latest\/download|download\/v0\.[67]\.\d)\/components\.yaml$/.test(u)) return metricsServer();
  switch (u.replace('https://kubernetes.io/examples/', 'https://k8s.io/examples/')) {
    case 'https://k8s.io/examples/controllers/nginx-deployment.yaml':
      return [nginxDeployment('nginx-deployment', 3)];
    case 'https://k8s.io/examples/application/deployment.yaml':
      return [nginxDeployment('nginx-deployment', 2)];
    case 'https://k8s.io/examples/application/deployment-update.yaml': {
      const d = nginxDeployment('nginx-deployment', 2);
      d.spec.template.spec.containers[0].image = 'nginx:1.16.1';
      return [d];
    }
    case 'https://k8s.io/examples/application/deployment-scale.yaml': {
      const d = nginxDeployment('nginx-deployment', 4);
      d.spec.template.spec.containers[0].image = 'nginx:1.16.1';
      return [d];
    }
    case 'https://k8s.io/examples/pods/simple-pod.yaml':
      return [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'nginx' }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.14.2', ports: [{ containerPort: 80 }] }] } }];
    case 'https://k8s.io/examples/service/networking/run-my-nginx.yaml':
      return [{ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'my-nginx' }, spec: { selector: { matchLabels: { run: 'my-nginx' } }, replicas: 2, template: tpl({ run: 'my-nginx' }, { containers: [{ name: 'my-nginx', image: 'nginx', ports: [{ containerPort: 80 }] }] }) } }];
    case 'https://k8s.io/examples/application/php-apache.yaml':
      return phpApache();
    // the "Debugging DNS Resolution" task's test pod (content/en/examples/admin/dns/dnsutils.yaml)
    case 'https://k8s.io/examples/admin/dns/dnsutils.yaml':
      return [{ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'dnsutils', namespace: 'default' }, spec: { containers: [{ name: 'dnsutils', image: 'registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3', command: ['sleep', 'infinity'], imagePullPolicy: 'IfNotPresent' }], restartPolicy: 'Always' } }];
  }
  return undefined;
}

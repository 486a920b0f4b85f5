/**
 * The RBAC objects a new kubeadm cluster holds, as data: kube-apiserver's bootstrap policy and kubeadm's own.
 *
 * kube-apiserver: kubernetes/kubernetes plugin/pkg/auth/authorizer/rbac/bootstrappolicy/testdata/, read at commit
 * 025f2834a128798cef30018a5e6a6ae82b5ad885 (cluster-roles.yaml, controller-roles.yaml: no v1.28.15 copy is stored where
 * it could be read; this one has 1.28's feature set: selfsubjectreviews in system:basic-user, the node controller's
 * clustercidrs, no legacy-service-account-token-cleaner). The bindings: cluster-role-bindings.yaml of v1.28.0 (the
 * kevinhehc/k8s-1.28 copy of the release tree),
 * controller-role-bindings.yaml's one binding per controller role (ServiceAccount kube-system/<controller>),
 * namespace-roles.yaml and namespace-role-bindings.yaml as v1.28.0 has them (the same copy), checked against
 * the testdata of cluster-roles.yaml and controller-roles.yaml there too. See tests/golden/kubectl/RBAC.md.
 *
 * A rule is `groups|resources|verbs|names`, lists split by commas, `core` for the core group ""; a rule whose groups
 * are empty lists non-resource URLs in place of resources.
 */

export interface RoleData {
  name: string;
  /** rbac.authorization.k8s.io/aggregate-to-* labels the role carries (admin, edit, view) */
  to?: string[];
  /** aggregationRule: the aggregate-to-* label it collects */
  from?: string;
  rules: string[];
}

const RW = 'create,delete,deletecollection,patch,update';
const R = 'get,list,watch';
const EV = `core,events.k8s.io|events|create,patch,update`;
const APPROVER = (s: string) => `certificates.k8s.io|signers|approve|kubernetes.io/${s}`;

export const CLUSTER_ROLES: RoleData[] = [
  { name: 'admin', from: 'admin', rules: [] },
  { name: 'cluster-admin', rules: ['*|*|*', '|*|*'] },
  { name: 'edit', to: ['admin'], from: 'edit', rules: [] },
  { name: 'system:aggregate-to-admin', to: ['admin'], rules: ['authorization.k8s.io|localsubjectaccessreviews|create', 'rbac.authorization.k8s.io|rolebindings,roles|create,delete,deletecollection,get,list,patch,update,watch'] },
  {
    name: 'system:aggregate-to-edit',
    to: ['edit'],
    rules: [
      `core|pods/attach,pods/exec,pods/portforward,pods/proxy,secrets,services/proxy|${R}`,
      'core|serviceaccounts|impersonate',
      `core|pods,pods/attach,pods/exec,pods/portforward,pods/proxy|${RW}`,
      'core|pods/eviction|create',
      `core|configmaps,events,persistentvolumeclaims,replicationcontrollers,replicationcontrollers/scale,secrets,serviceaccounts,services,services/proxy|${RW}`,
      'core|serviceaccounts/token|create',
      `apps|daemonsets,deployments,deployments/rollback,deployments/scale,replicasets,replicasets/scale,statefulsets,statefulsets/scale|${RW}`,
      `autoscaling|horizontalpodautoscalers|${RW}`,
      `batch|cronjobs,jobs|${RW}`,
      `extensions|daemonsets,deployments,deployments/rollback,deployments/scale,ingresses,networkpolicies,replicasets,replicasets/scale,replicationcontrollers/scale|${RW}`,
      `policy|poddisruptionbudgets|${RW}`,
      `networking.k8s.io|ingresses,networkpolicies|${RW}`,
      'coordination.k8s.io|leases|create,delete,deletecollection,get,list,patch,update,watch',
    ],
  },
  {
    name: 'system:aggregate-to-view',
    to: ['view'],
    rules: [
      `core|configmaps,endpoints,persistentvolumeclaims,persistentvolumeclaims/status,pods,replicationcontrollers,replicationcontrollers/scale,serviceaccounts,services,services/status|${R}`,
      `core|bindings,events,limitranges,namespaces/status,pods/log,pods/status,replicationcontrollers/status,resourcequotas,resourcequotas/status|${R}`,
      `core|namespaces|${R}`,
      `discovery.k8s.io|endpointslices|${R}`,
      `apps|controllerrevisions,daemonsets,daemonsets/status,deployments,deployments/scale,deployments/status,replicasets,replicasets/scale,replicasets/status,statefulsets,statefulsets/scale,statefulsets/status|${R}`,
      `autoscaling|horizontalpodautoscalers,horizontalpodautoscalers/status|${R}`,
      `batch|cronjobs,cronjobs/status,jobs,jobs/status|${R}`,
      `extensions|daemonsets,daemonsets/status,deployments,deployments/scale,deployments/status,ingresses,ingresses/status,networkpolicies,replicasets,replicasets/scale,replicasets/status,replicationcontrollers/scale|${R}`,
      `policy|poddisruptionbudgets,poddisruptionbudgets/status|${R}`,
      `networking.k8s.io|ingresses,ingresses/status,networkpolicies|${R}`,
    ],
  },
  { name: 'system:auth-delegator', rules: ['authentication.k8s.io|tokenreviews|create', 'authorization.k8s.io|subjectaccessreviews|create'] },
  { name: 'system:basic-user', rules: ['authorization.k8s.io|selfsubjectaccessreviews,selfsubjectrulesreviews|create', 'authentication.k8s.io|selfsubjectreviews|create'] },
  { name: 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', rules: ['certificates.k8s.io|certificatesigningrequests/nodeclient|create'] },
  { name: 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', rules: ['certificates.k8s.io|certificatesigningrequests/selfnodeclient|create'] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-approver', rules: [APPROVER('kube-apiserver-client')] },
  { name: 'system:certificates.k8s.io:kube-apiserver-client-kubelet-approver', rules: [APPROVER('kube-apiserver-client-kubelet')] },
  { name: 'system:certificates.k8s.io:kubelet-serving-approver', rules: [APPROVER('kubelet-serving')] },
  { name: 'system:certificates.k8s.io:legacy-unknown-approver', rules: [APPROVER('legacy-unknown')] },
  { name: 'system:discovery', rules: ['|/api,/api/*,/apis,/apis/*,/healthz,/livez,/openapi,/openapi/*,/readyz,/version,/version/|get'] },
  { name: 'system:heapster', rules: [`core|events,namespaces,nodes,pods|${R}`, `extensions|deployments|${R}`] },
  { name: 'system:kube-aggregator', rules: [`core|endpoints,services|${R}`] },
  {
    name: 'system:kube-controller-manager',
    rules: [
      EV,
      'coordination.k8s.io|leases|create',
      'coordination.k8s.io|leases|get,update|kube-controller-manager',
      'core|secrets,serviceaccounts|create',
      'core|secrets|delete',
      'core|configmaps,namespaces,secrets,serviceaccounts|get',
      'core|secrets,serviceaccounts|update',
      'authentication.k8s.io|tokenreviews|create',
      'authorization.k8s.io|subjectaccessreviews|create',
      '*|*|list,watch',
      'core|serviceaccounts/token|create',
    ],
  },
  { name: 'system:kube-dns', rules: ['core|endpoints,services|list,watch'] },
  {
    name: 'system:kube-scheduler',
    rules: [
      EV,
      'coordination.k8s.io|leases|create',
      'coordination.k8s.io|leases|get,update|kube-scheduler',
      `core|nodes|${R}`,
      'core|pods|delete,get,list,watch',
      'core|bindings,pods/binding|create',
      'core|pods/status|patch,update',
      `core|replicationcontrollers,services|${R}`,
      `apps,extensions|replicasets|${R}`,
      `apps|statefulsets|${R}`,
      `policy|poddisruptionbudgets|${R}`,
      `core|persistentvolumeclaims,persistentvolumes|${R}`,
      'authentication.k8s.io|tokenreviews|create',
      'authorization.k8s.io|subjectaccessreviews|create',
      `storage.k8s.io|csinodes|${R}`,
      `core|namespaces|${R}`,
      `storage.k8s.io|csidrivers|${R}`,
      `storage.k8s.io|csistoragecapacities|${R}`,
    ],
  },
  { name: 'system:kubelet-api-admin', rules: [`core|nodes|${R}`, 'core|nodes|proxy', 'core|nodes/log,nodes/metrics,nodes/proxy,nodes/stats|*'] },
  { name: 'system:monitoring', rules: ['|/healthz,/healthz/*,/livez,/livez/*,/metrics,/metrics/slis,/readyz,/readyz/*|get'] },
  {
    name: 'system:node',
    rules: [
      'authentication.k8s.io|tokenreviews|create',
      'authorization.k8s.io|localsubjectaccessreviews,subjectaccessreviews|create',
      `core|services|${R}`,
      'core|nodes|create,get,list,watch',
      'core|nodes/status|patch,update',
      'core|nodes|patch,update',
      'core|events|create,patch,update',
      `core|pods|${R}`,
      'core|pods|create,delete',
      'core|pods/status|patch,update',
      'core|pods/eviction|create',
      `core|configmaps,secrets|${R}`,
      'core|persistentvolumeclaims,persistentvolumes|get',
      'core|endpoints|get',
      'certificates.k8s.io|certificatesigningrequests|create,get,list,watch',
      'coordination.k8s.io|leases|create,delete,get,patch,update',
      'storage.k8s.io|volumeattachments|get',
      'core|serviceaccounts/token|create',
      'core|persistentvolumeclaims/status|get,patch,update',
      `storage.k8s.io|csidrivers|${R}`,
      'storage.k8s.io|csinodes|create,delete,get,patch,update',
      `node.k8s.io|runtimeclasses|${R}`,
    ],
  },
  { name: 'system:node-bootstrapper', rules: ['certificates.k8s.io|certificatesigningrequests|create,get,list,watch'] },
  { name: 'system:node-problem-detector', rules: ['core|nodes|get', 'core|nodes/status|patch', EV] },
  { name: 'system:node-proxier', rules: ['core|endpoints,services|list,watch', `core|nodes|${R}`, EV, 'discovery.k8s.io|endpointslices|list,watch'] },
  {
    name: 'system:persistent-volume-provisioner',
    rules: ['core|persistentvolumes|create,delete,get,list,watch', 'core|persistentvolumeclaims|get,list,update,watch', `storage.k8s.io|storageclasses|${R}`, 'core|events|watch', EV],
  },
  { name: 'system:public-info-viewer', rules: ['|/healthz,/livez,/readyz,/version,/version/|get'] },
  { name: 'system:service-account-issuer-discovery', rules: ['|/.well-known/openid-configuration,/.well-known/openid-configuration/,/openid/v1/jwks,/openid/v1/jwks/|get'] },
  { name: 'system:volume-scheduler', rules: ['core|persistentvolumes|get,list,patch,update,watch', `storage.k8s.io|storageclasses|${R}`, 'core|persistentvolumeclaims|get,list,patch,update,watch'] },
  { name: 'view', to: ['edit'], from: 'view', rules: [] },
];

/** controller-roles.yaml: system:controller:<name>, each bound to the ServiceAccount kube-system/<name> */
export const CONTROLLER_ROLES: RoleData[] = [
  {
    name: 'attachdetach-controller',
    rules: ['core|persistentvolumeclaims,persistentvolumes|list,watch', `core|nodes|${R}`, 'core|nodes/status|patch,update', 'core|pods|list,watch', EV, 'storage.k8s.io|volumeattachments|create,delete,get,list,watch', `storage.k8s.io|csidrivers|${R}`, `storage.k8s.io|csinodes|${R}`],
  },
  {
    name: 'certificate-controller',
    rules: [
      'certificates.k8s.io|certificatesigningrequests|delete,get,list,watch',
      'certificates.k8s.io|certificatesigningrequests/approval,certificatesigningrequests/status|update',
      APPROVER('kube-apiserver-client-kubelet'),
      'certificates.k8s.io|signers|sign|kubernetes.io/kube-apiserver-client,kubernetes.io/kube-apiserver-client-kubelet,kubernetes.io/kubelet-serving,kubernetes.io/legacy-unknown',
      'authorization.k8s.io|subjectaccessreviews|create',
      EV,
    ],
  },
  { name: 'clusterrole-aggregation-controller', rules: ['rbac.authorization.k8s.io|clusterroles|escalate,get,list,patch,update,watch'] },
  {
    name: 'cronjob-controller',
    rules: ['batch|cronjobs|get,list,update,watch', 'batch|jobs|create,delete,get,list,patch,update,watch', 'batch|cronjobs/status|update', 'batch|cronjobs/finalizers|update', 'core|pods|delete,list', EV],
  },
  {
    name: 'daemon-set-controller',
    rules: [`apps,extensions|daemonsets|${R}`, 'apps,extensions|daemonsets/status|update', 'apps,extensions|daemonsets/finalizers|update', 'core|nodes|list,watch', 'core|pods|create,delete,list,patch,watch', 'core|pods/binding|create', 'apps|controllerrevisions|create,delete,get,list,patch,update,watch', EV],
  },
  {
    name: 'deployment-controller',
    rules: ['apps,extensions|deployments|get,list,update,watch', 'apps,extensions|deployments/status|update', 'apps,extensions|deployments/finalizers|update', 'apps,extensions|replicasets|create,delete,get,list,patch,update,watch', 'core|pods|get,list,update,watch', EV],
  },
  {
    name: 'disruption-controller',
    rules: [`apps,extensions|deployments|${R}`, `apps,extensions|replicasets|${R}`, `core|replicationcontrollers|${R}`, `policy|poddisruptionbudgets|${R}`, `apps|statefulsets|${R}`, 'policy|poddisruptionbudgets/status|update', '*|*/scale|get', EV, 'core|pods/status|patch'],
  },
  { name: 'endpoint-controller', rules: [`core|pods,services|${R}`, 'core|endpoints|create,delete,get,list,update', 'core|endpoints/restricted|create', EV] },
  { name: 'endpointslice-controller', rules: [`core|nodes,pods,services|${R}`, 'core|services/finalizers|update', 'discovery.k8s.io|endpointslices|create,delete,get,list,update', EV] },
  { name: 'endpointslicemirroring-controller', rules: [`core|endpoints,services|${R}`, 'core|services/finalizers|update', 'core|endpoints/finalizers|update', 'discovery.k8s.io|endpointslices|create,delete,get,list,update', EV] },
  { name: 'ephemeral-volume-controller', rules: [`core|pods|${R}`, 'core|pods/finalizers|update', 'core|persistentvolumeclaims|create,get,list,watch', EV] },
  {
    name: 'expand-controller',
    rules: ['core|persistentvolumes|get,list,patch,update,watch', 'core|persistentvolumeclaims/status|patch,update', `core|persistentvolumeclaims|${R}`, `storage.k8s.io|storageclasses|${R}`, 'core|endpoints,services|get', 'core|secrets|get', EV],
  },
  { name: 'generic-garbage-collector', rules: ['*|*|delete,get,list,patch,update,watch', EV] },
  {
    name: 'horizontal-pod-autoscaler',
    rules: [`autoscaling|horizontalpodautoscalers|${R}`, 'autoscaling|horizontalpodautoscalers/status|update', '*|*/scale|get,update', 'core|pods|list', 'metrics.k8s.io|pods|list', 'custom.metrics.k8s.io|*|get,list', 'external.metrics.k8s.io|*|get,list', EV],
  },
  { name: 'job-controller', rules: ['batch|jobs|get,list,patch,update,watch', 'batch|jobs/status|update', 'batch|jobs/finalizers|update', 'core|pods|create,delete,list,patch,watch', EV] },
  { name: 'namespace-controller', rules: ['core|namespaces|delete,get,list,watch', 'core|namespaces/finalize,namespaces/status|update', '*|*|delete,deletecollection,get,list'] },
  {
    name: 'node-controller',
    rules: ['core|nodes|delete,get,list,patch,update', 'core|nodes/status|patch,update', 'core|pods/status|patch,update', 'core|pods|delete,list', 'networking.k8s.io|clustercidrs|create,get,list,update', EV, 'core|pods|get'],
  },
  {
    name: 'persistent-volume-binder',
    rules: [
      'core|persistentvolumes|create,delete,get,list,update,watch',
      'core|persistentvolumes/status|update',
      'core|persistentvolumeclaims|get,list,update,watch',
      'core|persistentvolumeclaims/status|update',
      'core|pods|create,delete,get,list,watch',
      `storage.k8s.io|storageclasses|${R}`,
      'core|endpoints|create,delete,get,update',
      'core|services|create,delete,get',
      'core|secrets|get',
      'core|nodes|get,list',
      'core|events|watch',
      EV,
    ],
  },
  { name: 'pod-garbage-collector', rules: ['core|pods|delete,list,watch', 'core|nodes|get,list', 'core|pods/status|patch'] },
  { name: 'pv-protection-controller', rules: ['core|persistentvolumes|get,list,update,watch', EV] },
  { name: 'pvc-protection-controller', rules: ['core|persistentvolumeclaims|get,list,update,watch', `core|pods|${R}`, EV] },
  { name: 'replicaset-controller', rules: ['apps,extensions|replicasets|get,list,update,watch', 'apps,extensions|replicasets/status|update', 'apps,extensions|replicasets/finalizers|update', 'core|pods|create,delete,list,patch,watch', EV] },
  { name: 'replication-controller', rules: ['core|replicationcontrollers|get,list,update,watch', 'core|replicationcontrollers/status|update', 'core|replicationcontrollers/finalizers|update', 'core|pods|create,delete,list,patch,watch', EV] },
  { name: 'resourcequota-controller', rules: ['*|*|list,watch', 'core|resourcequotas/status|update', EV] },
  { name: 'root-ca-cert-publisher', rules: ['core|configmaps|create,update', EV] },
  { name: 'route-controller', rules: ['core|nodes|list,watch', 'core|nodes/status|patch', EV] },
  { name: 'service-account-controller', rules: ['core|serviceaccounts|create', EV] },
  { name: 'service-controller', rules: [`core|services|${R}`, 'core|services/status|patch,update', 'core|nodes|list,watch', EV] },
  {
    name: 'statefulset-controller',
    rules: ['core|pods|list,watch', `apps|statefulsets|${R}`, 'apps|statefulsets/status|update', 'apps|statefulsets/finalizers|update', 'core|pods|create,delete,get,patch,update', 'apps|controllerrevisions|create,delete,get,list,patch,update,watch', 'core|persistentvolumeclaims|create,get', EV, 'core|persistentvolumeclaims|delete,update'],
  },
  { name: 'ttl-after-finished-controller', rules: ['batch|jobs|delete,get,list,watch', EV] },
  { name: 'ttl-controller', rules: ['core|nodes|list,patch,update,watch', EV] },
];

/** A binding: name, the role (`ClusterRole:x` / `Role:x`), subjects as `Kind:name` or `ServiceAccount:ns/name`. */
export type BindingData = [name: string, role: string, subjects: string[]];

export const CLUSTER_ROLE_BINDINGS: BindingData[] = [
  ['cluster-admin', 'cluster-admin', ['Group:system:masters']],
  ['system:basic-user', 'system:basic-user', ['Group:system:authenticated']],
  ['system:discovery', 'system:discovery', ['Group:system:authenticated']],
  ['system:kube-controller-manager', 'system:kube-controller-manager', ['User:system:kube-controller-manager']],
  ['system:kube-dns', 'system:kube-dns', ['ServiceAccount:kube-system/kube-dns']],
  ['system:kube-scheduler', 'system:kube-scheduler', ['User:system:kube-scheduler']],
  ['system:monitoring', 'system:monitoring', ['Group:system:monitoring']],
  ['system:node', 'system:node', []],
  ['system:node-proxier', 'system:node-proxier', ['User:system:kube-proxy']],
  ['system:public-info-viewer', 'system:public-info-viewer', ['Group:system:authenticated', 'Group:system:unauthenticated']],
  ['system:service-account-issuer-discovery', 'system:service-account-issuer-discovery', ['Group:system:serviceaccounts']],
  ['system:volume-scheduler', 'system:volume-scheduler', ['User:system:kube-scheduler']],
];

/** namespace-roles.yaml: [namespace, name, rules] */
export const NAMESPACE_ROLES: [string, string, string[]][] = [
  ['kube-public', 'system:controller:bootstrap-signer', [`core|configmaps|${R}`, 'core|configmaps|update|cluster-info', EV]],
  ['kube-system', 'extension-apiserver-authentication-reader', [`core|configmaps|${R}|extension-apiserver-authentication`]],
  ['kube-system', 'system::leader-locking-kube-controller-manager', ['core|configmaps|watch', 'core|configmaps|get,update|kube-controller-manager']],
  ['kube-system', 'system::leader-locking-kube-scheduler', ['core|configmaps|watch', 'core|configmaps|get,update|kube-scheduler']],
  ['kube-system', 'system:controller:bootstrap-signer', [`core|secrets|${R}`]],
  ['kube-system', 'system:controller:cloud-provider', ['core|configmaps|create,get,list,watch']],
  ['kube-system', 'system:controller:token-cleaner', ['core|secrets|delete,get,list,watch', EV]],
];

/** namespace-role-bindings.yaml: [namespace, name, role, subjects] */
export const NAMESPACE_ROLE_BINDINGS: [string, ...BindingData][] = [
  ['kube-public', 'system:controller:bootstrap-signer', 'system:controller:bootstrap-signer', ['ServiceAccount:kube-system/bootstrap-signer']],
  ['kube-system', 'system::extension-apiserver-authentication-reader', 'extension-apiserver-authentication-reader', ['User:system:kube-controller-manager', 'User:system:kube-scheduler']],
  ['kube-system', 'system::leader-locking-kube-controller-manager', 'system::leader-locking-kube-controller-manager', ['User:system:kube-controller-manager', 'ServiceAccount:kube-system/kube-controller-manager']],
  ['kube-system', 'system::leader-locking-kube-scheduler', 'system::leader-locking-kube-scheduler', ['User:system:kube-scheduler', 'ServiceAccount:kube-system/kube-scheduler']],
  ['kube-system', 'system:controller:bootstrap-signer', 'system:controller:bootstrap-signer', ['ServiceAccount:kube-system/bootstrap-signer']],
  ['kube-system', 'system:controller:cloud-provider', 'system:controller:cloud-provider', ['ServiceAccount:kube-system/cloud-provider']],
  ['kube-system', 'system:controller:token-cleaner', 'system:controller:token-cleaner', ['ServiceAccount:kube-system/token-cleaner']],
];

/**
 * kubeadm 1.28's own (cmd/kubeadm/app/phases: bootstraptoken/node, bootstraptoken/clusterinfo, addons/proxy,
 * uploadconfig, kubelet): ClusterRoles, ClusterRoleBindings, and [namespace, Role, rules] with a RoleBinding of the
 * same name to the given subjects. Bootstrap tokens authenticate in the group system:bootstrappers:kubeadm:default-node-token.
 */
const TOKENS = 'Group:system:bootstrappers:kubeadm:default-node-token';
export const KUBEADM_CLUSTER_ROLES: RoleData[] = [{ name: 'kubeadm:get-nodes', rules: ['core|nodes|get'] }];
export const KUBEADM_CLUSTER_ROLE_BINDINGS: BindingData[] = [
  ['kubeadm:get-nodes', 'kubeadm:get-nodes', [TOKENS]],
  ['kubeadm:kubelet-bootstrap', 'system:node-bootstrapper', [TOKENS]],
  ['kubeadm:node-autoapprove-bootstrap', 'system:certificates.k8s.io:certificatesigningrequests:nodeclient', [TOKENS]],
  ['kubeadm:node-autoapprove-certificate-rotation', 'system:certificates.k8s.io:certificatesigningrequests:selfnodeclient', ['Group:system:nodes']],
  ['kubeadm:node-proxier', 'system:node-proxier', ['ServiceAccount:kube-system/kube-proxy']],
];
export const KUBEADM_ROLES: [namespace: string, name: string, rules: string[], subjects: string[]][] = [
  ['kube-public', 'kubeadm:bootstrap-signer-clusterinfo', ['core|configmaps|get|cluster-info'], ['User:system:anonymous']],
  ['kube-system', 'kube-proxy', ['core|configmaps|get|kube-proxy'], [TOKENS]],
  ['kube-system', 'kubeadm:kubelet-config', ['core|configmaps|get|kubelet-config'], ['Group:system:nodes', TOKENS]],
  ['kube-system', 'kubeadm:nodes-kubeadm-config', ['core|configmaps|get|kubeadm-config'], [TOKENS, 'Group:system:nodes']],
];
/** kubeadm 1.29 (phases/kubeconfig EnsureAdminClusterRoleBinding): admin.conf's group gets cluster-admin */
export const KUBEADM_129_CLUSTER_ROLE_BINDINGS: BindingData[] = [['kubeadm:cluster-admins', 'cluster-admin', ['Group:kubeadm:cluster-admins']]];

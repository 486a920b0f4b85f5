/** The API resources the cluster knows: names, short names, groups. One table, used by kubectl and by canonicalKubectl. */

export interface ResourceInfo {
  /** plural resource name, e.g. "deployments" */
  name: string;
  singular: string;
  short: string[];
  /** "" for the core group */
  group: string;
  version: string;
  namespaced: boolean;
  kind: string;
  /** modelled by the simulator (others answer as empty lists) */
  modelled?: boolean;
  /** the verbs and categories discovery gives it (kubectl api-resources -o wide, --verbs, --categories) */
  verbs: string[];
  categories: string[];
}

// name,short(comma),group/version,namespaced(1/0),Kind,modelled(1/0)
const TABLE = `bindings,,v1,1,Binding,0
componentstatuses,cs,v1,0,ComponentStatus,0
configmaps,cm,v1,1,ConfigMap,1
endpoints,ep,v1,1,Endpoints,1
events,ev,v1,1,Event,1
limitranges,limits,v1,1,LimitRange,0
namespaces,ns,v1,0,Namespace,1
nodes,no,v1,0,Node,1
persistentvolumeclaims,pvc,v1,1,PersistentVolumeClaim,1
persistentvolumes,pv,v1,0,PersistentVolume,1
pods,po,v1,1,Pod,1
podtemplates,,v1,1,PodTemplate,0
replicationcontrollers,rc,v1,1,ReplicationController,0
resourcequotas,quota,v1,1,ResourceQuota,0
secrets,,v1,1,Secret,1
serviceaccounts,sa,v1,1,ServiceAccount,1
services,svc,v1,1,Service,1
mutatingwebhookconfigurations,,admissionregistration.k8s.io/v1,0,MutatingWebhookConfiguration,0
validatingwebhookconfigurations,,admissionregistration.k8s.io/v1,0,ValidatingWebhookConfiguration,0
customresourcedefinitions,crd,crds,apiextensions.k8s.io/v1,0,CustomResourceDefinition,0
apiservices,,apiregistration.k8s.io/v1,0,APIService,0
controllerrevisions,,apps/v1,1,ControllerRevision,0
daemonsets,ds,apps/v1,1,DaemonSet,1
deployments,deploy,apps/v1,1,Deployment,1
replicasets,rs,apps/v1,1,ReplicaSet,1
statefulsets,sts,apps/v1,1,StatefulSet,1
selfsubjectreviews,,authentication.k8s.io/v1,0,SelfSubjectReview,0
tokenreviews,,authentication.k8s.io/v1,0,TokenReview,0
localsubjectaccessreviews,,authorization.k8s.io/v1,1,LocalSubjectAccessReview,0
selfsubjectaccessreviews,,authorization.k8s.io/v1,0,SelfSubjectAccessReview,0
selfsubjectrulesreviews,,authorization.k8s.io/v1,0,SelfSubjectRulesReview,0
subjectaccessreviews,,authorization.k8s.io/v1,0,SubjectAccessReview,0
horizontalpodautoscalers,hpa,autoscaling/v2,1,HorizontalPodAutoscaler,1
cronjobs,cj,batch/v1,1,CronJob,1
jobs,,batch/v1,1,Job,1
certificatesigningrequests,csr,certificates.k8s.io/v1,0,CertificateSigningRequest,1
leases,,coordination.k8s.io/v1,1,Lease,0
endpointslices,,discovery.k8s.io/v1,1,EndpointSlice,0
events,ev,events.k8s.io/v1,1,Event,0
flowschemas,,flowcontrol.apiserver.k8s.io/v1beta3,0,FlowSchema,0
prioritylevelconfigurations,,flowcontrol.apiserver.k8s.io/v1beta3,0,PriorityLevelConfiguration,0
nodes,,metrics.k8s.io/v1beta1,0,NodeMetrics,0
pods,,metrics.k8s.io/v1beta1,1,PodMetrics,0
ingressclasses,,networking.k8s.io/v1,0,IngressClass,0
ingresses,ing,networking.k8s.io/v1,1,Ingress,1
networkpolicies,netpol,networking.k8s.io/v1,1,NetworkPolicy,0
runtimeclasses,,node.k8s.io/v1,0,RuntimeClass,0
poddisruptionbudgets,pdb,policy/v1,1,PodDisruptionBudget,1
clusterrolebindings,,rbac.authorization.k8s.io/v1,0,ClusterRoleBinding,1
clusterroles,,rbac.authorization.k8s.io/v1,0,ClusterRole,1
rolebindings,,rbac.authorization.k8s.io/v1,1,RoleBinding,1
roles,,rbac.authorization.k8s.io/v1,1,Role,1
priorityclasses,pc,scheduling.k8s.io/v1,0,PriorityClass,0
csidrivers,,storage.k8s.io/v1,0,CSIDriver,0
csinodes,,storage.k8s.io/v1,0,CSINode,0
csistoragecapacities,,storage.k8s.io/v1,1,CSIStorageCapacity,0
storageclasses,sc,storage.k8s.io/v1,0,StorageClass,0
volumeattachments,,storage.k8s.io/v1,0,VolumeAttachment,0`;

const RW = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
/**
 * Discovery's verbs where they are not the eight of a plain REST store (the kube-apiserver's api/discovery documents
 * and the 1.27 OpenAPI paths: no collection delete for namespaces, create-only reviews and bindings, the read-only
 * component statuses and metrics), keyed by name.group.
 */
const VERBS: Record<string, string[]> = {
  bindings: ['create'],
  componentstatuses: ['get', 'list'],
  namespaces: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  'selfsubjectreviews.authentication.k8s.io': ['create'],
  'tokenreviews.authentication.k8s.io': ['create'],
  'localsubjectaccessreviews.authorization.k8s.io': ['create'],
  'selfsubjectaccessreviews.authorization.k8s.io': ['create'],
  'selfsubjectrulesreviews.authorization.k8s.io': ['create'],
  'subjectaccessreviews.authorization.k8s.io': ['create'],
  'nodes.metrics.k8s.io': ['get', 'list'],
  'pods.metrics.k8s.io': ['get', 'list'],
};
/** the workloads `kubectl get all` lists, and the API extension points */
const CATEGORIES: Record<string, string[]> = {
  pods: ['all'],
  replicationcontrollers: ['all'],
  services: ['all'],
  'daemonsets.apps': ['all'],
  'deployments.apps': ['all'],
  'replicasets.apps': ['all'],
  'statefulsets.apps': ['all'],
  'horizontalpodautoscalers.autoscaling': ['all'],
  'cronjobs.batch': ['all'],
  'jobs.batch': ['all'],
  'mutatingwebhookconfigurations.admissionregistration.k8s.io': ['api-extensions'],
  'validatingwebhookconfigurations.admissionregistration.k8s.io': ['api-extensions'],
  'customresourcedefinitions.apiextensions.k8s.io': ['api-extensions'],
  'apiservices.apiregistration.k8s.io': ['api-extensions'],
};

function singularOf(name: string): string {
  if (name === 'endpoints') return 'endpoints';
  if (name.endsWith('sses')) return name.slice(0, -2);
  if (name.endsWith('ies')) return name.slice(0, -3) + 'y';
  return name.endsWith('s') ? name.slice(0, -1) : name;
}

export const RESOURCES: ResourceInfo[] = TABLE.split('\n').map((line) => {
  const f = line.split(',');
  // customresourcedefinitions carries two short names
  const shorts = f.length === 7 ? [f[1], f[2]] : f[1] ? [f[1]] : [];
  const g = f.length === 7 ? f.slice(3) : f.slice(2);
  const [gv, ns, kind, mod] = g;
  const [group, version] = gv.includes('/') ? gv.split('/') : ['', gv];
  const key = group ? `${f[0]}.${group}` : f[0];
  return { name: f[0], singular: singularOf(f[0]), short: shorts, group, version, namespaced: ns === '1', kind, modelled: mod === '1', verbs: VERBS[key] ?? RW, categories: CATEGORIES[key] ?? [] };
});

const BY_KEY = new Map<string, ResourceInfo>();
for (const r of RESOURCES) {
  if (r.group === 'events.k8s.io' || r.group === 'metrics.k8s.io') continue;
  for (const k of [r.name, r.singular, r.kind.toLowerCase(), ...r.short]) if (!BY_KEY.has(k)) BY_KEY.set(k, r);
  if (r.group) {
    BY_KEY.set(`${r.name}.${r.group}`, r);
    BY_KEY.set(`${r.singular}.${r.group}`, r);
    BY_KEY.set(`${r.name}.${r.version}.${r.group}`, r);
  }
}

/**
 * Resolves what a user typed to a resource, or undefined: "po", "deploy", "Pod", and with a group and
 * version as kubectl reads them, "deployments.apps", "deploy.apps", "deployment.v1.apps".
 */
export function lookupResource(typed: string): ResourceInfo | undefined {
  const t = typed.toLowerCase();
  const direct = BY_KEY.get(t);
  if (direct) return direct;
  const dot = t.indexOf('.');
  if (dot < 0) return undefined;
  const name = t.slice(0, dot);
  const rest = t.slice(dot + 1);
  const m = /^(v\d+(?:(?:alpha|beta)\d+)?)\.(.+)$/.exec(rest);
  const [version, group] = m ? [m[1], m[2]] : [undefined, rest];
  return RESOURCES.find(
    (r) => r.group === group && (!version || r.version === version) && r.group !== 'metrics.k8s.io' && [r.name, r.singular, r.kind.toLowerCase(), ...r.short].includes(name),
  );
}

export function byKind(kind: string): ResourceInfo {
  const r = RESOURCES.find((x) => x.kind === kind && x.group !== 'events.k8s.io' && x.group !== 'metrics.k8s.io');
  if (!r) throw new Error('unknown kind ' + kind);
  return r;
}

/** "deployment.apps" / "pod": the prefix kubectl prints before a name. */
export function qualified(r: ResourceInfo): string {
  return r.group ? `${r.singular}.${r.group}` : r.singular;
}

export function apiVersionOf(r: ResourceInfo): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

/**
 * The version discovery prefers for a resource on a server of the given minor: 1.29 serves flowcontrol.apiserver.k8s.io
 * v1 (GA) beside v1beta3 and prefers v1; 1.28 prefers v1beta3.
 */
export function preferredVersionOf(r: ResourceInfo, minor: number): string {
  return r.group === 'flowcontrol.apiserver.k8s.io' && minor >= 29 ? `${r.group}/v1` : apiVersionOf(r);
}

/**
 * Every group version a kubeadm cluster's API server serves (kube-apiserver's DefaultAPIResourceConfigSource): the
 * preferred ones and the others still served, autoscaling/v1 and the older flowcontrol beta (v1beta2 in 1.28, which
 * 1.29 no longer serves; v1beta3 in 1.29).
 */
export function servedVersions(rs: ResourceInfo[], minor: number): string[] {
  const extra = ['autoscaling/v1', minor >= 29 ? 'flowcontrol.apiserver.k8s.io/v1beta3' : 'flowcontrol.apiserver.k8s.io/v1beta2'];
  return [...new Set([...rs.map((r) => preferredVersionOf(r, minor)), ...extra])].sort();
}

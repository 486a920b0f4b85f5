// kubectl create rolebinding|clusterrolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname]
import { meta, strs, type Builder } from './build';

const RBAC = 'rbac.authorization.k8s.io';

export const build: Builder = (p) => {
  const cluster = p.path[1] === 'clusterrolebinding';
  const m = meta(p, p.args[0]);
  if (cluster) delete m.namespace;
  const role = p.flags.clusterrole ? { apiGroup: RBAC, kind: 'ClusterRole', name: p.flags.clusterrole } : { apiGroup: RBAC, kind: 'Role', name: p.flags.role };
  const subjects: Record<string, unknown>[] = [];
  for (const u of strs(p, 'user')) subjects.push({ kind: 'User', apiGroup: RBAC, name: u });
  for (const g of strs(p, 'group')) subjects.push({ kind: 'Group', apiGroup: RBAC, name: g });
  for (const sa of strs(p, 'serviceaccount')) {
    const [ns, name] = sa.split(':');
    subjects.push({ kind: 'ServiceAccount', name, namespace: ns });
  }
  const obj: Record<string, unknown> = { kind: cluster ? 'ClusterRoleBinding' : 'RoleBinding', apiVersion: `${RBAC}/v1`, metadata: m };
  if (subjects.length) obj.subjects = subjects;
  obj.roleRef = role;
  return { resource: `${cluster ? 'clusterrolebinding' : 'rolebinding'}.${RBAC}`, obj };
};

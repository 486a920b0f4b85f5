/**
 * Writes tests/golden/rbac-objects.json: bootstrap RBAC objects as the simulator holds them (admin, edit and view
 * aggregated), for scripts/record-describe.mjs to serve to the real kubectl 1.28:
 *   npx tsx scripts/golden/rbac-objects.ts && node scripts/record-describe.mjs
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { Cluster } from '../../src/sim/k8s/cluster';
import { toApi } from '../../src/sim/k8s/format';
import { aggregate, bootstrapObjects } from '../../src/sim/k8s/rbac/policy';

const T = Date.parse('2025-12-10T01:02:00Z');
const c = new Cluster(1, T);
for (const o of bootstrapObjects(T)) c.bucket(o.kind).set(c.key(o.metadata.namespace, o.metadata.name), o);
aggregate(c, true);
const pick: [string, string | undefined, string][] = [
  ['ClusterRole', undefined, 'view'],
  ['ClusterRole', undefined, 'admin'],
  ['ClusterRole', undefined, 'cluster-admin'],
  ['ClusterRole', undefined, 'system:discovery'],
  ['ClusterRole', undefined, 'system:controller:certificate-controller'],
  ['ClusterRoleBinding', undefined, 'system:public-info-viewer'],
  ['RoleBinding', 'kube-system', 'kubeadm:nodes-kubeadm-config'],
];
const out = Object.fromEntries(pick.map(([k, ns, n]) => [`${k}/${n}`, toApi(c.get(k, ns, n))]));
const file = path.resolve(import.meta.dirname, '../../tests/golden/rbac-objects.json');
writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
console.log(`wrote ${file}`);

/**
 * Writes tests/golden/kubectl-server/objects/<version>.json: the pod and deployment web (with its ReplicaSets) as the
 * simulator's cluster holds them after the setup of tests/unit/sim/k8s/server-golden.test.ts, for
 * scripts/record-kubectl-server.mjs to serve in the scenes that describe them (the real client then describes the very
 * objects the simulator describes):
 *   npx tsx scripts/golden/kubectl-server-objects.ts && node scripts/record-kubectl-server.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Cluster } from '../../src/sim/k8s/cluster';
import { initCluster, joinNode } from '../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../src/sim/k8s/kubectl';

const dir = path.resolve(import.meta.dirname, '../../tests/golden/kubectl-server/objects');
mkdirSync(dir, { recursive: true });
for (const [version, v] of [['1.28', 'v1.28.15'], ['1.29', 'v1.29.14']]) {
  const c = new Cluster(1);
  initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: v, podCidr: '10.244.0.0/16' });
  joinNode(c, 'w1-k8s', '192.168.56.101', v);
  const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: v, tty: false });
  const run = (line: string) => k.run(line.split(' '));
  run('apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
  c.advance(60_000);
  run('run web --image=nginx');
  run('create deployment web --image=nginx');
  c.advance(60_000);
  run('set image deployment/web nginx=nginx:1.25');
  c.advance(60_000);
  const json = (line: string) => JSON.parse(run(line).out);
  const out = {
    'pods/default/web': json('get pod web -o json'),
    'deployments/default/web': json('get deploy web -o json'),
    'replicasets/default/': json('get rs -o json'),
  };
  writeFileSync(path.join(dir, `${version}.json`), JSON.stringify(out, null, 2) + '\n');
}
console.log(`wrote ${dir}`);

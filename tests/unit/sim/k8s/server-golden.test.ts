/**
 * The simulator against the real kubectl clients talking to an API server that refuses (or answers) their requests:
 * every case recorded by scripts/record-kubectl-server.mjs under tests/golden/kubectl-server/<version>/. The scene
 * says what the user jane may do; here she gets it through a Role and RoleBinding, on a cluster holding what the
 * recording server held (a pod web, a deployment web with two revisions). Tokens and times are the server's own,
 * so they are compared by shape.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { split } from './helpers';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import { initCluster, joinNode } from '../../../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';

const GOLDEN = path.resolve(__dirname, '../../../golden/kubectl-server');
const read = (p: string) => fs.readFileSync(p, 'utf8');

/** what jane may do in each scene, as `kubectl create role` arguments */
const SCENES: Record<string, string[]> = {
  none: [],
  get: ['--verb=get --resource=pods,deployments'],
  getlist: ['--verb=get --resource=pods,deployments', '--verb=list --resource=replicasets'],
  token: ['--verb=create --resource=serviceaccounts/token'],
};

function cluster(version: string, scene: string) {
  const v = version === '1.28' ? 'v1.28.15' : 'v1.29.14';
  const c = new Cluster(1);
  initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: v, podCidr: '10.244.0.0/16' });
  joinNode(c, 'w1-k8s', '192.168.56.101', v);
  const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: v, tty: false });
  const run = (line: string) => k.run(split(line));
  run('apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
  c.advance(60_000);
  run('run web --image=nginx');
  run('create deployment web --image=nginx');
  c.advance(60_000);
  run('set image deployment/web nginx=nginx:1.25');
  c.advance(60_000);
  SCENES[scene].forEach((rule, i) => {
    run(`create role jane-${i} ${rule}`);
    run(`create rolebinding jane-${i} --role=jane-${i} --user=jane`);
  });
  return run;
}

/** the server's token and times are its own: compare them by shape */
const shape = (s: string) => s.replace(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, '<token>').replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, '<time>');

for (const version of ['1.28', '1.29']) {
  describe(`kubectl ${version} against the API server`, () => {
    for (const name of fs.readdirSync(path.join(GOLDEN, version)).sort()) {
      const d = path.join(GOLDEN, version, name);
      const cmd = read(path.join(d, 'cmd')).trimEnd();
      const scene = read(path.join(d, 'scene')).trim();
      it(`${scene}: ${cmd}`, () => {
        const run = cluster(version, scene);
        const r = run(cmd.replace(/^kubectl /, ''));
        expect({ out: shape(r.out), err: shape(r.err), code: r.code }).toEqual({ out: shape(read(path.join(d, 'stdout'))), err: shape(read(path.join(d, 'stderr'))), code: Number(read(path.join(d, 'status'))) });
      });
    }
  });
}

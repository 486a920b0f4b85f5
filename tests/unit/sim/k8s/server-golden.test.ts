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
import { parseAllDocuments } from 'yaml';
import { split } from './helpers';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import { initCluster, joinNode } from '../../../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';

const GOLDEN = path.resolve(__dirname, '../../../golden/kubectl-server');
const read = (p: string) => fs.readFileSync(p, 'utf8');

/**
 * what the scene's subject (jane, or a group or ServiceAccount) may do, as `kubectl create role` arguments (a
 * ClusterRole and ClusterRoleBinding for cluster-scoped kinds)
 */
const SCENES: Record<string, { rules: string[]; cluster?: boolean; subject?: string; setup?: string[] }> = {
  none: { rules: [] },
  get: { rules: ['--verb=get --resource=pods,deployments'] },
  getlist: { rules: ['--verb=get --resource=pods,deployments', '--verb=list --resource=replicasets'] },
  token: { rules: ['--verb=create --resource=serviceaccounts/token'] },
  nodes: { rules: ['--verb=get,list --resource=nodes'], cluster: true },
  list: { rules: ['--verb=get,list --resource=pods,deployments'] },
  devs: { rules: ['--verb=get,list --resource=pods'], subject: '--group=devs' },
  sa: { rules: ['--verb=get,list --resource=pods'], subject: '--serviceaccount=default:default' },
  // the recording server held this cluster's own pod and deployment (scripts/golden/kubectl-server-objects.ts)
  describe: { rules: ['--verb=get --resource=pods,deployments'] },
  // the admin itself, with a service web beside the deployment
  admin: { rules: [], setup: ['create service clusterip web --tcp=80:80'] },
};
/** the manifests the cases name, as the recorder's working directory held them */
const FILES = path.join(GOLDEN, 'files');

function cluster(version: string, scene: string, metrics = false) {
  const v = version === '1.28' ? 'v1.28.15' : 'v1.29.14';
  const c = new Cluster(1);
  initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: v, podCidr: '10.244.0.0/16' });
  joinNode(c, 'w1-k8s', '192.168.56.101', v);
  const written: Record<string, string> = {};
  const k = new Kubectl({
    cluster: c,
    server: 'https://192.168.56.10:6443',
    clientVersion: v,
    tty: false,
    // the recorder's kubectl read /dev/null
    stdinTty: false,
    readFile: (p) => (fs.existsSync(path.join(FILES, p)) ? read(path.join(FILES, p)) : (written[p] ?? null)),
    writeFile: (p, text) => ((written[p] = text), null),
    parseYaml: (t) => parseAllDocuments(t).map((d) => d.toJS()),
  });
  const run = (line: string) => k.run(split(line));
  run('apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
  c.advance(60_000);
  run('run web --image=nginx');
  run('create deployment web --image=nginx');
  c.advance(60_000);
  run('set image deployment/web nginx=nginx:1.25');
  c.advance(60_000);
  if (metrics) {
    // the metrics API the recording server offers, for the cases that use it
    run('apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml');
    run(`patch deployment metrics-server -n kube-system --type=json -p=[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]`);
    c.advance(120_000);
  }
  const { rules, cluster: wide, subject = '--user=jane', setup = [] } = SCENES[scene];
  for (const line of setup) run(line);
  rules.forEach((rule, i) => {
    run(`create ${wide ? 'clusterrole' : 'role'} jane-${i} ${rule}`);
    run(`create ${wide ? 'clusterrolebinding' : 'rolebinding'} jane-${i} --${wide ? 'clusterrole' : 'role'}=jane-${i} ${subject}`);
  });
  return run;
}

/** the server's token and times, and the client's clock and pid in its log lines, are their own: compare them by shape */
const shape = (s: string) =>
  s
    .replace(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, '<token>')
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/g, '<time>')
    .replace(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, 'E<time> <pid> ');
/** a token of the recording server's in a command stands for one this cluster issues to the same ServiceAccount */
const ownToken = (cmd: string, run: (line: string) => { out: string }) => cmd.replace(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+/g, () => run('create token default').out);

for (const version of ['1.28', '1.29']) {
  describe(`kubectl ${version} against the API server`, () => {
    for (const name of fs.readdirSync(path.join(GOLDEN, version)).sort()) {
      const d = path.join(GOLDEN, version, name);
      const cmd = read(path.join(d, 'cmd')).trimEnd();
      const scene = read(path.join(d, 'scene')).trim();
      it(`${scene}: ${cmd}`, () => {
        const run = cluster(version, scene, cmd.startsWith('kubectl top '));
        const r = run(ownToken(cmd, run).replace(/^kubectl /, ''));
        expect({ out: shape(r.out), err: shape(r.err), code: r.code }).toEqual({ out: shape(read(path.join(d, 'stdout'))), err: shape(read(path.join(d, 'stderr'))), code: Number(read(path.join(d, 'status'))) });
      });
    }
  });
}

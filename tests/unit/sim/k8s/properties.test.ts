import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeCluster } from './helpers';
import { pullable } from '../../../../src/sim/k8s/images';
import { ownerOf, type Obj } from '../../../../src/sim/k8s/objects';
import { createObject } from '../../../../src/sim/k8s/apiserver';

const NAMES = ['web', 'api', 'db'];
const IMAGES = ['nginx', 'nginx:1.14.2', 'nginx:1.16.1', 'nginx:1.161', 'httpd'];
const NODES = ['w1-k8s', 'w2-k8s', 'w3-k8s'];

const op = fc.oneof(
  fc.record({ k: fc.constant('create'), name: fc.constantFrom(...NAMES), image: fc.constantFrom(...IMAGES), n: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ k: fc.constant('scale'), name: fc.constantFrom(...NAMES), n: fc.integer({ min: 0, max: 6 }) }),
  fc.record({ k: fc.constant('image'), name: fc.constantFrom(...NAMES), image: fc.constantFrom(...IMAGES) }),
  fc.record({ k: fc.constant('undo'), name: fc.constantFrom(...NAMES) }),
  fc.record({ k: fc.constant('pause'), name: fc.constantFrom(...NAMES), on: fc.boolean() }),
  fc.record({ k: fc.constant('delpod'), i: fc.nat() }),
  fc.record({ k: fc.constant('deldeploy'), name: fc.constantFrom(...NAMES) }),
  fc.record({ k: fc.constant('cordon'), node: fc.constantFrom(...NODES), on: fc.boolean() }),
  fc.record({ k: fc.constant('drain'), node: fc.constantFrom(...NODES) }),
  fc.record({ k: fc.constant('power'), node: fc.constantFrom(...NODES), on: fc.boolean() }),
  fc.record({ k: fc.constant('wait'), ms: fc.integer({ min: 100, max: 400_000 }) }),
  fc.record({ k: fc.constant('kubectl'), line: fc.constantFrom('get pods -A -o wide', 'get all', 'describe nodes', 'get deploy -o yaml', 'get events -A', 'rollout history deployment/web', 'get rs,ep,svc', 'top nodes', 'get jobs,cronjobs,sts,pvc,pv -A', 'describe jobs', 'describe pvc', 'get secrets -A -o yaml', 'delete jobs --all', 'delete sts --all', 'get ing -A', 'describe ingress', 'delete ingress --all', 'events -A', 'expose deployment web --port=80 --cluster-ip=None --name=web-headless') }),
  fc.record({ k: fc.constant('job'), name: fc.constantFrom(...NAMES), fail: fc.boolean() }),
  fc.record({ k: fc.constant('cron'), name: fc.constantFrom(...NAMES) }),
  fc.record({ k: fc.constant('sts'), name: fc.constantFrom(...NAMES), n: fc.integer({ min: 0, max: 4 }), claim: fc.boolean() }),
  fc.record({ k: fc.constant('pv'), i: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ k: fc.constant('secret'), name: fc.constantFrom(...NAMES) }),
  fc.record({ k: fc.constant('ingress'), name: fc.constantFrom(...NAMES) }),
);

describe('cluster invariants under random commands and time', () => {
  it('keeps names unique, never binds new pods to cordoned nodes, never throws, and settles every ReplicaSet', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: 1, max: 1000 }), (ops, seed) => {
        const { c, run } = makeCluster({ workers: 3, seed });
        const violations: string[] = [];
        const bound = new Map<string, string>();
        for (const p of c.list('Pod')) if (p.spec.nodeName) bound.set(p.metadata.uid, p.spec.nodeName);
        c.watch((type, o) => {
          if (o.kind !== 'Pod' || type === 'DELETED') return;
          const n = o.spec?.nodeName;
          if (!n || bound.get(o.metadata.uid) === n) return;
          bound.set(o.metadata.uid, n);
          const node = c.nodeObj(n);
          if (node?.spec.unschedulable && ownerOf(o)?.kind === 'ReplicaSet') violations.push(`${o.metadata.name} bound to cordoned ${n}`);
        });
        for (const x of ops) {
          switch (x.k) {
            case 'create':
              run(`create deployment ${x.name} --image=${x.image} --replicas=${x.n}`);
              break;
            case 'scale':
              run(`scale deployment ${x.name} --replicas=${x.n}`);
              break;
            case 'image':
              run(`set image deployment/${x.name} *=${x.image}`);
              break;
            case 'undo':
              run(`rollout undo deployment/${x.name}`);
              break;
            case 'pause':
              run(`rollout ${x.on ? 'pause' : 'resume'} deployment/${x.name}`);
              break;
            case 'delpod': {
              const ps = c.list('Pod', 'default');
              if (ps.length) run(`delete pod ${ps[x.i % ps.length].metadata.name}`);
              break;
            }
            case 'deldeploy':
              run(`delete deployment ${x.name}`);
              break;
            case 'cordon':
              run(`${x.on ? 'cordon' : 'uncordon'} ${x.node}`);
              break;
            case 'drain':
              run(`drain ${x.node} --ignore-daemonsets`);
              break;
            case 'power':
              c.setNode(x.node, { up: x.on });
              break;
            case 'wait':
              c.advance(x.ms);
              break;
            case 'kubectl':
              expect(run(x.line).code).toBeGreaterThanOrEqual(0);
              break;
            case 'job':
              run(`create job ${x.name}-job --image=busybox:1.36 -- sh -c "${x.fail ? 'exit 1' : 'echo done'}"`);
              break;
            case 'cron':
              run(`create cronjob ${x.name}-cron --image=busybox:1.36 --schedule "*/2 * * * *" -- echo hi`);
              break;
            case 'sts':
              if (!c.get('StatefulSet', 'default', x.name + '-sts'))
                createObject(c, { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: x.name + '-sts' }, spec: { serviceName: x.name, replicas: x.n, selector: { matchLabels: { set: x.name } }, template: { metadata: { labels: { set: x.name } }, spec: { containers: [{ name: 'c', image: 'nginx:1.25' }] } }, volumeClaimTemplates: x.claim ? [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }] : undefined } }, 'default', false);
              else run(`scale statefulset ${x.name}-sts --replicas=${x.n}`);
              break;
            case 'pv':
              if (!c.get('PersistentVolume', undefined, `pv${x.i}`)) createObject(c, { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: `pv${x.i}` }, spec: { capacity: { storage: `${x.i}Gi` }, accessModes: ['ReadWriteOnce'], hostPath: { path: `/mnt/pv${x.i}` } } }, undefined, false);
              break;
            case 'secret':
              run(`create secret generic ${x.name} --from-literal=k=${x.name}`);
              break;
            case 'ingress':
              run(`create ingress ${x.name} --rule=${x.name}.example.com/=${x.name}:80`);
              break;
          }
          // without an ingress controller no Ingress ever gets an address
          for (const ing of c.list('Ingress')) if ((ing.status?.loadBalancer?.ingress ?? []).length) violations.push(`${ing.metadata.name} has an address without a controller`);
          // a volume is bound to one claim at most, and a bound claim names a volume bound back to it
          const claimed = new Map<string, string>();
          for (const pv of c.list('PersistentVolume')) {
            const ref = pv.spec.claimRef;
            if (!ref || pv.status?.phase !== 'Bound') continue;
            const key = `${ref.namespace}/${ref.name}`;
            if (claimed.has(key)) violations.push(`${key} bound twice`);
            claimed.set(key, pv.metadata.name);
          }
          for (const pvc of c.list('PersistentVolumeClaim')) if (pvc.status?.phase === 'Bound' && claimed.get(`${pvc.metadata.namespace}/${pvc.metadata.name}`) !== pvc.spec.volumeName) violations.push(`${pvc.metadata.name} bound to ${pvc.spec.volumeName} one way only`);
          for (const j of c.list('Job')) if ((j.status?.succeeded ?? 0) > (j.spec.completions ?? 1)) violations.push(`${j.metadata.name} succeeded more than its completions`);
          const uids = new Set<string>();
          const names = new Set<string>();
          for (const p of c.list('Pod')) {
            const key = `${p.metadata.namespace}/${p.metadata.name}`;
            if (names.has(key)) violations.push(`duplicate name ${key}`);
            if (uids.has(p.metadata.uid)) violations.push(`duplicate uid ${p.metadata.uid}`);
            names.add(key);
            uids.add(p.metadata.uid);
          }
        }
        // bring every node back, make all schedulable, resume, and let the controllers settle
        for (const n of NODES) {
          c.setNode(n, { up: true });
          run(`uncordon ${n}`);
        }
        for (const d of c.list('Deployment', 'default')) if (d.spec.paused) run(`rollout resume deployment/${d.metadata.name}`);
        c.advance(15 * 60_000);
        for (const rs of c.list('ReplicaSet', 'default')) {
          const image = rs.spec.template.spec.containers[0].image;
          if (!pullable(image).ok) continue;
          const ready = c.list('Pod', 'default').filter((p: Obj) => ownerOf(p)?.uid === rs.metadata.uid && c.podReady(p));
          if (ready.length !== rs.spec.replicas) violations.push(`${rs.metadata.name}: ${ready.length}/${rs.spec.replicas} ready`);
        }
        for (const ss of c.list('StatefulSet', 'default')) {
          const pods = c.list('Pod', 'default').filter((p: Obj) => ownerOf(p)?.uid === ss.metadata.uid && !p.metadata.deletionTimestamp);
          const claims = !!ss.spec.volumeClaimTemplates?.length;
          // with claims and no volumes for them, the first pod waits Pending and the rest are never made
          const want = claims ? Math.min(ss.spec.replicas, pods.length) : ss.spec.replicas;
          const names = pods.map((p) => p.metadata.name).sort();
          const expected = Array.from({ length: want }, (_, i) => `${ss.metadata.name}-${i}`).sort();
          if (JSON.stringify(names) !== JSON.stringify(expected)) violations.push(`${ss.metadata.name}: pods ${names.join(',')}`);
        }
        for (const d of c.list('Deployment', 'default')) {
          const image = d.spec.template.spec.containers[0].image;
          if (pullable(image).ok && (d.status.availableReplicas ?? 0) !== d.spec.replicas) violations.push(`deployment ${d.metadata.name} ${d.status.availableReplicas}/${d.spec.replicas}`);
        }
        expect(violations).toEqual([]);
      }),
      { numRuns: Number(process.env.K8S_PROP_RUNS ?? 60) },
    );
  }, 120_000);
});

describe('kubectl never throws on arbitrary command lines', () => {
  const words = ['get', 'describe', 'delete', 'create', 'apply', 'run', 'expose', 'scale', 'set', 'image', 'rollout', 'status', 'history', 'undo', 'pause', 'resume', 'restart', 'label', 'annotate', 'logs', 'exec', 'cordon', 'uncordon', 'drain', 'taint', 'autoscale', 'top', 'node', 'pod', 'patch', 'cluster-info', 'version', 'api-resources', 'config', 'view', 'explain', 'proxy', 'pods', 'po', 'deploy', 'deployment', 'svc', 'nodes', 'ns', 'rs', 'ds', 'ep', 'cm', 'hpa', 'events', 'all', 'namespace', 'service', 'nodeport', 'clusterip', 'configmap', 'web', 'w1-k8s', 'm-k8s', 'kube-system', 'deploy/web', 'pod/x', 'nginx=nginx:1.16.1', 'app=web', 'env-', 'key=val:NoSchedule', 'key-', '--', 'sh', 'ls', 'env', 'wait', 'port-forward', '8080:80', 'replace', 'diff', 'debug', 'attach', 'cp', 'web:/tmp/x', '/etc/hosts', 'auth', 'can-i', 'whoami', 'role', 'clusterrole', 'edit', 'deployment.v1.apps/web', 'deployments.apps', 'node/w1-k8s', 'ingress', 'ing', 'secret', 'generic', 'tls', 'docker-registry', 'job', 'cronjob', 'sts', 'pvc', 'pv', 'jobs.batch', 'statefulsets.apps'];
  const flags = ['-n', 'kube-system', '-A', '-o', 'wide', 'yaml', 'json', 'name', 'jsonpath={.items[*].metadata.name}', 'jsonpath={.bad', 'go-template={{.metadata.name}}', '-l', 'app=web', '--show-labels', '--replicas=3', '--replicas', 'x', '--image=nginx', '--port=80', '--type=NodePort', '--to-revision=1', '--ignore-daemonsets', '--force', '--all', '-f', 'https://k8s.io/examples/controllers/nginx-deployment.yaml', 'missing.yaml', '--tail=2', '-c', 'nginx', '-it', '--min=1', '--max=3', '--cpu-percent=50', '-p', '{"spec":{"replicas":2}}', '--type=json', '--sort-by=.metadata.name', '--watch', '-w', '--help', '--bogus', '-z', '--grace-period=0', '--overwrite', '--tcp=80:80', '--for=condition=Ready', '--for=delete', '--for=jsonpath={.status.phase}=Running', '--timeout=2s', '--types=Warning', '--for=deploy/web', '--list', '--as=jane', '--verb=get', '--resource=pods', '--image=busybox', '--target=web', '--previous', '-i', '--address=0.0.0.0', '--from-literal=a=b', '--rule=a.com/=web:80', '--schedule=*/1 * * * *', '--cluster-ip=None', '--docker-server=r.io'];
  it('returns an exit code and text for any token sequence', () => {
    const { c, run, k } = makeCluster({ seed: 5 });
    run('create deployment web --image=nginx --replicas=2');
    c.advance(20_000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words, ...flags), { maxLength: 8 }), fc.integer({ min: 0, max: 30_000 }), (argv, ms) => {
        const r = k.run(argv);
        expect(typeof r.out).toBe('string');
        expect(typeof r.err).toBe('string');
        expect(r.code).toBeGreaterThanOrEqual(0);
        if (r.follow) {
          c.advance(ms);
          r.follow.poll();
          r.follow.stop?.();
        }
        c.advance(ms);
      }),
      { numRuns: Number(process.env.K8S_PROP_RUNS ?? 300) },
    );
  }, 120_000);
});

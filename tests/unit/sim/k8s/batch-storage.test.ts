import { describe, expect, it } from 'vitest';
import { makeCluster, cells } from './helpers';
import { createObject, validate } from '../../../../src/sim/k8s/apiserver';

const rows = (out: string) => out.trim().split('\n').map(cells);

describe('Jobs and CronJobs', () => {
  it('runs a Job to completion: COMPLETIONS, DURATION, a Completed pod, the events', () => {
    const { c, run } = makeCluster();
    expect(run('create job pi --image=busybox:1.36 -- sh -c "echo 3.14"').out).toBe('job.batch/pi created\n');
    c.advance(10_000);
    const [head, row] = rows(run('get jobs').out);
    expect(head).toEqual(['NAME', 'COMPLETIONS', 'DURATION', 'AGE']);
    expect(row[0]).toBe('pi');
    expect(row[1]).toBe('1/1');
    expect(row[2]).toMatch(/^\d+s$/);
    expect(run('get pods').out).toMatch(/^pi-[a-z0-9]{5} +0\/1 +Completed +0 +\d+s$/m);
    expect(run('get pods -l job-name=pi -o name').out).toMatch(/^pod\/pi-\w{5}\n$/);
    const y = run('get job pi -o yaml').out;
    expect(y).toContain('  backoffLimit: 6\n  completionMode: NonIndexed\n  completions: 1\n  parallelism: 1\n');
    expect(y).toMatch(/completionTime: "\d{4}-\d\d-\d\dT[\d:]+Z"\n {2}conditions:\n {2}- lastProbeTime: .*\n {4}lastTransitionTime: .*\n {4}status: "True"\n {4}type: Complete\n {2}ready: 0\n/);
    const d = run('describe job pi').out;
    expect(d).toMatch(/^Name: {13}pi\nNamespace: {8}default\nSelector: {9}batch\.kubernetes\.io\/controller-uid=[-0-9a-f]{36}\nLabels: {11}batch\.kubernetes\.io\/controller-uid=/);
    expect(d).toContain('Parallelism:      1\nCompletions:      1\nCompletion Mode:  NonIndexed\nStart Time:       ');
    expect(d).toContain('Pods Statuses:    0 Active (0 Ready) / 1 Succeeded / 0 Failed\nPod Template:\n');
    const ev = run('get events --field-selector involvedObject.kind=Job').out;
    expect(ev).toMatch(/Normal +SuccessfulCreate +job\/pi +Created pod: pi-\w{5}/);
    expect(ev).toMatch(/Normal +Completed +job\/pi +Job completed/);
  });

  it('runs completions with parallelism, and gives up after backoffLimit failures', () => {
    const { c, run } = makeCluster();
    createObject(c, { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'many' }, spec: { completions: 4, parallelism: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'w', image: 'busybox:1.36', command: ['sh', '-c', 'sleep 5'] }] } } } }, 'default', false);
    c.advance(3_000);
    expect(rows(run('get job many').out)[1][1]).toBe('0/4');
    expect(run('get pods --no-headers').out.trim().split('\n')).toHaveLength(2);
    c.advance(60_000);
    expect(rows(run('get job many').out)[1][1]).toBe('4/4');
    createObject(c, { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'bad' }, spec: { backoffLimit: 2, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'w', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] } } } }, 'default', false);
    c.advance(300_000);
    expect(run('get pods -l job-name=bad --no-headers').out.trim().split('\n')).toHaveLength(3);
    expect(run('get events --field-selector involvedObject.name=bad').out).toMatch(/Warning +BackoffLimitExceeded +job\/bad +Job has reached the specified backoff limit/);
    expect(run('get job bad -o jsonpath={.status.conditions[0].reason}').out).toBe('BackoffLimitExceeded');
    // OnFailure: the same pod restarts, and its restarts count against the limit
    createObject(c, { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'flaky' }, spec: { backoffLimit: 1, template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'w', image: 'busybox:1.36', command: ['sh', '-c', 'exit 1'] }] } } } }, 'default', false);
    c.advance(20_000);
    expect(run('get pods -l job-name=flaky --no-headers').out).toMatch(/^flaky-\w{5} +0\/1 +(CrashLoopBackOff|Error) +1 /);
    c.advance(60_000);
    expect(run('get job flaky -o jsonpath={.status.conditions[0].reason}').out).toBe('BackoffLimitExceeded');
  });

  it('refuses a Job whose pods would restart Always, as the API server does', () => {
    const job = { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'x' }, spec: { template: { spec: { restartPolicy: 'Always', containers: [{ name: 'x', image: 'busybox' }] } } } };
    expect(validate(job, 'x.yaml')).toBe('The Job "x" is invalid: spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"\n');
  });

  it('fires a CronJob each scheduled minute with jobs named by the minute, and keeps three', () => {
    const { c, run } = makeCluster();
    run('create cronjob hello --image=busybox:1.36 --schedule "*/1 * * * *" -- echo hi');
    expect(rows(run('get cronjob hello').out)).toEqual([
      ['NAME', 'SCHEDULE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
      ['hello', '*/1 * * * *', 'False', '0', '<none>', '0s'],
    ]);
    c.advance(5 * 60_000 + 30_000);
    const jobs = run('get jobs -o name').out.trim().split('\n');
    expect(jobs).toHaveLength(3);
    for (const j of jobs) {
      const minute = Number(j.split('-').pop());
      expect(minute * 60_000).toBeLessThanOrEqual(c.t);
      expect(c.t - minute * 60_000).toBeLessThan(4 * 60_000);
    }
    expect(rows(run('get cronjob hello').out)[1][4]).toMatch(/^\d+s$/);
    const ev = run('describe cronjob hello').out;
    expect(ev).toContain('Schedule:                      */1 * * * *\nConcurrency Policy:            Allow\nSuspend:                       False\nSuccessful Job History Limit:  3\nFailed Job History Limit:      1\nStarting Deadline Seconds:     <unset>\n');
    expect(ev).toMatch(/Normal {2}SuccessfulCreate {2}.*cronjob-controller {2}Created job hello-\d+/);
    expect(ev).toMatch(/SawCompletedJob .*Saw completed job: hello-\d+, status: Complete/);
    expect(ev).toMatch(/SuccessfulDelete .*Deleted job hello-\d+/);
  });
});

describe('create job --from=cronjob/NAME', () => {
  it('makes a Job of the CronJob\'s template, marked manual and owned by the CronJob; its errors as kubectl words them', () => {
    const { c, run } = makeCluster();
    run('create cronjob c --image=busybox --schedule "*/5 * * * *" -- echo hi');
    expect(run('create job manual --from=cronjob/c')).toMatchObject({ out: 'job.batch/manual created\n', code: 0 });
    c.advance(20_000);
    expect(run('get job manual -o jsonpath={.status.succeeded}').out).toBe('1');
    const y = run('get job manual -o yaml').out;
    expect(y).toContain('  annotations:\n    cronjob.kubernetes.io/instantiate: manual\n');
    expect(y).toMatch(/ownerReferences:\n  - apiVersion: batch\/v1\n    controller: true\n    kind: CronJob\n    name: c\n/);
    expect(run('create job m --from=cronjob/nope')).toMatchObject({ err: 'Error from server (NotFound): cronjobs.batch "nope" not found\n', code: 1 });
    expect(run('create job m --from=deploy/coredns -n kube-system')).toMatchObject({ err: 'error: unknown object type *v1.Deployment\n', code: 1 });
    expect(run('create job m --from=cronjob/c --image=busybox').err).toBe('error: either --image or --from must be specified\n');
    expect(run('create job m --from=cronjob/c -- date').err).toBe('error: cannot specify --from and command\n');
  });
});

describe('StatefulSets and volumes', () => {
  it('starts ordinal pods one after the other behind a headless Service', () => {
    const { c, run } = makeCluster();
    createObject(c, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx' }, spec: { clusterIP: 'None', selector: { app: 'web' }, ports: [{ port: 80 }] } }, 'default', false);
    createObject(c, { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' }, spec: { serviceName: 'nginx', replicas: 3, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } } } }, 'default', false);
    c.advance(1_000);
    expect(run('get pods -o name').out).toBe('pod/web-0\n');
    c.advance(60_000);
    expect(run('get pods -o name').out).toBe('pod/web-0\npod/web-1\npod/web-2\n');
    const started = ['web-0', 'web-1', 'web-2'].map((n) => c.get('Pod', 'default', n)!.metadata.creationTimestamp);
    expect(started[0]).toBeLessThan(started[1]);
    expect(started[1]).toBeLessThan(started[2]);
    expect(rows(run('get sts').out)).toEqual([['NAME', 'READY', 'AGE'], ['web', '3/3', '61s']]);
    expect(rows(run('get svc nginx').out)[1].slice(0, 3)).toEqual(['nginx', 'ClusterIP', 'None']);
    expect(run('get pod web-1 -o jsonpath={.spec.hostname}/{.spec.subdomain}').out).toBe('web-1/nginx');
    run('create job once --image=busybox:1.36 -- echo 1');
    c.advance(10_000);
    const all = run('get all').out;
    expect(all).toContain('\nNAME                   READY   AGE\nstatefulset.apps/web   3/3     71s\n');
    expect(all).toMatch(/\nNAME             COMPLETIONS   DURATION   AGE\njob\.batch\/once   1\/1 /);
  });

  it('leaves a claim Pending on a bare kubeadm cluster with the real event, and binds it to a hostPath volume', () => {
    const { c, run } = makeCluster();
    createObject(c, { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }, 'default', false);
    createObject(c, { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'db' }, spec: { containers: [{ name: 'db', image: 'nginx:1.25' }], volumes: [{ name: 'd', persistentVolumeClaim: { claimName: 'data' } }] } }, 'default', false);
    c.advance(46_000);
    expect(rows(run('get pvc').out)).toEqual([
      ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'AGE'],
      ['data', 'Pending', '46s'],
    ]);
    expect(run('describe pvc data').out).toMatch(/Normal {2}FailedBinding {2}\S+ \(x4 over 4\ds\) {2}persistentvolume-controller {2}no persistent volumes available for this claim and no storage class is set/);
    expect(run('describe pod db').out).toContain('0/3 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling..');
    createObject(c, { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'pv1' }, spec: { capacity: { storage: '5Gi' }, accessModes: ['ReadWriteOnce'], hostPath: { path: '/mnt/data' } } }, undefined, false);
    c.advance(30_000);
    expect(rows(run('get pv').out)).toEqual([
      ['NAME', 'CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'REASON', 'AGE'],
      ['pv1', '5Gi', 'RWO', 'Retain', 'Bound', 'default/data', '30s'],
    ]);
    expect(rows(run('get pvc').out)[1]).toEqual(['data', 'Bound', 'pv1', '5Gi', 'RWO', '76s']);
    expect(rows(run('get pod db').out)[1][2]).toBe('Running');
    expect(run('describe pod db').out).toContain('  d:\n    Type:       PersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n    ClaimName:  data\n    ReadOnly:   false\n');
    expect(run('get pv pv1 -o yaml').out).toContain('  hostPath:\n    path: /mnt/data\n    type: ""\n');
    expect(run('describe pvc data').out).toContain('Status:        Bound\nVolume:        pv1\nLabels:        <none>\nAnnotations:   pv.kubernetes.io/bind-completed: yes\n               pv.kubernetes.io/bound-by-controller: yes\nFinalizers:    [kubernetes.io/pvc-protection]\nCapacity:      5Gi\nAccess Modes:  RWO\nVolumeMode:    Filesystem\nUsed By:       db\n');
    expect(run('describe pv pv1').out).toContain('Claim:           default/data\nReclaim Policy:  Retain\nAccess Modes:    RWO\nVolumeMode:      Filesystem\nCapacity:        5Gi\nNode Affinity:   <none>\nMessage:         \nSource:\n    Type:          HostPath (bare host directory volume)\n    Path:          /mnt/data\n    HostPathType:  \n');
  });

  it('shows an Ingress with no ADDRESS when no controller runs', () => {
    const { c, run } = makeCluster();
    run('create ingress web --rule=example.com/=web:80');
    c.advance(30_000);
    expect(rows(run('get ingress').out)).toEqual([
      ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'],
      ['web', '<none>', 'example.com', '80', '30s'],
    ]);
  });

  it('describes an Ingress with its rules and backends, and service accounts as 1.28 does', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx:1.25 --replicas=2');
    run('expose deployment web --port=80');
    run('create ingress web --rule=example.com/=web:80 --rule=/api*=api:8080');
    c.advance(30_000);
    const d = run('describe ingress web').out;
    expect(d).toMatch(/^Name: {13}web\nLabels: {11}<none>\nNamespace: {8}default\nAddress: {10}\nIngress Class: {4}<none>\nDefault backend: {2}<default>\nRules:\n {2}Host {9}Path {2}Backends\n {2}---- {9}---- {2}--------\n/);
    expect(d).toMatch(/\n {15}\/ {3}web:80 \(10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\)\n/);
    expect(d).toContain('/api   api:8080 (<error: endpoints "api" not found>)\n');
    run('create sa robot');
    expect(run('describe sa robot').out).toBe('Name:                robot\nNamespace:           default\nLabels:              <none>\nAnnotations:         <none>\nImage pull secrets:  <none>\nMountable secrets:   <none>\nTokens:              <none>\nEvents:              <none>\n');
    const sas = run('get sa -n kube-system -o name').out.trim().split('\n');
    expect(sas).toHaveLength(35);
    for (const n of ['default', 'coredns', 'kube-proxy', 'job-controller', 'persistent-volume-binder', 'statefulset-controller']) expect(sas).toContain(`serviceaccount/${n}`);
  });
});

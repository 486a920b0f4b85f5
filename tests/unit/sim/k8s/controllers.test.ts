import { describe, expect, it } from 'vitest';
import { makeCluster, cells } from './helpers';
import { Cluster, EVICTION_DELAY, NOT_READY_GRACE } from '../../../../src/sim/k8s/cluster';
import { podStatus } from '../../../../src/sim/k8s/format';
import type { Obj } from '../../../../src/sim/k8s/objects';
import { initCluster } from '../../../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';

const status = (p: Obj) => podStatus(p).status;
const pods = (c: Cluster, prefix: string) => c.list('Pod', 'default').filter((p) => p.metadata.name.startsWith(prefix));

describe('nodes and the pod network', () => {
  it('keeps nodes NotReady until a pod network runs on them, with CoreDNS Pending', () => {
    const { c, run } = makeCluster({ network: false });
    c.advance(60_000);
    expect(run('get nodes').out).toMatch(/m-k8s\s+NotReady\s+control-plane/);
    const dns = c.list('Pod', 'kube-system').filter((p) => p.metadata.name.startsWith('coredns-'));
    expect(dns).toHaveLength(2);
    expect(dns.every((p) => status(p) === 'Pending')).toBe(true);
    expect(c.eventsFor(dns[0]).some((e) => e.reason === 'FailedScheduling' && /untolerated taint \{node.kubernetes.io\/not-ready: \}/.test(e.message))).toBe(true);
    run('apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
    c.advance(60_000);
    expect(run('get nodes').out.match(/ Ready /g)).toHaveLength(3);
    expect(c.list('Pod', 'kube-system').filter((p) => p.metadata.name.startsWith('coredns-')).every((p) => status(p) === 'Running')).toBe(true);
    expect(c.list('Pod', 'kube-flannel')).toHaveLength(3);
  });
  it('flannel crashes when the cluster was made without a pod CIDR', () => {
    const c = new Cluster(3);
    initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.28.15' });
    new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15' }).run(['apply', '-f', 'https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml']);
    c.advance(90_000);
    const fl = c.list('Pod', 'kube-flannel')[0];
    expect(['CrashLoopBackOff', 'Error']).toContain(status(fl));
    expect(c.nodes.get('m-k8s')!.ready).toBe('False');
  });
});

describe('scheduler and pod lifecycle', () => {
  it('moves pods through Pending → ContainerCreating → Running and spreads them over the workers', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=4');
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      for (const p of pods(c, 'web-')) seen.add(status(p));
      c.advance(250);
    }
    c.advance(20_000);
    expect(seen).toContain('Pending');
    expect(seen).toContain('ContainerCreating');
    const ps = pods(c, 'web-');
    expect(ps.every((p) => status(p) === 'Running')).toBe(true);
    const byNode = new Map<string, number>();
    for (const p of ps) byNode.set(p.spec.nodeName, (byNode.get(p.spec.nodeName) ?? 0) + 1);
    expect([...byNode.keys()].sort()).toEqual(['w1-k8s', 'w2-k8s']);
    expect([...byNode.values()]).toEqual([2, 2]);
    for (const p of ps) expect(p.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    const ev = c.eventsFor(ps[0]).map((e) => e.reason);
    expect(ev.slice(0, 2)).toEqual(['Scheduled', 'Pulling']);
    expect(ev).toContain('Started');
  });
  it('leaves pods Pending with an event when nothing fits', () => {
    const { c, run } = makeCluster();
    run('cordon w1-k8s');
    run('cordon w2-k8s');
    run('run lonely --image=nginx');
    c.advance(5000);
    const p = c.get('Pod', 'default', 'lonely')!;
    expect(status(p)).toBe('Pending');
    const e = c.eventsFor(p).find((x) => x.reason === 'FailedScheduling')!;
    expect(e.message).toBe('0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling..');
    run('uncordon w2-k8s');
    c.advance(10_000);
    expect(c.get('Pod', 'default', 'lonely')!.spec.nodeName).toBe('w2-k8s');
  });
  it('fails to pull a tag that does not exist: ErrImagePull then ImagePullBackOff, retried with back-off', () => {
    const { c, run } = makeCluster();
    run('run bad --image=nginx:1.161');
    const states = new Set<string>();
    for (let i = 0; i < 120; i++) {
      states.add(status(c.get('Pod', 'default', 'bad')!));
      c.advance(500);
    }
    expect(states).toContain('ErrImagePull');
    expect(states).toContain('ImagePullBackOff');
    const evs = c.eventsFor(c.get('Pod', 'default', 'bad')!);
    const failed = evs.find((e) => e.reason === 'Failed' && e.message.startsWith('Failed to pull image'))!;
    expect(failed.message).toContain('rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161"');
    expect(evs.find((e) => e.reason === 'Pulling')!.count).toBeGreaterThan(1);
    expect(evs.find((e) => e.reason === 'BackOff')!.message).toBe('Back-off pulling image "nginx:1.161"');
  });
  it('restarts a container that exits (CrashLoopBackOff) and completes one that must not restart', () => {
    const { c, run } = makeCluster();
    run('run bb --image=busybox');
    run('run once --image=busybox --restart=Never');
    c.advance(90_000);
    const bb = c.get('Pod', 'default', 'bb')!;
    expect(['CrashLoopBackOff', 'Completed']).toContain(status(bb));
    expect(bb.status.containerStatuses[0].restartCount).toBeGreaterThan(0);
    expect(status(c.get('Pod', 'default', 'once')!)).toBe('Completed');
  });
});

describe('ReplicaSets and Deployments', () => {
  it('replaces a deleted pod (self-healing)', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=3');
    c.advance(30_000);
    const victim = pods(c, 'web-')[0].metadata.name;
    expect(run(`delete pod ${victim}`).out).toBe(`pod "${victim}" deleted\n`);
    c.advance(30_000);
    const now = pods(c, 'web-');
    expect(now).toHaveLength(3);
    expect(now.map((p) => p.metadata.name)).not.toContain(victim);
    expect(now.every((p) => c.podReady(p))).toBe(true);
    const rs = c.list('ReplicaSet', 'default')[0];
    expect(c.eventsFor(rs).filter((e) => e.reason === 'SuccessfulCreate')).toHaveLength(4);
  });
  it('scales up and down', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=2');
    c.advance(20_000);
    expect(run('scale deployment web --replicas=5').out).toBe('deployment.apps/web scaled\n');
    c.advance(20_000);
    expect(pods(c, 'web-').filter((p) => c.podReady(p))).toHaveLength(5);
    run('scale deploy/web --replicas=1');
    c.advance(20_000);
    expect(pods(c, 'web-')).toHaveLength(1);
    expect(cells(run('get deploy web').out.split('\n')[1])).toEqual(['web', '1/1', '1', '1', '60s']);
  });
  it('rolls out within maxSurge and maxUnavailable and keeps the revision history', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx:1.14.2 --replicas=4');
    c.advance(30_000);
    run('set image deployment/web nginx=nginx:1.16.1');
    let maxTotal = 0;
    let minAvail = 4;
    for (let i = 0; i < 200; i++) {
      c.advance(200);
      const all = pods(c, 'web-').filter((p) => !p.metadata.deletionTimestamp);
      maxTotal = Math.max(maxTotal, all.length);
      minAvail = Math.min(minAvail, all.filter((p) => c.podReady(p)).length);
    }
    expect(maxTotal).toBeLessThanOrEqual(5); // 4 + 25% surge
    expect(minAvail).toBeGreaterThanOrEqual(3); // 4 - 25% unavailable
    const d = c.get('Deployment', 'default', 'web')!;
    expect(d.status.updatedReplicas).toBe(4);
    expect(pods(c, 'web-').every((p) => p.spec.containers[0].image === 'nginx:1.16.1')).toBe(true);
    expect(run('rollout history deployment/web').out).toBe('deployment.apps/web \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(run('rollout undo deployment/web --to-revision=1').out).toBe('deployment.apps/web rolled back\n');
    c.advance(60_000);
    expect(pods(c, 'web-').every((p) => p.spec.containers[0].image === 'nginx:1.14.2')).toBe(true);
    expect(run('rollout history deployment/web').out).toContain('2         <none>\n3         <none>');
    expect(d.metadata.annotations!['deployment.kubernetes.io/revision']).toBe('3');
    expect(run('rollout undo deployment/web --to-revision=9').err).toBe('error: unable to find specified revision 9 in history\n');
  });
  it('holds a rollout while paused and continues after resume', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx:1.14.2 --replicas=2');
    c.advance(30_000);
    expect(run('rollout pause deployment/web').out).toBe('deployment.apps/web paused\n');
    expect(run('rollout pause deployment/web').err).toBe('error: deployments.apps "web" is already paused\n');
    run('set image deployment/web nginx=nginx:1.16.1');
    c.advance(30_000);
    expect(c.list('ReplicaSet', 'default')).toHaveLength(1);
    expect(run('rollout undo deployment/web').err).toMatch(/you cannot rollback a paused deployment/);
    expect(run('rollout resume deployment/web').out).toBe('deployment.apps/web resumed\n');
    c.advance(60_000);
    expect(c.list('ReplicaSet', 'default')).toHaveLength(2);
    expect(pods(c, 'web-').every((p) => p.spec.containers[0].image === 'nginx:1.16.1')).toBe(true);
  });
  it('marks a stuck rollout as exceeding its progress deadline', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=2');
    c.advance(30_000);
    run('set image deployment/web nginx=nginx:1.161');
    c.advance(11 * 60_000);
    const r = run('rollout status deployment/web');
    expect(r.err).toBe('error: deployment "web" exceeded its progress deadline\n');
    expect(r.code).toBe(1);
  });
});

describe('services, daemonsets, nodes', () => {
  it('fills endpoints with the ready pods a service selects', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=3 --port=80');
    c.advance(30_000);
    expect(run('expose deployment web --port=80 --type=NodePort').out).toBe('service/web exposed\n');
    c.advance(1000);
    const ep = c.get('Endpoints', 'default', 'web')!;
    expect(ep.subsets[0].addresses).toHaveLength(3);
    expect(run('get ep web').out).toMatch(/^NAME\s+ENDPOINTS\s+AGE\nweb\s+10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80,10\.244\.\d+\.\d+:80\s+1s\n$/);
    const svc = c.get('Service', 'default', 'web')!;
    expect(svc.spec.ports[0].nodePort).toBeGreaterThanOrEqual(30000);
    expect(svc.spec.ports[0].nodePort).toBeLessThanOrEqual(32767);
  });
  it('runs one DaemonSet pod per node, also on cordoned nodes', () => {
    const { c, run } = makeCluster();
    run('cordon w1-k8s');
    c.advance(5000);
    const ds = c.get('DaemonSet', 'kube-flannel', 'kube-flannel-ds')!;
    expect(ds.status.desiredNumberScheduled).toBe(3);
    expect(ds.status.numberReady).toBe(3);
    expect(new Set(c.list('Pod', 'kube-flannel').map((p) => p.spec.nodeName)).size).toBe(3);
  });
  it('marks a halted node NotReady after 40 s and evicts its pods after 300 s more', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=4');
    c.advance(30_000);
    const onW1 = pods(c, 'web-').filter((p) => p.spec.nodeName === 'w1-k8s').map((p) => p.metadata.name);
    expect(onW1.length).toBeGreaterThan(0);
    c.setNode('w1-k8s', { up: false });
    c.advance(NOT_READY_GRACE - 5000);
    expect(run('get node w1-k8s').out).toMatch(/w1-k8s\s+Ready/);
    c.advance(6000);
    expect(run('get node w1-k8s').out).toMatch(/w1-k8s\s+NotReady/);
    expect(c.nodeObj('w1-k8s')!.spec.taints.map((t: { key: string; effect: string }) => `${t.key}:${t.effect}`)).toContain('node.kubernetes.io/unreachable:NoExecute');
    c.advance(EVICTION_DELAY - 10_000);
    expect(pods(c, 'web-').filter((p) => p.spec.nodeName === 'w1-k8s' && !p.metadata.deletionTimestamp)).toHaveLength(onW1.length);
    c.advance(40_000);
    const after = pods(c, 'web-');
    expect(after.filter((p) => onW1.includes(p.metadata.name)).every((p) => status(p) === 'Terminating')).toBe(true);
    expect(after.filter((p) => !p.metadata.deletionTimestamp && c.podReady(p))).toHaveLength(4);
    expect(after.filter((p) => !p.metadata.deletionTimestamp).every((p) => p.spec.nodeName === 'w2-k8s')).toBe(true);
    c.setNode('w1-k8s', { up: true });
    c.advance(30_000);
    expect(run('get node w1-k8s').out).toMatch(/w1-k8s\s+Ready/);
    expect(pods(c, 'web-')).toHaveLength(4);
  });
});

describe('init containers and an unstable control plane', () => {
  it('shows Init:0/2, Init:1/2 and PodInitializing before Running', () => {
    const { c, run } = makeCluster({ network: false });
    const w = run('get pods -n kube-flannel -w');
    run('apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
    let out = '';
    for (let i = 0; i < 60; i++) {
      c.advance(500);
      out += w.follow!.poll().out ?? '';
    }
    w.follow!.stop?.();
    const first = c.list('Pod', 'kube-flannel')[0].metadata.name;
    const seq = out.split('\n').filter((l) => l.startsWith(first + ' ')).map((l) => cells(l)[2]);
    expect(seq).toEqual(['Pending', 'Pending', 'Init:0/2', 'Init:1/2', 'PodInitializing', 'Running']);
  });
  it('keeps restarting the control plane when containerd and the kubelet disagree on the cgroup driver', () => {
    const { c, run } = makeCluster();
    c.setUnstable(true);
    let refused = 0;
    for (let i = 0; i < 60; i++) {
      c.advance(5000);
      if (!c.apiserverUp) refused++;
    }
    expect(refused).toBeGreaterThan(0);
    const api = c.get('Pod', 'kube-system', 'kube-apiserver-m-k8s')!;
    expect(api.status.containerStatuses[0].restartCount).toBeGreaterThan(0);
    c.setUnstable(false);
    expect(c.apiserverUp).toBe(true);
    expect(run('get nodes').code).toBe(0);
  });
});

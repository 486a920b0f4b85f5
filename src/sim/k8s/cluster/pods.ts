/** Pods as the API server and the kubelet's pod worker see them: defaults, graceful deletion, readiness, restarts. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { containerProbeDefaults } from './probes';
import type { Cluster } from '../cluster';
import { clone, type Obj } from '../objects';
import { parseImage } from '../images';
import { podRequests } from '../quantity';
import type { PodSim } from './types';

export const podMethods = {
  newPod(this: Cluster, ns: string, name: string, template: any, owner?: Obj, generateName?: string): Obj {
    const spec = clone(template.spec ?? {});
    spec.restartPolicy = spec.restartPolicy ?? 'Always';
    spec.dnsPolicy = spec.dnsPolicy ?? 'ClusterFirst';
    spec.schedulerName = spec.schedulerName ?? 'default-scheduler';
    spec.terminationGracePeriodSeconds = spec.terminationGracePeriodSeconds ?? 30;
    // the ServiceAccount admission plugin leaves a mirror Pod (a static Pod's, owned by its Node) as it is
    const mirror = owner?.kind === 'Node';
    if (!mirror) {
      spec.serviceAccountName = spec.serviceAccountName ?? 'default';
      spec.serviceAccount = spec.serviceAccountName;
    }
    spec.securityContext = spec.securityContext ?? {};
    spec.enableServiceLinks = spec.enableServiceLinks ?? true;
    spec.preemptionPolicy = 'PreemptLowerPriority';
    spec.priority = spec.priorityClassName?.startsWith('system-') ? (spec.priorityClassName === 'system-node-critical' ? 2000001000 : 2000000000) : 0;
    const tol = (spec.tolerations ?? []) as any[];
    for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'])
      if (!tol.some((t) => (t.key === key || (t.operator === 'Exists' && !t.key)) && (!t.effect || t.effect === 'NoExecute')))
        tol.push({ effect: 'NoExecute', key, operator: 'Exists', tolerationSeconds: 300 });
    spec.tolerations = tol;
    // the ServiceAccount admission plugin reuses a token volume the pod already has (a copy of a pod: kubectl debug
    // --copy-to) and mounts it only into containers without a mount at the token's path
    const SA_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
    const existing = (spec.volumes ?? []).find((v: any) => v.name?.startsWith('kube-api-access-'));
    const volName = existing?.name ?? `kube-api-access-${this.rng.str(5)}`;
    for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
      const tag = parseImage(c.image ?? '').tag;
      c.imagePullPolicy = c.imagePullPolicy ?? (tag === 'latest' ? 'Always' : 'IfNotPresent');
      c.resources = c.resources ?? {};
      c.terminationMessagePath = '/dev/termination-log';
      c.terminationMessagePolicy = 'File';
      containerProbeDefaults(c);
      if (!mirror && !(c.volumeMounts ?? []).some((m: any) => m.mountPath === SA_PATH))
        c.volumeMounts = [...(c.volumeMounts ?? []), { mountPath: SA_PATH, name: volName, readOnly: true }];
    }
    if (!existing && !mirror) spec.volumes = [
      ...(spec.volumes ?? []),
      {
        name: volName,
        projected: {
          defaultMode: 420,
          sources: [
            { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
            { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
            { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
          ],
        },
      },
    ];
    const md: any = { name, namespace: ns, labels: clone(template.metadata?.labels), annotations: clone(template.metadata?.annotations) };
    if (!md.labels) delete md.labels;
    if (!md.annotations) delete md.annotations;
    if (generateName) md.generateName = generateName;
    if (owner) md.ownerReferences = [{ apiVersion: owner.apiVersion, kind: owner.kind, name: owner.metadata.name, uid: owner.metadata.uid, controller: true, blockOwnerDeletion: true }];
    const reqs = podRequests({ spec } as Obj);
    const hasLimits = (spec.containers ?? []).some((c: any) => c.resources?.limits);
    const qos = reqs.cpu || reqs.mem || hasLimits ? 'Burstable' : 'BestEffort';
    const pod: Obj = { apiVersion: 'v1', kind: 'Pod', metadata: md, spec, status: { phase: 'Pending', qosClass: qos } };
    return this.add(pod);
  },
  uniqueName(this: Cluster, ns: string, prefix: string): string {
    for (;;) {
      const n = prefix + this.rng.str(5);
      if (!this.get('Pod', ns, n)) return n;
    }
  },
  deletePod(this: Cluster, p: Obj, graceSeconds?: number): void {
    if (p.metadata.deletionTimestamp && graceSeconds !== 0) return;
    const grace = graceSeconds ?? p.spec.terminationGracePeriodSeconds ?? 30;
    p.metadata.deletionTimestamp = this.t + grace * 1000;
    p.metadata.deletionGracePeriodSeconds = grace;
    const node = p.spec.nodeName ? this.nodes.get(p.spec.nodeName) : undefined;
    this.touch(p);
    if (!node || grace === 0 || p.spec.nodeName === undefined) {
      this.remove(p);
      return;
    }
    if (!this.alive(node)) return;
    this.killPod(p, grace);
  },
  killPod(this: Cluster, p: Obj, grace: number): void {
    const sim = this.sim(p);
    sim.stage = 'killing';
    const token = ++sim.token;
    for (const c of p.spec.containers ?? []) if (sim.crashes === 0 || p.status.phase === 'Running') this.event(p, 'Normal', 'Killing', `Stopping container ${c.name}`, `kubelet|${p.spec.nodeName}`, `spec.containers{${c.name}}`);
    const quick = (p.spec.containers ?? []).every((c: any) => !this.ignoresSigterm(c));
    const ms = quick ? 400 + this.rng.int(900) : grace * 1000;
    this.laterPod(ms, p, null, token, 'remove');
  },
  ignoresSigterm(this: Cluster, c: any): boolean {
    const cmd = [...(c.command ?? []), ...(c.args ?? [])].join(' ');
    return /sleep|while|tail -f/.test(cmd);
  },
  sim(this: Cluster, p: Obj): PodSim {
    let s = this.pods.get(p.metadata.uid);
    if (!s) this.pods.set(p.metadata.uid, (s = { stage: 'new', pullFailures: 0, crashes: 0, token: 0 }));
    return s;
  },
  podStage(this: Cluster, p: Obj): PodSim['stage'] {
    return this.sim(p).stage;
  },
  setPodReady(this: Cluster, p: Obj, ready: boolean): void {
    const st = p.status;
    for (const c of st.conditions ?? []) if (c.type === 'Ready' || c.type === 'ContainersReady') if ((c.status === 'True') !== ready) {
      c.status = ready ? 'True' : 'False';
      c.lastTransitionTime = this.t;
    }
    for (const cs of st.containerStatuses ?? []) cs.ready = ready && !!cs.state.running;
    this.touch(p);
  },
  podReady(this: Cluster, p: Obj): boolean {
    return !p.metadata.deletionTimestamp && !!p.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True');
  },
  restartPod(this: Cluster, p: Obj): void {
    const s = this.sim(p);
    s.stage = 'new';
    s.token++;
    // the pod's sandbox is gone with its containers: the kubelet creates a new one (kuberuntime_manager.go
    // computePodActions: Attempt is the last sandbox's plus one)
    if (p.status?.podIP || (p.status?.containerStatuses ?? []).some((cs: any) => cs.containerID)) {
      s.sandbox = (s.sandbox ?? 0) + 1;
      s.sandboxAt = this.t;
    }
    this.toStart.add(`${p.metadata.namespace}/${p.metadata.name}`);
    for (const cs of p.status.containerStatuses ?? []) if (cs.state.running) {
      cs.restartCount++;
      cs.lastState = { terminated: { exitCode: 255, reason: 'Unknown', startedAt: cs.state.running.startedAt, finishedAt: this.t } };
    }
    this.dirty = true;
  },
};

/** Metrics (what metrics-server would report) and the HorizontalPodAutoscaler controller on its 15-second loop. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { matchLabels, type Obj } from '../objects';
import { cpuMilli } from '../quantity';

export const hpaMethods = {
  /** metrics-server answers once one of its pods is ready */
  metricsAvailable(this: Cluster): boolean {
    return this.list('Pod', 'kube-system').some((x) => x.metadata.labels?.['k8s-app'] === 'metrics-server' && this.podReady(x));
  },
  /** CPU (millicores) and memory (Mi) a running pod uses: a small base, plus the load sent to it */
  usage(this: Cluster, p: Obj): { cpu: number; mem: number } {
    const name = p.metadata.name;
    let h = 0;
    for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
    const base: [RegExp, number, number][] = [
      [/^kube-apiserver/, 40, 250],
      [/^etcd/, 18, 45],
      [/^kube-controller-manager/, 12, 45],
      [/^kube-scheduler/, 3, 18],
      [/^coredns/, 2, 12],
      [/flannel|calico/, 8, 10],
      [/^kube-proxy/, 1, 10],
      [/^metrics-server/, 4, 16],
    ];
    const b = base.find(([re]) => re.test(name));
    let cpu = b ? b[1] + (h % 7) : 1 + (h % 3);
    const mem = b ? b[2] + (h % 9) : 3 + (h % 6);
    cpu += this.loadFor(p);
    const limit = cpuMilli(p.spec.containers?.[0]?.resources?.limits?.cpu);
    return { cpu: limit ? Math.min(cpu, limit) : cpu, mem };
  },
  /** load generators (`while ...; do wget ... http://SVC; done`) spread their requests over the pods behind SVC */
  loadFor(this: Cluster, p: Obj): number {
    let total = 0;
    for (const g of this.list('Pod')) {
      if (g.status?.phase !== 'Running' || g.metadata.deletionTimestamp) continue;
      const cmd = (g.spec.containers ?? []).flatMap((c: any) => [...(c.command ?? []), ...(c.args ?? [])]).join(' ');
      const m = /(?:wget|curl)[^;]*?https?:\/\/([\w.-]+)/.exec(cmd);
      if (!m) continue;
      const svc = this.get('Service', g.metadata.namespace, m[1].split('.')[0]);
      if (!svc?.spec.selector || !matchLabels(svc.spec.selector, p.metadata.labels) || p.metadata.namespace !== svc.metadata.namespace) continue;
      const backends = this.list('Pod', p.metadata.namespace).filter((x) => matchLabels(svc.spec.selector, x.metadata.labels) && this.podReady(x)).length || 1;
      total += Math.round(700 / backends);
    }
    return total;
  },
  /** the HorizontalPodAutoscaler controller: every 15 s, from the metrics */
  hpaController(this: Cluster): void {
    for (const h of this.list('HorizontalPodAutoscaler')) {
      const ref = h.spec.scaleTargetRef;
      const target = this.get(ref.kind, h.metadata.namespace, ref.name);
      const want = h.spec.metrics?.[0]?.resource?.target?.averageUtilization ?? 80;
      const min = h.spec.minReplicas ?? 1;
      const max = h.spec.maxReplicas;
      const prev = JSON.stringify(h.status);
      h.status = { ...h.status, currentReplicas: target?.spec.replicas ?? 0 };
      if (!target) continue;
      const pods = this.list('Pod', h.metadata.namespace).filter((p) => matchLabels(target.spec.selector?.matchLabels, p.metadata.labels) && p.status.phase === 'Running' && !p.metadata.deletionTimestamp);
      const noRequest = pods.find((p) => !p.spec.containers?.[0]?.resources?.requests?.cpu);
      let util: number | undefined;
      if (!this.metricsAvailable()) this.event(h, 'Warning', 'FailedGetResourceMetric', 'failed to get cpu utilization: unable to get metrics for resource cpu: unable to fetch metrics from resource metrics API: the server could not find the requested resource (get pods.metrics.k8s.io)', 'horizontal-pod-autoscaler');
      else if (noRequest) this.event(h, 'Warning', 'FailedGetResourceMetric', `failed to get cpu utilization: missing request for cpu in container ${noRequest.spec.containers[0].name} of Pod ${noRequest.metadata.name}`, 'horizontal-pod-autoscaler');
      else if (pods.length) {
        const used = pods.reduce((a, p) => a + this.usage(p).cpu, 0);
        const req = pods.reduce((a, p) => a + cpuMilli(p.spec.containers[0].resources.requests.cpu), 0);
        util = Math.round((used / req) * 100);
      }
      let desired = Math.min(max, Math.max(min, target.spec.replicas ?? 1));
      if (util !== undefined) {
        h.status.currentMetrics = [{ type: 'Resource', resource: { name: 'cpu', current: { averageUtilization: util, averageValue: `${Math.round(pods.reduce((a, p) => a + this.usage(p).cpu, 0) / pods.length)}m` } } }];
        const ratio = util / want;
        if (Math.abs(ratio - 1) > 0.1) desired = Math.min(max, Math.max(min, Math.ceil(pods.length * ratio)));
        // scale-down stabilisation: the highest recommendation of the last five minutes wins
        const recs: [number, number][] = (this.hpaRecs.get(h.metadata.uid) ?? []).filter(([t]) => this.t - t < 300_000);
        recs.push([this.t, desired]);
        this.hpaRecs.set(h.metadata.uid, recs);
        if (desired < (target.spec.replicas ?? 1)) desired = Math.min(target.spec.replicas ?? 1, Math.max(...recs.map(([, d]) => d)));
      } else delete h.status.currentMetrics;
      if (desired !== target.spec.replicas) {
        const reason = util === undefined ? (desired < min ? 'Current number of replicas below Spec.MinReplicas' : 'Current number of replicas above Spec.MaxReplicas') : `cpu resource utilization (percentage of request) ${desired > (target.spec.replicas ?? 1) ? 'above' : 'below'} target`;
        this.event(h, 'Normal', 'SuccessfulRescale', `New size: ${desired}; reason: ${reason}`, 'horizontal-pod-autoscaler');
        target.spec.replicas = desired;
        target.metadata.generation = (target.metadata.generation ?? 1) + 1;
        this.touch(target);
        h.status.lastScaleTime = this.t;
      }
      h.status.desiredReplicas = desired;
      if (JSON.stringify(h.status) !== prev) this.touch(h);
    }
  },
  /** starts the 15-second autoscaler loop once an HPA exists */
  startHpa(this: Cluster): void {
    if (this.hpaTimer) return;
    this.hpaTimer = true;
    this.later(1000, 'hpaLoop');
  },
  hpaLoop(this: Cluster): void {
    if (!this.list('HorizontalPodAutoscaler').length) {
      this.hpaTimer = false;
      return;
    }
    this.hpaController();
    this.later(15_000, 'hpaLoop');
  },
};

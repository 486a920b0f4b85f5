/**
 * The CronJob controller: when the schedule's minute comes in simulated time it creates a Job named
 * <cronjob>-<minutes since the epoch>, keeps the active list and the last schedule, and trims the history.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { clone, type Obj } from '../objects';

const SRC = 'cronjob-controller';

/** one cron field's allowed values (`*`, `*\/n`, `a-b`, `a-b/n`, lists, names) */
function field(f: string, lo: number, hi: number, names: string[] = []): Set<number> | null {
  const out = new Set<number>();
  for (let part of f.toLowerCase().split(',')) {
    names.forEach((n, i) => (part = part.replaceAll(n, String(i + lo))));
    const m = /^(\*|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(part);
    if (!m) return null;
    const step = m[2] ? Number(m[2]) : 1;
    const [a, b] = m[1] === '*' ? [lo, hi] : m[1].includes('-') ? m[1].split('-').map(Number) : [Number(m[1]), m[2] ? hi : Number(m[1])];
    if (a < lo || b > hi || a > b || step < 1) return null;
    for (let v = a; v <= b; v += step) out.add(v);
  }
  return out;
}

const MACROS: Record<string, string> = { '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0', '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *' };

/** A schedule's test for a minute (UTC), or null when the schedule does not parse. */
export function cronMatcher(schedule: string): ((ms: number) => boolean) | null {
  const f = (MACROS[schedule.trim()] ?? schedule).trim().split(/\s+/);
  if (f.length !== 5) return null;
  const min = field(f[0], 0, 59);
  const hour = field(f[1], 0, 23);
  const dom = field(f[2], 1, 31);
  const mon = field(f[3], 1, 12, ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']);
  const dow = field(f[4].replace(/\b7\b/, '0'), 0, 6, ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
  if (!min || !hour || !dom || !mon || !dow) return null;
  const anyDom = f[2] === '*';
  const anyDow = f[4] === '*';
  return (ms) => {
    const d = new Date(ms);
    if (!min.has(d.getUTCMinutes()) || !hour.has(d.getUTCHours()) || !mon.has(d.getUTCMonth() + 1)) return false;
    const a = dom.has(d.getUTCDate());
    const b = dow.has(d.getUTCDay());
    return anyDom || anyDow ? a && b : a || b;
  };
}

export const cronJobMethods = {
  /** runs at every minute while CronJobs exist */
  cronTick(this: Cluster): void {
    const cjs = this.list('CronJob');
    if (!cjs.length) {
      this.cronTimer = false;
      return;
    }
    const minute = this.t - (this.t % 60_000);
    for (const cj of cjs) if (!cj.spec.suspend && !cj.metadata.deletionTimestamp) this.cronFire(cj, minute);
    this.later(minute + 60_000 - this.t + 200 + this.rng.int(600), 'cronTick');
  },
  cronFire(this: Cluster, cj: Obj, minute: number): void {
    const match = cronMatcher(cj.spec.schedule);
    if (!match || !match(minute) || minute < cj.metadata.creationTimestamp) return;
    const name = `${cj.metadata.name}-${Math.floor(minute / 60_000)}`;
    if (this.get('Job', cj.metadata.namespace, name)) return;
    const active = this.cronActive(cj);
    const policy = cj.spec.concurrencyPolicy ?? 'Allow';
    if (active.length && policy === 'Forbid') return;
    if (active.length && policy === 'Replace') for (const j of active) this.deleteObj(j);
    const tpl = clone(cj.spec.jobTemplate ?? {});
    const j: Obj = {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name, namespace: cj.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: this.t, labels: tpl.metadata?.labels, annotations: tpl.metadata?.annotations, ownerReferences: [this.ownerRef(cj)] },
      spec: tpl.spec ?? {},
    };
    if (!j.metadata.labels) delete j.metadata.labels;
    if (!j.metadata.annotations) delete j.metadata.annotations;
    this.jobDefaults(j);
    this.add(j);
    this.event(cj, 'Normal', 'SuccessfulCreate', `Created job ${name}`, SRC);
    cj.status = { ...cj.status, lastScheduleTime: minute };
    this.touch(cj);
  },
  cronActive(this: Cluster, cj: Obj): Obj[] {
    return this.owned('Job', cj).filter((j) => !j.status?.conditions?.some((c: any) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True'));
  },
  /** active list, last success, finished jobs seen, history limits */
  cronJobController(this: Cluster): void {
    for (const cj of this.list('CronJob')) {
      const jobs = this.owned('Job', cj).sort((a, b) => a.metadata.creationTimestamp - b.metadata.creationTimestamp);
      const status: any = { ...cj.status };
      const finished = (j: Obj) => j.status?.conditions?.find((c: any) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
      const wasActive = new Set((status.active ?? []).map((r: any) => r.uid));
      for (const j of jobs) {
        const f = finished(j);
        if (f && wasActive.has(j.metadata.uid)) {
          this.event(cj, 'Normal', 'SawCompletedJob', `Saw completed job: ${j.metadata.name}, status: ${f.type}`, SRC);
          if (f.type === 'Complete') status.lastSuccessfulTime = j.status.completionTime;
        }
      }
      const active = jobs.filter((j) => !finished(j)).map((j) => ({ apiVersion: 'batch/v1', kind: 'Job', name: j.metadata.name, namespace: j.metadata.namespace, resourceVersion: j.metadata.resourceVersion, uid: j.metadata.uid }));
      if (active.length) status.active = active;
      else delete status.active;
      for (const [type, limit] of [['Complete', cj.spec.successfulJobsHistoryLimit ?? 3], ['Failed', cj.spec.failedJobsHistoryLimit ?? 1]] as const) {
        const old = jobs.filter((j) => finished(j)?.type === type);
        for (const j of old.slice(0, Math.max(0, old.length - limit))) {
          this.deleteObj(j);
          this.event(cj, 'Normal', 'SuccessfulDelete', `Deleted job ${j.metadata.name}`, SRC);
        }
      }
      const activeKey = (a: any[] | undefined) => JSON.stringify((a ?? []).map((r) => r.uid));
      if (activeKey(status.active) !== activeKey(cj.status?.active) || status.lastSuccessfulTime !== cj.status?.lastSuccessfulTime) this.setStatus(cj, status);
    }
  },
  /** starts the minute loop once a CronJob exists */
  startCron(this: Cluster): void {
    if (this.cronTimer) return;
    this.cronTimer = true;
    this.later(60_000 - (this.t % 60_000) + 200 + this.rng.int(600), 'cronTick');
  },
  /** the API server's Job defaults: selector and labels tied to the Job's uid */
  jobDefaults(this: Cluster, j: Obj): void {
    const uid = j.metadata.uid || (j.metadata.uid = this.uid());
    const s = j.spec;
    if (s.completions === undefined && s.parallelism === undefined) s.completions = 1;
    s.parallelism = s.parallelism ?? 1;
    s.backoffLimit = s.backoffLimit ?? 6;
    s.completionMode = s.completionMode ?? 'NonIndexed';
    s.suspend = s.suspend ?? false;
    const labels = { 'batch.kubernetes.io/controller-uid': uid, 'batch.kubernetes.io/job-name': j.metadata.name, 'controller-uid': uid, 'job-name': j.metadata.name };
    s.selector = s.selector ?? { matchLabels: { 'batch.kubernetes.io/controller-uid': uid } };
    s.template = s.template ?? { spec: { containers: [] } };
    s.template.metadata = { ...s.template.metadata, creationTimestamp: null, labels: { ...s.template.metadata?.labels, ...labels } };
    if (!j.metadata.labels) j.metadata.labels = { ...labels };
    j.status = j.status ?? {};
  },
};

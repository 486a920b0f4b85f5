/**
 * The Job controller: runs pods until `completions` succeed (at most `parallelism` at once), replaces failed
 * pods after a back-off (10 s doubling) and gives up after `backoffLimit` failures, with the real events
 * and conditions.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';

const SRC = 'job-controller';

export const jobMethods = {
  jobController(this: Cluster): void {
    for (const j of this.list('Job')) {
      if (j.metadata.deletionTimestamp || j.spec.suspend) continue;
      const st = j.status ?? {};
      if (st.conditions?.some((c: any) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True')) continue;
      const pods = this.owned('Pod', j);
      const active = pods.filter((p) => !p.metadata.deletionTimestamp && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
      const succeeded = pods.filter((p) => p.status.phase === 'Succeeded').length;
      const failed = pods.filter((p) => p.status.phase === 'Failed').length;
      // with restartPolicy OnFailure the pod stays and its container restarts: each restart counts as a failure
      const restarts = j.spec.template?.spec?.restartPolicy === 'OnFailure' ? active.reduce((a, p) => a + (p.status.containerStatuses ?? []).reduce((b: number, cs: any) => b + (cs.restartCount ?? 0), 0), 0) : 0;
      const completions = j.spec.completions ?? null;
      const parallelism = j.spec.parallelism ?? 1;
      if (failed > (st.failed ?? 0)) this.jobPodFailed(j);
      const status: any = { ...st, startTime: st.startTime ?? this.t, uncountedTerminatedPods: {} };
      if (failed + restarts > (j.spec.backoffLimit ?? 6)) {
        for (const p of active) this.deletePod(p);
        this.event(j, 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', SRC);
        Object.assign(status, { conditions: [{ type: 'Failed', status: 'True', lastProbeTime: this.t, lastTransitionTime: this.t, reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }], failed: failed + (restarts ? active.length : 0), ready: 0 });
        delete status.active;
        this.setStatus(j, status);
        continue;
      }
      const done = completions !== null ? succeeded >= completions : succeeded > 0 && active.length === 0;
      if (done) {
        Object.assign(status, { succeeded, completionTime: this.t, conditions: [{ type: 'Complete', status: 'True', lastProbeTime: this.t, lastTransitionTime: this.t }], ready: 0 });
        if (failed) status.failed = failed;
        delete status.active;
        this.event(j, 'Normal', 'Completed', 'Job completed', SRC);
        this.setStatus(j, status);
        continue;
      }
      // how many more pods may run now: within parallelism, and no more than the completions still missing
      const want = Math.min(parallelism, completions !== null ? completions - succeeded : parallelism);
      const backoffUntil = failed ? (this.jobBackoff.get(j.metadata.uid) ?? 0) : 0;
      if (active.length < want && this.t >= backoffUntil) {
        for (let i = active.length; i < want; i++) {
          const p = this.createPodAdmitted(j, () => this.uniqueName(j.metadata.namespace!, j.metadata.name + '-'), j.spec.template, j.metadata.name + '-', SRC);
          if (!p) break;
          active.push(p);
          this.event(j, 'Normal', 'SuccessfulCreate', `Created pod: ${p.metadata.name}`, SRC);
        }
      }
      const ready = active.filter((p) => this.podReady(p)).length;
      Object.assign(status, { active: active.length || undefined, ready });
      if (succeeded) status.succeeded = succeeded;
      if (failed) status.failed = failed;
      if (!status.active) delete status.active;
      this.setStatus(j, status);
    }
  },
  /** a Job's pod failed: the next one waits 10 s, 20 s, 40 s... (at most 6 minutes) */
  jobPodFailed(this: Cluster, j: Obj): void {
    const failed = this.owned('Pod', j).filter((p) => p.status.phase === 'Failed').length;
    if (failed > (j.spec.backoffLimit ?? 6)) return;
    const delay = Math.min(360_000, 10_000 * 2 ** Math.max(0, failed - 1));
    this.jobBackoff.set(j.metadata.uid, this.t + delay);
    this.later(delay, 'markDirty');
  },
};

/**
 * The kubelet's probe workers (pkg/kubelet/prober): each container's liveness and readiness probes run from
 * initialDelaySeconds after it starts, every periodSeconds. A failure records a Warning "Unhealthy" event
 * ("%s probe failed: %s", the probe's output); failureThreshold failures in a row of a liveness probe kill the
 * container ("Container %s failed liveness probe, will be restarted") and it restarts; readiness sets the
 * container's ready flag. What an exec probe answers comes from the container's own script: `cat FILE` fails
 * while FILE is absent, FILE being made by `touch`/`echo > FILE` and removed by `rm` at the script's times.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { parseImage } from '../images';
import type { NodeSim } from './types';

/** SetDefaults_Probe and SetDefaults_HTTPGetAction (pkg/apis/core/v1/defaults.go) */
export function containerProbeDefaults(c: any): void {
  for (const pr of [c.livenessProbe, c.readinessProbe, c.startupProbe]) {
    if (!pr || typeof pr !== 'object') continue;
    pr.timeoutSeconds = pr.timeoutSeconds || 1;
    pr.periodSeconds = pr.periodSeconds || 10;
    pr.successThreshold = pr.successThreshold || 1;
    pr.failureThreshold = pr.failureThreshold || 3;
    if (pr.httpGet) {
      pr.httpGet.path = pr.httpGet.path || '/';
      pr.httpGet.scheme = pr.httpGet.scheme || 'HTTP';
    }
  }
}

/** DescribeProbe (kubectl/pkg/describe/describe.go): Go's %v of the command, url.URL's String of the address */
export function describeProbe(pr: any): string {
  const attrs = `delay=${pr.initialDelaySeconds ?? 0}s timeout=${pr.timeoutSeconds ?? 0}s period=${pr.periodSeconds ?? 0}s #success=${pr.successThreshold ?? 0} #failure=${pr.failureThreshold ?? 0}`;
  if (pr.exec) return `exec [${(pr.exec.command ?? []).join(' ')}] ${attrs}`;
  if (pr.httpGet) {
    const g = pr.httpGet;
    const host = g.host ?? '';
    const port = String(g.port ?? '');
    const h = port ? (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`) : host;
    return `http-get ${String(g.scheme ?? '').toLowerCase()}://${h}${g.path ?? ''} ${attrs}`;
  }
  if (pr.tcpSocket) return `tcp-socket ${pr.tcpSocket.host ?? ''}:${pr.tcpSocket.port ?? ''} ${attrs}`;
  if (pr.grpc) return `grpc <pod>:${pr.grpc.port} ${pr.grpc.service ?? ''} ${attrs}`;
  return `unknown ${attrs}`;
}

/** the times (seconds after start) at which the script makes or removes each file */
function fileTimeline(c: any): Map<string, [number, boolean][]> {
  const argv = [...(c.command ?? []), ...(c.args ?? [])];
  const i = argv.indexOf('-c');
  const script = i >= 0 ? String(argv[i + 1] ?? '') : '';
  const out = new Map<string, [number, boolean][]>();
  const mark = (f: string, t: number, on: boolean) => out.set(f, [...(out.get(f) ?? []), [t, on]]);
  let t = 0;
  for (const stmt of script.split(/;|&&|\n/)) {
    const w = stmt.trim().split(/\s+/).filter(Boolean);
    if (!w.length) continue;
    const redirect = /(?:^|\s)>>?\s*(\S+)/.exec(stmt);
    if (redirect) mark(redirect[1], t, true);
    if (w[0] === 'sleep' && /^\d+$/.test(w[1] ?? '')) t += Number(w[1]);
    else if (w[0] === 'touch') for (const f of w.slice(1)) mark(f, t, true);
    else if (w[0] === 'rm') for (const f of w.slice(1).filter((x) => !x.startsWith('-'))) mark(f, t, false);
  }
  return out;
}

/** the probe's result and output at `age` seconds after the container started */
function runProbe(c: any, pr: any, age: number): { ok: boolean; output: string } {
  const cmd: string[] = pr.exec?.command ?? [];
  if (cmd[0] !== 'cat' || cmd.length < 2) return { ok: true, output: '' };
  const files = fileTimeline(c);
  const busybox = /\/busybox$/.test(parseImage(c.image ?? '').repo);
  for (const f of cmd.slice(1)) {
    let present = false;
    for (const [t, on] of files.get(f) ?? []) if (t <= age) present = on;
    if (!present) return { ok: false, output: busybox ? `cat: can't open '${f}': No such file or directory` : `cat: ${f}: No such file or directory` };
  }
  return { ok: true, output: '' };
}

export const probeMethods = {
  /** the container started (again): its probe workers begin */
  probesStart(this: Cluster, p: Obj, n: NodeSim): void {
    const s = this.sim(p);
    const run = (s.probeRun = (s.probeRun ?? 0) + 1);
    let unready = false;
    for (const [i, c] of (p.spec.containers ?? []).entries()) {
      for (const kind of ['liveness', 'readiness'] as const) {
        const pr = c[`${kind}Probe`];
        if (!pr || this.neverReady(c)) continue;
        if (kind === 'readiness') {
          unready = true;
          p.status.containerStatuses[i].ready = false;
        }
        // a static Pod's probe workers start at a fixed offset (the control plane's own start draws nothing)
        const jitter = p.metadata.ownerReferences?.[0]?.kind === 'Node' ? 600 : this.rng.int(800);
        this.laterPod((pr.initialDelaySeconds ?? 0) * 1000 + 200 + jitter, p, n, s.token, 'probeTick', i, kind, run, 0);
      }
    }
    if (unready) {
      for (const cd of p.status.conditions ?? []) if ((cd.type === 'Ready' || cd.type === 'ContainersReady') && cd.status === 'True') cd.status = 'False';
      this.touch(p);
    }
  },
  probeTick(this: Cluster, p: Obj, n: NodeSim, i: number, kind: 'liveness' | 'readiness', run: number, fails: number): void {
    const s = this.sim(p);
    if (s.probeRun !== run || s.stage !== 'running' || !this.alive(n)) return;
    const c = p.spec.containers[i];
    const cs = p.status.containerStatuses[i];
    if (!cs?.state?.running) return;
    const pr = c[`${kind}Probe`];
    const age = (this.t - Number(cs.state.running.startedAt)) / 1000;
    const r = runProbe(c, pr, Number.isFinite(age) ? age : 0);
    const src = `kubelet|${n.name}`;
    const field = `spec.containers{${c.name}}`;
    if (r.ok) fails = 0;
    else {
      fails++;
      this.event(p, 'Warning', 'Unhealthy', `${kind === 'liveness' ? 'Liveness' : 'Readiness'} probe failed: ${r.output}`, src, field);
    }
    if (kind === 'readiness') {
      const ready = fails === 0 ? true : fails >= pr.failureThreshold ? false : cs.ready;
      if (ready !== cs.ready) {
        cs.ready = ready;
        const all = p.status.containerStatuses.every((x: any) => x.ready);
        for (const cd of p.status.conditions ?? []) if ((cd.type === 'Ready' || cd.type === 'ContainersReady') && (cd.status === 'True') !== all) {
          cd.status = all ? 'True' : 'False';
          cd.lastTransitionTime = this.t;
        }
        this.touch(p);
      }
    } else if (fails >= pr.failureThreshold) {
      this.event(p, 'Normal', 'Killing', `Container ${c.name} failed liveness probe, will be restarted`, src, field);
      s.probeRun = run + 1;
      // a shell as PID 1 ignores SIGTERM: the kubelet kills it when the grace period ends
      const grace = this.ignoresSigterm(c) ? (p.spec.terminationGracePeriodSeconds ?? 30) * 1000 : 300 + this.rng.int(400);
      this.laterPod(grace, p, n, s.token, 'probeKilled', i, grace > 1000 ? 137 : 143);
      return;
    }
    // only a `cat` probe's answer changes with time (runProbe): any other probe that passed passes on, unticked
    if (r.ok && !(pr.exec?.command?.[0] === 'cat')) return;
    this.laterPod(pr.periodSeconds * 1000, p, n, s.token, 'probeTick', i, kind, run, fails);
  },
  /** the container the liveness probe killed has ended: the kubelet starts it again */
  probeKilled(this: Cluster, p: Obj, n: NodeSim, i: number, code: number): void {
    const s = this.sim(p);
    if (s.stage !== 'running') return;
    const cs = p.status.containerStatuses[i];
    const c = p.spec.containers[i];
    cs.lastState = { terminated: { exitCode: code, reason: 'Error', startedAt: cs.state.running?.startedAt ?? this.t, finishedAt: this.t, containerID: cs.containerID } };
    cs.restartCount++;
    const src = `kubelet|${n.name}`;
    const field = `spec.containers{${c.name}}`;
    if (c.imagePullPolicy === 'Always') {
      this.event(p, 'Normal', 'Pulling', `Pulling image "${c.image}"`, src, field);
      const secs = ((500 + this.rng.int(900)) / 1000).toFixed(3).replace(/\.?0+$/, '');
      this.event(p, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${secs}s (${secs}s including waiting).`, src, field);
    } else this.event(p, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, src, field);
    this.event(p, 'Normal', 'Created', `Created container ${c.name}`, src, field);
    this.event(p, 'Normal', 'Started', `Started container ${c.name}`, src, field);
    cs.containerID = `containerd://${this.rng.hex(64)}`;
    cs.state = { running: { startedAt: this.t } };
    this.touch(p);
    this.probesStart(p, n);
  },
};

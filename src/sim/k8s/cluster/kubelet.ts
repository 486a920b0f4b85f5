/** The kubelet: mounts, sandbox and pod IP, init containers, image pulls with back-off, container configuration, start, exit and crash-loop back-off. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { ownerOf } from '../objects';
import type { Obj } from '../objects';
import { parseImage, pullable, pullError, pullMs } from '../images';
import { missingVolumes, resolveEnv } from '../podconfig';
import type { NodeSim } from './types';
import { programExit } from '../program-end';
import { podProgram } from '../pod-programs';

export const kubeletMethods = {
  /** kubelet: starts pods bound to live nodes. */
  kubelets(this: Cluster): void {
    const todo = [...this.toStart];
    for (const key of todo) {
      const i = key.indexOf('/');
      const p = this.get('Pod', key.slice(0, i), key.slice(i + 1));
      const nodeName = p?.spec.nodeName;
      if (!p || !nodeName || p.metadata.deletionTimestamp) {
        this.toStart.delete(key);
        continue;
      }
      const n = this.nodes.get(nodeName);
      if (!n || !this.alive(n)) continue;
      this.toStart.delete(key);
      const s = this.sim(p);
      if (s.stage !== 'new') continue;
      s.stage = 'creating';
      const token = ++s.token;
      this.laterPod(100 + this.rng.int(400), p, n, token, 'startSandbox');
    }
  },
  ensureStatus(this: Cluster, p: Obj, n: NodeSim): void {
    const st = p.status;
    st.hostIP = n.ip;
    st.hostIPs = [{ ip: n.ip }];
    st.startTime = st.startTime ?? this.t;
    if (!st.conditions || !st.conditions.some((c: any) => c.type === 'Initialized')) {
      const c = (type: string, status: string) => ({ type, status, lastProbeTime: null, lastTransitionTime: this.t });
      st.conditions = [c('PodReadyToStartContainers', 'False'), c('Initialized', 'True'), c('Ready', 'False'), c('ContainersReady', 'False'), c('PodScheduled', 'True')];
    }
    const inits: any[] = p.spec.initContainers ?? [];
    if (inits.length && !st.initContainerStatuses) {
      st.initContainerStatuses = inits.map((c: any) => ({ name: c.name, image: c.image, imageID: '', ready: false, restartCount: 0, started: false, state: { waiting: { reason: 'PodInitializing' } } }));
      for (const c of st.conditions) if (c.type === 'Initialized') c.status = 'False';
    }
    st.containerStatuses = (p.spec.containers ?? []).map((c: any, i: number) => {
      const old = st.containerStatuses?.[i];
      return old ?? { name: c.name, image: c.image, imageID: '', ready: false, restartCount: 0, started: false, state: { waiting: { reason: inits.length ? 'PodInitializing' : 'ContainerCreating' } } };
    });
  },
  /** runs the init containers one after the other, then calls `then` */
  runInits(this: Cluster, p: Obj, n: NodeSim): void {
    const s = this.sim(p);
    const token = s.token;
    const src = `kubelet|${n.name}`;
    const inits: any[] = p.spec.initContainers ?? [];
    const st = p.status;
    const i = (st.initContainerStatuses ?? []).findIndex((x: any) => !x.state.terminated);
    if (!inits.length || i < 0) return this.afterInits(p, n);
    const c = inits[i];
    const ref = parseImage(c.image);
    const present = n.images.has(ref.full);
    const r = pullable(c.image);
    if (present) this.event(p, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, src, `spec.initContainers{${c.name}}`);
    else this.event(p, 'Normal', 'Pulling', `Pulling image "${c.image}"`, src, `spec.initContainers{${c.name}}`);
    const wait = present ? 400 + this.rng.int(400) : r.ok ? pullMs(r.size) + this.rng.int(800) : 1000;
    this.laterPod(wait, p, n, token, 'initDone', i, present, wait);
  },
  initDone(this: Cluster, p: Obj, n: NodeSim, i: number, present: boolean, wait: number): void {
    const token = this.sim(p).token;
    const src = `kubelet|${n.name}`;
    const inits: any[] = p.spec.initContainers ?? [];
    const st = p.status;
    const c = inits[i];
    const ref = parseImage(c.image);
    const r = pullable(c.image);
    {
      if (!r.ok) return this.pullFailed(p, n, c);
      if (!present) {
        const secs = (wait / 1000).toFixed(3).replace(/\.?0+$/, '');
        this.event(p, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${secs}s (${secs}s including waiting).${n.kubeletVersion >= 'v1.29' ? ` Image size: ${r.size} bytes.` : ''}`, src, `spec.initContainers{${c.name}}`);
        n.images.add(ref.full);
      }
      this.event(p, 'Normal', 'Created', `Created container ${c.name}`, src, `spec.initContainers{${c.name}}`);
      this.event(p, 'Normal', 'Started', `Started container ${c.name}`, src, `spec.initContainers{${c.name}}`);
      const cs = st.initContainerStatuses[i];
      cs.image = ref.full;
      cs.imageID = `${ref.repo}@sha256:${this.rng.hex(64)}`;
      cs.containerID = `containerd://${this.rng.hex(64)}`;
      cs.state = { terminated: { exitCode: 0, reason: 'Completed', startedAt: this.t, finishedAt: this.t + 200, containerID: cs.containerID } };
      cs.ready = true;
      if (i === inits.length - 1) {
        for (const cd of st.conditions) if (cd.type === 'Initialized') {
          cd.status = 'True';
          cd.lastTransitionTime = this.t;
        }
      }
      this.touch(p);
      this.laterPod(300, p, n, token, 'runInits');
    }
  },
  afterInits(this: Cluster, p: Obj, n: NodeSim): void {
    for (const cs of p.status.containerStatuses) if (cs.state.waiting?.reason === 'PodInitializing') cs.state = { waiting: { reason: 'ContainerCreating' } };
    this.pull(p, n);
  },
  startSandbox(this: Cluster, p: Obj, n: NodeSim): void {
    if (!this.get('Pod', p.metadata.namespace, p.metadata.name) || p.metadata.deletionTimestamp) return;
    this.ensureStatus(p, n);
    const st = p.status;
    const vols = missingVolumes(this, p);
    if (vols.length) {
      // the volume manager retries with exponential back-off (0.5 s doubling up to 2m2s)
      const s = this.sim(p);
      const token = s.token;
      s.mountFailures = (s.mountFailures ?? 0) + 1;
      for (const vol of vols) this.event(p, 'Warning', 'FailedMount', `MountVolume.SetUp failed for volume "${vol.volume}" : ${vol.error}`, `kubelet|${n.name}`);
      this.touch(p);
      this.laterPod(Math.min(122_000, 500 * 2 ** (s.mountFailures - 1)), p, n, token, 'startSandbox');
      return;
    }
    if (!st.podIP) {
      if (p.spec.hostNetwork) st.podIP = n.ip;
      else {
        if (!n.cni || n.runCleared) {
          this.event(p, 'Warning', 'FailedCreatePodSandBox', `Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "${this.rng.hex(64)}": plugin type="${this.cni || 'flannel'}" failed (add): failed to load flannel 'subnet.env' file: open /run/flannel/subnet.env: no such file or directory. Check the flannel pod log for this node.`, `kubelet|${n.name}`);
          this.touch(p);
          const s = this.sim(p);
          const token = s.token;
          this.laterPod(5000 + this.rng.int(5000), p, n, token, 'startSandbox');
          return;
        }
        let ip: string;
        do ip = `${this.podSubnet(n)}.${n.nextIp++}`;
        while (this.usedIps.has(ip));
        this.usedIps.add(ip);
        st.podIP = ip;
      }
      st.podIPs = [{ ip: st.podIP }];
      for (const c of st.conditions) if (c.type === 'PodReadyToStartContainers') c.status = 'True';
    }
    this.touch(p);
    this.runInits(p, n);
  },
  pull(this: Cluster, p: Obj, n: NodeSim): void {
    const s = this.sim(p);
    const token = s.token;
    const src = `kubelet|${n.name}`;
    let wait = 0;
    let failed: any = null;
    for (const c of p.spec.containers ?? []) {
      const ref = parseImage(c.image);
      const present = n.images.has(ref.full);
      if (present && c.imagePullPolicy !== 'Always') {
        this.event(p, 'Normal', 'Pulled', `Container image "${c.image}" already present on machine`, src, `spec.containers{${c.name}}`);
        continue;
      }
      if (c.imagePullPolicy === 'Never') continue;
      this.event(p, 'Normal', 'Pulling', `Pulling image "${c.image}"`, src, `spec.containers{${c.name}}`);
      const r = pullable(c.image);
      if (!r.ok) {
        failed = failed ?? c;
        wait = Math.max(wait, 1200 + this.rng.int(1500));
        continue;
      }
      wait = Math.max(wait, present ? 700 + this.rng.int(600) : pullMs(r.size) + this.rng.int(1500));
    }
    s.stage = 'pulling';
    this.laterPod(wait, p, n, token, 'pulled', wait, failed ? failed.name : null);
  },
  pulled(this: Cluster, p: Obj, n: NodeSim, wait: number, failedName: string | null): void {
    const src = `kubelet|${n.name}`;
    {
      if (failedName !== null) return this.pullFailed(p, n, p.spec.containers.find((c: any) => c.name === failedName));
      for (const c of p.spec.containers ?? []) {
        const ref = parseImage(c.image);
        if (!n.images.has(ref.full) || c.imagePullPolicy === 'Always') {
          const r = pullable(c.image) as { ok: true; size: number };
          const secs = (wait / 1000).toFixed(3).replace(/\.?0+$/, '');
          const size = n.kubeletVersion >= 'v1.29' ? ` Image size: ${r.size} bytes.` : '';
          this.event(p, 'Normal', 'Pulled', `Successfully pulled image "${c.image}" in ${secs}s (${secs}s including waiting).${size}`, src, `spec.containers{${c.name}}`);
          n.images.add(ref.full);
        }
      }
      this.startContainers(p, n);
    }
  },
  pullFailed(this: Cluster, p: Obj, n: NodeSim, c: any): void {
    const s = this.sim(p);
    const src = `kubelet|${n.name}`;
    const msg = pullError(c.image);
    this.event(p, 'Warning', 'Failed', `Failed to pull image "${c.image}": ${msg}`, src, `spec.containers{${c.name}}`);
    this.event(p, 'Warning', 'Failed', 'Error: ErrImagePull', src, `spec.containers{${c.name}}`);
    const cs = p.status.containerStatuses.find((x: any) => x.name === c.name);
    cs.state = { waiting: { reason: 'ErrImagePull', message: msg } };
    s.stage = 'backoff';
    s.pullFailures++;
    this.touch(p);
    const token = s.token;
    this.laterPod(800 + this.rng.int(1200), p, n, token, 'pullBackOff', c.name);
  },
  pullBackOff(this: Cluster, p: Obj, n: NodeSim, name: string): void {
    const s = this.sim(p);
    const src = `kubelet|${n.name}`;
    const c = [...(p.spec.initContainers ?? []), ...(p.spec.containers ?? [])].find((x: any) => x.name === name);
    const cs = p.status.containerStatuses.find((x: any) => x.name === name) ?? p.status.initContainerStatuses?.find((x: any) => x.name === name);
    this.event(p, 'Normal', 'BackOff', `Back-off pulling image "${c.image}"`, src, `spec.containers{${c.name}}`);
    this.event(p, 'Warning', 'Failed', 'Error: ImagePullBackOff', src, `spec.containers{${c.name}}`);
    if (cs) cs.state = { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` } };
    this.touch(p);
    const back = Math.min(300_000, 10_000 * 2 ** (s.pullFailures - 1));
    this.laterPod(back, p, n, s.token, 'pull');
  },
  /** whether the container's process ends on its own (busybox without a long-running command, ...) */
  exitsAlone(this: Cluster, p: Obj, c: any, n: NodeSim): number | null {
    const ref = parseImage(c.image);
    if (/flannel\/flannel$/.test(ref.repo) && c.name === 'kube-flannel' && !this.nodeObj(n.name)?.spec.podCIDR) return 1;
    // a Job's container is a batch program: it ends (a long sleep ends too) unless it is a server image; a shell with
    // its standard input kept open (run -it, stdin: true) waits for input
    const argv = [...(c.command ?? []), ...(c.args ?? [])];
    const end = programExit(c.image, argv, !!p.spec.containers.length && !!(c.stdin || c.tty), ownerOf(p)?.kind === 'Job');
    // a network tool the image models (busybox's nslookup, ping -c, nc -z) ends with the status its run gives
    if (end === 0 && argv.length && /^(nslookup|ping|nc|dig|host)$/.test(argv[0].slice(argv[0].lastIndexOf('/') + 1))) {
      const r = podProgram(this, p, c, argv);
      if (r) return r.ticker ? null : r.code;
    }
    return end;
  },
  startContainers(this: Cluster, p: Obj, n: NodeSim): void {
    this.laterPod(300 + this.rng.int(500), p, n, this.sim(p).token, 'containersStart');
  },
  containersStart(this: Cluster, p: Obj, n: NodeSim): void {
    const s = this.sim(p);
    const src = `kubelet|${n.name}`;
    const token = s.token;
    {
      let exit: number | null = null;
      // each container's configuration: a missing ConfigMap, Secret or key stops it being created
      const env: Record<string, [string, string][]> = {};
      let configError = false;
      for (const [i, c] of (p.spec.containers ?? []).entries()) {
        const r = resolveEnv(this, p, c);
        if ('error' in r) {
          this.event(p, 'Warning', 'Failed', `Error: ${r.error}`, src, `spec.containers{${c.name}}`);
          p.status.containerStatuses[i].state = { waiting: { reason: 'CreateContainerConfigError', message: r.error } };
          configError = true;
          continue;
        }
        for (const sk of r.skipped) this.event(p, 'Warning', 'InvalidEnvironmentVariableNames', `Keys [${sk.keys.join(', ')}] from the EnvFrom ${sk.kind} ${sk.name} were skipped since they are considered invalid environment variable names.`, src);
        env[c.name] = r.env;
      }
      if (configError) {
        s.configFailures = (s.configFailures ?? 0) + 1;
        s.stage = 'pulling';
        this.touch(p);
        this.laterPod(Math.min(300_000, 10_000 * 2 ** (s.configFailures - 1)), p, n, token, 'pull');
        return;
      }
      s.env = env;
      for (const [i, c] of (p.spec.containers ?? []).entries()) {
        this.event(p, 'Normal', 'Created', `Created container ${c.name}`, src, `spec.containers{${c.name}}`);
        this.event(p, 'Normal', 'Started', `Started container ${c.name}`, src, `spec.containers{${c.name}}`);
        const cs = p.status.containerStatuses[i];
        const ref = parseImage(c.image);
        cs.imageID = `${ref.repo}@sha256:${this.rng.hex(64)}`;
        cs.image = ref.full;
        cs.containerID = `containerd://${this.rng.hex(64)}`;
        cs.state = { running: { startedAt: this.t } };
        cs.started = true;
        cs.ready = true;
        const e = this.exitsAlone(p, c, n);
        if (e !== null) exit = e;
      }
      s.stage = 'running';
      p.status.phase = 'Running';
      const unready = (p.spec.containers ?? []).some((c: any) => this.neverReady(c));
      if (unready) for (const cs of p.status.containerStatuses) cs.ready = false;
      if (!unready) for (const c of p.status.conditions) if (c.type === 'Ready' || c.type === 'ContainersReady') {
        c.status = 'True';
        c.lastTransitionTime = this.t;
      }
      if (exit === null) this.probesStart(p, n);
      if (this.isCniPod(p) && exit === null) this.later(1500 + this.rng.int(1500), 'cniUpNamed', n.name);
      this.touch(p);
      // a program that sleeps first ends that much later
      const runFor = exit !== null ? Number(/sleep (\d+)/.exec((p.spec.containers ?? []).map((c: any) => [...(c.command ?? []), ...(c.args ?? [])].join(' ')).join(' '))?.[1] ?? 0) * 1000 : 0;
      if (exit !== null) this.laterPod(200 + this.rng.int(800) + runFor, p, n, token, 'containerExited', exit);
    }
  },
  /** metrics-server cannot scrape kubelets whose serving certificates lack IP SANs unless told not to verify */
  neverReady(this: Cluster, c: any): boolean {
    return /metrics-server/.test(c.image ?? '') && !(c.args ?? []).includes('--kubelet-insecure-tls');
  },
  containerExited(this: Cluster, p: Obj, n: NodeSim, code: number): void {
    const s = this.sim(p);
    const src = `kubelet|${n.name}`;
    const reason = code === 0 ? 'Completed' : 'Error';
    for (const cs of p.status.containerStatuses) {
      cs.state = { terminated: { exitCode: code, reason, startedAt: cs.state.running?.startedAt ?? this.t, finishedAt: this.t, containerID: cs.containerID } };
      cs.ready = false;
      cs.started = false;
    }
    this.setPodReady(p, false);
    if (p.spec.restartPolicy === 'Never' || (p.spec.restartPolicy === 'OnFailure' && code === 0)) {
      p.status.phase = code === 0 ? 'Succeeded' : 'Failed';
      s.stage = 'done';
      this.touch(p);
      return;
    }
    s.crashes++;
    s.stage = 'crash';
    const token = s.token;
    const back = Math.min(300_000, 10_000 * 2 ** (s.crashes - 1));
    this.laterPod(1000, p, n, token, 'crashBackOff', back);
  },
  crashBackOff(this: Cluster, p: Obj, n: NodeSim, back: number): void {
    // no kubelet, no restart: the container stays exited until the kubelet runs again (nodeBack)
    if (!this.heartbeat(n)) return;
    const src = `kubelet|${n.name}`;
    {
      for (const cs of p.status.containerStatuses) {
        cs.lastState = { terminated: cs.state.terminated };
        cs.state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off ${back / 1000 >= 60 ? `${Math.floor(back / 60000)}m${(back / 1000) % 60}s` : `${back / 1000}s`} restarting failed container=${cs.name} pod=${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})` } };
      }
      this.event(p, 'Warning', 'BackOff', 'Back-off restarting failed container ' + p.spec.containers[0].name + ` in pod ${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})`, src, `spec.containers{${p.spec.containers[0].name}}`);
      this.touch(p);
      this.laterPod(back - 1000, p, n, this.sim(p).token, 'crashRestart');
    }
  },
  crashRestart(this: Cluster, p: Obj, n: NodeSim): void {
    if (!this.heartbeat(n)) return;
    for (const cs of p.status.containerStatuses) {
      cs.restartCount++;
      cs.state = { waiting: { reason: 'ContainerCreating' } };
    }
    this.event(p, 'Normal', 'Pulled', `Container image "${p.spec.containers[0].image}" already present on machine`, `kubelet|${n.name}`, `spec.containers{${p.spec.containers[0].name}}`);
    this.startContainers(p, n);
  },
  isCniPod(this: Cluster, p: Obj): boolean {
    return (p.spec.containers ?? []).some((c: any) => c.name === 'kube-flannel' || c.name === 'calico-node');
  },
};

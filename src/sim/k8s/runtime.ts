/** The container runtime underneath: crictl, ctr and containerd, printed from the pods on this node. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../types';
import type { K8sState } from './world';
import { hostname, pkgVersion, unitActive } from './host';
import { fnv32a } from './rand';
import { parseImage, pullable, pullError } from './images';
import { tabwrite } from './format';
import type { Obj } from './objects';
import type { Options } from '../spec/types';
import { madeOn, settleMade } from './crictl/made';
import { klogE } from './crictl/klog';
import { pidOf } from './crictl/oci';

/** go-units HumanDuration + " ago", as crictl prints CREATED */
export function unitsAgo(ms: number): string {
  const s = Math.floor(ms / 1000);
  let d: string;
  if (s < 1) d = 'Less than a second';
  else if (s === 1) d = '1 second';
  else if (s < 60) d = `${s} seconds`;
  else if (s < 120) d = 'About a minute';
  else if (s < 3600) d = `${Math.floor(s / 60)} minutes`;
  else if (s < 5400) d = 'About an hour';
  else if (s < 48 * 3600) d = `${Math.floor(s / 3600)} hours`;
  else if (s < 7 * 86400) d = `${Math.floor(s / 86400)} days`;
  else d = `${Math.floor(s / 604800)} weeks`;
  return d + ' ago';
}

const hex = (s: string, n: number) => {
  let o = '';
  for (let i = 0; o.length < n; i++) o += fnv32a(s + '#' + i).toString(16).padStart(8, '0');
  return o.slice(0, n);
};
export const imageId = (ref: string) => hex('img' + parseImage(ref).full, 64);
/** The pod's current sandbox: a new id each time the kubelet recreates it (attempt 1, 2, ...). */
export const sandboxAttempt = (st: K8sState, p: Obj): number => st.cluster.pods.get(p.metadata.uid)?.sandbox ?? 0;
export const sandboxId = (st: K8sState, p: Obj) => {
  const a = sandboxAttempt(st, p);
  return hex('sb' + p.metadata.uid + (a ? '#' + a : ''), 64);
};
const cid = (cs: any) => (cs.containerID ?? '').replace('containerd://', '');

const removed = new WeakMap<K8sState, Set<string>>();
/** container ids `crictl rm` took away (the exited ones the kubelet kept) */
export function removedIds(st: K8sState): Set<string> {
  let s = removed.get(st);
  if (!s) removed.set(st, (s = new Set()));
  return s;
}

/** go-units HumanSizeWithPrecision(size, 3) */
function size(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  let v = bytes;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${Number(v.toPrecision(3))}${units[i]}`;
}

/**
 * crictl's matchesImage: the id of the image `ps --image` names (ImageStatus resolves a reference or a prefix of an
 * id on the node), or null when the node does not have it (then no container matches).
 */
export function imageFilterId(st: K8sState, h: Host, image: string): string | null {
  const refs = [...(st.cluster.nodes.get(hostname(h))?.images ?? [])];
  const full = parseImage(image).full;
  if (refs.includes(full)) return imageId(full);
  const hex = image.replace(/^sha256:/, '');
  const hit = /^[0-9a-f]+$/.test(hex) ? refs.find((r) => imageId(r).startsWith(hex)) : undefined;
  return hit ? imageId(hit) : null;
}

export function podsHere(st: K8sState, h: Host): Obj[] {
  const name = hostname(h);
  if (st.hostOf.get(name) !== h.id) return [];
  return st.cluster.podsOn(name).filter((p) => p.status?.podIP || p.status?.containerStatuses?.some((c: any) => c.containerID));
}

/**
 * A crictl command on this node once crictl is connected (crictl/run.ts has read the flags and opened the runtime):
 * ps, pods, images, pull, version (the other commands are crictl/commands.ts).
 */
export function crictlCommand(st: K8sState, h: Host, sub: string, opts: Options, ops: string[], now: number): { out: string; err: string; code: number } {
  const all = opts.bool('all');
  const quiet = opts.bool('quiet');
  const err = '';
  const pods = podsHere(st, h);
  const w = (rows: string[][]) => tabwrite(rows.map((r) => r.join('\t')).join('\n'), 3, 20) + '\n';
  switch (sub) {
    case 'ps': {
      // cri-tools v1.28 ListContainers: the runtime filters by id, pod, state and labels (ids by unique prefix);
      // crictl then keeps the names matching --name, newest first, and cuts to --latest / --last
      const state = opts.str('state');
      const states = ['created', 'running', 'exited', 'unknown'];
      if (state && !states.includes(state.toLowerCase())) return { out: '', err: 'FATA[0000] --state should be one of created, running, exited or unknown \n', code: 1 };
      const labels: [string, string][] = [];
      for (const l of opts.all('label')) {
        const pair = l.split('=');
        if (pair.length !== 2) return { out: '', err: `FATA[0000] incorrectly specified label: ${l} \n`, code: 1 };
        labels.push([pair[0], pair[1]]);
      }
      const last = Number(opts.str('last') ?? 0) || 0;
      const latest = opts.bool('latest');
      const want = latest || last > 0 ? undefined : state ? state.toLowerCase() : all ? undefined : 'running';
      const id = opts.str('id') ?? '';
      const pod = opts.str('pod') ?? '';
      const imageWanted = opts.str('image') ? imageFilterId(st, h, opts.str('image')!) : undefined;
      let name: RegExp | null = null;
      try {
        name = opts.str('name') ? new RegExp(opts.str('name')!) : null;
      } catch {
        name = /(?!)/;
      }
      const list: { row: string[]; at: number; id?: string }[] = [];
      const gone = removedIds(st);
      for (const p of pods)
        (p.status.containerStatuses ?? []).forEach((cs: any) => {
          // the current container, and the exited one before it that the kubelet keeps
          const prev = cs.lastState?.terminated;
          const seen: [string, boolean, number, number][] = [];
          if (prev?.containerID && cid(prev) !== cid(cs)) seen.push([cid(prev), false, prev.startedAt ?? now, Math.max(0, (cs.restartCount ?? 0) - 1)]);
          if (cs.containerID) seen.push([cid(cs), !!cs.state?.running, cs.state?.running?.startedAt ?? cs.state?.terminated?.startedAt ?? prev?.startedAt ?? now, cs.restartCount ?? 0]);
          for (const [ctrId, running, started, attempt] of seen) {
            if (gone.has(ctrId)) continue;
            if (want && want !== (running ? 'running' : 'exited')) continue;
            if (id && !ctrId.startsWith(id)) continue;
            if (pod && !sandboxId(st, p).startsWith(pod)) continue;
            const own: Record<string, string> = { 'io.kubernetes.container.name': cs.name, 'io.kubernetes.pod.name': p.metadata.name, 'io.kubernetes.pod.namespace': p.metadata.namespace ?? '', 'io.kubernetes.pod.uid': p.metadata.uid };
            if (labels.some(([k, v]) => own[k] !== v)) continue;
            if (name && !name.test(cs.name)) continue;
            if (imageWanted !== undefined && imageWanted !== imageId(cs.image)) continue;
            list.push({ at: started, id: ctrId, row: [ctrId.slice(0, 13), imageId(cs.image).slice(0, 13), unitsAgo(now - started), running ? 'Running' : 'Exited', cs.name, String(attempt), sandboxId(st, p).slice(0, 13), p.metadata.name] });
          }
        });
      // the containers crictl created: their config's labels, POD from io.kubernetes.pod.name or "unknown"
      const mine = madeOn(st, h);
      const live = new Set([...mine.sandboxes.map((x) => x.id), ...pods.map((p) => sandboxId(st, p))]);
      for (const c of mine.containers) {
        settleMade(c, now);
        const stateName = c.state === 'CONTAINER_CREATED' ? 'Created' : c.state === 'CONTAINER_RUNNING' ? 'Running' : 'Exited';
        const own: Record<string, string> = c.config.labels ?? {};
        if (!live.has(c.sandbox) || removedIds(st).has(c.id)) continue;
        if (want && want !== stateName.toLowerCase()) continue;
        if ((id && !c.id.startsWith(id)) || (pod && !c.sandbox.startsWith(pod))) continue;
        if (labels.some(([k, v]) => own[k] !== v)) continue;
        if (name && !name.test(c.config.metadata?.name ?? '')) continue;
        if (imageWanted !== undefined && imageWanted !== imageId(c.image)) continue;
        list.push({ at: c.createdAt, id: c.id, row: [c.id.slice(0, 13), imageId(c.image).slice(0, 13), unitsAgo(now - c.createdAt), stateName, c.config.metadata?.name ?? '', String(c.config.metadata?.attempt ?? 0), c.sandbox.slice(0, 13), own['io.kubernetes.pod.name'] ?? 'unknown'] });
      }
      const sorted = list.map((x, i) => ({ ...x, i })).sort((a, b) => b.at - a.at || a.i - b.i);
      const cut = sorted.slice(0, latest ? 1 : last > 0 ? last : sorted.length);
      const shown = cut.map((x) => x.row);
      // -q: the whole ids (fmt.Printf("%s\n", c.Id))
      if (quiet) return { out: cut.map((x) => x.id + '\n').join(''), err, code: 0 };
      return { out: w([['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD'], ...shown]), err, code: 0 };
    }
    case 'pods': {
      // ListPodSandbox: the runtime filters by id, state and labels; crictl keeps the names and namespaces matching
      // --name / --namespace, newest first, cut to --latest / --last
      const state = opts.str('state');
      if (state && !['ready', 'notready'].includes(state.toLowerCase())) return { out: '', err: 'FATA[0000] --state should be ready or notready \n', code: 1 };
      const labels: [string, string][] = [];
      for (const l of opts.all('label')) {
        const pair = l.split('=');
        if (pair.length !== 2) return { out: '', err: `FATA[0000] incorrectly specified label: ${l} \n`, code: 1 };
        labels.push([pair[0], pair[1]]);
      }
      const re = (v: string | undefined) => {
        try {
          return v ? new RegExp(v) : null;
        } catch {
          return /(?!)/;
        }
      };
      const name = re(opts.str('name'));
      const ns = re(opts.str('namespace'));
      const id = opts.str('id') ?? '';
      const last = Number(opts.str('last') ?? 0) || 0;
      const list: { row: string[]; at: number; id?: string }[] = [];
      for (const p of pods) {
        const sb = sandboxId(st, p);
        const ready = !p.metadata.deletionTimestamp;
        if (id && !sb.startsWith(id)) continue;
        if (state && (state.toLowerCase() === 'ready') !== ready) continue;
        const own: Record<string, string> = { ...(p.metadata.labels ?? {}), 'io.kubernetes.pod.name': p.metadata.name, 'io.kubernetes.pod.namespace': p.metadata.namespace ?? '', 'io.kubernetes.pod.uid': p.metadata.uid };
        if (labels.some(([k, v]) => own[k] !== v)) continue;
        if (name && !name.test(p.metadata.name)) continue;
        if (ns && !ns.test(p.metadata.namespace ?? '')) continue;
        const at = st.cluster.pods.get(p.metadata.uid)?.sandboxAt ?? p.status.startTime ?? now;
        list.push({ at, id: sb, row: [opts.bool('no-trunc') ? sb : sb.slice(0, 13), unitsAgo(now - at), ready ? 'Ready' : 'NotReady', p.metadata.name, p.metadata.namespace!, String(sandboxAttempt(st, p)), '(default)'] });
      }
      // the sandboxes crictl made: their config's metadata, labels and runtime handler
      for (const sb of madeOn(st, h).sandboxes) {
        const m = sb.config.metadata ?? {};
        if (id && !sb.id.startsWith(id)) continue;
        if (state && (state.toLowerCase() === 'ready') !== sb.ready) continue;
        if (labels.some(([k, v]) => (sb.config.labels ?? {})[k] !== v)) continue;
        if (name && !name.test(m.name ?? '')) continue;
        if (ns && !ns.test(m.namespace ?? '')) continue;
        list.push({ at: sb.createdAt, id: sb.id, row: [opts.bool('no-trunc') ? sb.id : sb.id.slice(0, 13), unitsAgo(now - sb.createdAt), sb.ready ? 'Ready' : 'NotReady', m.name ?? '', m.namespace ?? '', String(m.attempt ?? 0), sb.runtime || '(default)'] });
      }
      const sorted = list.map((x, i) => ({ ...x, i })).sort((a, b) => b.at - a.at || a.i - b.i);
      const cut = sorted.slice(0, opts.bool('latest') ? 1 : last > 0 ? last : sorted.length);
      const shown = cut.map((x) => x.row);
      if (quiet) return { out: cut.map((x) => x.id + '\n').join(''), err, code: 0 };
      return { out: w([['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME'], ...shown]), err, code: 0 };
    }
    case 'images':
    case 'image':
    case 'img': {
      const node = st.cluster.nodes.get(hostname(h));
      const refs = [...(node?.images ?? [])].sort();
      const rows = [['IMAGE', 'TAG', 'IMAGE ID', 'SIZE']];
      for (const r of refs) {
        const ref = parseImage(r);
        const pr = pullable(r);
        rows.push([ref.repo, ref.tag, imageId(r).slice(0, 13), size(pr.ok ? pr.size : 0)]);
      }
      if (quiet) return { out: rows.slice(1).map((r) => 'sha256:' + imageId(r[0] + ':' + r[1]) + '\n').join(''), err, code: 0 };
      return { out: w(rows), err, code: 0 };
    }
    case 'pull': {
      const img = ops[0];
      if (!img) return { out: '', err: err + 'FATA[0000] Image name cannot be empty \n', code: 1 };
      const pr = pullable(img);
      // the kubelet's remote image client logs the failed call (remote_image.go:180) before crictl's FATA line
      if (!pr.ok) return { out: '', err: klogE(now, 'remote_image.go:180', `"PullImage from image service failed" err=${JSON.stringify(pullError(img))} image=${JSON.stringify(img)}`) + `FATA[0002] pulling image: ${pullError(img)} \n`, code: 1 };
      st.cluster.nodes.get(hostname(h))?.images.add(parseImage(img).full);
      return { out: `Image is up to date for sha256:${imageId(img)}\n`, err, code: 0 };
    }
    case 'version':
      return { out: `Version:  0.1.0\nRuntimeName:  containerd\nRuntimeVersion:  ${pkgVersion(h, 'containerd.io') ?? '1.7.24'}\nRuntimeApiVersion:  v1\n`, err, code: 0 };
  }
  // the other commands are not modelled yet (they answer as before the spec: no help topic)
  return { out: '', err: `No help topic for '${sub}'\n`, code: 3 };
}

/** `ctr`: containers, images and namespaces; `moby` is what Docker keeps in containerd on this host (../commands/docker.ts). */
export function ctr(st: K8sState, h: Host, args: string[], root: boolean, moby: { used: boolean; running: string[] } = { used: false, running: [] }): { out: string; err: string; code: number } {
  let ns = 'default';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-n' || args[i] === '--namespace') ns = args[++i] ?? ns;
    else if (args[i].startsWith('--namespace=')) ns = args[i].slice(12);
    else if (['-a', '--address', '--timeout', '--connect-timeout'].includes(args[i])) i++;
    else if (args[i] !== '--debug' || rest.length) rest.push(args[i]);
  }
  // `--quiet, -q` of containers ls, images ls, namespaces ls and tasks ls: the IDs / names alone, one a line
  const quiet = rest.slice(2).some((a) => a === '-q' || a === '--quiet' || a === '-quiet');
  const [obj, verb] = rest;
  if (!root) return { out: '', err: 'ctr: failed to dial "/run/containerd/containerd.sock": connection error: desc = "transport: error while dialing: dial unix /run/containerd/containerd.sock: connect: permission denied"\n', code: 1 };
  if (!unitActive(h, 'containerd.service')) return { out: '', err: 'ctr: failed to dial "/run/containerd/containerd.sock": context deadline exceeded: connection error: desc = "transport: error while dialing: dial unix:///run/containerd/containerd.sock: timeout"\n', code: 1 };
  const pods = ns === 'k8s.io' ? podsHere(st, h) : [];
  const tw = (rows: string[][]) => tabwrite(rows.map((r) => r.join('\t') + '\t').join('\n'), 4) + '\n';
  if ((obj === 'containers' || obj === 'container' || obj === 'c') && (verb === 'list' || verb === 'ls')) {
    const rows = [['CONTAINER', 'IMAGE', 'RUNTIME']];
    const node = st.cluster.nodes.get(hostname(h));
    const pause = [...(node?.images ?? [])].find((i) => i.includes('/pause:')) ?? 'registry.k8s.io/pause:3.9';
    const list: [string, string][] = [];
    for (const p of pods) {
      list.push([sandboxId(st, p), parseImage(pause).full.replace('docker.io/', '').replace(/^registry\.k8s\.io/, 'registry.k8s.io')]);
      for (const cs of p.status.containerStatuses ?? []) if (cs.containerID) list.push([cid(cs), cs.image]);
    }
    if (ns === 'moby') for (const id of moby.running) list.push([id, '-']);
    list.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (quiet) return { out: list.map(([id]) => id + '\n').join(''), err: '', code: 0 };
    for (const [id, img] of list) rows.push([id, img, 'io.containerd.runc.v2']);
    return { out: tw(rows), err: '', code: 0 };
  }
  if ((obj === 'images' || obj === 'image' || obj === 'i') && (verb === 'list' || verb === 'ls')) {
    const node = st.cluster.nodes.get(hostname(h));
    const rows = [['REF', 'TYPE', 'DIGEST', 'SIZE', 'PLATFORMS', 'LABELS']];
    if (quiet) return { out: ns === 'k8s.io' ? [...(node?.images ?? [])].sort().map((r) => r + '\n').join('') : '', err: '', code: 0 };
    if (ns === 'k8s.io')
      for (const r of [...(node?.images ?? [])].sort()) {
        const pr = pullable(r);
        rows.push([r, 'application/vnd.oci.image.index.v1+json', `sha256:${imageId(r)}`, size(pr.ok ? pr.size : 0).replace('MB', ' MiB').replace('kB', ' KiB'), 'linux/amd64,linux/arm64', 'io.cri-containerd.image=managed']);
      }
    return { out: tw(rows), err: '', code: 0 };
  }
  if (obj === 'namespaces' || obj === 'ns') {
    const names = [...(podsHere(st, h).length || st.cluster.nodes.has(hostname(h)) ? ['k8s.io'] : []), ...(moby.used ? ['moby'] : [])].sort();
    if (quiet) return { out: names.map((n) => n + '\n').join(''), err: '', code: 0 };
    return { out: tw([['NAME', 'LABELS'], ...names.map((n) => [n, ''])]), err: '', code: 0 };
  }
  if ((obj === 'tasks' || obj === 'task' || obj === 't') && (verb === 'list' || verb === 'ls')) {
    // tasks/list.go: TASK, PID, STATUS (the task's status enum: RUNNING); a sandbox's pause and each running container
    const tasks: [string, number][] = [];
    for (const p of pods) {
      tasks.push([sandboxId(st, p), pidOf(sandboxId(st, p), h)]);
      for (const cs of p.status.containerStatuses ?? []) if (cs.containerID && cs.state?.running) tasks.push([cid(cs), pidOf(cid(cs), h)]);
    }
    if (ns === 'moby') for (const id of moby.running) tasks.push([id, pidOf(id)]);
    tasks.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    if (quiet) return { out: tasks.map(([id]) => id + '\n').join(''), err: '', code: 0 };
    // the header's cells end in a tab, a task's last cell does not (tabwriter pads only terminated cells)
    const text = ['TASK\tPID\tSTATUS\t', ...tasks.map(([id, pid]) => `${id}\t${pid}\tRUNNING`)].join('\n');
    return { out: tabwrite(text, 4, 4) + '\n', err: '', code: 0 };
  }
  if (obj === 'version' || args.includes('--version') || args.includes('-v')) {
    const v = pkgVersion(h, 'containerd.io') ?? '1.7.24';
    return { out: obj === 'version' ? `Client:\n  Version:  ${v}\n  Revision: 88bf19b2105c8b17560993bee28a01ddc2f97182\n  Go version: go1.22.10\n\nServer:\n  Version:  ${v}\n  Revision: 88bf19b2105c8b17560993bee28a01ddc2f97182\n  UUID: ${hex(h.id, 32).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')}\n` : `ctr containerd.io ${v}\n`, err: '', code: 0 };
  }
  return { out: '', err: `ctr: No help topic for '${obj ?? ''}'\n`, code: 1 };
}

export function containerdVersion(h: Host): string {
  return `containerd containerd.io ${pkgVersion(h, 'containerd.io') ?? '1.7.24'} 88bf19b2105c8b17560993bee28a01ddc2f97182\n`;
}

/** `containerd config default` (containerd 1.7) */
export const CONTAINERD_DEFAULT = `disabled_plugins = []
imports = []
oom_score = 0
plugin_dir = ""
required_plugins = []
root = "/var/lib/containerd"
state = "/run/containerd"
temp = ""
version = 2

[cgroup]
  path = ""

[debug]
  address = ""
  format = ""
  gid = 0
  level = ""
  uid = 0

[grpc]
  address = "/run/containerd/containerd.sock"
  gid = 0
  max_recv_message_size = 16777216
  max_send_message_size = 16777216
  tcp_address = ""
  tcp_tls_ca = ""
  tcp_tls_cert = ""
  tcp_tls_key = ""
  uid = 0

[metrics]
  address = ""
  grpc_histogram = false

[plugins]

  [plugins."io.containerd.gc.v1.scheduler"]
    deletion_threshold = 0
    mutation_threshold = 100
    pause_threshold = 0.02
    schedule_delay = "0s"
    startup_delay = "100ms"

  [plugins."io.containerd.grpc.v1.cri"]
    cdi_spec_dirs = ["/etc/cdi", "/var/run/cdi"]
    device_ownership_from_security_context = false
    disable_apparmor = false
    disable_cgroup = false
    disable_hugetlb_controller = true
    disable_proc_mount = false
    disable_tcp_service = true
    drain_exec_sync_io_timeout = "0s"
    enable_cdi = false
    enable_selinux = false
    enable_tls_streaming = false
    enable_unprivileged_icmp = false
    enable_unprivileged_ports = false
    ignore_deprecation_warnings = []
    ignore_image_defined_volumes = false
    image_pull_progress_timeout = "5m0s"
    max_concurrent_downloads = 3
    max_container_log_line_size = 16384
    netns_mounts_under_state_dir = false
    restrict_oom_score_adj = false
    sandbox_image = "registry.k8s.io/pause:3.8"
    selinux_category_range = 1024
    stats_collect_period = 10
    stream_idle_timeout = "4h0m0s"
    stream_server_address = "127.0.0.1"
    stream_server_port = "0"
    systemd_cgroup = false
    tolerate_missing_hugetlb_controller = true
    unset_seccomp_profile = ""

    [plugins."io.containerd.grpc.v1.cri".cni]
      bin_dir = "/opt/cni/bin"
      conf_dir = "/etc/cni/net.d"
      conf_template = ""
      ip_pref = ""
      max_conf_num = 1
      setup_serially = false

    [plugins."io.containerd.grpc.v1.cri".containerd]
      default_runtime_name = "runc"
      disable_snapshot_annotations = true
      discard_unpacked_layers = false
      ignore_blockio_not_enabled_errors = false
      ignore_rdt_not_enabled_errors = false
      no_pivot = false
      snapshotter = "overlayfs"

      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes]

        [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
          base_runtime_spec = ""
          cni_conf_dir = ""
          cni_max_conf_num = 0
          container_annotations = []
          pod_annotations = []
          privileged_without_host_devices = false
          privileged_without_host_devices_all_devices_allowed = false
          runtime_engine = ""
          runtime_path = ""
          runtime_root = ""
          runtime_type = "io.containerd.runc.v2"
          sandbox_mode = "podsandbox"
          snapshotter = ""

          [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
            BinaryName = ""
            CriuImagePath = ""
            CriuPath = ""
            CriuWorkPath = ""
            IoGid = 0
            IoUid = 0
            NoNewKeyring = false
            NoPivotRoot = false
            Root = ""
            ShimCgroup = ""
            SystemdCgroup = false

    [plugins."io.containerd.grpc.v1.cri".registry]
      config_path = ""

      [plugins."io.containerd.grpc.v1.cri".registry.auths]

      [plugins."io.containerd.grpc.v1.cri".registry.configs]

      [plugins."io.containerd.grpc.v1.cri".registry.headers]

      [plugins."io.containerd.grpc.v1.cri".registry.mirrors]

  [plugins."io.containerd.internal.v1.opt"]
    path = "/opt/containerd"

  [plugins."io.containerd.internal.v1.restart"]
    interval = "10s"

  [plugins."io.containerd.runtime.v2.task"]
    platforms = ["linux/amd64"]
    sched_core = false

  [plugins."io.containerd.snapshotter.v1.overlayfs"]
    mount_options = []
    root_path = ""
    sync_remove = false
    upperdir_label = false

[proxy_plugins]

[stream_processors]

[timeouts]
  "io.containerd.timeout.bolt.open" = "0s"
  "io.containerd.timeout.metrics.shimstats" = "2s"
  "io.containerd.timeout.shim.cleanup" = "5s"
  "io.containerd.timeout.shim.load" = "5s"
  "io.containerd.timeout.shim.shutdown" = "3s"
  "io.containerd.timeout.task.state" = "2s"

[ttrpc]
  address = ""
  gid = 0
  uid = 0
`;

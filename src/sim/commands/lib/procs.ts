// The processes a guest runs, as ps and top list them: the kernel's threads, the box's daemons (systemd, sshd,
// chronyd, NetworkManager ...), the units installed since (containerd, kubelet with the flags kubeadm wrote), the
// login session, and on a Kubernetes node one containerd shim per pod with the pod's pause and containers (the
// control plane's kube-apiserver with its real flags, etcd, ...). PIDs and start times are stable for a seed.
import { settleTransient } from './transient';
import type { CommandContext } from '../../context';
import type { Host } from '../../types';
import { bootTimeline } from '../systemd/systemctl/boot-times';
import { fnv32a } from '../../hash';

/** The unit each daemon of the box runs in, by its PID in the table below. */
const BASE_UNIT: Record<number, string> = {
  584: 'systemd-udevd.service', 611: 'auditd.service', 637: 'dbus-broker.service', 639: 'dbus-broker.service', 642: 'irqbalance.service', 646: 'systemd-logind.service',
  652: 'polkit.service', 663: 'gssproxy.service', 668: 'rpcbind.service', 727: 'getty@tty1.service', 731: 'vboxadd-service.service',
};

/** What the process table reads of a command's context: the host and world, the shell it runs from and its session (jobs), its own name and words (the command itself is listed). */
export type ProcView = Pick<CommandContext, 'host' | 'world' | 'frame' | 'session' | 'name' | 'args'>;

export interface Proc {
  pid: number;
  ppid: number;
  user: string;
  uid: number;
  /** `?` or `pts/0`. */
  tty: string;
  /** BSD state (`Ss`, `Ssl`, `S<`, `R+`, `I<`). */
  stat: string;
  /** Start time (ms). */
  start: number;
  /** Share of one CPU used since start (0.012 = 1.2 %). */
  load: number;
  vszKb: number;
  rssKb: number;
  /** Full command line (kernel threads: the name in brackets). */
  args: string;
  /** Executable name (15 characters at most, as the kernel keeps it). */
  comm: string;
  /** The nice value it was started with (`nice -n N cmd &`); renice's later value is in sys.procAttrs. */
  nice?: number;
  /** A container's process: its cgroup below /sys/fs/cgroup (the scope runc's systemd driver makes), as names. */
  cgroup?: string[];
}

/**
 * A job's command line as its process runs it: `nice [-n N | -N | --adjustment=N] CMD...` execs CMD with the
 * niceness raised by N (10 without one), within -20..19; null when the command is not run by nice.
 */
export function nicedJob(command: string, user: string): { args: string; nice: number } | null {
  const w = command.trim().split(/\s+/);
  if (w[0] !== 'nice') return null;
  let i = 1;
  let adj = 10;
  if (w[i] === '-n' && /^[-+]?\d+$/.test(w[i + 1] ?? '')) (adj = Number(w[i + 1])), (i += 2);
  else if (/^-n[-+]?\d+$/.test(w[i] ?? '')) (adj = Number(w[i].slice(2))), i++;
  else if (/^--adjustment=[-+]?\d+$/.test(w[i] ?? '')) (adj = Number(w[i].split('=')[1])), i++;
  else if (/^-[-+]?\d+$/.test(w[i] ?? '')) (adj = Number(w[i].slice(1))), i++;
  if (w[i] === '--') i++;
  if (i >= w.length) return null;
  // only root may lower it (nice: cannot set niceness: the command runs at 0)
  const nice = Math.max(-20, Math.min(19, adj < 0 && user !== 'root' ? 0 : adj));
  return { args: w.slice(i).join(' '), nice };
}

interface PodLike {
  metadata: { name: string; namespace: string; uid: string };
  spec: { containers?: { name: string; image: string; command?: string[]; args?: string[] }[]; hostNetwork?: boolean; securityContext?: { runAsUser?: number } };
  status?: { podIP?: string; phase?: string; startTime?: string | number; qosClass?: string; containerStatuses?: { name: string; containerID?: string }[] };
}

interface K8sExt {
  hostOf?: Map<string, string>;
  cluster?: { podsOn(node: string): PodLike[] };
  cgroupLines?: (hostId: string, unit: string) => { tasks: number; lines: string[] } | null;
}

const KTHREADS = ['kthreadd', 'rcu_gp', 'rcu_par_gp', 'slub_flushwq', 'netns', 'kworker/0:0H-events_highpri', 'mm_percpu_wq', 'rcu_tasks_kthread', 'rcu_tasks_rude_kthread', 'rcu_tasks_trace_kthread', 'ksoftirqd/0', 'rcu_preempt', 'migration/0', 'idle_inject/0', 'cpuhp/0', 'cpuhp/1', 'idle_inject/1', 'migration/1', 'ksoftirqd/1', 'kworker/1:0H-events_highpri', 'kdevtmpfs', 'inet_frag_wq', 'kauditd', 'khungtaskd', 'oom_reaper', 'writeback', 'kcompactd0', 'ksmd', 'khugepaged', 'cryptd', 'kintegrityd', 'kblockd', 'blkcg_punt_bio', 'tpm_dev_wq', 'md', 'edac-poller', 'watchdogd', 'kworker/0:1H-kblockd', 'kswapd0', 'kthrotld', 'acpi_thermal_pm', 'kmpath_rdacd', 'kaluad', 'mld', 'ipv6_addrconf', 'kstrp', 'zswap-shrink', 'ata_sff', 'scsi_eh_0', 'scsi_tmf_0', 'scsi_eh_1', 'scsi_tmf_1', 'xfsalloc', 'xfs_mru_cache', 'xfs-buf/sda4', 'xfs-conv/sda4', 'xfs-reclaim/sda', 'xfs-log/sda4', 'xfsaild/sda4', 'iprt-VBoxWQueue'];

/** System accounts of Rocky 9 (setup, dbus, polkit, rpcbind, chrony). */
export const SYSTEM_UIDS: Record<string, number> = { root: 0, dbus: 81, rpc: 32, polkitd: 998, chrony: 997, nobody: 65534 };

/** A small deterministic hash (FNV-1a) for stable per-seed numbers. */
const hash = fnv32a;

const comm = (args: string) => {
  if (args.startsWith('[')) return args.slice(1, -1).slice(0, 15);
  const first = args.split(' ')[0];
  // a login shell's argv[0] is `-bash`, its name `bash`; sshd and nginx retitle themselves (`sshd: vagrant@pts/0`)
  return (first.startsWith('-') ? first.slice(1) : first.split('/').pop()!).replace(/:$/, '').slice(0, 15);
};

function shortName(h: Host): string {
  return h.hostname.split('.')[0];
}

/** The kubelet's command line: its unit's ExecStart with the variables systemd fills from kubeadm's files. */
function kubeletArgs(h: Host): string {
  const env = (path: string, key: string) => {
    const t = h.fs.read(path);
    if (typeof t !== 'string' || t === 'ENOENT' || t === 'EISDIR') return '';
    const m = new RegExp(`^${key}=["']?(.*?)["']?$`, 'm').exec(t);
    return m ? m[1] : '';
  };
  const parts = ['/usr/bin/kubelet'];
  if (h.fs.isFile('/etc/kubernetes/bootstrap-kubelet.conf') || h.fs.isFile('/etc/kubernetes/kubelet.conf')) parts.push('--bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf', '--kubeconfig=/etc/kubernetes/kubelet.conf');
  if (h.fs.isFile('/var/lib/kubelet/config.yaml')) parts.push('--config=/var/lib/kubelet/config.yaml');
  const kubeadm = env('/var/lib/kubelet/kubeadm-flags.env', 'KUBELET_KUBEADM_ARGS');
  if (kubeadm) parts.push(kubeadm);
  const extra = env('/etc/sysconfig/kubelet', 'KUBELET_EXTRA_ARGS');
  if (extra) parts.push(extra);
  return parts.join(' ');
}

/** What an image runs when the pod names no command (its entrypoint and default arguments). */
function entrypoint(image: string): string[] {
  const name = image.split('/').pop()!.split(':')[0];
  if (name === 'coredns') return ['/coredns', '-conf', '/etc/coredns/Corefile'];
  if (name === 'nginx') return ['nginx: master process nginx -g daemon off;'];
  if (name === 'pause') return ['/pause'];
  if (name === 'busybox' || name === 'alpine') return ['sh'];
  if (name === 'metrics-server') return ['/metrics-server'];
  return ['/' + name];
}

const startOf = (v: string | number | undefined, dflt: number) => (typeof v === 'number' ? v : v ? Date.parse(v) || dflt : dflt);

/** When a shell level of a session started on a host, fixed at the first look: key `login` or the level's depth. */
const levelStart = new WeakMap<object, Map<string, number>>();
function remembered(ctx: ProcView, key: string, first: () => number): number {
  let m = levelStart.get(ctx.session);
  if (!m) levelStart.set(ctx.session, (m = new Map()));
  const k = `${ctx.host.id}|${key}|${ctx.host.bootedAt}`;
  let at = m.get(k);
  if (at === undefined) m.set(k, (at = first()));
  return at;
}

/**
 * When the session's login on this host happened (sshd's session processes, the login shell, who and w): a minute
 * before its first look, but not before the guest was 40 seconds up, nor later than now.
 */
export function loginTime(ctx: ProcView): number {
  const boot = ctx.host.bootedAt;
  const now = ctx.world.now;
  return remembered(ctx, 'login', () => Math.min(now, Math.max(boot + 40_000, now - 60_000)));
}

/** When the current root shell (`sudo -i`, `su`) was entered: half a minute before its first look, after the login. */
function levelTime(ctx: ProcView): number {
  const login = loginTime(ctx);
  return remembered(ctx, String(ctx.session.depth?.() ?? 0), () => Math.max(login, ctx.world.now - 30_000));
}

/** Every process on the host the command runs on, by PID. */
export function processes(ctx: ProcView): Proc[] {
  const h = ctx.host;
  settleTransient(h, ctx.world.now);
  const sys = h.sys;
  const now = ctx.world.now;
  const boot = h.bootedAt;
  const seed = `${ctx.world.seed}:${h.id}`;
  const out: Proc[] = [];
  const add = (p: Omit<Proc, 'comm' | 'uid' | 'stat'> & { stat?: string; uid?: number }) =>
    out.push({ stat: 'Ss', uid: h.users.get(p.user)?.uid ?? SYSTEM_UIDS[p.user] ?? Number(p.user), comm: p.args.startsWith('/usr/bin/python3 -s /usr/sbin/') ? p.args.split(' ')[2].split('/').pop()!.slice(0, 15) : comm(p.args), ...p });
  const memKb = sys?.memTotalKb ?? 2_000_000;

  add({ pid: 1, ppid: 0, user: 'root', tty: '?', start: boot, load: 0.004, vszKb: 172_000, rssKb: 16_200, args: '/usr/lib/systemd/systemd --switched-root --system --deserialize 31' });
  KTHREADS.forEach((k, i) => {
    const pid = i === 0 ? 2 : i < 6 ? i + 2 : i + 4;
    add({ pid, ppid: i === 0 ? 0 : 2, user: 'root', tty: '?', start: boot, load: k === 'rcu_preempt' ? 0.001 : 0, vszKb: 0, rssKb: 0, args: `[${k}]`, stat: /^kworker|gp$|wq$|_wq$|kblockd|kthrotld|mld|md$|cryptd|kintegrityd|ata_sff|xfs|scsi_tmf|kaluad|kmpath|edac|acpi|blkcg|ipv6|kstrp|netns|slub|inet_frag|writeback|tpm|zswap|iprt/.test(k) ? 'I<' : 'S' });
  });

  // daemons of the box that no unit in the model stands for, then every active unit
  const base: [number, string, string, number, number, number][] = [
    [584, 'root', '/usr/lib/systemd/systemd-udevd', 0.0005, 27_000, 11_400],
    [611, 'root', '/sbin/auditd', 0.0002, 91_000, 2_600],
    [637, 'dbus', '/usr/bin/dbus-broker-launch --scope system --audit', 0.0001, 12_300, 3_900],
    [639, 'dbus', 'dbus-broker --log 4 --controller 9 --machine-id ' + hash(seed).toString(16).padStart(8, '0') + ' --max-bytes 536870912 --max-fds 4096 --max-matches 131072 --audit', 0.0003, 5_200, 3_400],
    [642, 'root', '/usr/sbin/irqbalance --foreground', 0.0002, 79_000, 3_700],
    [646, 'root', '/usr/lib/systemd/systemd-logind', 0.0001, 17_500, 7_400],
    [652, 'polkitd', '/usr/lib/polkit-1/polkitd --no-debug', 0.0002, 2_480_000, 24_300],
    [663, 'root', '/usr/sbin/gssproxy -D', 0, 219_000, 6_800],
    [668, 'rpc', '/usr/bin/rpcbind -w -f', 0, 13_200, 4_600],
    [727, 'root', '/sbin/agetty -o -p -- \\u --noclear - linux', 0, 3_800, 1_900],
    [731, 'root', '/opt/VBoxGuestAdditions-6.1.40/sbin/VBoxService --pidfile /var/run/vboxadd-service.sh', 0.0004, 289_000, 3_300],
  ];
  // each daemon started when its unit's start job began in the boot (systemd/systemctl/boot-times.ts)
  const { times } = bootTimeline(h, ctx.world.seed);
  const daemonStart = (pid: number) => {
    const t = times.get(BASE_UNIT[pid]);
    return Math.min(t ? boot + t.activating : boot + 2000, now);
  };
  for (const [pid, user, args, load, vsz, rss] of base) add({ pid, ppid: pid === 639 ? 637 : 1, user, tty: pid === 727 ? 'tty1' : '?', start: daemonStart(pid), load, vszKb: vsz, rssKb: rss, args, stat: pid === 727 ? 'Ss+' : pid === 639 ? 'S' : pid === 652 || pid === 663 || pid === 731 ? 'Ssl' : 'Ss' });
  if (sys) {
    for (const u of sys.units.values()) {
      if (u.active !== 'active' || !u.pid) continue;
      let args = u.execStart.replace(/ \$\{?\w+\}?/g, '');
      if (u.name === 'sshd.service') args = 'sshd: /usr/sbin/sshd -D -u0 [listener] 0 of 10-100 startups';
      if (u.name === 'kubelet.service') args = kubeletArgs(h);
      if (u.name === 'chronyd.service') args = '/usr/sbin/chronyd -F 2';
      // a Python script: python3 (with the -s of RHEL's shebang) runs it, the kernel names the process after the script
      if (u.name === 'firewalld.service') args = '/usr/bin/python3 -s /usr/sbin/firewalld --nofork --nopid';
      const known: Record<string, [number, number, number, string, string]> = {
        'kubelet.service': [0.021, 1_932_000, 74_000, 'root', 'Ssl'],
        'containerd.service': [0.006, 1_870_000, 46_500, 'root', 'Ssl'],
        'chronyd.service': [0.0001, 84_500, 3_600, 'chrony', 'S'],
        'NetworkManager.service': [0.0006, 258_000, 18_900, 'root', 'Ssl'],
        'sshd.service': [0, 15_800, 9_200, 'root', 'Ss'],
        'crond.service': [0, 221_000, 3_500, 'root', 'Ss'],
        'systemd-journald.service': [0.0004, 26_000, 13_300, 'root', 'Ss'],
      };
      const [load, vsz, rss, user, stat] = known[u.name] ?? [0.0003, 120_000, 9_000, 'root', 'Ss'];
      const bt = u.since <= boot && !u.log ? times.get(u.name) : undefined;
      add({ pid: u.pid, ppid: 1, user, tty: '?', start: bt ? Math.min(boot + bt.activating, now) : u.since, load, vszKb: vsz, rssKb: rss, args, stat });
    }
  }

  // the Kubernetes node: a shim per pod sandbox, with the pause and the containers under it
  const k8s = ctx.world.ext.get('k8s') as K8sExt | undefined;
  const name = shortName(h);
  const containerd = sys?.units.get('containerd.service');
  // the shims outlive a stopped containerd (KillMode=process): the cgroup lists them as long as they run
  if (k8s?.cluster && k8s.hostOf?.get(name) === h.id && containerd) {
    const shims = (k8s.cgroupLines?.(h.id, 'containerd.service')?.lines ?? []).filter((l) => l.includes('containerd-shim'));
    const pods = k8s.cluster.podsOn(name).filter((p) => p.status?.podIP);
    // with the systemd cgroup driver each sandbox and container runs in its scope, cri-containerd-<id>.scope, in the
    // pod's slice (runc's systemd driver for the cgroupsPath `<slice>:cri-containerd:<id>`)
    const kubeletConf = h.fs.read('/var/lib/kubelet/config.yaml');
    const systemdDriver = typeof kubeletConf === 'string' && /^cgroupDriver: systemd$/m.test(kubeletConf);
    const scope = (p: PodLike, id: string | undefined): string[] | undefined => {
      if (!systemdDriver || !id) return undefined;
      const qos = String(p.status?.qosClass ?? 'BestEffort').toLowerCase();
      const uid = p.metadata.uid.replace(/-/g, '_');
      const slices = qos === 'guaranteed' ? [`kubepods-pod${uid}.slice`] : [`kubepods-${qos}.slice`, `kubepods-${qos}-pod${uid}.slice`];
      return ['kubepods.slice', ...slices, `cri-containerd-${id}.scope`];
    };
    pods.forEach((p, i) => {
      const shim = shims[i];
      if (!shim) return;
      const spid = Number(shim.split(' ')[0]);
      const start = startOf(p.status?.startTime, now);
      add({ pid: spid, ppid: 1, user: 'root', tty: '?', start, load: 0.0005, vszKb: 1_238_000, rssKb: 13_800, args: shim.slice(shim.indexOf(' ') + 1), stat: 'Sl' });
      add({ pid: spid + 20, ppid: spid, user: '65535', tty: '?', start, load: 0, vszKb: 996, rssKb: 512, args: '/pause', stat: 'Ss', cgroup: scope(p, / -id (\w+)/.exec(shim)?.[1]) });
      if (p.status?.phase !== 'Running') return;
      (p.spec.containers ?? []).forEach((c, j) => {
        const argv = [...(c.command ?? entrypoint(c.image)), ...(c.args ?? [])];
        const comp = c.name;
        const prof: Record<string, [number, number, number]> = {
          'kube-apiserver': [0.036, 1_488_000, 318_000],
          etcd: [0.017, 11_214_000, 61_000],
          'kube-controller-manager': [0.009, 1_296_000, 112_000],
          'kube-scheduler': [0.003, 1_276_000, 58_000],
          'kube-proxy': [0.0004, 1_283_000, 52_000],
          coredns: [0.002, 1_285_000, 49_000],
          'kube-flannel': [0.001, 1_300_000, 41_000],
        };
        const [load, vsz, rss] = prof[comp] ?? [0.0005, 11_000, 5_000 + (hash(seed + p.metadata.uid) % 4000)];
        const user = argv[0] === '/coredns' ? '65532' : 'root';
        const cpid = spid + 24 + j * 3;
        const cg = scope(p, p.status?.containerStatuses?.find((cs) => cs.name === c.name)?.containerID?.replace(/^\w+:\/\//, ''));
        add({ pid: cpid, ppid: spid, user, tty: '?', start: start + 800, load, vszKb: vsz, rssKb: rss, args: argv.join(' '), stat: 'Ssl', cgroup: cg });
        if (argv[0].startsWith('nginx: master')) for (let w = 0; w < (sys?.cpus ?? 2); w++) add({ pid: cpid + 1 + w, ppid: cpid, user: '101', tty: '?', start: start + 900, load: 0, vszKb: 11_200, rssKb: 2_900, args: 'nginx: worker process', stat: 'S', cgroup: cg });
      });
    });
  }

  // the login: sshd's session processes, the user's shell, sudo shells above it
  const top = ctx.frame;
  const sshPid = loginPids(ctx.world.seed, h.id, 'vagrant').sshd;
  const login = loginTime(ctx);
  add({ pid: sshPid, ppid: sys?.units.get('sshd.service')?.pid ?? 712, user: 'root', tty: '?', start: login, load: 0, vszKb: 19_400, rssKb: 11_300, args: 'sshd: vagrant [priv]', stat: 'Ss' });
  add({ pid: sshPid + 3, ppid: sshPid, user: 'vagrant', tty: '?', start: login, load: 0, vszKb: 19_400, rssKb: 7_100, args: 'sshd: vagrant@pts/0', stat: 'S' });
  add({ pid: sshPid - 14, ppid: 1, user: 'vagrant', tty: '?', start: login - 1_000 < boot ? login : login - 1_000, load: 0, vszKb: 22_500, rssKb: 13_600, args: '/usr/lib/systemd/systemd --user', stat: 'Ss' });
  add({ pid: sshPid - 12, ppid: sshPid - 14, user: 'vagrant', tty: '?', start: login - 1_000 < boot ? login : login - 1_000, load: 0, vszKb: 178_000, rssKb: 6_100, args: '(sd-pam)', stat: 'S' });
  let shell = sshPid + 4;
  add({ pid: shell, ppid: sshPid + 3, user: 'vagrant', tty: 'pts/0', start: login, load: 0, vszKb: 224_000, rssKb: 5_300, args: '-bash', stat: 'Ss' });
  if ((top.procs?.[0]?.parentUser ?? top.user) !== 'vagrant') {
    const rootAt = levelTime(ctx);
    const sudo = shell + 31;
    add({ pid: sudo, ppid: shell, user: 'root', tty: 'pts/0', start: rootAt, load: 0, vszKb: 240_000, rssKb: 7_900, args: top.via === 'su' ? 'su' : 'sudo -i', stat: 'S' });
    shell = sudo + 2;
    add({ pid: shell, ppid: sudo, user: top.procs?.[0]?.parentUser ?? top.user, tty: 'pts/0', start: rootAt, load: 0, vszKb: 224_000, rssKb: 5_200, args: top.via === 'su' ? 'bash' : '-bash', stat: 'S' });
  }
  // the shell's background jobs (`sleep 100 &`): running ones sleep, stopped ones are T
  for (const j of ctx.session?.jobs?.list() ?? []) {
    if (j.state !== 'Running' && j.state !== 'Stopped') continue;
    const niced = nicedJob(j.command, top.user);
    add({ pid: j.pid, ppid: shell, user: top.user, tty: 'pts/0', start: now, load: 0, vszKb: 220_000, rssKb: 1_000, args: niced?.args ?? j.command, stat: j.state === 'Stopped' ? 'T' : 'S', ...(niced ? { nice: niced.nice } : {}) });
  }
  // `bash -c`, a script, `sudo cmd` started from it, each under the one before
  for (const p of top.procs ?? []) {
    add({ pid: p.pid, ppid: p.ppid, user: p.user, tty: 'pts/0', start: now, load: 0, vszKb: 224_000, rssKb: 3_400, args: p.args, stat: 'S+' });
    shell = p.pid;
  }
  const runNice = (ctx.frame as { niceness?: number }).niceness;
  add({ pid: shell + 40 + (hash(seed + now) % 50), ppid: shell, user: top.user, tty: 'pts/0', start: now, load: 0, vszKb: 225_000, rssKb: 3_600, args: [ctx.name, ...ctx.args].join(' '), stat: 'R+', ...(runNice ? { nice: runNice } : {}) });
  for (const p of out) if (p.rssKb) p.rssKb = Math.min(p.rssKb, Math.floor(memKb / 2));
  // ps's `N` (nice above 0) and `<` (below) after the state, for what nice or renice changed (the running command
  // keeps its `R+`, which the tools look for)
  for (const p of out) {
    const n = sys?.procAttrs?.[String(p.pid)]?.nice ?? p.nice;
    if (n === undefined || p.stat === 'R+') continue;
    const bare = p.stat.replace(/[<N]/, '');
    p.stat = n > 0 ? bare[0] + 'N' + bare.slice(1) : n < 0 ? bare[0] + '<' + bare.slice(1) : bare;
  }
  return out.sort((a, b) => a.pid - b.pid);
}

/**
 * The login's PIDs on a host: the session's privileged sshd, and the shell a user of it runs with its parent (the
 * vagrant login shell under sshd's user process; a root shell under the sudo or su above that login shell).
 */
export function loginPids(seed: number, hostId: string, user: string): { sshd: number; shell: number; ppid: number } {
  const sshd = 1900 + (hash(`${seed}:${hostId}`) % 300);
  return user === 'vagrant' ? { sshd, shell: sshd + 4, ppid: sshd + 3 } : { sshd, shell: sshd + 37, ppid: sshd + 35 };
}

/**
 * The PID of a process a shell starts now (what `ps` shows for the command it runs): a few dozen above its parent's,
 * the same number processes() gives the command running under that parent.
 */
export function childPid(seed: number, hostId: string, parent: number, now: number): number {
  return parent + 40 + (hash(`${seed}:${hostId}` + now) % 50);
}

/** CPU time used so far, in seconds. */
export function cpuSeconds(p: Proc, now: number): number {
  return Math.max(0, Math.floor(((now - p.start) / 1000) * p.load));
}

// Public types of the simulated world. Pure data shapes: no DOM, no terminal.
import type { Vfs } from './fs';

/** Which shell a command belongs to. */
export type ShellKind = 'cmd' | 'bash';

/** A piece of output. Newlines are "\n"; the terminal converts them. */
export interface OutputChunk {
  text: string;
  stream: 'stdout' | 'stderr';
}

/**
 * What a command generator may yield:
 * - `{ wait: ms }` lets simulated time pass (output streams while the session advances);
 * - `{ ask: prompt }` prints `prompt` and resumes with the next submitted line (a string); `stderr` prints the
 *   prompt there (bash's `read -p`), `secret` keeps the answer from being echoed (`read -s`, passwords);
 * - `{ load: () => Promise }` resumes with the resolved value (lazy modules);
 * - `{ key: true, timeout? }` reads one key from the terminal in raw mode, as a full-screen program does (top): resumes
 *   with the key (`q`, `\n` for Enter), or with undefined when `timeout` ms of simulated time pass first.
 */
export type Yield =
  | { wait: number }
  | { ask: string; stderr?: boolean; secret?: boolean }
  | { load: () => Promise<unknown> }
  | { key: true; timeout?: number };

/** A command body: a generator that writes through its context and returns an exit code. */
export type CommandRun = Generator<Yield, number, unknown>;

/** Thrown into a running command generator when the user presses Ctrl+C. */
export class Interrupt extends Error {
  constructor() {
    super('interrupted');
    this.name = 'Interrupt';
  }
}

export interface User {
  name: string;
  uid: number;
  gid: number;
  home: string;
  shell: string;
  /** Unused on guests with a group database (Host.groups holds the memberships); kept for older callers. */
  groups?: string[];
  /** The password a login or su is checked against (plain text: the simulator's stand-in for the hash). */
  password?: string;
  /** The GECOS field of /etc/passwd. */
  gecos?: string;
  /** The rest of the user's /etc/shadow line: the encrypted password and the aging fields. */
  shadow?: { hash: string; aging: string };
}

/** A group of a Linux guest's group database (/etc/group and /etc/gshadow are written from it). */
export interface Group {
  name: string;
  gid: number;
  /** Supplementary members, in the order they were added. */
  members: string[];
  /** The password field of /etc/gshadow ('' for setup's groups, '!' for those groupadd made). */
  password: string;
  /** The administrators field of /etc/gshadow (gpasswd -A). */
  admins?: string[];
  /** The password gpasswd set, as typed (the simulator's stand-in for checking the hash, as User.password). */
  secret?: string;
}

export interface SystemdUnit {
  name: string; // e.g. "containerd.service"
  description: string;
  /** enabled, disabled, static or a missing unit file */
  enabled: 'enabled' | 'disabled' | 'static';
  active: 'active' | 'inactive' | 'failed' | 'activating';
  sub: 'running' | 'dead' | 'exited' | 'failed' | 'auto-restart';
  since: number; // epoch ms of the last state change
  pid: number;
  path: string; // unit file path
  execStart: string;
  memory?: string;
  /** Names of packages that provide the unit (removed with them). */
  package?: string;
  /** Optional: lines for `systemctl status` log tail. */
  log?: string[];
  /** Made by systemd-run (StartTransientUnit): no unit file but /run/systemd/transient/NAME; gone when it stops. */
  transient?: boolean;
  /** When the transient unit's command ends (sleep N), after which the manager unloads it. */
  until?: number;
  /** The kubelet's start (its `since`) that found swap off: swap turned on later does not stop that process. */
  swapChecked?: number;
}

export interface InstalledPackage {
  name: string;
  version: string; // "1.28.15"
  release: string; // "150500.1.1"
  arch: string;
  repo: string; // "@kubernetes", "@anaconda"
  /** The epoch dnf shows before the version ("1:1.48.10-5.el9_5"); rpm -qa leaves it out. */
  epoch?: string;
}

/** Linux system state that the Kubernetes model reads and changes. */
export interface LinuxSystem {
  swapOn: boolean;
  swapTotalKb: number;
  /** Swap files turned on with swapon (commands/lib/swaps.ts), in the order the kernel took them. */
  swapFiles?: { path: string; kb: number; prio: number }[];
  /** Scheduling attributes changed by renice, taskset, chrt, ionice and prlimit, by PID (util-linux/lib/sched.ts). */
  procAttrs?: Record<string, { nice?: number; cpus?: number[]; policy?: string; rtprio?: number; ioclass?: number; iolevel?: number; limits?: Record<string, [number, number]> }>;
  /** Messages sent to /dev/log (logger), as journald stores them: time (ms), identifier, PID, priority, facility, uid. */
  syslog?: { at: number; ident: string; pid: number; prio: number; facility: number; uid: number; msg: string }[];
  memTotalKb: number;
  modules: Set<string>;
  sysctl: Map<string, string>;
  packages: Map<string, InstalledPackage>;
  units: Map<string, SystemdUnit>;
  /** How many transient units systemd-run has asked for (each gets a fresh generated name). */
  transientRuns?: number;
  selinux: 'Enforcing' | 'Permissive' | 'Disabled';
  /** SELinux booleans changed from the policy's defaults: setsebool's (active) and setsebool -P's (kept in the policy store). */
  sebool?: { active: Record<string, boolean>; persistent: Record<string, boolean> };
  /** Policy modules semodule -d disabled (and -e enabled again). */
  semoduleOff?: string[];
  /** Modules `semodule -X 100 -r` removed from the targeted store. */
  semoduleRemoved?: string[];
  release: string; // "Rocky Linux release 9.5 (Blue Onyx)"
  kernel: string; // "5.14.0-503.14.1.el9_5.x86_64"
  cpus: number;
  /** Names of commands installed by packages beyond the base set (e.g. kubectl). */
  extraCommands: Set<string>;
  /** Kernel messages printed since the boot log (commands/lib/kmsg.ts): when, syslog level, text. */
  kmsg?: { at: number; level: number; text: string }[];
  /** When `dmesg -C` last cleared the buffer. */
  kmsgClearedAt?: number;
  /** Mounts made with mount(8) after boot, and boot mounts taken away by umount(8) (commands/lib/mounts.ts). */
  mounted?: { source: string; target: string; fstype: string; options: string; at: number }[];
  unmounted?: { target: string; at: number }[];
  /** Loop devices losetup set up (commands/lib/loops.ts): /dev/loopN, its backing file, when; `gone` once detached. */
  loops?: { n: number; file: string; at: number; gone?: number; autoclear?: boolean }[];
  /** What was written on the free BIOS boot partition (sda1) by a mkfs tool: its bytes as a file's (lib/loops.ts). */
  sda1?: { content: string; zeros?: number; at: number };
  /** The login records of /var/log/wtmp as the guest wrote them (commands/lib/wtmp.ts): boots with their kernel,
   * clean shutdowns, ssh logins (user, terminal, remote address) and their logouts. */
  wtmp?: { type: 'boot' | 'shutdown' | 'login' | 'logout'; at: number; user?: string; line?: string; host?: string }[];
  /** Records of /var/log/lastlog that lastlog -S or -C rewrote, by UID (the others come from wtmp's logins). */
  lastlog?: Record<number, { at: number; line: string; host: string }>;
  /** The kernel's audit settings and rules changed with auditctl (commands/audit/auditctl): watches in the order
   * they were added (path, directory or file, permission bits r=1 w=2 x=4 a=8 as listed, keys), and the status. */
  audit?: { rules: { path: string; perms: string; keys: string[] }[]; enabled?: number; failure?: number; backlogLimit?: number; rateLimit?: number; backlogWaitTime?: number; loginuidImmutable?: boolean };
}

export interface NetIf {
  name: string; // eth0, eth1, lo
  addr: string; // 10.0.2.15
  prefix: number; // 24
  mac: string;
}

export interface Host {
  id: string;
  kind: 'windows' | 'linux';
  hostname: string;
  fs: Vfs;
  users: Map<string, User>;
  /** Linux guests: the group database next to the users (commands/lib/accounts.ts). */
  groups?: Map<string, Group>;
  /** Base environment for new shells on this host. */
  env: Record<string, string>;
  /** Linux hosts only. */
  sys: LinuxSystem | null;
  ifaces: NetIf[];
  bootedAt: number;
  /** Boots before this one (start and shutdown, ms), oldest first: the journal's earlier boots. */
  pastBoots?: { start: number; end: number }[];
  /** Whether the host is powered on and reachable. */
  up: boolean;
  /** The Vagrant machine behind this guest, if any. */
  machine?: { project: string; name: string };
}

export type MachineState = 'not_created' | 'running' | 'poweroff' | 'saved';

export interface ForwardedPort {
  guest: number;
  host: number;
  id?: string;
}

export interface Provisioner {
  type: 'shell' | 'file';
  /** The provisioner type as written (shell, file, ansible, ...). */
  kind?: string;
  inline?: string;
  path?: string;
  args?: string[];
  name?: string;
  run?: string;
}

/** One machine as the Vagrantfile describes it (after evaluation). */
export interface MachineConfig {
  name: string;
  box: string | null;
  boxVersion: string | null;
  boxUrl: string | null;
  hostname: string | null;
  privateIps: string[];
  forwardedPorts: ForwardedPort[];
  cpus: number | null;
  memory: number | null;
  vmName: string | null;
  gui: boolean;
  provisioners: Provisioner[];
  syncedFolders: { host: string; guest: string; disabled: boolean; create?: boolean }[];
  primary: boolean;
  autostart: boolean;
  /** vb.customize calls (VirtualBox runs them before boot). */
  customize?: number;
}

export interface Machine {
  name: string;
  state: MachineState;
  /** VirtualBox VM name, e.g. HashiCorp_default_1733795000000_12345 */
  vmName: string;
  /** 7 hex digits shown by global-status */
  id: string;
  box: string;
  boxVersion: string;
  hostname: string | null;
  privateIps: string[];
  cpus: number;
  memory: number;
  sshPort: number;
  forwardedPorts: ForwardedPort[];
  provisioned: boolean;
  hostId: string; // the guest Host id
  createdAt: number;
  /** When the state last changed (VirtualBox's LastStateChange: `VBoxManage showvminfo`). */
  stateSince?: number;
}

export interface VagrantProject {
  /** Folder holding the Vagrantfile, host-native absolute path. */
  dir: string;
  hostId: string; // the Windows host id
  machines: Map<string, Machine>;
}

export interface BoxVersion {
  version: string;
  providers: string[];
  /** Guest OS of the box. */
  os: 'rocky9' | 'ubuntu' | 'other';
  release?: string; // e.g. "Rocky Linux release 9.5 (Blue Onyx)"
  kernel?: string;
  /** The catalog lists the version but its file is gone: the download fails with this curl message. */
  downloadError?: string;
}

export interface CatalogBox {
  name: string;
  versions: BoxVersion[];
}

export interface InstalledBox {
  name: string;
  version: string;
  provider: string;
  architecture: string;
}

export interface CatalogPackage {
  name: string;
  version: string;
  release: string;
  arch: string;
  repo: string;
  summary: string;
  sizeKb: number;
  requires?: string[];
  /** systemd units this package installs. */
  units?: Omit<SystemdUnit, 'active' | 'sub' | 'since' | 'pid' | 'enabled'>[];
  /** Commands this package puts on PATH. */
  commands?: string[];
}

/** Data passed to a Session's `edit` event. */
export interface EditRequest {
  hostId: string;
  path: string;
  content: string;
  editor: 'notepad' | 'vi' | 'vim' | 'nano';
  /** The user may not write the file (vi as vagrant on /etc/hosts): saveFile will refuse. */
  readonly?: boolean;
}

export interface ExecResult {
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved in order. */
  output: string;
  /** null when the command is still waiting for an answer (see Session.question). */
  exitCode: number | null;
}

export interface CompletionResult {
  /** Index in the line where the replaced word starts. */
  start: number;
  candidates: string[];
}

export interface SessionEvents {
  output: OutputChunk;
  /** The screen was cleared; keepScrollback: the lines above stay (`clear -x`). */
  clear: { keepScrollback?: boolean } | undefined;
  /** A full-screen program entered (alternate: true) or left the terminal's alternate screen (less). */
  screen: { alternate: boolean };
  edit: EditRequest;
  exit: void;
  /** A command line finished (the prompt is due). */
  done: { exitCode: number };
}

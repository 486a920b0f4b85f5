// The world: hosts, Vagrant projects, installed boxes, simulated time and the extension slot.
import { Rng } from './rng';
import { Vfs } from './fs';
import type { Host, InstalledBox, LinuxSystem, MachineState, NetIf, User, VagrantProject } from './types';
import { PROFILE_D } from './data/profile-d';
import { attachPseudoFs } from './pseudo';

export interface MachineStateEvent {
  project: string;
  machine: string;
  hostId: string;
  from: MachineState;
  to: MachineState;
}

export interface WorldEvents {
  'machine-state': MachineStateEvent;
  'host-added': { hostId: string };
  'host-removed': { hostId: string };
  /** A unit was started/stopped/enabled through systemctl (or a package). */
  'unit-changed': { hostId: string; unit: string };
  /** Packages were installed or removed by dnf. */
  'packages-changed': { hostId: string; installed: string[]; removed: string[] };
  /**
   * A VM snapshot of a guest is taken or restored: on `take`, a module keeps in `data` what lives in that VM beyond
   * its disk (plain, cloneable values); on `restore`, it gets the same back.
   */
  'vm-snapshot': { hostId: string; action: 'take' | 'restore'; data: Map<string, unknown> };
}

type Listener<T> = (data: T) => void;

/** Default start: the morning of the lecture's lab. */
export const DEFAULT_START = Date.UTC(2025, 11, 10, 1, 2, 55);

/**
 * A typed piece of world state owned by one module: `const GUEST = defineSlot('guest', () => new Map())`,
 * then `world.slot(GUEST)`. The slot object is the key, so two modules cannot clash on a name.
 */
export interface WorldSlot<T> {
  readonly name: string;
  init(world: World): T;
}

export function defineSlot<T>(name: string, init: (world: World) => T): WorldSlot<T> {
  return { name, init };
}

export class World {
  /** Simulated clock, epoch milliseconds. */
  now: number;
  readonly start: number;
  readonly seed: number;
  readonly rng: Rng;
  readonly hosts = new Map<string, Host>();
  /** Vagrant projects keyed by lower-case folder path. */
  readonly projects = new Map<string, VagrantProject>();
  /** Boxes in ~/.vagrant.d/boxes. */
  readonly boxes: InstalledBox[] = [];
  /**
   * String-keyed slot kept for the modules not yet on typed slots (the Kubernetes model's 'k8s', Vagrant's
   * boot markers). New state goes in a typed slot: world.slot(SLOT).
   */
  readonly ext = new Map<string, unknown>();
  private readonly slots = new Map<WorldSlot<unknown>, unknown>();

  /** Slot values restored from a snapshot (snapshot.ts), by slot name, until their module asks for them. */
  private restoredSlots = new Map<string, unknown>();

  /** The value of a typed slot, created on first use. */
  slot<T>(s: WorldSlot<T>): T {
    if (!this.slots.has(s as WorldSlot<unknown>) && this.restoredSlots.has(s.name)) {
      this.slots.set(s as WorldSlot<unknown>, this.restoredSlots.get(s.name));
      this.restoredSlots.delete(s.name);
    }
    if (!this.slots.has(s as WorldSlot<unknown>)) this.slots.set(s as WorldSlot<unknown>, s.init(this));
    return this.slots.get(s as WorldSlot<unknown>) as T;
  }

  /** The value of a typed slot if it was created. */
  peek<T>(s: WorldSlot<T>): T | undefined {
    return (this.slots.get(s as WorldSlot<unknown>) ?? this.restoredSlots.get(s.name)) as T | undefined;
  }

  /** Every slot's value by slot name (for snapshots). */
  slotValues(): Map<string, unknown> {
    const out = new Map(this.restoredSlots);
    for (const [s, v] of this.slots) out.set(s.name, v);
    return out;
  }

  /** Slot values from a snapshot: each is adopted when its module first asks for the slot. */
  restoreSlots(values: Map<string, unknown>): void {
    this.slots.clear();
    this.restoredSlots = new Map(values);
  }

  /** How many tick handlers and event listeners are registered (a snapshot cannot carry them). */
  handlerCount(): number {
    let n = this.tickers.length;
    for (const l of this.listeners.values()) n += l.length;
    return n;
  }
  /** Offset applied to the displayed local time on the Windows host and the guests (hours). */
  tzOffsetHours = 9;

  private tickers: ((now: number, dt: number) => void)[] = [];
  private listeners = new Map<string, Listener<never>[]>();

  constructor(seed: number, start = DEFAULT_START) {
    this.seed = seed;
    this.rng = new Rng(seed);
    this.start = start;
    this.now = start;
  }

  /** Run `fn` whenever simulated time moves forward. Returns an unsubscribe function. */
  onTick(fn: (now: number, dt: number) => void): () => void {
    this.tickers.push(fn);
    return () => {
      this.tickers = this.tickers.filter((f) => f !== fn);
    };
  }

  on<K extends keyof WorldEvents>(event: K, fn: Listener<WorldEvents[K]>): () => void {
    const list = this.listeners.get(event) ?? [];
    list.push(fn as Listener<never>);
    this.listeners.set(event, list);
    return () => {
      this.listeners.set(event, (this.listeners.get(event) ?? []).filter((f) => f !== fn));
    };
  }

  emit<K extends keyof WorldEvents>(event: K, data: WorldEvents[K]): void {
    for (const fn of this.listeners.get(event) ?? []) (fn as Listener<WorldEvents[K]>)(data);
  }

  /** Move the clock to `t` (never backwards), running tick handlers. */
  advanceTo(t: number): void {
    if (t <= this.now) return;
    const dt = t - this.now;
    this.now = t;
    for (const fn of this.tickers) fn(t, dt);
  }

  addHost(host: Host): void {
    this.hosts.set(host.id, host);
    this.emit('host-added', { hostId: host.id });
  }

  removeHost(id: string): void {
    if (this.hosts.delete(id)) this.emit('host-removed', { hostId: id });
  }

  host(id: string): Host {
    const h = this.hosts.get(id);
    if (!h) throw new Error(`no host ${id}`);
    return h;
  }

  project(dir: string): VagrantProject | undefined {
    return this.projects.get(dir.toLowerCase());
  }

  setMachineState(project: VagrantProject, name: string, to: MachineState): void {
    const m = project.machines.get(name);
    if (!m) return;
    const from = m.state;
    if (from === to) return;
    m.state = to;
    m.stateSince = this.now;
    const guest = this.hosts.get(m.hostId);
    if (guest) {
      const wasUp = guest.up;
      guest.up = to === 'running';
      // wtmp: systemd-update-utmp's boot record (the kernel release as its host) and, on a clean stop, its shutdown record
      if (guest.sys && wasUp && to === 'poweroff') (guest.sys.wtmp ??= []).push({ type: 'shutdown', at: this.now, host: guest.sys.kernel });
      // a shutdown ends a boot (a saved state resumes the same one)
      if (wasUp && !guest.up && to !== 'saved') (guest.pastBoots ??= []).push({ start: guest.bootedAt, end: this.now });
      if (guest.up && !wasUp && from !== 'saved') {
        guest.bootedAt = this.now;
        if (guest.sys) (guest.sys.wtmp ??= []).push({ type: 'boot', at: this.now, host: guest.sys.kernel });
        // the box's services, untouched since the guest was made, start with this boot
        for (const u of guest.sys?.units.values() ?? []) if (u.active === 'active' && !u.log && u.since < this.now) u.since = this.now;
      }
    }
    this.emit('machine-state', { project: project.dir, machine: name, hostId: m.hostId, from, to });
  }

  /** Problems in the world's invariants (empty when consistent). Used by property tests. */
  checkConsistency(): string[] {
    const problems: string[] = [];
    for (const p of this.projects.values()) {
      for (const m of p.machines.values()) {
        const g = this.hosts.get(m.hostId);
        if (m.state === 'not_created') {
          if (g) problems.push(`machine ${m.name} not created but host ${m.hostId} exists`);
          continue;
        }
        if (!g) problems.push(`machine ${m.name} (${m.state}) has no guest host`);
        else if (g.up !== (m.state === 'running')) problems.push(`guest ${g.id} up=${g.up} but machine is ${m.state}`);
      }
    }
    for (const h of this.hosts.values()) {
      if (h.sys) {
        for (const [name, u] of h.sys.units) {
          if (u.active === 'active' && u.sub === 'dead') problems.push(`${h.id}: unit ${name} active but dead`);
        }
      }
    }
    if (!Number.isFinite(this.now) || this.now < this.start) problems.push('clock went backwards');
    return problems;
  }
}

// ---------------------------------------------------------------- host builders

export function windowsHost(world: World, cwd = 'D:\\3_VMs\\HashiCorp'): Host {
  const fs = new Vfs(true, () => world.now);
  for (const d of [
    'C:\\Windows\\System32',
    'C:\\Program Files\\Oracle\\VirtualBox',
    'C:\\Program Files\\Vagrant\\bin',
    'C:\\Users\\user\\.vagrant.d\\boxes',
    'C:\\Users\\user\\Desktop',
    'C:\\Users\\user\\Documents',
    'C:\\Users\\user\\VirtualBox VMs',
    // the folders the environment names (TEMP, APPDATA, LOCALAPPDATA, PUBLIC, ProgramData, ProgramFiles(x86)):
    // every Windows has them; AppData and ProgramData are hidden (commands/cmd/hidden.ts)
    'C:\\Users\\user\\AppData\\Local\\Temp',
    'C:\\Users\\user\\AppData\\Roaming',
    'C:\\Users\\Public',
    'C:\\ProgramData',
    'C:\\Program Files (x86)',
    cwd,
  ])
    fs.mkdir(d, true);
  const user: User = { name: 'user', uid: 1000, gid: 1000, home: 'C:\\Users\\user', shell: 'cmd.exe', groups: ['Users'] };
  return {
    id: 'host',
    kind: 'windows',
    hostname: 'DESKTOP-7Q2K4VB',
    fs,
    users: new Map([['user', user]]),
    env: {
      ALLUSERSPROFILE: 'C:\\ProgramData',
      APPDATA: 'C:\\Users\\user\\AppData\\Roaming',
      // the folders every 64-bit Windows names the same way (public `set` listings of Windows 10 and 11)
      CommonProgramFiles: 'C:\\Program Files\\Common Files',
      'CommonProgramFiles(x86)': 'C:\\Program Files (x86)\\Common Files',
      CommonProgramW6432: 'C:\\Program Files\\Common Files',
      DriverData: 'C:\\Windows\\System32\\Drivers\\DriverData',
      LOGONSERVER: '\\\\DESKTOP-7Q2K4VB',
      ProgramData: 'C:\\ProgramData',
      ProgramFiles: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      ProgramW6432: 'C:\\Program Files',
      PUBLIC: 'C:\\Users\\Public',
      USERDOMAIN_ROAMINGPROFILE: 'DESKTOP-7Q2K4VB',
      COMPUTERNAME: 'DESKTOP-7Q2K4VB',
      ComSpec: 'C:\\Windows\\system32\\cmd.exe',
      HOMEDRIVE: 'C:',
      HOMEPATH: '\\Users\\user',
      LOCALAPPDATA: 'C:\\Users\\user\\AppData\\Local',
      NUMBER_OF_PROCESSORS: '8',
      OS: 'Windows_NT',
      // Windows 11 puts Windows PowerShell's and OpenSSH's folders on the system PATH (public `set` listings)
      Path: 'C:\\Windows\\system32;C:\\Windows;C:\\Windows\\System32\\Wbem;C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\;C:\\Windows\\System32\\OpenSSH\\;C:\\Program Files\\Vagrant\\bin;C:\\Program Files\\Oracle\\VirtualBox',
      PATHEXT: '.COM;.EXE;.BAT;.CMD;.VBS;.VBE;.JS;.JSE;.WSF;.WSH;.MSC',
      PROCESSOR_ARCHITECTURE: 'AMD64',
      PROMPT: '$P$G',
      SystemDrive: 'C:',
      SystemRoot: 'C:\\Windows',
      TEMP: 'C:\\Users\\user\\AppData\\Local\\Temp',
      TMP: 'C:\\Users\\user\\AppData\\Local\\Temp',
      USERDOMAIN: 'DESKTOP-7Q2K4VB',
      USERNAME: 'user',
      USERPROFILE: 'C:\\Users\\user',
      VBOX_MSI_INSTALL_PATH: 'C:\\Program Files\\Oracle\\VirtualBox\\',
      windir: 'C:\\Windows',
    },
    sys: null,
    ifaces: [{ name: 'Ethernet', addr: '192.168.0.10', prefix: 24, mac: '00-1A-2B-3C-4D-5E' }],
    bootedAt: world.start - 3 * 3600_000,
    up: true,
  };
}

export interface LinuxHostOptions {
  id: string;
  hostname?: string; // default localhost.localdomain
  release?: string;
  kernel?: string;
  cpus?: number;
  memoryMb?: number;
  ips?: string[]; // private network addresses (eth1, eth2...)
  machine?: { project: string; name: string };
  /** The vagrant project folder shared as /vagrant. */
  shared?: { files: Record<string, string> };
}

const ROCKY_RELEASE = 'Rocky Linux release 9.5 (Blue Onyx)';
const ROCKY_KERNEL = '5.14.0-503.14.1.el9_5.x86_64';

export function mac(rng: Rng): string {
  return '08:00:27:' + [rng.hex(2), rng.hex(2), rng.hex(2)].join(':');
}

/** A Rocky Linux 9 guest as the rockylinux/9 Vagrant box boots it. */
export function linuxHost(world: World, o: LinuxHostOptions): Host {
  const fs = new Vfs(false, () => world.now);
  const release = o.release ?? ROCKY_RELEASE;
  const kernel = o.kernel ?? ROCKY_KERNEL;
  const hostname = o.hostname ?? 'localhost.localdomain';
  const ver = /release ([\d.]+)/.exec(release)?.[1] ?? '9.5';
  const memKb = (o.memoryMb ?? 1024) * 1024 - 200_000;
  for (const d of [
    '/afs', '/boot', '/dev', '/etc/yum.repos.d', '/etc/sysctl.d', '/etc/modules-load.d', '/etc/systemd/system',
    '/etc/ssh', '/etc/sysconfig', '/etc/profile.d', '/home/vagrant/.ssh', '/media', '/mnt', '/opt', '/proc', '/root', '/run', '/srv', '/sys', '/tmp',
    '/usr/bin', '/usr/sbin', '/usr/lib/systemd/system', '/usr/lib64', '/usr/local/bin', '/var/log', '/var/lib', '/var/tmp', '/vagrant',
  ])
    fs.mkdir(d, true);
  // the filesystem package's modes (filesystem.spec %files: the sticky 1777 temporary directories, root's 550 home)
  for (const [d, mode] of [['/', 0o555], ['/afs', 0o555], ['/boot', 0o555], ['/proc', 0o555], ['/root', 0o550], ['/sys', 0o555], ['/tmp', 0o1777], ['/usr/bin', 0o555], ['/usr/lib', 0o555], ['/usr/lib64', 0o555], ['/usr/sbin', 0o555], ['/var/tmp', 0o1777]] as const)
    fs.get(d)!.mode = mode;
  // the merged /usr of Rocky 9 (filesystem package), /var/run and the clock's zone (UTC) as links; tzdata's
  // binary zone files are not modelled, so /etc/localtime points at a file the guest does not have
  for (const [link, target] of [
    ['/bin', 'usr/bin'],
    ['/sbin', 'usr/sbin'],
    ['/lib', 'usr/lib'],
    ['/lib64', 'usr/lib64'],
    ['/var/run', '../run'],
    ['/etc/localtime', '../usr/share/zoneinfo/UTC'],
  ])
    fs.symlink(target, link);
  const files: Record<string, string> = {
    '/etc/redhat-release': release + '\n',
    '/etc/rocky-release': release + '\n',
    '/etc/system-release': release + '\n',
    '/etc/os-release': [
      'NAME="Rocky Linux"',
      `VERSION="${ver} (Blue Onyx)"`,
      'ID="rocky"',
      'ID_LIKE="rhel centos fedora"',
      `VERSION_ID="${ver}"`,
      'PLATFORM_ID="platform:el9"',
      `PRETTY_NAME="Rocky Linux ${ver} (Blue Onyx)"`,
      'ANSI_COLOR="0;32"',
      'LOGO="fedora-logo-icon"',
      'CPE_NAME="cpe:/o:rocky:rocky:9::baseos"',
      'HOME_URL="https://rockylinux.org/"',
      'BUG_REPORT_URL="https://bugs.rockylinux.org/"',
      'SUPPORT_END="2032-05-31"',
      '',
    ].join('\n'),
    '/etc/hostname': hostname + '\n',
    '/etc/hosts':
      '127.0.0.1   localhost localhost.localdomain localhost4 localhost4.localdomain4\n::1         localhost localhost.localdomain localhost6 localhost6.localdomain6\n' +
      (o.hostname ? `127.0.1.1 ${hostname} ${hostname}\n` : ''),
    '/etc/fstab': [
      '',
      '#',
      '# /etc/fstab',
      '#',
      'UUID=9b5a6f2c-1d2e-4f3a-8b7c-6d5e4f3a2b1c /                       xfs     defaults        0 0',
      'UUID=3c2b1a0f-9e8d-4c7b-a6f5-e4d3c2b1a0f9 /boot                   xfs     defaults        0 0',
      'UUID=7e6d5c4b-3a2f-4e1d-9c8b-7a6f5e4d3c2b none                    swap    defaults        0 0',
      '',
    ].join('\n'),
    '/etc/resolv.conf': '# Generated by NetworkManager\nnameserver 10.0.2.3\n',
    '/etc/yum.repos.d/rocky.repo': '[baseos]\nname=Rocky Linux $releasever - BaseOS\nmirrorlist=https://mirrors.rockylinux.org/mirrorlist?arch=$basearch&repo=BaseOS-$releasever$rltype\ngpgcheck=1\nenabled=1\n\n[appstream]\nname=Rocky Linux $releasever - AppStream\nmirrorlist=https://mirrors.rockylinux.org/mirrorlist?arch=$basearch&repo=AppStream-$releasever$rltype\ngpgcheck=1\nenabled=1\n',
    '/etc/yum.repos.d/rocky-extras.repo': '[extras]\nname=Rocky Linux $releasever - Extras\nmirrorlist=https://mirrors.rockylinux.org/mirrorlist?arch=$basearch&repo=extras-$releasever$rltype\ngpgcheck=1\nenabled=1\n',
    '/etc/selinux/config': 'SELINUX=enforcing\nSELINUXTYPE=targeted\n',
    '/etc/sysctl.conf':
      '# sysctl settings are defined through files in\n# /usr/lib/sysctl.d/, /run/sysctl.d/, and /etc/sysctl.d/.\n#\n# Vendors settings live in /usr/lib/sysctl.d/.\n# To override a whole file, create a new file with the same in\n# /etc/sysctl.d/ and put new settings there. To override\n# only specific settings, add a file with a lexically later\n# name in /etc/sysctl.d/ and put new settings there.\n#\n# For more information, see sysctl.conf(5) and sysctl.d(5).\n',
    '/home/vagrant/.ssh/authorized_keys': 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB vagrant\n',
    '/root/anaconda-ks.cfg': '#version=RHEL9\n',
  };
  fs.mkdir('/etc/selinux', true);
  for (const [name, text] of Object.entries(PROFILE_D)) files[`/etc/profile.d/${name}`] = text;
  for (const [p, c] of Object.entries(files)) fs.write(p, c);
  // the Vagrant kickstart's sudo rule (rocky-linux/kickstarts Rocky-9-Vagrant-Vbox.ks), 0440 in sudo's 0750 directory
  fs.mkdir('/etc/sudoers.d', true);
  fs.get('/etc/sudoers.d')!.mode = 0o750;
  fs.write('/etc/sudoers.d/vagrant', '%vagrant ALL=(ALL) NOPASSWD: ALL\n', false, 0o440);
  for (const [p, c] of Object.entries(o.shared?.files ?? {})) fs.write('/vagrant/' + p, c);

  const users = new Map<string, User>([
    ['root', { name: 'root', uid: 0, gid: 0, home: '/root', shell: '/bin/bash', groups: ['root'], password: 'vagrant' }],
    ['vagrant', { name: 'vagrant', uid: 1000, gid: 1000, home: '/home/vagrant', shell: '/bin/bash', groups: ['vagrant', 'wheel'], password: 'vagrant' }],
  ]);
  const sys: LinuxSystem = {
    swapOn: true,
    swapTotalKb: 2097148,
    memTotalKb: memKb,
    // in load order, a module after those it needs (lsmod lists them newest first)
    modules: new Set(['libcrc32c', 'xfs', 'e1000', 'libata', 'ata_piix', 'ahci', 'vboxguest', 'sd_mod', 'sg', 'ip_tables', 'nfnetlink', 'nf_tables', 'fuse']),
    sysctl: new Map([
      ['net.ipv4.ip_forward', '0'],
      ['vm.swappiness', '30'],
      ['kernel.hostname', hostname],
      ['net.ipv4.conf.all.forwarding', '0'],
      ['net.ipv6.conf.all.forwarding', '0'],
      ['fs.file-max', '9223372036854775807'],
    ]),
    packages: new Map(),
    units: new Map(),
    selinux: 'Enforcing',
    release,
    kernel,
    cpus: o.cpus ?? 2,
    extraCommands: new Set(),
  };
  for (const [name, version, rel, arch] of [
    ['bash', '5.1.8', '9.el9'],
    ['coreutils', '8.32', '36.el9'],
    ['curl', '7.76.1', '31.el9'],
    ['dnf', '4.14.0', '17.el9'],
    ['iproute', '6.2.0', '6.el9_4'],
    ['kernel', kernel.replace(/\.x86_64$/, '').split('-')[0], kernel.replace(/\.x86_64$/, '').split('-').slice(1).join('-')],
    ['openssh-server', '8.7p1', '43.el9'],
    ['rocky-release', ver, '1.14.el9'],
    ['sudo', '1.9.5p2', '10.el9_3'],
    ['systemd', '252', '46.el9_5.2.0.1'],
    ['vim-minimal', '8.2.2637', '21.el9'],
    ['tar', '1.34', '7.el9'],
    ['NetworkManager', '1.48.10', '2.el9_5'],
    ['chrony', '4.5', '3.el9'],
    ['which', '2.21', '29.el9'],
    // the kickstart's yum-utils (rocky-linux/kickstarts, r9: vagrant/rocky-vagrant-packages.ks) and what it needs
    ['python3-dnf-plugins-core', '4.3.0', '16.el9', 'noarch'],
    ['dnf-plugins-core', '4.3.0', '16.el9', 'noarch'],
    ['yum-utils', '4.3.0', '16.el9', 'noarch'],
  ] as const)
    sys.packages.set(name, { name, version, release: rel, arch: (arch as string | undefined) ?? 'x86_64', repo: '@anaconda' });
  const t = world.now;
  const base = (name: string, description: string, execStart: string, pid: number, pkg: string) =>
    sys.units.set(name, {
      name, description, enabled: 'enabled', active: 'active', sub: 'running', since: t, pid,
      path: `/usr/lib/systemd/system/${name}`, execStart, package: pkg,
    });
  base('sshd.service', 'OpenSSH server daemon', '/usr/sbin/sshd -D $OPTIONS', 712, 'openssh-server');
  base('chronyd.service', 'NTP client/server', '/usr/sbin/chronyd $OPTIONS', 655, 'chrony');
  base('NetworkManager.service', 'Network Manager', '/usr/sbin/NetworkManager --no-daemon', 690, 'NetworkManager');
  base('crond.service', 'Command Scheduler', '/usr/sbin/crond -n $CRONDARGS', 720, 'cronie');
  base('systemd-journald.service', 'Journal Service', '/usr/lib/systemd/systemd-journald', 540, 'systemd');

  const ifaces: NetIf[] = [
    { name: 'lo', addr: '127.0.0.1', prefix: 8, mac: '00:00:00:00:00:00' },
    { name: 'eth0', addr: '10.0.2.15', prefix: 24, mac: mac(world.rng) },
  ];
  (o.ips ?? []).forEach((ip, i) => ifaces.push({ name: `eth${i + 1}`, addr: ip, prefix: 24, mac: mac(world.rng) }));
  const host: Host = {
    id: o.id,
    kind: 'linux',
    hostname,
    fs,
    users,
    env: {
      PATH: '/home/vagrant/.local/bin:/home/vagrant/bin:/usr/local/bin:/usr/bin:/usr/local/sbin:/usr/sbin',
      SHELL: '/bin/bash',
      LANG: 'en_US.UTF-8',
      TERM: 'xterm-256color',
      HOSTNAME: hostname,
    },
    sys,
    ifaces,
    bootedAt: world.now,
    up: true,
    machine: o.machine,
  };
  attachPseudoFs(world, host);
  return host;
}

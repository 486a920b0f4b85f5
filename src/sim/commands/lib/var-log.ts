// /var/log of the rockylinux/9 box. The box logs to the journal (rsyslog is installed but not enabled in the model:
// systemctl/box-units.ts), so there is no messages, secure or cron; what is there comes from the packages and the
// image build: dnf's four logs (the kickstart's %post ran dnf three times: rocky-linux/kickstarts,
// vagrant/rocky-vagrant-vbox.ks), the login records (wtmp, btmp, lastlog: binary, kept here as sizes), auditd's
// audit/ (root only), chrony's empty log directory and systemd's private/ (root only). dnf appends to its logs on each
// transaction (dnf/run.ts), in dnf 4.14's formats: dnf/logging.py's "%Y-%m-%dT%H:%M:%S%z LEVEL message" in local time.
import type { Host } from '../../types';
import { localTm } from './clock';
import { two } from '../../util';

/** Paths only root may read or list (mode 0700 directories, btmp 0600). */
export function rootOnly(path: string): boolean {
  return /^\/var\/log\/(audit|private)(\/|$)/.test(path) || path === '/var/log/btmp';
}

/** libdnf of Rocky 9.5 (libdnf-0.69.0-12.el9): hawkey.log's start line. */
const LIBDNF = '0.69.0';
const DNF = '4.14.0';

/** dnf's log time stamp (logging.Formatter with "%Y-%m-%dT%H:%M:%S%z", time.localtime). */
export function dnfStamp(host: Host, ms: number): string {
  const t = localTm(host, ms);
  return `${t.y}-${two(t.mo + 1)}-${two(t.d)}T${two(t.h)}:${two(t.mi)}:${two(t.s)}${t.numeric}`;
}

/**
 * The lines one dnf run adds to dnf.log (the logging marker and cli.py's _log_essentials() and _parse_commands()),
 * dnf.rpm.log (the marker, then `Installed: NEVRA` / `Erase: NEVRA` per package, transaction.py's FILE_ACTIONS) and
 * hawkey.log (libdnf's start line).
 */
export function logDnfRun(host: Host, ms: number, argv0: string, args: string[], done: { action: 'Installed' | 'Erase' | 'Upgrade'; nevra: string }[]): void {
  const at = dnfStamp(host, ms);
  const base = args.find((a) => !a.startsWith('-')) ?? '';
  const py = '[' + args.map((a) => `'${a.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`).join(', ') + ']';
  const append = (file: string, lines: string[]) => {
    const p = `/var/log/${file}`;
    host.fs.write(p, lines.map((l) => `${at} ${l}\n`).join(''), true);
  };
  append('dnf.log', [
    'INFO --- logging initialized ---',
    `DEBUG DNF version: ${DNF}`,
    `DDEBUG Command: ${argv0} ${args.map((a) => a + ' ').join('')}`,
    'DDEBUG Installroot: /',
    'DDEBUG Releasever: 9',
    'DEBUG cachedir: /var/cache/dnf',
    `DDEBUG Base command: ${base}`,
    `DDEBUG Extra commands: ${py}`,
  ]);
  append('dnf.rpm.log', ['INFO --- logging initialized ---', ...done.map((d) => `SUBDEBUG ${d.action}: ${d.nevra}`)]);
  append('hawkey.log', [`INFO === Started libdnf-${LIBDNF} ===`]);
}

/** When the box was built: after its kernel (5.14.0-503.14.1.el9_5, built Nov 15 2024); the day is an estimate. */
const BUILT = Date.UTC(2024, 10, 18, 4, 12, 0);

/** utmp records are 384 bytes; lastlog keeps 292 bytes per uid up to the highest that logged in (vagrant, 1000). */
const UTMP = 384;
const LASTLOG = 292 * 1001;

export function seedVarLog(host: Host, now: number, kernel: string): void {
  const fs = host.fs;
  const dir = (p: string, mode: number) => {
    fs.mkdir(p, true);
    const n = fs.get(p);
    if (n) n.mode = mode;
  };
  const file = (p: string, text: string, mode: number, zeros = 0) => {
    fs.write(p, text, false, mode);
    const n = fs.get(p);
    if (n && n.type === 'file') {
      n.mode = mode;
      if (zeros) n.zeros = zeros;
    }
  };
  dir('/var/log/audit', 0o700);
  dir('/var/log/chrony', 0o755);
  dir('/var/log/private', 0o700);
  // the kickstart's %post: grub2-pc for BIOS boot, then the guest additions' build tools installed and removed
  for (const [i, args] of [
    ['install', 'grub2-pc-modules', 'grub2-pc', '-y'],
    ['-y', 'install', 'kernel-devel', 'gcc', 'make', 'perl', 'elfutils-libelf-devel'],
    ['-y', 'remove', 'kernel-devel', 'gcc', 'make', 'perl', 'elfutils-libelf-devel'],
  ].entries())
    logDnfRun(host, BUILT + i * 240_000, 'dnf', args, []);
  fs.write('/var/log/dnf.librepo.log', '', true);
  // the image's files keep the build's times
  for (const p of ['dnf.log', 'dnf.rpm.log', 'hawkey.log', 'dnf.librepo.log', 'chrony', 'private']) {
    const n = fs.get('/var/log/' + p);
    if (n) n.mtime = BUILT + 2 * 240_000 + 30_000;
  }
  // login records: the boot and run level, vagrant up's ssh session (login and logout), the vagrant ssh login
  file('/var/log/wtmp', '', 0o664, 5 * UTMP);
  file('/var/log/btmp', '', 0o600);
  file('/var/log/lastlog', '', 0o664, LASTLOG);
  const sec = (ms: number, serial: number) => `${Math.floor(ms / 1000)}.${String(ms % 1000).padStart(3, '0')}:${serial}`;
  const GS = '\x1d';
  const audit = [
    `type=DAEMON_START msg=audit(${sec(now, 3170)}): op=start ver=3.1.5 format=enriched kernel=${kernel} auid=4294967295 pid=611 uid=0 ses=4294967295 subj=system_u:system_r:auditd_t:s0 res=success${GS}AUID="unset" UID="root"`,
    ...['NetworkManager', 'chronyd', 'sshd', 'crond'].map(
      (unit, i) =>
        `type=SERVICE_START msg=audit(${sec(now + 1000 + i * 150, 10 + i)}): pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=${unit} comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success'${GS}UID="root" AUID="unset"`,
    ),
  ];
  file('/var/log/audit/audit.log', audit.join('\n') + '\n', 0o600);
}

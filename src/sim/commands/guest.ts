// Every command of a Linux guest, as a manifest: which module brings which command, and on which hosts the command
// exists. Loading this file registers a placeholder per name; the module itself (spec, help, run: a folder per tool
// family) loads the first time its command is run or completed, and its own registration replaces the placeholder.
// The bash builtins and bash itself are in src/sim/shell/builtins (loaded after this).
//
// Adding a command: add a line `[() => import('./family/cmd/run'), 'name']`. A word is `name[,alias...][:where]`;
// `where` is `linux` (Rocky guests with a system model), `package` (once a package providing the command is
// installed: host.sys.extraCommands) or `yum-utils` (that package installed); no `where` means every guest.
// tests/unit/sim/guest-manifest.test.ts checks that each module registers exactly the names listed here, with the
// same availability.
import { registerLazyCommand, findCommand, isLazy, type AnyCommandDef, type CommandDef } from '../registry';
import type { Host } from '../types';
import { hasCommand, linuxOnly } from './lib/where';
// /proc and /sys of the guests (mounted by world.ts; their trees are built when looked up)
import './lib/procfs/index';
import './lib/sysfs/index';
import './lib/devfs/index';

type Where = NonNullable<CommandDef['available']>;

const WHERE: Record<string, (name: string) => Where> = {
  linux: () => linuxOnly,
  package: (name) => (h: Host) => hasCommand(h, name),
  'yum-utils': () => (h: Host) => !!h.sys?.packages.has('yum-utils'),
};

export const GUEST_MANIFEST: [load: () => Promise<unknown>, names: string][] = [
  [() => import('./acl/getfacl/run'), 'getfacl'],
  [() => import('./acl/setfacl/run'), 'setfacl'],
  [() => import('./audit/auditctl/run'), 'auditctl:linux'],
  [() => import('./chrony/chronyc/run'), 'chronyc:linux'],
  [() => import('./coreutils/base64/run'), 'base64'],
  [() => import('./coreutils/basename/run'), 'basename'],
  [() => import('./coreutils/cat/run'), 'cat'],
  [() => import('./coreutils/chmod/run'), 'chmod'],
  [() => import('./coreutils/chown/run'), 'chown,chgrp'],
  [() => import('./coreutils/cp/run'), 'cp'],
  [() => import('./coreutils/cut/run'), 'cut'],
  [() => import('./coreutils/date/run'), 'date'],
  [() => import('./coreutils/dd/run'), 'dd'],
  [() => import('./coreutils/df/run'), 'df'],
  [() => import('./coreutils/dirname/run'), 'dirname'],
  [() => import('./coreutils/du/run'), 'du'],
  [() => import('./coreutils/env/run'), 'env'],
  [() => import('./coreutils/fold/run'), 'fold'],
  [() => import('./coreutils/head/run'), 'head'],
  [() => import('./coreutils/ln/run'), 'ln'],
  [() => import('./coreutils/groups/run'), 'groups'],
  [() => import('./coreutils/id/run'), 'id'],
  [() => import('./coreutils/install/run'), 'install'],
  [() => import('./coreutils/ls/run'), 'ls'],
  [() => import('./coreutils/mkdir/run'), 'mkdir'],
  [() => import('./coreutils/mktemp/run'), 'mktemp'],
  [() => import('./coreutils/mv/run'), 'mv'],
  [() => import('./coreutils/nl/run'), 'nl'],
  [() => import('./coreutils/nohup/run'), 'nohup'],
  [() => import('./coreutils/nproc/run'), 'nproc'],
  [() => import('./coreutils/paste/run'), 'paste'],
  [() => import('./coreutils/printenv/run'), 'printenv'],
  [() => import('./coreutils/readlink/run'), 'readlink'],
  [() => import('./coreutils/rmdir/run'), 'rmdir'],
  [() => import('./coreutils/realpath/run'), 'realpath'],
  [() => import('./coreutils/rm/run'), 'rm'],
  [() => import('./coreutils/seq/run'), 'seq'],
  [() => import('./coreutils/sleep/run'), 'sleep'],
  [() => import('./coreutils/sort/run'), 'sort'],
  [() => import('./coreutils/stat/run'), 'stat'],
  [() => import('./coreutils/sync/run'), 'sync'],
  [() => import('./coreutils/tac/run'), 'tac'],
  [() => import('./coreutils/tail/run'), 'tail'],
  [() => import('./coreutils/tee/run'), 'tee'],
  [() => import('./coreutils/timeout/run'), 'timeout'],
  [() => import('./coreutils/touch/run'), 'touch'],
  [() => import('./coreutils/tr/run'), 'tr'],
  [() => import('./coreutils/truncate/run'), 'truncate'],
  [() => import('./coreutils/uname/run'), 'uname'],
  [() => import('./coreutils/uniq/run'), 'uniq'],
  [() => import('./coreutils/wc/run'), 'wc'],
  [() => import('./cronie/crontab/run'), 'crontab'],
  [() => import('./coreutils/whoami/run'), 'whoami'],
  [() => import('./coreutils/lazy'), 'md5sum sha1sum sha256sum sha512sum expr yes tty arch hostid comm join od split shuf factor numfmt who users sha224sum sha384sum b2sum cksum sum base32 basenc expand unexpand tsort link unlink logname dir vdir nice stdbuf fmt stty dircolors pathchk mkfifo mknod pinky shred chroot chcon runcon csplit pr ptx'],
  [() => import('./curl/run'), 'curl'],
  [() => import('./diffutils/diff/run'), 'diff'],
  [() => import('./diffutils/cmp/run'), 'cmp'],
  [() => import('./diffutils/sdiff/run'), 'sdiff'],
  [() => import('./diffutils/diff3/run'), 'diff3'],
  [() => import('./dnf/run'), 'dnf:linux yum:linux'],
  [() => import('./dnf/yum-config-manager/run'), 'yum-config-manager:yum-utils'],
  [() => import('./e2fsprogs/mke2fs/run'), 'mke2fs,mkfs.ext2,mkfs.ext3,mkfs.ext4:linux'],
  [() => import('./editors/run'), 'vi vim:package nano:package'],
  [() => import('./grep/run'), 'grep,egrep,fgrep'],
  [() => import('./gzip/run'), 'gzip gunzip zcat'],
  [() => import('./gzip/zscripts'), 'zcmp zdiff zegrep zfgrep zforce zgrep zless zmore znew'],
  [() => import('./bzip2/run'), 'bzip2 bunzip2 bzcat'],
  [() => import('./xz/run'), 'xz unxz xzcat'],
  [() => import('./cpio/run'), 'cpio'],
  [() => import('./pigz/run'), 'pigz unpigz'],
  [() => import('./file/file/run'), 'file'],
  [() => import('./ethtool/ethtool/run'), 'ethtool:linux'],
  [() => import('./hostname/run'), 'hostname'],
  [() => import('./iproute/ip/run'), 'ip'],
  [() => import('./iproute/ss/run'), 'ss'],
  [() => import('./iproute/bridge/run'), 'bridge'],
  [() => import('./iputils/ping/run'), 'ping'],
  [() => import('./iputils/tracepath/run'), 'tracepath'],
  [() => import('./kmod/lsmod/run'), 'lsmod:linux'],
  [() => import('./kmod/modprobe/run'), 'modprobe:linux'],
  [() => import('./kmod/modinfo/run'), 'modinfo:linux'],
  [() => import('./kmod/insmod/run'), 'insmod:linux'],
  [() => import('./kmod/rmmod/run'), 'rmmod:linux'],
  [() => import('./kmod/depmod/run'), 'depmod:linux'],
  [() => import('./pciutils/lspci/run'), 'lspci:linux'],
  [() => import('./ncurses/clear/run'), 'clear'],
  [() => import('./ncurses/tput/run'), 'tput'],
  [() => import('./ncurses/reset/run'), 'reset'],
  [() => import('./man-db/man/run'), 'man'],
  [() => import('./networkmanager/nmcli/run'), 'nmcli:linux'],
  [() => import('./networkmanager/nmtui/run'), 'nmtui:linux'],
  [() => import('./openssh/ssh/run'), 'ssh:linux'],
  [() => import('./openssh/ssh-keygen/run'), 'ssh-keygen:linux'],
  [() => import('./openssh/ssh-copy-id/run'), 'ssh-copy-id:linux'],
  [() => import('./openssh/scp/run'), 'scp:linux'],
  [() => import('./openssh/ssh-keyscan/run'), 'ssh-keyscan:linux'],
  [() => import('./openssh/ssh-agent/run'), 'ssh-agent:linux'],
  [() => import('./openssh/ssh-add/run'), 'ssh-add:linux'],
  [() => import('./openssh/sftp/run'), 'sftp:linux'],
  [() => import('./rsync/run'), 'rsync:linux'],
  [() => import('./openssl/run'), 'openssl'],
  [() => import('./procps/free/run'), 'free'],
  [() => import('./procps/pgrep/run'), 'pgrep pkill'],
  [() => import('./procps/pidof/run'), 'pidof'],
  [() => import('./procps/ps/run'), 'ps'],
  [() => import('./procps/top/run'), 'top'],
  [() => import('./procps/sysctl/run'), 'sysctl:linux'],
  [() => import('./procps/uptime/run'), 'uptime'],
  [() => import('./procps/w/run'), 'w'],
  [() => import('./procps/watch/run'), 'watch'],
  [() => import('./procps/vmstat/run'), 'vmstat'],
  [() => import('./procps/pwdx/run'), 'pwdx'],
  [() => import('./procps/pmap/run'), 'pmap'],
  [() => import('./psmisc/killall/run'), 'killall'],
  [() => import('./psmisc/pstree/run'), 'pstree'],
  [() => import('./psmisc/fuser/run'), 'fuser'],
  [() => import('./parted/run'), 'parted:linux'],
  [() => import('./passwd/run'), 'passwd:linux'],
  [() => import('./python/run'), 'python3,python3.9:linux'],
  [() => import('./rpm/run'), 'rpm:linux'],
  [() => import('./rpm/rpm2cpio/run'), 'rpm2cpio:linux'],
  [() => import('./sed/run'), 'sed'],
  [() => import('./gawk/register'), 'awk gawk'],
  [() => import('./glibc/lazy'), 'getent iconv locale'],
  [() => import('./shadow-utils/lazy'), 'useradd userdel usermod groupadd groupdel groupmod chage chpasswd gpasswd lastlog newgrp'],
  [() => import('./selinux/getenforce/run'), 'getenforce:linux'],
  [() => import('./selinux/setenforce/run'), 'setenforce:linux'],
  [() => import('./selinux/sestatus/run'), 'sestatus:linux'],
  [() => import('./firewalld/firewall-cmd/run'), 'firewall-cmd:linux'],
  [() => import('./bind-utils/dig/run'), 'dig:package'],
  [() => import('./bind-utils/host/run'), 'host:package'],
  [() => import('./bind-utils/nslookup/run'), 'nslookup:package'],
  [() => import('./git/run'), 'git:package'],
  [() => import('./net-tools/ifconfig/run'), 'ifconfig:package'],
  [() => import('./net-tools/netstat/run'), 'netstat:package'],
  [() => import('./net-tools/route/run'), 'route:package'],
  [() => import('./net-tools/arp/run'), 'arp:package'],
  [() => import('./jq/register'), 'jq:package'],
  [() => import('./tar/run'), 'tar'],
  [() => import('./less/run'), 'less'],
  [() => import('./findutils/find/run'), 'find'],
  [() => import('./findutils/xargs/run'), 'xargs'],
  [() => import('./sudo/run'), 'sudo'],
  [() => import('./systemd/hostnamectl/run'), 'hostnamectl'],
  [() => import('./systemd/timedatectl/run'), 'timedatectl:linux'],
  [() => import('./systemd/localectl/run'), 'localectl:linux'],
  [() => import('./systemd/loginctl/run'), 'loginctl:linux'],
  [() => import('./systemd/journalctl/run'), 'journalctl:linux'],
  [() => import('./systemd/halt/run'), 'halt:linux'],
  [() => import('./systemd/poweroff/run'), 'poweroff:linux'],
  [() => import('./systemd/reboot/run'), 'reboot:linux'],
  [() => import('./systemd/shutdown/run'), 'shutdown:linux'],
  [() => import('./systemd/systemctl/run'), 'systemctl:linux'],
  [() => import('./systemd/systemd-analyze/run'), 'systemd-analyze:linux'],
  [() => import('./systemd/systemd-cgls/run'), 'systemd-cgls:linux'],
  [() => import('./systemd/coredumpctl/run'), 'coredumpctl:linux'],
  [() => import('./util-linux/lazy'), 'blkid:linux dmesg:linux findmnt:linux lscpu:linux mount:linux umount:linux'],
  [() => import('./util-linux/last/run'), 'last,lastb'],
  [() => import('./util-linux/lsblk/run'), 'lsblk'],
  [() => import('./util-linux/column/run'), 'column'],
  [() => import('./util-linux/cal/run'), 'cal'],
  [() => import('./util-linux/hexdump/run'), 'hexdump'],
  [() => import('./util-linux/fallocate/run'), 'fallocate:linux'],
  [() => import('./util-linux/mkswap/run'), 'mkswap:linux'],
  [() => import('./util-linux/losetup/run'), 'losetup:linux'],
  [() => import('./util-linux/mkfs/run'), 'mkfs:linux'],
  [() => import('./util-linux/eject/run'), 'eject:linux'],
  [() => import('./util-linux/setterm/run'), 'setterm'],
  [() => import('./util-linux/colrm/run'), 'colrm'],
  [() => import('./util-linux/look/run'), 'look'],
  [() => import('./util-linux/rename/run'), 'rename'],
  [() => import('./util-linux/getopt/run'), 'getopt'],
  [() => import('./util-linux/namei/run'), 'namei'],
  [() => import('./util-linux/logger/run'), 'logger:linux'],
  [() => import('./util-linux/renice/run'), 'renice:linux'],
  [() => import('./util-linux/taskset/run'), 'taskset:linux'],
  [() => import('./util-linux/chrt/run'), 'chrt:linux'],
  [() => import('./util-linux/ionice/run'), 'ionice:linux'],
  [() => import('./util-linux/prlimit/run'), 'prlimit:linux'],
  [() => import('./util-linux/setsid/run'), 'setsid'],
  [() => import('./util-linux/flock/run'), 'flock'],
  [() => import('./util-linux/runuser/run'), 'runuser'],
  [() => import('./util-linux/fdisk/run'), 'fdisk:linux'],
  [() => import('./util-linux/blockdev/run'), 'blockdev:linux'],
  [() => import('./util-linux/ipcs/run'), 'ipcs:linux'],
  [() => import('./util-linux/lsipc/run'), 'lsipc:linux'],
  [() => import('./util-linux/lsmem/run'), 'lsmem:linux'],
  [() => import('./util-linux/zramctl/run'), 'zramctl:linux'],
  [() => import('./util-linux/mesg/run'), 'mesg'],
  [() => import('./util-linux/nsenter/run'), 'nsenter:linux'],
  [() => import('./util-linux/unshare/run'), 'unshare:linux'],
  [() => import('./util-linux/lsns/run'), 'lsns:linux'],
  [() => import('./util-linux/utmpdump/run'), 'utmpdump:linux'],
  [() => import('./util-linux/wipefs/run'), 'wipefs'],
  [() => import('./util-linux/col/run'), 'col'],
  [() => import('./util-linux/lslogins/run'), 'lslogins:linux'],
  [() => import('./util-linux/wall/run'), 'wall'],
  [() => import('./util-linux/lslocks/run'), 'lslocks:linux'],
  [() => import('./util-linux/script/run'), 'script'],
  [() => import('./util-linux/hwclock/run'), 'hwclock:linux'],
  [() => import('./util-linux/ipcrm/run'), 'ipcrm:linux'],
  [() => import('./util-linux/findfs/run'), 'findfs:linux'],
  [() => import('./util-linux/ul/run'), 'ul'],
  [() => import('./util-linux/partx/run'), 'partx:linux'],
  [() => import('./util-linux/sfdisk/run'), 'sfdisk:linux'],
  [() => import('./util-linux/more/run'), 'more'],
  [() => import('./util-linux/rev/run'), 'rev'],
  [() => import('./util-linux/su/run'), 'su'],
  [() => import('./util-linux/swapoff/run'), 'swapoff:linux'],
  [() => import('./util-linux/swapon/run'), 'swapon:linux'],
  [() => import('./util-linux/uuidgen/run'), 'uuidgen'],
  [() => import('./util-linux/whereis/run'), 'whereis'],
  [() => import('./which/run'), 'which'],
  [() => import('./wget/run'), 'wget:package'],
];

const placeholders = new WeakSet<AnyCommandDef>();

/** A command still waiting for its module (tests check that every module replaces its placeholders). */
export function isPlaceholder(def: AnyCommandDef | undefined): boolean {
  return !!def && placeholders.has(def);
}

/** The parsed manifest: each name with its aliases, where it exists, and its module. */
export function manifestCommands(): { name: string; aliases: string[]; where?: string; load: () => Promise<unknown> }[] {
  return GUEST_MANIFEST.flatMap(([load, words]) =>
    words.split(' ').map((w) => {
      const [names, where] = w.split(':');
      const [name, ...aliases] = names.split(',');
      return { name, aliases, where, load };
    }),
  );
}

for (const { name, aliases, where, load } of manifestCommands()) {
  const def: AnyCommandDef = {
    name,
    aliases,
    shell: 'bash',
    summary: '',
    ...(where ? { available: WHERE[where](name) } : {}),
    async load() {
      await load();
      const real = findCommand('bash', name);
      if (!real || real === def) throw new Error(`${name}: its module did not register it`);
      if (!isLazy(real)) return real;
      return { spec: real.spec, complete: real.complete, ...(await real.load()) };
    },
  };
  placeholders.add(def);
  registerLazyCommand(def);
}

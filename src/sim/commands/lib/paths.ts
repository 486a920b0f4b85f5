// Where a Rocky Linux 9 guest keeps each command: most in /usr/bin, the system tools in /usr/sbin (as the
// box's packages install them: util-linux, procps-ng, kmod, iproute, policycoreutils, systemd, shadow-utils,
// openssh-server, iptables-nft, net-tools' ifconfig and route, conntrack-tools, ethtool, iputils' arping and clockdiff,
// e2fsprogs, xfsprogs). /bin and /sbin are links to these two, so a command has one place.

const SBIN = new Set([
  'agetty', 'arping', 'blkid', 'bridge', 'capsh', 'cfdisk', 'chronyd', 'clockdiff', 'conntrack', 'depmod', 'dumpe2fs', 'e2fsck', 'e2label',
  'ethtool', 'fdisk', 'fsck', 'fsck.ext2', 'fsck.ext3', 'fsck.ext4', 'fsck.xfs', 'getenforce', 'groupadd', 'groupdel', 'grubby', 'halt', 'hwclock',
  'ifconfig', 'insmod', 'ip', 'iptables', 'iptables-save', 'ldconfig', 'logrotate', 'losetup', 'lsmod', 'mke2fs', 'mkfs', 'mkfs.ext2', 'mkfs.ext3',
  'mkfs.ext4', 'mkfs.xfs', 'mkswap', 'modinfo', 'modprobe', 'NetworkManager', 'nft', 'nologin', 'poweroff', 'reboot', 'resize2fs', 'rmmod', 'route',
  'runuser', 'sestatus', 'setcap', 'setenforce', 'shutdown', 'ss', 'sshd', 'swapoff', 'swapon', 'sysctl', 'tc', 'tune2fs', 'useradd', 'userdel',
  'usermod', 'visudo', 'xfs_admin', 'xfs_growfs', 'xfs_info', 'xfs_repair',
]);

/** The directory a guest command is installed in, without the trailing slash. */
export function binDir(name: string): '/usr/bin' | '/usr/sbin' {
  return SBIN.has(name) ? '/usr/sbin' : '/usr/bin';
}

/**
 * What is inside the images a learner execs into: the programs on their PATH. Sources, not memory:
 * - debian:bookworm-slim: the binary packages docker-library/repo-info lists for the image (repos/debian/local/
 *   bookworm-slim.md), each package's files in bin/ and sbin/ as Debian 12's packages install them (`dpkg -L` on a
 *   Debian 12 machine), with the links their postinst scripts make with update-alternatives (awk and nawk → mawk,
 *   which, pager → more, rmt). No ps (procps), ip (iproute2), ping (iputils-ping), vi or nano: none of those packages
 *   is there.
 * - nginx:1.2x (Debian): nginxinc/docker-nginx's Dockerfile for bookworm (1.25.5: FROM debian:bookworm-slim,
 *   `apt-get install --no-install-recommends nginx … gettext-base curl`, ca-certificates kept, which depends on
 *   openssl): the slim image's programs with curl, envsubst, gettext, ngettext, openssl, c_rehash,
 *   update-ca-certificates, nginx and nginx-debug.
 * - busybox:1.36 and 1.28: docker-library/busybox's builder runs busybox's `make defconfig` with CONFIG_AR set and
 *   installs every applet as a link in /bin (plus glibc's getconf); the applets are those whose //applet: line's
 *   config symbol is y after `make defconfig` in busybox's 1_36_1 and 1_28_4 trees.
 */

const DEBIAN_SLIM =
  '[ add-shell addgroup addpart adduser agetty apt apt-cache apt-cdrom apt-config apt-get apt-key apt-mark arch ' +
  'awk b2sum badblocks base32 base64 basename basenc bash bashbug blkdiscard blkid blkzone blockdev captoinfo cat ' +
  'chage chattr chcon chcpu chfn chgpasswd chgrp chmem chmod choom chown chpasswd chroot chrt chsh cksum clear ' +
  'clear_console cmp comm cp cpgr cppw csplit ctrlaltdel cut dash date dd deb-systemd-helper deb-systemd-invoke ' +
  'debconf debconf-apt-progress debconf-communicate debconf-copydb debconf-escape debconf-set-selections ' +
  'debconf-show debugfs delgroup delpart deluser df diff diff3 dir dircolors dirname dmesg dnsdomainname ' +
  'domainname dpkg dpkg-deb dpkg-divert dpkg-fsys-usrunmess dpkg-maintscript-helper dpkg-preconfigure dpkg-query ' +
  'dpkg-realpath dpkg-reconfigure dpkg-split dpkg-statoverride dpkg-trigger du dumpe2fs e2freefrag e2fsck e2image ' +
  'e2label e2mmpstatus e2scrub e2scrub_all e2undo e4crypt e4defrag echo egrep env expand expiry expr factor ' +
  'faillock faillog fallocate false fgrep filefrag fincore find findfs findmnt flock fmt fold fsck fsck.cramfs ' +
  'fsck.ext2 fsck.ext3 fsck.ext4 fsck.minix fsfreeze fstab-decode fstrim getconf getent getopt getty gpasswd gpgv ' +
  'grep groupadd groupdel groupmems groupmod groups grpck grpconv grpunconv gunzip gzexe gzip hardlink head ' +
  'hostid hostname hwclock i386 iconv iconvconfig id infocmp infotocap install installkernel invoke-rc.d ionice ' +
  'ipcmk ipcrm ipcs ischroot isosize join killall5 last lastb lastlog ld.so ldattach ldconfig ldd link linux32 ' +
  'linux64 ln locale localedef logger login logname logsave losetup ls lsattr lsblk lscpu lsfd lsipc lsirq ' +
  'lslocks lslogins lsmem lsns mawk mcookie md5sum md5sum.textutils mesg mkdir mke2fs mkfifo mkfs mkfs.bfs ' +
  'mkfs.cramfs mkfs.ext2 mkfs.ext3 mkfs.ext4 mkfs.minix mkhomedir_helper mklost+found mknod mkswap mktemp more ' +
  'mount mountpoint mv namei nawk newgrp newusers nice nisdomainname nl nohup nologin nproc nsenter numfmt od ' +
  'pager pam-auth-update pam_getenv pam_namespace_helper pam_timestamp_check partx passwd paste pathchk perl ' +
  'perl5.36.0 pidof pinky pivot_root pldd pr printenv printf prlimit ptx pwck pwconv pwd pwhistory_helper ' +
  'pwunconv rbash readlink readprofile realpath remove-shell rename.ul renice reset resize2fs resizepart rev ' +
  'rgrep rm rmdir rmt rmt-tar rtcwake run-parts runcon runuser savelog script scriptlive scriptreplay sdiff sed ' +
  'seq service setarch setpriv setsid setterm sg sh sha1sum sha224sum sha256sum sha384sum sha512sum shadowconfig ' +
  'shred shuf sleep sort split start-stop-daemon stat stdbuf stty su sulogin sum swaplabel swapoff swapon ' +
  'switch_root sync tabs tac tail tar tarcat taskset tee tempfile test tic timeout toe touch tput tr true ' +
  'truncate tset tsort tty tune2fs tzselect uclampset umount uname uncompress unexpand uniq unix_chkpwd ' +
  'unix_update unlink unshare update-alternatives update-passwd update-rc.d update-shells useradd userdel usermod ' +
  'users utmpdump vdir vigr vipw wall wc wdctl whereis which which.debianutils who whoami wipefs x86_64 xargs yes ' +
  'ypdomainname zcat zcmp zdiff zdump zegrep zfgrep zforce zgrep zic zless zmore znew zramctl ' +
  '';
const NGINX_EXTRA = 'c_rehash curl envsubst gettext gettext.sh ngettext openssl update-ca-certificates nginx nginx-debug';
const BUSYBOX_1_36 =
  '[ [[ acpid add-shell addgroup adduser adjtimex ar arch arp arping ascii ash awk base32 base64 basename bc beep ' +
  'blkdiscard blkid blockdev bootchartd brctl bunzip2 bzcat bzip2 cal cat chat chattr chgrp chmod chown chpasswd ' +
  'chpst chroot chrt chvt cksum clear cmp comm conspy cp cpio crc32 crond crontab cryptpw cttyhack cut date dc dd ' +
  'deallocvt delgroup deluser devmem df dhcprelay diff dirname dmesg dnsd dnsdomainname dos2unix dpkg dpkg-deb du ' +
  'dumpkmap dumpleases echo ed egrep eject env envdir envuidgid ether-wake expand expr factor fakeidentd ' +
  'fallocate false fatattr fbset fbsplash fdflush fdformat fdisk fgconsole fgrep find findfs flock fold free ' +
  'freeramdisk fsck fsck.minix fsfreeze fstrim fsync ftpd ftpget ftpput fuser getconf getopt getty grep groups ' +
  'gunzip gzip halt hd hdparm head hexdump hexedit hostid hostname httpd hush hwclock i2cdetect i2cdump i2cget ' +
  'i2cset i2ctransfer id ifconfig ifdown ifenslave ifplugd ifup inetd init install ionice iostat ip ipaddr ipcalc ' +
  'ipcrm ipcs iplink ipneigh iproute iprule iptunnel kbd_mode kill killall killall5 klogd last less link linux32 ' +
  'linux64 linuxrc ln loadfont loadkmap logger login logname logread losetup lpd lpq lpr ls lsattr lsof lspci ' +
  'lsscsi lsusb lzcat lzma lzop makedevs makemime man md5sum mdev mesg microcom mim mkdir mkdosfs mke2fs mkfifo ' +
  'mkfs.ext2 mkfs.minix mkfs.vfat mknod mkpasswd mkswap mktemp modinfo more mount mountpoint mpstat mt mv nameif ' +
  'nanddump nandwrite nbd-client nc netstat nice nl nmeter nohup nologin nproc nsenter nslookup ntpd od openvt ' +
  'partprobe passwd paste patch pgrep pidof ping ping6 pipe_progress pivot_root pkill pmap popmaildir poweroff ' +
  'powertop printenv printf ps pscan pstree pwd pwdx raidautorun rdate rdev readahead readlink readprofile ' +
  'realpath reboot reformime remove-shell renice reset resize resume rev rm rmdir route rpm rpm2cpio rtcwake ' +
  'run-init run-parts runlevel runsv runsvdir rx script scriptreplay sed seedrng sendmail seq setarch setconsole ' +
  'setfattr setfont setkeycodes setlogcons setpriv setserial setsid setuidgid sh sha1sum sha256sum sha3sum ' +
  'sha512sum showkey shred shuf slattach sleep smemcap softlimit sort split ssl_client start-stop-daemon stat ' +
  'strings stty su sulogin sum sv svc svlogd svok swapoff swapon switch_root sync sysctl syslogd tac tail tar ' +
  'taskset tc tcpsvd tee telnet telnetd test tftp tftpd time timeout top touch tr traceroute traceroute6 tree ' +
  'true truncate ts tsort tty ttysize tunctl ubiattach ubidetach ubimkvol ubirename ubirmvol ubirsvol ' +
  'ubiupdatevol udhcpc udhcpc6 udhcpd udpsvd uevent umount uname unexpand uniq unix2dos unlink unlzma unshare ' +
  'unxz unzip uptime users usleep uudecode uuencode vconfig vi vlock volname w wall watch watchdog wc wget which ' +
  'who whoami whois xargs xxd xz xzcat yes zcat zcip ' +
  '';
const BUSYBOX_1_28 =
  '[ [[ acpid add-shell addgroup adduser adjtimex ar arch arp arping ash awk base64 basename beep blkdiscard ' +
  'blkid blockdev bootchartd brctl bunzip2 bzcat bzip2 cal cat chat chattr chgrp chmod chown chpasswd chpst ' +
  'chroot chrt chvt cksum clear cmp comm conspy cp cpio crond crontab cryptpw cttyhack cut date dc dd deallocvt ' +
  'delgroup deluser devmem df dhcprelay diff dirname dmesg dnsd dnsdomainname dos2unix dpkg dpkg-deb du dumpkmap ' +
  'dumpleases echo ed egrep eject env envdir envuidgid ether-wake expand expr factor fakeidentd fallocate false ' +
  'fatattr fbset fbsplash fdflush fdformat fdisk fgconsole fgrep find findfs flock fold free freeramdisk fsck ' +
  'fsck.minix fsfreeze fstrim fsync ftpd ftpget ftpput fuser getopt getty grep groups gunzip gzip halt hd hdparm ' +
  'head hexdump hexedit hostid hostname httpd hush hwclock i2cdetect i2cdump i2cget i2cset id ifconfig ifdown ' +
  'ifenslave ifplugd ifup inetd init install ionice iostat ip ipaddr ipcalc ipcrm ipcs iplink ipneigh iproute ' +
  'iprule iptunnel kbd_mode kill killall killall5 klogd last less link linux32 linux64 linuxrc ln loadfont ' +
  'loadkmap logger login logname logread losetup lpd lpq lpr ls lsattr lsof lspci lsscsi lsusb lzcat lzma lzop ' +
  'makedevs makemime man md5sum mdev mesg microcom mkdir mkdosfs mke2fs mkfifo mkfs.ext2 mkfs.minix mkfs.vfat ' +
  'mknod mkpasswd mkswap mktemp modinfo more mount mountpoint mpstat mt mv nameif nanddump nandwrite nbd-client ' +
  'nc netstat nice nl nmeter nohup nproc nsenter nslookup ntpd nuke od openvt partprobe passwd paste patch pgrep ' +
  'pidof ping ping6 pipe_progress pivot_root pkill pmap popmaildir poweroff powertop printenv printf ps pscan ' +
  'pstree pwd pwdx raidautorun rdate rdev readahead readlink readprofile realpath reboot reformime remove-shell ' +
  'renice reset resize resume rev rm rmdir route rpm rpm2cpio rtcwake run-init run-parts runlevel runsv runsvdir ' +
  'rx script scriptreplay sed sendmail seq setarch setconsole setfattr setfont setkeycodes setlogcons setpriv ' +
  'setserial setsid setuidgid sh sha1sum sha256sum sha3sum sha512sum showkey shred shuf slattach sleep smemcap ' +
  'softlimit sort split ssl_client start-stop-daemon stat strings stty su sulogin sum sv svc svlogd swapoff ' +
  'swapon switch_root sync sysctl syslogd tac tail tar taskset tcpsvd tee telnet telnetd test tftp tftpd time ' +
  'timeout top touch tr traceroute traceroute6 true truncate tty ttysize tunctl ubiattach ubidetach ubimkvol ' +
  'ubirename ubirmvol ubirsvol ubiupdatevol udhcpc udhcpd udpsvd uevent umount uname unexpand uniq unix2dos ' +
  'unlink unlzma unshare unxz unzip uptime users usleep uudecode uuencode vconfig vi vlock volname w wall watch ' +
  'watchdog wc wget which who whoami whois xargs xxd xz xzcat yes zcat zcip ' +
  '';

const sets = new Map<string, Set<string>>();
const set = (key: string, words: string) => sets.get(key) ?? (sets.set(key, new Set(words.split(' ').filter(Boolean))), sets.get(key)!);
export const debianSlimPrograms = () => set('slim', DEBIAN_SLIM);
export const nginxDebianPrograms = () => set('nginx', DEBIAN_SLIM + NGINX_EXTRA);
export const busyboxApplets = (minor: number) => (minor < 36 ? set('bb128', BUSYBOX_1_28) : set('bb136', BUSYBOX_1_36));

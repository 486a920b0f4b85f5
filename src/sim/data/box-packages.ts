// The packages of the rockylinux/9 Vagrant box (5.0.0, Rocky Linux 9.5), in the order `rpm -qa` lists them.
//
// Which packages: rocky-linux/kickstarts (r9, Rocky-9-Vagrant-Vbox.ks) names no group, so anaconda installs @core
// (mandatory and default members; Fedora's comps-eln.xml.in of 2021, which CentOS Stream 9's comps branched from,
// lists them), adds bash-completion, bzip2, chrony, cifs-utils, hyperv-daemons, man-pages, nfs-utils, open-vm-tools,
// rsync and yum-utils, and leaves out plymouth, microcode_ctl, dracut-config-rescue and the iwl*-firmware packages;
// its %post adds grub2-pc and kernel-headers and removes what it built the VirtualBox additions with. Their
// dependencies are those a Rocky 9.5 system's `rpm -qa` shows (a published listing of a Rocky 9.5 machine, February
// 2025, with systemd-252-46.el9_5.2.0.1); versions and releases are that listing's. The kernel packages follow the
// box's kernel. src/sim/commands/rpm/DIFFERENCES.md names the packages whose version no source gave.
import type { InstalledPackage } from '../types';

/** name-version-release.arch, as `rpm -qa` prints them. */
const LISTED = `
libreport-filesystem-2.15.2-6.el9.rocky.0.2.noarch
ncurses-base-6.2-10.20210508.el9.noarch
ncurses-libs-6.2-10.20210508.el9.x86_64
zlib-1.2.11-40.el9.x86_64
xz-libs-5.2.5-8.el9_0.x86_64
libzstd-1.5.1-2.el9.x86_64
libxcrypt-4.4.18-3.el9.x86_64
popt-1.18-8.el9.x86_64
libcap-2.48-9.el9_2.x86_64
libgpg-error-1.42-5.el9.x86_64
readline-8.1-4.el9.x86_64
lua-libs-5.4.4-4.el9.x86_64
libattr-2.5.1-3.el9.x86_64
libffi-3.4.2-8.el9.x86_64
libassuan-2.5.5-3.el9.x86_64
lz4-libs-1.9.3-5.el9.x86_64
libcap-ng-0.8.2-7.el9.x86_64
libsigsegv-2.13-4.el9.x86_64
libunistring-0.9.10-15.el9.x86_64
gmp-6.2.0-13.el9.x86_64
libtasn1-4.16.0-8.el9_1.x86_64
grep-3.6-5.el9.x86_64
json-c-0.14-11.el9.x86_64
keyutils-libs-1.6.3-1.el9.x86_64
mpfr-4.1.0-7.el9.x86_64
gawk-5.1.0-6.el9.x86_64
libidn2-2.3.0-7.el9.x86_64
libcomps-0.1.18-1.el9.x86_64
libverto-0.3.2-3.el9.x86_64
npth-1.6-8.el9.x86_64
libyaml-0.2.5-7.el9.x86_64
sed-4.8-9.el9.x86_64
cyrus-sasl-lib-2.1.27-21.el9.x86_64
libmodulemd-2.13.0-2.el9.x86_64
gnupg2-2.3.3-4.el9.x86_64
gpgme-1.15.1-6.el9.x86_64
python3-libcomps-0.1.18-1.el9.x86_64
python3-gpg-1.15.1-6.el9.x86_64
gzip-1.12-1.el9.x86_64
cracklib-2.9.6-27.el9.x86_64
cracklib-dicts-2.9.6-27.el9.x86_64
libpwquality-1.4.4-8.el9.x86_64
passwd-0.80-12.el9.x86_64
libutempter-1.2.1-6.el9.x86_64
libusbx-1.0.26-1.el9.x86_64
hostname-3.23-6.el9.x86_64
rootfiles-8.1-31.el9.noarch
setup-2.13.7-10.el9.noarch
basesystem-11-13.el9.0.1.noarch
bash-5.1.8-9.el9.x86_64
libacl-2.3.1-4.el9.x86_64
sqlite-libs-3.34.1-7.el9_3.x86_64
libxml2-2.9.13-6.el9_4.x86_64
libsepol-3.6-1.el9.x86_64
libarchive-3.5.3-4.el9.0.1.x86_64
file-libs-5.39-16.el9.x86_64
libcom_err-1.46.5-5.el9.x86_64
nettle-3.9.1-1.el9.x86_64
gnutls-3.8.3-4.el9_4.x86_64
libselinux-3.6-1.el9.x86_64
librepo-1.14.5-2.el9.x86_64
openldap-2.6.6-3.el9.x86_64
libref_array-0.1.5-53.el9.x86_64
e2fsprogs-libs-1.46.5-5.el9.x86_64
procps-ng-3.3.17-14.el9.x86_64
libfastjson-0.99.9-5.el9.x86_64
libestr-0.1.11-4.el9.x86_64
ipcalc-1.0.0-5.el9.x86_64
keyutils-1.6.3-1.el9.x86_64
dhcp-common-4.4.2-19.b1.el9.noarch
libbasicobjects-0.1.1-53.el9.x86_64
libcollection-0.7.0-53.el9.x86_64
libpath_utils-0.2.1-53.el9.x86_64
libini_config-1.3.1-53.el9.x86_64
libcbor-0.7.0-5.el9.x86_64
pciutils-libs-3.7.0-5.el9.x86_64
libselinux-utils-3.6-1.el9.x86_64
libss-1.46.5-5.el9.x86_64
libseccomp-2.5.2-2.el9.x86_64
libedit-3.1-38.20210216cvs.el9.x86_64
diffutils-3.7-12.el9.x86_64
policycoreutils-3.6-2.1.el9.x86_64
xz-5.2.5-8.el9_0.x86_64
psmisc-23.4-3.el9.x86_64
libverto-libev-0.3.2-3.el9.x86_64
cpio-2.13-16.el9.x86_64
pigz-2.5-4.el9.x86_64
iproute-6.2.0-6.el9_4.x86_64
publicsuffix-list-dafsa-20210518-3.el9.noarch
libpsl-0.21.1-5.el9.x86_64
acl-2.3.1-4.el9.x86_64
dbus-1.12.20-8.el9.x86_64
dbus-common-1.12.20-8.el9.noarch
dbus-broker-28-7.el9.x86_64
rpcbind-1.2.6-7.el9.x86_64
logrotate-3.18.0-8.el9.x86_64
rsyslog-logrotate-8.2310.0-4.el9.x86_64
rsyslog-8.2310.0-4.el9.x86_64
libkcapi-1.4.0-2.el9.x86_64
libkcapi-hmaccalc-1.4.0-2.el9.x86_64
libfido2-1.13.0-2.el9.x86_64
pciutils-3.7.0-5.el9.x86_64
dhcp-client-4.4.2-19.b1.el9.x86_64
e2fsprogs-1.46.5-5.el9.x86_64
ethtool-6.2-1.el9.x86_64
which-2.21-29.el9.x86_64
parted-3.5-2.el9.x86_64
shared-mime-info-2.1-5.el9.x86_64
file-5.39-16.el9.x86_64
polkit-pkla-compat-0.1-21.el9.x86_64
userspace-rcu-0.12.1-6.el9.x86_64
gettext-libs-0.21-8.el9.x86_64
gettext-0.21-8.el9.x86_64
inih-49-6.el9.x86_64
dbus-libs-1.12.20-8.el9.x86_64
python3-dbus-1.2.18-2.el9.0.1.x86_64
python3-six-1.15.0-9.el9.noarch
python3-dateutil-2.8.1-7.el9.noarch
ncurses-6.2-10.20210508.el9.x86_64
groff-base-1.22.4-10.el9.x86_64
libpipeline-1.5.3-4.el9.x86_64
man-db-2.9.3-7.el9.x86_64
libnl3-3.9.0-1.el9.x86_64
libnftnl-1.2.6-4.el9_4.x86_64
libcap-ng-python3-0.8.2-7.el9.x86_64
gobject-introspection-1.68.0-11.el9.x86_64
python3-gobject-base-noarch-3.40.1-6.el9.noarch
python3-gobject-base-3.40.1-6.el9.x86_64
jansson-2.14-1.el9.x86_64
libnetfilter_conntrack-1.0.9-1.el9.x86_64
glib2-2.68.4-14.el9_4.1.x86_64
ca-certificates-2024.2.69_v8.0.303-91.4.el9_4.noarch
libevent-2.1.12-8.el9_4.x86_64
libmnl-1.0.4-16.el9_4.x86_64
libgcc-11.5.0-2.el9.x86_64
crypto-policies-20240828-2.git626aa59.el9_5.noarch
filesystem-3.16-5.el9.x86_64
tzdata-2025a-1.el9.noarch
glibc-minimal-langpack-2.34-125.el9_5.1.x86_64
glibc-2.34-125.el9_5.1.x86_64
glibc-common-2.34-125.el9_5.1.x86_64
openssl-libs-3.2.2-6.el9_5.x86_64
audit-libs-3.1.5-1.el9.x86_64
bzip2-libs-1.0.8-10.el9_5.x86_64
libuuid-2.37.4-20.el9.x86_64
libstdc++-11.5.0-2.el9.x86_64
kmod-28-10.el9.x86_64
alternatives-1.24-1.el9_5.1.x86_64
p11-kit-0.25.3-3.el9_5.x86_64
nspr-4.35.0-17.el9_5.x86_64
nss-util-3.101.0-10.el9_5.x86_64
expat-2.5.0-3.el9_5.1.x86_64
findutils-4.8.0-7.el9.x86_64
elfutils-libelf-0.191-4.el9.x86_64
libsmartcols-2.37.4-20.el9.x86_64
libsemanage-3.6-2.1.el9_5.x86_64
shadow-utils-4.9-10.el9_5.x86_64
kmod-libs-28-10.el9.x86_64
iptables-libs-1.8.10-11.el9_5.x86_64
nftables-1.0.9-3.el9.x86_64
libgcrypt-1.10.0-11.el9.x86_64
fuse3-libs-3.10.2-9.el9.x86_64
shadow-utils-subid-4.9-10.el9_5.x86_64
nss-softokn-freebl-3.101.0-10.el9_5.x86_64
nss-softokn-3.101.0-10.el9_5.x86_64
p11-kit-trust-0.25.3-3.el9_5.x86_64
attr-2.5.1-3.el9.x86_64
avahi-libs-0.8-21.el9.x86_64
chkconfig-1.24-1.el9_5.1.x86_64
libdb-5.3.28-54.el9.x86_64
libndp-1.9-1.el9.x86_64
fuse-libs-2.9.9-16.el9.x86_64
libnghttp2-1.43.0-6.el9.x86_64
less-590-5.el9.x86_64
gdbm-libs-1.23-1.el9.x86_64
ipset-libs-7.11-11.el9_5.x86_64
ipset-7.11-11.el9_5.x86_64
pcre-8.44-4.el9.x86_64
libgomp-11.5.0-2.el9.x86_64
libeconf-0.4.1-4.el9.x86_64
rocky-gpg-keys-9.5-1.2.el9.noarch
rocky-release-9.5-1.2.el9.noarch
rocky-repos-9.5-1.2.el9.noarch
kbd-legacy-2.4.0-10.el9.noarch
fuse-common-3.10.2-9.el9.x86_64
fuse3-3.10.2-9.el9.x86_64
systemd-rpm-macros-252-46.el9_5.2.0.1.noarch
coreutils-common-8.32-36.el9.x86_64
coreutils-8.32-36.el9.x86_64
systemd-libs-252-46.el9_5.2.0.1.x86_64
libblkid-2.37.4-20.el9.x86_64
krb5-libs-1.21.1-4.el9_5.x86_64
libcurl-minimal-7.76.1-31.el9.x86_64
libmount-2.37.4-20.el9.x86_64
util-linux-core-2.37.4-20.el9.x86_64
libfdisk-2.37.4-20.el9.x86_64
tpm2-tss-3.2.3-1.el9.x86_64
libtirpc-1.3.3-9.el9.x86_64
polkit-libs-0.117-13.el9.x86_64
selinux-policy-38.1.45-3.el9_5.noarch
selinux-policy-targeted-38.1.45-3.el9_5.noarch
ima-evm-utils-1.5-2.el9.0.1.x86_64
curl-minimal-7.76.1-31.el9.x86_64
rpm-libs-4.16.1.3-34.el9.0.1.x86_64
rpm-4.16.1.3-34.el9.0.1.x86_64
libsolv-0.7.24-3.el9.x86_64
libdnf-0.69.0-12.el9.x86_64
rpm-plugin-systemd-inhibit-4.16.1.3-34.el9.0.1.x86_64
rpm-sign-libs-4.16.1.3-34.el9.0.1.x86_64
libnfsidmap-2.5.4-27.el9.x86_64
NetworkManager-libnm-1.48.10-5.el9_5.x86_64
openssl-3.2.2-6.el9_5.x86_64
pam-1.5.1-22.el9_5.x86_64
util-linux-2.37.4-20.el9.x86_64
grub2-common-2.06-93.el9_5.noarch
openssh-8.7p1-43.el9.x86_64
openssh-clients-8.7p1-43.el9.x86_64
grub2-pc-modules-2.06-93.el9_5.noarch
libuser-0.63-15.el9.x86_64
initscripts-rename-device-10.11.7-1.el9.x86_64
linux-firmware-whence-20250114-146.3.el9_5.noarch
linux-firmware-20250114-146.3.el9_5.noarch
python3-setuptools-wheel-53.0.0-13.el9.noarch
pcre2-syntax-10.40-6.el9.noarch
pcre2-10.40-6.el9.x86_64
systemd-pam-252-46.el9_5.2.0.1.x86_64
systemd-252-46.el9_5.2.0.1.x86_64
initscripts-service-10.11.7-1.el9.noarch
device-mapper-libs-1.02.198-2.el9.x86_64
device-mapper-1.02.198-2.el9.x86_64
grub2-tools-minimal-2.06-93.el9_5.x86_64
cryptsetup-libs-2.7.2-3.el9_5.x86_64
kpartx-0.8.7-32.el9.x86_64
xfsprogs-6.4.0-4.el9.x86_64
iputils-20210202-10.el9_5.x86_64
polkit-0.117-13.el9.x86_64
elfutils-default-yama-scope-0.191-4.el9.noarch
elfutils-libs-0.191-4.el9.x86_64
elfutils-debuginfod-client-0.191-4.el9.x86_64
rpm-build-libs-4.16.1.3-34.el9.0.1.x86_64
gssproxy-0.8.4-7.el9.x86_64
python3-pip-wheel-21.3.1-1.el9.noarch
python3-3.9.21-1.el9_5.x86_64
python3-libs-3.9.21-1.el9_5.x86_64
python3-libdnf-0.69.0-12.el9.x86_64
python3-hawkey-0.69.0-12.el9.x86_64
python3-rpm-4.16.1.3-34.el9.0.1.x86_64
python3-nftables-1.0.9-3.el9.x86_64
python3-firewall-1.3.4-9.el9_5.noarch
kbd-misc-2.4.0-10.el9.noarch
kbd-2.4.0-10.el9.x86_64
systemd-udev-252-46.el9_5.2.0.1.x86_64
dracut-057-70.git20240819.el9.x86_64
os-prober-1.77-12.el9_5.x86_64
grub2-tools-2.06-93.el9_5.x86_64
grubby-8.40-64.el9.x86_64
crypto-policies-scripts-20240828-2.git626aa59.el9_5.noarch
nss-sysinit-3.101.0-10.el9_5.x86_64
nss-3.101.0-10.el9_5.x86_64
NetworkManager-1.48.10-5.el9_5.x86_64
firewalld-filesystem-1.3.4-9.el9_5.noarch
dnf-data-4.14.0-17.el9.noarch
python3-dnf-4.14.0-17.el9.noarch
dnf-4.14.0-17.el9.noarch
python3-dnf-plugins-core-4.3.0-16.el9.noarch
dnf-plugins-core-4.3.0-16.el9.noarch
yum-4.14.0-17.el9.noarch
firewalld-1.3.4-9.el9_5.noarch
dracut-network-057-70.git20240819.el9.x86_64
grub2-pc-2.06-93.el9_5.x86_64
nfs-utils-2.5.4-27.el9.x86_64
audit-3.1.5-1.el9.x86_64
initscripts-10.11.7-1.el9.x86_64
openssh-server-8.7p1-43.el9.x86_64
rpm-plugin-selinux-4.16.1.3-34.el9.0.1.x86_64
rsync-3.2.3-20.el9_5.1.x86_64
libbpf-1.4.0-1.el9.x86_64
libev-4.33-5.el9.0.1.x86_64
libksba-1.5.1-7.el9.x86_64
tar-1.34-7.el9.x86_64
vim-filesystem-8.2.2637-21.el9.noarch
vim-minimal-8.2.2637-21.el9.x86_64
hwdata-0.348-9.15.el9.noarch
cronie-1.5.7-12.el9_5.x86_64
crontabs-1.11-27.20190603git.el9.noarch
cronie-anacron-1.5.7-12.el9_5.x86_64
`;

/**
 * Members of the set that listing does not have: from the same source package as a listed one, from RHEL 9's sources as
 * OpenELA imported them (openela-main/<package>, tags imports/el9/..., the newest by March 2024), or unsourced.
 */
const ADDED = `
glibc-langpack-en-2.34-125.el9_5.1.x86_64
bzip2-1.0.8-10.el9_5.x86_64
yum-utils-4.3.0-16.el9.noarch
NetworkManager-team-1.48.10-5.el9_5.x86_64
NetworkManager-tui-1.48.10-5.el9_5.x86_64
libsss_idmap-2.9.5-4.el9_5.1.x86_64
libsss_certmap-2.9.5-4.el9_5.1.x86_64
libsss_nss_idmap-2.9.5-4.el9_5.1.x86_64
sssd-client-2.9.5-4.el9_5.1.x86_64
sssd-common-2.9.5-4.el9_5.1.x86_64
sssd-kcm-2.9.5-4.el9_5.1.x86_64
bash-completion-2.11-5.el9.noarch
sudo-1.9.5p2-10.el9_3.x86_64
chrony-4.5-3.el9.x86_64
authselect-libs-1.2.6-2.el9.x86_64
authselect-1.2.6-2.el9.x86_64
libteam-1.31-16.el9_1.x86_64
teamd-1.31-16.el9_1.x86_64
irqbalance-1.9.4-1.el9.x86_64
kexec-tools-2.0.28-1.el9.x86_64
prefixdevname-0.1.0-8.el9.x86_64
libsysfs-2.1.1-10.el9.x86_64
lshw-B.02.20-4.el9.x86_64
lsscsi-0.32-6.el9.x86_64
sg3_utils-libs-1.47-9.el9.x86_64
sg3_utils-1.47-9.el9.x86_64
man-pages-6.04-5.el9.noarch
cifs-utils-7.0-5.el9.x86_64
hyperv-daemons-license-0-0.42.20190303git.el9.noarch
hypervfcopyd-0-0.42.20190303git.el9.x86_64
hypervkvpd-0-0.42.20190303git.el9.x86_64
hypervvssd-0-0.42.20190303git.el9.x86_64
hyperv-daemons-0-0.42.20190303git.el9.x86_64
libmspack-0.10.1-0.8.alpha.el9.x86_64
xmlsec1-1.2.29-13.el9.x86_64
xmlsec1-openssl-1.2.29-13.el9.x86_64
libtool-ltdl-2.4.6-46.el9.x86_64
open-vm-tools-12.3.5-2.el9.x86_64
`;

/** Packages of ADDED whose version-release no source gave (rpm/DIFFERENCES.md lists them). */
export const UNSOURCED = new Set([
  'chrony', 'irqbalance', 'kexec-tools', 'lshw', 'man-pages', 'cifs-utils', 'libmspack', 'xmlsec1', 'xmlsec1-openssl',
  'libtool-ltdl', 'open-vm-tools',
]);

/** Epochs `dnf list` shows (rpm -qa leaves them out), where a published listing of an EL9 system gave one. */
const EPOCHS: Record<string, string> = {
  NetworkManager: '1', 'NetworkManager-libnm': '1', 'NetworkManager-team': '1', 'NetworkManager-tui': '1',
  'bash-completion': '1', 'vim-minimal': '2', 'vim-filesystem': '2', openssl: '1', 'openssl-libs': '1', 'shadow-utils': '2',
  dbus: '1', 'dbus-common': '1', 'dbus-libs': '1', 'python3-dateutil': '1',
};

/** Split name-version-release.arch. */
export function parseNevra(s: string): { name: string; version: string; release: string; arch: string } {
  const dot = s.lastIndexOf('.');
  const arch = s.slice(dot + 1);
  const rest = s.slice(0, dot);
  const r = rest.lastIndexOf('-');
  const v = rest.lastIndexOf('-', r - 1);
  return { name: rest.slice(0, v), version: rest.slice(v + 1, r), release: rest.slice(r + 1), arch };
}

/** The box's installed packages for a kernel such as 5.14.0-503.14.1.el9_5.x86_64 and a release such as 9.5. */
export function boxPackages(kernel: string, releaseVer: string): InstalledPackage[] {
  const k = kernel.replace(/\.x86_64$/, '');
  const kv = k.split('-')[0];
  const kr = k.split('-').slice(1).join('-');
  const kernelPkgs = ['kernel-core', 'kernel-modules-core', 'kernel-modules', 'kernel', 'kernel-tools-libs', 'kernel-tools', 'kernel-headers'];
  const out: InstalledPackage[] = [];
  const add = (line: string, repo = '@anaconda') => {
    const p = parseNevra(line);
    if (p.name.startsWith('rocky-') && /^9\.\d+$/.test(p.version)) p.version = releaseVer;
    out.push({ ...p, repo, ...(EPOCHS[p.name] ? { epoch: EPOCHS[p.name] } : {}) });
  };
  const listed = LISTED.trim().split('\n');
  // the kernel lands after grubby, as anaconda installs it; kernel-headers comes with %post's dnf install
  const at = listed.indexOf('grubby-8.40-64.el9.x86_64');
  for (const l of listed.slice(0, at)) add(l);
  for (const n of kernelPkgs.slice(0, 4)) add(`${n}-${kv}-${kr}.x86_64`);
  for (const l of listed.slice(at)) add(l);
  for (const l of ADDED.trim().split('\n')) add(l);
  for (const n of kernelPkgs.slice(4, 6)) add(`${n}-${kv}-${kr}.x86_64`);
  add(`kernel-headers-${kv}-${kr}.x86_64`, '@appstream');
  return out;
}

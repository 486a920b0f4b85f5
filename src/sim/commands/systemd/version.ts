// `--version` of systemd 252's tools (version() in src/basic/util.c): "systemd PROJECT_VERSION (GIT_VERSION)" and the
// feature line of src/basic/build.h, each word +NAME or -NAME in build.h's order, then default-hierarchy=.
//
// GIT_VERSION is meson's version-tag, which the RHEL/Rocky spec sets to %{version}-%{release}: the box's
// systemd-252-46.el9_5.2.0.1 (src/sim/data/box-packages.ts). The +/- of each word is that of RHEL 9's systemd 252
// builds: the same line is printed by 252-13.el9_2, 252-14.el9_2.3, 252-18.el9 and 252-32.el9_4.7 in public boot
// logs ("systemd ... running in system mode (...)" prints systemd_features too). See DIFFERENCES.md.
const FEATURES = [
  '+PAM', '+AUDIT', '+SELINUX', '-APPARMOR', '+IMA', '+SMACK', '+SECCOMP', '+GCRYPT', '+GNUTLS', '+OPENSSL', '+ACL',
  '+BLKID', '+CURL', '+ELFUTILS', '-FIDO2', '+IDN2', '-IDN', '-IPTC', '+KMOD', '+LIBCRYPTSETUP', '+LIBFDISK', '+PCRE2',
  '-PWQUALITY', '+P11KIT', '-QRENCODE', '+TPM2', '+BZIP2', '+LZ4', '+XZ', '+ZLIB', '+ZSTD', '-BPF_FRAMEWORK',
  '+XKBCOMMON', '+UTMP', '+SYSVINIT', 'default-hierarchy=unified',
];

/** The version tag of the box's systemd build. */
export const GIT_VERSION = '252-46.el9_5.2.0.1';

export const version = `systemd 252 (${GIT_VERSION})\n${FEATURES.join(' ')}\n`;

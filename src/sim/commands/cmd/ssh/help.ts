// ssh.exe of Windows 11 23H2 (OpenSSH for Windows 8.6p1): usage() of ssh.c at V_8_6_P1 is the text the guests'
// OpenSSH 8.7p1 prints (the same lines), and the version line `ssh -V` prints to stderr.
export { help } from '../../openssh/ssh/help';

/** SSH_RELEASE of the Windows port and its LibreSSL, as `ssh -V` prints them (tests/golden/cmd/SOURCES.md). */
export const version = 'OpenSSH_for_Windows_8.6p1, LibreSSL 3.4.3\n';

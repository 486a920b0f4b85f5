// hostnamectl, journalctl, reboot, poweroff, halt and shutdown of systemd 252 on their specs: the help texts of
// v252-46 (src/sim/commands/systemd/<command>/help.ts, written from the sources by
// scripts/golden/systemd-tools-specs.ts), getopt's errors without a "Try" line, and the verbs and operands each
// tool checks after its options.
import { beforeAll, describe, expect, it } from 'vitest';
import { plain } from '../plain';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('journalctl', () => {
  it('answers --help with systemd 252’s text and an unknown option with getopt’s line, exit 1', async () => {
    const s = await vm();
    const h = await s.exec('journalctl --help');
    expect(h.exitCode).toBe(0);
    expect(h.stdout).toMatch(/^journalctl \[OPTIONS\.\.\.\] \[MATCHES\.\.\.\]\n\nQuery the journal\.\n\nSource Options:\n {5}--system {16}Show the system journal\n/);
    expect(h.stdout).toContain('\n  -n --lines[=INTEGER]       Number of journal entries to show\n');
    expect(h.stdout).toMatch(/\n\nSee the journalctl\(1\) man page for details\.\n$/);
    expect(await s.exec('journalctl --x')).toMatchObject({ stdout: '', stderr: "journalctl: unrecognized option '--x'\n", exitCode: 1 });
    expect(await s.exec('journalctl -j')).toMatchObject({ stderr: "journalctl: invalid option -- 'j'\n", exitCode: 1 });
    expect(await s.exec('journalctl -u')).toMatchObject({ stderr: "journalctl: option requires an argument -- 'u'\n", exitCode: 1 });
  });

  it('-n takes the next word when it is a number, --lines=N and -nN too; a bare -n shows ten', async () => {
    const s = await vm();
    await s.exec('sudo systemctl restart chronyd');
    await s.exec('sudo systemctl restart sshd');
    const all = (await s.exec('journalctl --no-pager')).stdout.split('\n').filter(Boolean);
    expect(all.length).toBeGreaterThan(10);
    const last = (n: number) => all.slice(-n).map((l) => l + '\n').join('');
    expect((await s.exec('journalctl -n 2')).stdout).toBe(last(2));
    expect((await s.exec('journalctl --lines=3')).stdout).toBe(last(3));
    expect((await s.exec('journalctl -n4')).stdout).toBe(last(4));
    expect((await s.exec('journalctl -qn')).stdout).toBe(last(10));
    expect((await s.exec('journalctl --lines 1 -q')).stdout).toBe(last(1));
    expect((await s.exec('journalctl -u sshd -u chronyd')).stdout).toContain('OpenSSH server daemon');
  });
});

describe('hostnamectl', () => {
  it('pads the linked Operating System cell on the terminal only; piped, the last column has no trailing blanks', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('hostnamectl')).stdout).toContain('\nOperating System: Rocky Linux 9.5 (Blue Onyx)       \n');
    expect(plain((await s.exec('hostnamectl | grep Operating')).stdout)).toBe('Operating System: Rocky Linux 9.5 (Blue Onyx)\n');
  });
  it('prints its help, refuses an unknown verb and counts the arguments of each', async () => {
    const s = await vm();
    const h = await s.exec('hostnamectl --help');
    expect(h.stdout).toMatch(/^hostnamectl \[OPTIONS\.\.\.\] COMMAND \.\.\.\n\nQuery or change system hostname\.\n\nCommands:\n/);
    expect(h.stdout).toMatch(/ {5}--json=pretty\|short\|off\n {25}Generate JSON output\n\nSee the hostnamectl\(1\) man page for details\.\n$/);
    expect((await s.exec('hostnamectl help')).stdout).toBe(h.stdout);
    expect(await s.exec('hostnamectl bogus')).toMatchObject({ stderr: 'Unknown command verb bogus.\n', exitCode: 1 });
    expect(await s.exec('sudo hostnamectl set-hostname')).toMatchObject({ stderr: 'Too few arguments.\n', exitCode: 1 });
    expect(await s.exec('hostnamectl status x')).toMatchObject({ stderr: 'Too many arguments.\n', exitCode: 1 });
    expect(await s.exec('hostnamectl --bogus')).toMatchObject({ stderr: "hostnamectl: unrecognized option '--bogus'\n", exitCode: 1 });
  });

  it('hostname, --static and the chassis answer with one line; hostname NAME sets it', async () => {
    const s = await vm();
    expect((await s.exec('hostnamectl hostname')).stdout).toBe('localhost.localdomain\n'.replace('localhost.localdomain', s.world.host('default').hostname));
    expect((await s.exec('hostnamectl --static')).stdout).toBe(s.world.host('default').hostname + '\n');
    expect((await s.exec('hostnamectl chassis')).stdout).toBe('vm\n');
    expect((await s.exec('hostnamectl icon-name')).stdout).toBe('computer-vm\n');
    expect((await s.exec('sudo hostnamectl hostname w9-k8s')).exitCode).toBe(0);
    expect((await s.exec('hostname')).stdout).toBe('w9-k8s\n');
    expect((await s.exec('hostnamectl')).stdout).toMatch(/^ Static hostname: w9-k8s\n/);
  });
});

describe('reboot, poweroff, halt, shutdown', () => {
  it('each prints halt_help or shutdown_help under its own name', async () => {
    const s = await vm();
    const reboot = (await s.exec('reboot --help')).stdout;
    expect(reboot).toMatch(/^reboot \[OPTIONS\.\.\.\] \[ARG\]\n\nReboot the system\.\n\nOptions:\n {5}--help {6}Show this help\n/);
    expect(reboot).toMatch(/\nSee the halt\(8\) man page for details\.\n$/);
    expect((await s.exec('poweroff --help')).stdout).toMatch(/^poweroff \[OPTIONS\.\.\.\]\n\nPower off the system\.\n/);
    expect((await s.exec('halt --help')).stdout).toMatch(/^halt \[OPTIONS\.\.\.\]\n\nHalt the system\.\n/);
    const sd = (await s.exec('shutdown --help')).stdout;
    expect(sd).toMatch(/^shutdown \[OPTIONS\.\.\.\] \[TIME\] \[WALL\.\.\.\]\n\nShut down the system\.\n/);
    expect(sd).toContain('\n  -c             Cancel a pending shutdown\n');
    // -h is a no-op for halt and reboot, not their help
    expect(await s.exec('reboot -h --bogus')).toMatchObject({ stderr: "reboot: unrecognized option '--bogus'\n", exitCode: 1 });
  });

  it('refuse extra operands and bad times before doing anything; -w and shutdown -k change nothing', async () => {
    const s = await vm();
    expect(await s.exec('sudo reboot a b')).toMatchObject({ stderr: 'Too many arguments.\n', exitCode: 1 });
    expect(await s.exec('sudo poweroff now')).toMatchObject({ stderr: 'Too many arguments.\n', exitCode: 1 });
    expect(await s.exec('sudo shutdown soon')).toMatchObject({ stderr: 'Failed to parse time specification: soon\n', exitCode: 1 });
    expect(await s.exec('sudo shutdown 24:00')).toMatchObject({ stderr: 'Failed to parse time specification: 24:00\n', exitCode: 1 });
    expect(await s.exec('shutdown --show')).toMatchObject({ stderr: 'No scheduled shutdown.\n', exitCode: 1 });
    expect(await s.exec('halt')).toMatchObject({ stderr: 'Call to Halt failed: Interactive authentication required.\n', exitCode: 1 });
    expect(await s.exec('poweroff')).toMatchObject({ stderr: 'Call to PowerOff failed: Interactive authentication required.\n', exitCode: 1 });
    expect((await s.exec('sudo reboot -w')).exitCode).toBe(0);
    expect((await s.exec('sudo shutdown -k')).exitCode).toBe(0);
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
  });

  it('shutdown -r now reboots, poweroff --reboot too, halt --poweroff powers off', async () => {
    const s = await vm();
    const m = () => [...s.world.projects.values()][0]?.machines.get('default')?.state;
    expect((await s.exec('sudo shutdown -r now')).stdout).toBe('Connection to 127.0.0.1 closed by remote host.\n\n');
    expect(m()).toBe('running');
    await s.exec('vagrant ssh');
    await s.exec('sudo poweroff --reboot');
    expect(m()).toBe('running');
    await s.exec('vagrant ssh');
    await s.exec('sudo halt --poweroff');
    expect(m()).toBe('poweroff');
  });
});

describe('--version', () => {
  // version() of src/basic/util.c: "systemd 252 (version-tag)" and build.h's feature words as RHEL 9's 252 builds print them
  const text = 'systemd 252 (252-46.el9_5.2.0.1)\n'
    + '+PAM +AUDIT +SELINUX -APPARMOR +IMA +SMACK +SECCOMP +GCRYPT +GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS -FIDO2 '
    + '+IDN2 -IDN -IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT -QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB '
    + '+ZSTD -BPF_FRAMEWORK +XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified\n';
  it('prints the build of every systemd tool that takes it, exit 0', async () => {
    const s = await vm();
    for (const tool of ['systemctl', 'journalctl', 'hostnamectl', 'timedatectl', 'localectl', 'loginctl', 'systemd-analyze', 'systemd-cgls', 'coredumpctl', 'systemd-run', 'busctl', 'systemd-cgtop']) {
      expect(await s.exec(`${tool} --version`), tool).toMatchObject({ stdout: text, stderr: '', exitCode: 0 });
    }
    // the manager's Version property is the same tag
    expect((await s.exec('systemctl show -p Version')).stdout).toBe('Version=252-46.el9_5.2.0.1\n');
  });
});

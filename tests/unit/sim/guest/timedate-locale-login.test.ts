// timedatectl, localectl and loginctl of systemd 252 (v252-46): help texts from help() of timedatectl.c, localectl.c
// and loginctl.c (written by scripts/golden/systemd-tools-specs.ts), the layouts of print_status_info(),
// bus_print_all_properties() and show_table() (format-table), the messages of timedated.c and localed.c, polkit's
// questions from org.freedesktop.timedate1.policy and org.freedesktop.locale1.policy; the zone list of tzdata 2024b.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { TIMEZONES } from '../../../../src/sim/data/timezones';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 7 });

describe('timedatectl', () => {
  it('prints help() of timedatectl.c, refuses unknown verbs and counts arguments as verbs[] says', async () => {
    const s = await vm();
    const h = await s.exec('timedatectl --help');
    expect(h.stdout).toMatch(/^timedatectl \[OPTIONS\.\.\.\] COMMAND \.\.\.\n\nQuery or change system time and date settings\.\n\nCommands:\n  status {19}Show current time settings\n/);
    expect(h.stdout).toMatch(/\n\nSee the timedatectl\(1\) man page for details\.\n$/);
    expect((await s.exec('timedatectl help')).stdout).toBe(h.stdout);
    expect(await s.exec('timedatectl bogus')).toMatchObject({ stderr: 'Unknown command verb bogus.\n', exitCode: 1 });
    expect(await s.exec('timedatectl set-timezone')).toMatchObject({ stderr: 'Too few arguments.\n', exitCode: 1 });
    expect(await s.exec('timedatectl status x')).toMatchObject({ stderr: 'Too many arguments.\n', exitCode: 1 });
    expect(await s.exec('timedatectl --bogus')).toMatchObject({ stderr: "timedatectl: unrecognized option '--bogus'\n", exitCode: 1 });
  });

  it('status: the world’s clock in UTC (the box’s zone), chronyd as the NTP service, the RTC in UTC', async () => {
    const s = await vm();
    const out = (await s.exec('timedatectl')).stdout;
    const utc = /Universal time: (\w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d) UTC\n/.exec(out)![1];
    expect(out).toBe(
      `               Local time: ${utc} UTC\n           Universal time: ${utc} UTC\n                 RTC time: ${utc}\n                Time zone: UTC (UTC, +0000)\nSystem clock synchronized: yes\n              NTP service: active\n          RTC in local TZ: no\n`,
    );
    const d = new Date(s.world.now);
    expect(utc.slice(4, 14)).toBe(d.toISOString().slice(0, 10));
    expect((await s.exec('timedatectl show')).stdout).toBe(`Timezone=UTC\nLocalRTC=no\nCanNTP=yes\nNTP=yes\nNTPSynchronized=yes\nTimeUSec=${utc} UTC\nRTCTimeUSec=${utc} UTC\n`);
    expect((await s.exec('timedatectl show -p NTP --value')).stdout).toBe('yes\n');
  });

  it('list-timezones prints tzdata 2024b’s Zone and Link names with UTC, sorted', async () => {
    const s = await vm();
    const out = (await s.exec('timedatectl list-timezones')).stdout.split('\n').slice(0, -1);
    expect(out).toEqual(TIMEZONES);
    expect(out).toHaveLength(597);
    expect(out).toEqual([...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const z of ['Africa/Abidjan', 'Asia/Seoul', 'Europe/Kyiv', 'UTC', 'US/Eastern', 'Etc/GMT+5']) expect(out).toContain(z);
    expect(out).not.toContain('America/Coyhaique'); // new in 2025b
  });

  it('set-timezone asks polkit for vagrant, needs a real zone, and moves /etc/localtime: date and status follow', async () => {
    const s = await vm();
    expect(await s.exec('timedatectl set-timezone Mars/Olympus')).toMatchObject({ stderr: "Failed to set time zone: Invalid or not installed time zone 'Mars/Olympus'\n", exitCode: 1 });
    const denied = await s.exec('timedatectl set-timezone Asia/Seoul', { answers: ['wrong'] });
    expect(denied.stdout).toContain('==== AUTHENTICATING FOR org.freedesktop.timedate1.set-timezone ====\nAuthentication is required to set the system timezone.\nAuthenticating as: vagrant\n');
    expect(denied).toMatchObject({ exitCode: 1 });
    expect(denied.stderr).toContain('Failed to set time zone: Access denied\n');
    expect(await s.exec('sudo timedatectl set-timezone Asia/Seoul')).toMatchObject({ stdout: '', exitCode: 0 });
    expect((await s.exec('readlink /etc/localtime')).stdout).toBe('../usr/share/zoneinfo/Asia/Seoul\n');
    expect((await s.exec('timedatectl')).stdout).toContain('                Time zone: Asia/Seoul (KST, +0900)\n');
    expect((await s.exec('date')).stdout).toMatch(/ KST \d{4}\n$/);
    // the same zone again: timedated answers without asking
    expect(await s.exec('timedatectl set-timezone Asia/Seoul')).toMatchObject({ stdout: '', exitCode: 0 });
  });

  it('set-ntp parses a boolean and stops or starts chronyd', async () => {
    const s = await vm();
    expect(await s.exec('timedatectl set-ntp maybe')).toMatchObject({ stderr: "Failed to parse NTP setting 'maybe': Invalid argument\n", exitCode: 1 });
    expect(await s.exec('sudo timedatectl set-ntp off')).toMatchObject({ exitCode: 0 });
    expect((await s.exec('systemctl is-active chronyd')).stdout).toBe('inactive\n');
    expect((await s.exec('timedatectl')).stdout).toContain('              NTP service: inactive\n');
    await s.exec('sudo timedatectl set-ntp yes');
    expect((await s.exec('systemctl is-active chronyd')).stdout).toBe('active\n');
  });
});

describe('localectl', () => {
  it('prints help() of localectl.c and the box’s locale (LANG of the login) and keymaps', async () => {
    const s = await vm();
    expect((await s.exec('localectl --help')).stdout).toMatch(/^localectl \[OPTIONS\.\.\.\] COMMAND \.\.\.\n\nQuery or change system locale and keyboard settings\.\n\nCommands:\n/);
    expect((await s.exec('echo $LANG')).stdout).toBe('en_US.UTF-8\n');
    expect((await s.exec('localectl')).stdout).toBe('System Locale: LANG=en_US.UTF-8\n    VC Keymap: us\n   X11 Layout: us\n');
  });

  it('list-locales: C.UTF-8 and the UTF-8 en_ locales of glibc-langpack-en', async () => {
    const s = await vm();
    const out = (await s.exec('localectl list-locales')).stdout.split('\n').slice(0, -1);
    expect(out[0]).toBe('C.UTF-8');
    expect(out).toContain('en_US.UTF-8');
    expect(out.every((l) => l === 'C.UTF-8' || /^en_[A-Z]{2}\.UTF-8$/.test(l))).toBe(true);
    expect(out).toHaveLength(20);
  });

  it('set-locale refuses what is not installed, asks polkit, writes locale.conf for the next logins', async () => {
    const s = await vm();
    expect(await s.exec('localectl set-locale LANG=de_DE.UTF-8')).toMatchObject({ stderr: 'Failed to issue method call: Locale de_DE.UTF-8 not installed, refusing.\n', exitCode: 1 });
    expect(await s.exec('localectl set-locale ko_KR.UTF-8')).toMatchObject({ stderr: 'Failed to issue method call: Specified locale is not installed: ko_KR.UTF-8\n', exitCode: 1 });
    expect(await s.exec('localectl set-locale FOO=bar')).toMatchObject({ stderr: 'Failed to issue method call: Locale assignment FOO=bar not valid, refusing.\n', exitCode: 1 });
    const ask = await s.exec('localectl set-locale en_GB.UTF-8', { answers: ['vagrant'] });
    expect(ask.stdout).toContain('==== AUTHENTICATING FOR org.freedesktop.locale1.set-locale ====\nAuthentication is required to set the system locale.\n');
    expect((await s.exec('localectl')).stdout).toContain('System Locale: LANG=en_GB.UTF-8\n');
    expect((await s.exec('cat /etc/locale.conf')).stdout).toBe('LANG=en_GB.UTF-8\n');
  });
});

describe('loginctl', () => {
  it('prints help() of loginctl.c; list-sessions and list-users show the vagrant login who lists', async () => {
    const s = await vm();
    expect((await s.exec('loginctl --help')).stdout).toMatch(/^loginctl \[OPTIONS\.\.\.\] COMMAND \.\.\.\n\nSend control commands to or query the login manager\.\n\nSession Commands:\n/);
    expect((await s.exec('who')).stdout).toMatch(/^vagrant  pts\/0 /);
    const list = (await s.exec('loginctl')).stdout;
    expect(list).toBe((await s.exec('loginctl list-sessions')).stdout);
    expect(list).toMatch(/^SESSION  UID USER    SEAT TTY   STATE  IDLE SINCE\n +\d+ 1000 vagrant      pts\/0 active no   \n\n1 sessions listed\.\n$/);
    expect((await s.exec('loginctl list-users')).stdout).toBe(' UID USER    LINGER STATE\n1000 vagrant no     active\n\n1 users listed.\n');
    expect((await s.exec('loginctl list-users --no-legend')).stdout).toBe('1000 vagrant no active\n');
    expect(await s.exec('loginctl bogus')).toMatchObject({ stderr: 'Unknown command verb bogus.\n', exitCode: 1 });
  });

  it('seat-status: the ssh login has no seat (show_seat() on seat/auto); seat0 through GetSeat, others unknown', async () => {
    const s = await vm();
    expect(await s.exec('loginctl seat-status')).toMatchObject({ stdout: '', stderr: "Could not get properties: Unknown object '/org/freedesktop/login1/seat/auto'.\n", exitCode: 1 });
    expect(await s.exec('loginctl seat-status seat0')).toMatchObject({ stdout: 'seat0\n\t Devices:\n', exitCode: 0 });
    expect(await s.exec('loginctl seat-status seat0 seat1')).toMatchObject({ stdout: 'seat0\n\t Devices:\n', stderr: "Failed to get seat: No seat 'seat1' known\n", exitCode: 1 });
  });

  it('session-status and user-status lay out print_session_status_info() and print_user_status_info(); the scope holds the ssh login', async () => {
    const s = await vm();
    const ps = (await s.exec('ps -o pid,args -u vagrant')).stdout;
    const bash = /^ *(\d+) -bash$/m.exec(ps)![1];
    const st = await s.exec('loginctl session-status');
    expect(st.stdout).toMatch(
      new RegExp(
        '^4 - vagrant \\(1000\\)\n\t   Since: \\w{3} \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC; .+ ago\n\t  Leader: (\\d+) \\(sshd\\)\n\t     TTY: pts/0\n' +
          '\t  Remote: 10\\.0\\.2\\.2\n\t Service: sshd; type tty; class user\n\t   State: active\n\t    Idle: no\n\t    Unit: session-4\\.scope\n' +
          `\t\t  ├─\\1 "sshd: vagrant \\[priv\\]"\n\t\t  ├─\\d+ "sshd: vagrant@pts/0"\n\t\t  ├─${bash} -bash\n\t\t  └─\\d+ loginctl session-status\n$`,
      ),
    );
    expect((await s.exec('loginctl session-status 4')).stdout).toMatch(/^4 - vagrant \(1000\)\n/);
    expect(await s.exec('loginctl session-status 9')).toMatchObject({ stderr: "Failed to get session path: No session '9' known\n", exitCode: 1 });
    const us = (await s.exec('loginctl user-status')).stdout;
    expect(us).toMatch(/^vagrant \(1000\)\n\t   Since: .+ ago\n\t   State: active\n\tSessions: \*4\n\t  Linger: no\n\t    Unit: user-1000\.slice\n\t\t  ├─session-4\.scope\n\t\t  │ ├─\d+ "sshd: vagrant \[priv\]"\n/);
    expect(us).toMatch(/\n\t\t  └─user@1000\.service\n\t\t    └─init\.scope\n\t\t      ├─\d+ \/usr\/lib\/systemd\/systemd --user\n\t\t      └─\d+ "\(sd-pam\)"\n$/);
    expect(await s.exec('loginctl user-status root')).toMatchObject({ stderr: 'Failed to get user: User ID 0 is not logged in or lingering\n', exitCode: 1 });
    expect(await s.exec('loginctl user-status nosuch')).toMatchObject({ stderr: 'Failed to look up user nosuch: No such process\n', exitCode: 1 });
  });

  it('show-session and show-user print logind properties in D-Bus order, -p and --value as bus_print_all_properties does', async () => {
    const s = await vm();
    const show = (await s.exec('loginctl show-session 4')).stdout;
    expect(show.split('\n').map((l) => l.split('=')[0])).toEqual(['Id', 'User', 'Name', 'Timestamp', 'TimestampMonotonic', 'VTNr', 'TTY', 'Remote', 'RemoteHost', 'Service', 'Scope', 'Leader', 'Audit', 'Type', 'Class', 'Active', 'State', 'IdleHint', 'IdleSinceHint', 'IdleSinceHintMonotonic', 'LockedHint', '']);
    expect((await s.exec('loginctl show-session 4 --all')).stdout).toMatch(/\nSeat=\nTTY=pts\/0\nDisplay=\n/);
    expect((await s.exec('loginctl show-user vagrant -p Name,State --value')).stdout).toBe('vagrant\nactive\n');
    expect((await s.exec('loginctl show-user vagrant -p Sessions -p Display')).stdout).toBe('Display=4\nSessions=4\n');
  });

  it('terminate-session ends the ssh login', async () => {
    const s = await vm();
    expect(await s.exec('loginctl terminate-session 5')).toMatchObject({ stderr: "Failed to issue method call: No session '5' known\n", exitCode: 1 });
    const r = await s.exec('loginctl terminate-session 4');
    expect(r.stdout + r.stderr).toMatch(/Connection to 127\.0\.0\.1 closed by remote host\./);
    expect(s.frame.hostId).toBe('host');
  });
});

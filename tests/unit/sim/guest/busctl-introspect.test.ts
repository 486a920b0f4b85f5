// busctl introspect of systemd 252 (busctl.c introspect()) for hostnamed's object: sd-bus's standard interfaces
// (bus-introspect.c) and hostnamed's vtable at RHEL 9's v252-46 (src/hostname/hostnamed.c), the values GetAll gives,
// the columns busctl sizes (RESULT/VALUE at most 40) and its ordering (interface, kind, name, signature).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
});

const H = 'busctl introspect org.freedesktop.hostname1 /org/freedesktop/hostname1';

describe('busctl introspect', () => {
  it('one interface: its members only, the columns as wide as their cells (the interface row counts, unprinted)', async () => {
    expect((await s.exec(`${H} org.freedesktop.DBus.Properties | cat`)).stdout).toBe(
      'NAME                            TYPE      SIGNATURE RESULT/VALUE FLAGS\n' +
        '.Get                            method    ss        v            -\n' +
        '.GetAll                         method    s         a{sv}        -\n' +
        '.Set                            method    ssv       -            -\n' +
        '.PropertiesChanged              signal    sa{sv}as  -            -\n',
    );
    expect((await s.exec(`${H} org.freedesktop.DBus.Peer --no-legend | cat`)).stdout).toBe(
      '.GetMachineId             method    -         s            -\n.Ping                     method    -         -            -\n',
    );
  });

  it('the whole object: the four interfaces in strcmp order, methods before properties before signals', async () => {
    const out = (await s.exec(`${H} | cat`)).stdout;
    const lines = out.trimEnd().split('\n');
    // NAME is as wide as org.freedesktop.DBus.Introspectable (35), TYPE as "interface", RESULT/VALUE capped at 40
    expect(lines[0]).toBe(`${'NAME'.padEnd(35)} ${'TYPE'.padEnd(9)} SIGNATURE ${'RESULT/VALUE'.padEnd(40)} FLAGS`);
    const ifaces = lines.filter((l) => !l.startsWith('.') && l !== lines[0]).map((l) => l.split(' ')[0]);
    expect(ifaces).toEqual(['org.freedesktop.DBus.Introspectable', 'org.freedesktop.DBus.Peer', 'org.freedesktop.DBus.Properties', 'org.freedesktop.hostname1']);
    const own = lines.slice(lines.findIndex((l) => l.startsWith('org.freedesktop.hostname1')) + 1).map((l) => l.split(/ +/));
    expect(own.filter((r) => r[1] === 'method').map((r) => r[0])).toEqual(
      ['.Describe', '.GetHardwareSerial', '.GetProductUUID', '.SetChassis', '.SetDeployment', '.SetHostname', '.SetIconName', '.SetLocation', '.SetPrettyHostname', '.SetStaticHostname'],
    );
    expect(own.findIndex((r) => r[1] === 'property')).toBe(10);
    const row = (n: string) => lines.find((l) => l.startsWith(n + ' '))!;
    expect(row('.GetProductUUID')).toBe(`${'.GetProductUUID'.padEnd(35)} method    b         ${'ay'.padEnd(40)} -`);
    expect(row('.Hostname')).toBe(`${'.Hostname'.padEnd(35)} property  s         ${'"localhost.localdomain"'.padEnd(40)} emits-change`);
    expect(row('.DefaultHostname')).toContain('"localhost"                              const');
    expect(row('.HostnameSource')).toContain('"static"');
    expect(row('.Deployment')).toContain(' s         ""      ');
    expect(row('.OperatingSystemPrettyName')).toContain('"Rocky Linux 9.5 (Blue Onyx)"');
    expect(row('.HomeURL')).toContain('"https://rockylinux.org/"');
    // the kernel's version string is longer than 40 columns: ellipsize(..., 40, 100)
    expect(row('.KernelVersion')).toBe(`${'.KernelVersion'.padEnd(35)} property  s         "#1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:0… const`);
    expect((await s.exec(`LC_ALL=C ${H} | grep KernelVersion`)).stdout).toContain('"#1 SMP PREEMPT_DYNAMIC Fri Nov 15 12... const');
    expect(out).not.toContain('FirmwareDate');
  });

  it('timedated: its methods and properties, EmitsChangedSignal false shown as "-", clocks in microseconds', async () => {
    const out = (await s.exec('busctl introspect org.freedesktop.timedate1 /org/freedesktop/timedate1 org.freedesktop.timedate1 | cat')).stdout;
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('NAME                      TYPE      SIGNATURE RESULT/VALUE     FLAGS');
    expect(lines.slice(1, 6)).toEqual([
      '.ListTimezones            method    -         as               -',
      '.SetLocalRTC              method    bbb       -                -',
      '.SetNTP                   method    bb        -                -',
      '.SetTime                  method    xbb       -                -',
      '.SetTimezone              method    sb        -                -',
    ]);
    expect(lines.slice(6, 10)).toEqual([
      '.CanNTP                   property  b         true             -',
      '.LocalRTC                 property  b         false            emits-change',
      '.NTP                      property  b         true             emits-change',
      '.NTPSynchronized          property  b         true             -',
    ]);
    expect(lines[10]).toMatch(/^\.RTCTimeUSec +property {2}t {9}\d{10}000000 -$/);
    expect(lines[11]).toMatch(/^\.TimeUSec +property {2}t {9}\d{16} -$/);
    expect(lines[12]).toBe('.Timezone                 property  s         "UTC"            emits-change');
  });

  it('LogControl1 (bus-log-control-api.c): level and target writable, the daemon as syslog identifier', async () => {
    expect((await s.exec('busctl introspect org.freedesktop.hostname1 /org/freedesktop/LogControl1 org.freedesktop.LogControl1 | cat')).stdout).toBe(
      'NAME                        TYPE      SIGNATURE RESULT/VALUE        FLAGS\n' +
        '.LogLevel                   property  s         "info"              writable\n' +
        '.LogTarget                  property  s         "auto"              writable\n' +
        '.SyslogIdentifier           property  s         "systemd-hostnamed" -\n',
    );
    expect((await s.exec('busctl introspect org.freedesktop.locale1 /org/freedesktop/LogControl1 | grep Syslog')).stdout).toContain('"systemd-localed"');
  });

  it('localed: the Locale array as its length and elements, the keymap and layout of the kickstart', async () => {
    expect((await s.exec('busctl introspect org.freedesktop.locale1 /org/freedesktop/locale1 org.freedesktop.locale1 | cat')).stdout).toBe(
      'NAME                    TYPE      SIGNATURE RESULT/VALUE         FLAGS\n' +
        '.SetLocale              method    asb       -                    -\n' +
        '.SetVConsoleKeyboard    method    ssbb      -                    -\n' +
        '.SetX11Keyboard         method    ssssbb    -                    -\n' +
        '.Locale                 property  as        1 "LANG=en_US.UTF-8" emits-change\n' +
        '.VConsoleKeymap         property  s         "us"                 emits-change\n' +
        '.VConsoleKeymapToggle   property  s         ""                   emits-change\n' +
        '.X11Layout              property  s         "us"                 emits-change\n' +
        '.X11Model               property  s         ""                   emits-change\n' +
        '.X11Options             property  s         ""                   emits-change\n' +
        '.X11Variant             property  s         ""                   emits-change\n',
    );
  });

  it('highlights the interface rows on a terminal; other objects are not modelled', async () => {
    expect((await s.exec(H)).stdout).toContain(`\x1b[0;1;39m${'org.freedesktop.hostname1'.padEnd(35)}\x1b[0m interface -`);
    expect((await s.exec('busctl introspect org.freedesktop.login1 /org/freedesktop/login1')).exitCode).toBe(1);
  });

  it('hostnamectl has no Firmware Date line (RHEL 9 hostnamectl.c at v252-46 prints none)', async () => {
    const out = (await s.exec('hostnamectl')).stdout;
    expect(out).toMatch(/Firmware Version: VirtualBox\n$/);
  });
});

// busctl of systemd 252 (src/busctl/busctl.c) on the guest's system bus: list_bus_names() over the model's peers
// (the daemons that own a name, busctl itself in the login session), the activatable names, tree_one() for
// hostnamed's objects, dispatch_verb()'s errors and the help text.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { help } from '../../../../src/sim/commands/systemd/busctl/help';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
});

describe('busctl', () => {
  it('list: the header, names sorted with strcmp, PID right-aligned, "-" for empty cells', async () => {
    const out = (await s.exec('busctl list | cat')).stdout;
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME +PID PROCESS +USER +CONNECTION +UNIT +SESSION DESCRIPTION$/);
    const names = lines.slice(1).map((l) => l.split(' ')[0]);
    expect([...names].sort()).toEqual(names);
    expect(names[0]).toBe(':1.0');
    const row = (n: string) => lines.find((l) => l.startsWith(n + ' '))!.split(/ +/);
    expect(row(':1.0')).toEqual([':1.0', '1', 'systemd', 'root', ':1.0', 'init.scope', '-', '-']);
    expect(row('org.freedesktop.DBus')).toEqual(['org.freedesktop.DBus', '1', 'systemd', 'root', '-', 'init.scope', '-', '-']);
    expect(row('org.freedesktop.hostname1')).toEqual(['org.freedesktop.hostname1', '-', '-', '-', '(activatable)', '-', '-', '-']);
    const logind = row('org.freedesktop.login1');
    expect(logind.slice(2)).toEqual(['systemd-logind', 'root', logind[4], 'systemd-logind.service', '-', '-']);
    expect(row(logind[4])[1]).toBe(logind[1]);
    // busctl itself, in the login session
    const me = lines.find((l) => / busctl +vagrant /.test(l))!.split(/ +/);
    expect(me.slice(5, 7)).toEqual(['session-4.scope', '4']);
    // the PID column is right-aligned to its header
    const pidEnd = lines[0].indexOf('PID') + 3;
    for (const l of lines.slice(1)) expect(l[pidEnd - 1]).not.toBe(' ');
  });

  it('--unique, --acquired, --activatable and --no-legend select the rows', async () => {
    const uniq = (await s.exec('busctl --unique --no-legend | cat')).stdout.trimEnd().split('\n');
    expect(uniq.every((l) => l.startsWith(':1.'))).toBe(true);
    const act = (await s.exec('busctl list --activatable --no-legend | cat')).stdout.trimEnd().split('\n');
    // without the acquired names every activatable one is listed as such, running or not
    expect(act.map((l) => l.split(' ')[0])).toEqual([
      'org.freedesktop.DBus', 'org.freedesktop.PolicyKit1', 'org.freedesktop.hostname1', 'org.freedesktop.locale1',
      'org.freedesktop.login1', 'org.freedesktop.systemd1', 'org.freedesktop.timedate1',
    ]);
    expect(act.every((l) => / \(activatable\) /.test(l))).toBe(true);
    const acq = (await s.exec('busctl --acquired --no-legend | cat')).stdout;
    expect(acq).not.toMatch(/^:/m);
    expect(acq).toMatch(/^org\.freedesktop\.systemd1 +1 systemd/m);
  });

  it('tree of hostnamed: its object and LogControl1 under /org/freedesktop', async () => {
    expect((await s.exec('busctl tree org.freedesktop.hostname1 | cat')).stdout).toBe(
      '└─/org\n  └─/org/freedesktop\n    ├─/org/freedesktop/LogControl1\n    └─/org/freedesktop/hostname1\n',
    );
    expect((await s.exec('busctl tree --list org.freedesktop.locale1 org.freedesktop.timedate1 | cat')).stdout).toBe(
      'Service org.freedesktop.locale1:\n/\n/org\n/org/freedesktop\n/org/freedesktop/LogControl1\n/org/freedesktop/locale1\n\n' +
        'Service org.freedesktop.timedate1:\n/\n/org\n/org/freedesktop\n/org/freedesktop/LogControl1\n/org/freedesktop/timedate1\n',
    );
  });

  it('help and dispatch_verb() errors', async () => {
    expect((await s.exec('busctl --help')).stdout).toBe(help);
    expect((await s.exec('busctl help')).stdout).toBe(help);
    expect(await s.exec('busctl frob')).toMatchObject({ stderr: 'Unknown command verb frob.\n', exitCode: 1 });
    expect(await s.exec('busctl introspect org.freedesktop.hostname1')).toMatchObject({ stderr: 'Too few arguments.\n', exitCode: 1 });
    expect(await s.exec('busctl list x')).toMatchObject({ stderr: 'Too many arguments.\n', exitCode: 1 });
    expect(await s.exec('busctl tree nodots')).toMatchObject({ stderr: 'Invalid bus service name: nodots\n', exitCode: 1 });
    expect(await s.exec('busctl --bogus')).toMatchObject({ stderr: "busctl: unrecognized option '--bogus'\n", exitCode: 1 });
  });
});

// getsebool (libselinux 3.6 utils/getsebool.c) and setsebool (policycoreutils 3.6 setsebool/setsebool.c) over the
// booleans of selinux-policy 38.1.45's targeted build (commands/selinux/booleans.ts, read from the policy source).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { BOOLEANS } from '../../../../src/sim/commands/selinux/booleans';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 1 });

describe('getsebool and setsebool', () => {
  it('getsebool -a lists every boolean of the policy by name with its value', async () => {
    const s = await vm();
    const lines = (await s.exec('getsebool -a')).stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(BOOLEANS.length);
    expect(lines).toEqual([...lines].sort());
    expect(lines).toContain('httpd_can_network_connect --> off');
    expect(lines).toContain('abrt_upload_watch_anon_write --> on');
    const r = await s.exec('getsebool httpd_can_network_connect nosuch');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['httpd_can_network_connect --> off\n', 'Error getting active value for nosuch\n', 255]);
    expect((await s.exec('getsebool')).stderr).toBe('usage:  getsebool -a or getsebool boolean...\n');
  });

  it('setsebool changes the active value as root; -P keeps it; errors exit 255', async () => {
    const s = await vm();
    let r = await s.exec('setsebool httpd_can_network_connect on');
    expect([r.stderr, r.exitCode]).toEqual(['Could not change active booleans. Please try as root: Permission denied\n', 255]);
    expect((await s.exec('sudo setsebool httpd_can_network_connect on; getsebool httpd_can_network_connect')).stdout).toBe('httpd_can_network_connect --> on\n');
    expect((await s.exec('sudo setsebool -P httpd_can_network_connect=0 httpd_enable_homedirs=true; getsebool httpd_can_network_connect httpd_enable_homedirs')).stdout).toBe(
      'httpd_can_network_connect --> off\nhttpd_enable_homedirs --> on\n',
    );
    r = await s.exec('sudo setsebool nosuch 1');
    expect([r.stderr, r.exitCode]).toEqual(['Could not change active booleans: Invalid boolean\n', 255]);
    r = await s.exec('sudo setsebool -P nosuch on');
    expect([r.stderr, r.exitCode]).toEqual(['Boolean nosuch is not defined\n', 255]);
    r = await s.exec('sudo setsebool httpd_can_network_connect maybe');
    expect([r.stderr, r.exitCode]).toEqual(['setsebool: illegal value maybe for boolean httpd_can_network_connect\n', 255]);
    r = await s.exec('setsebool');
    expect([r.stderr, r.exitCode]).toEqual(['\nUsage:  setsebool [ -NPV ] boolean value | bool1=val1 bool2=val2...\n\n', 1]);
  });

  it('with SELinux disabled getsebool says so', async () => {
    const s = await vm();
    s.world.host('default').sys!.selinux = 'Disabled';
    const r = await s.exec('getsebool -a');
    expect([r.stderr, r.exitCode]).toEqual(['getsebool:  SELinux is disabled\n', 1]);
  });
});

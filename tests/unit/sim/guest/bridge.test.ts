// bridge of iproute2 6.2 on a guest without Linux bridges: empty link and mdb lists, the vlan header, the usages
// of bridge.c/link.c/vlan.c (scripts/golden/bridge-spec.ts) and main()'s and do_*()'s errors (exit 255).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('bridge', () => {
  it('lists no bridge port, and vlan prints its header alone', async () => {
    const s = await vm();
    expect(await s.exec('bridge link')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(await s.exec('bridge link show dev eth0')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec('bridge vlan show')).toMatchObject({ stdout: 'port              vlan-id  \n', exitCode: 0 });
    expect(await s.exec('bridge v tunnelshow')).toMatchObject({ stdout: 'port              vlan-id    tunnel-id\n', exitCode: 0 });
    expect(await s.exec('bridge mdb')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec('bridge link show dev eth9')).toMatchObject({ stderr: 'Cannot find device "eth9"\n', exitCode: 255 });
  });

  it('answers -V, help and unknown words as bridge.c does', async () => {
    const s = await vm();
    expect(await s.exec('bridge -V')).toMatchObject({ stdout: 'bridge utility, 6.2.0\n', exitCode: 0 });
    const u = await s.exec('bridge');
    expect(u).toMatchObject({ stdout: '', exitCode: 255 });
    expect(u.stderr).toBe(
      'Usage: bridge [ OPTIONS ] OBJECT { COMMAND | help }\n       bridge [ -force ] -batch filename\nwhere  OBJECT := { link | fdb | mdb | vlan | monitor }\n' +
        '       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] |\n                    -o[neline] | -t[imestamp] | -n[etns] name |\n                    -c[ompressvlans] -color -p[retty] -j[son] }\n',
    );
    expect((await s.exec('bridge help')).stderr).toBe(u.stderr);
    expect((await s.exec('bridge link help')).stderr).toMatch(/^Usage: bridge link set dev DEV \[ cost COST \]/);
    expect((await s.exec('bridge link help')).stderr).toMatch(/\n {7}bridge link show \[dev DEV\]\n$/);
    expect(await s.exec('bridge foo')).toMatchObject({ stderr: 'Object "foo" is unknown, try "bridge help".\n', exitCode: 255 });
    expect(await s.exec('bridge -x link')).toMatchObject({ stderr: 'Option "-x" is unknown, try "bridge help".\n', exitCode: 255 });
    // `dev` is no command of do_link(): only set, change, show, lst, list and help are
    expect(await s.exec('bridge link dev eth0')).toMatchObject({ stderr: 'Command "dev" is unknown, try "bridge link help".\n', exitCode: 255 });
  });
});

// tracepath of iputils 20210202 between the lab's machines on their private network: the local pmtu line, the hop
// printed twice after the MTU restart, the Resume line; its option errors and usage() (exit 255).
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const nodes = () => createSession({ lab: 'nodes', seed: 3 });
const HOP = /^ 1: {2}192\.168\.56\.101 {38}  0\.\d{3}ms reached$/;

describe('tracepath', () => {
  it('reaches a machine on the private network in one hop after discovering the MTU', async () => {
    const s = await nodes();
    const r = await s.exec('tracepath 192.168.56.101');
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(' 1?: [LOCALHOST]                      pmtu 1500');
    expect(lines[1]).toMatch(HOP);
    expect(lines[2]).toMatch(HOP);
    expect(lines[3]).toBe('     Resume: pmtu 1500 hops 1 back 1 ');
    expect(lines).toHaveLength(5);
  });

  it('sends no oversized probe with -l 1000, so the hop prints once', async () => {
    const s = await nodes();
    const r = await s.exec('tracepath -l 1000 -n 192.168.56.101');
    expect(r.stdout.split('\n').slice(1)).toEqual(['     Resume: pmtu 1000 hops 1 back 1 ', '']);
    expect(r.stdout.split('\n')[0]).toMatch(HOP);
  });

  it('checks its numbers and the destination, and prints usage() for -h', async () => {
    const s = await nodes();
    expect(await s.exec('tracepath -m 300 192.168.56.101')).toMatchObject({ stderr: "tracepath: invalid argument: '300': out of range: 0 <= value <= 255\n", exitCode: 1 });
    expect(await s.exec('tracepath -l x 192.168.56.101')).toMatchObject({ stderr: "tracepath: invalid argument: 'x'\n", exitCode: 1 });
    expect(await s.exec('tracepath -4 -6 192.168.56.101')).toMatchObject({ stderr: 'tracepath: Only one -4 or -6 option may be specified\n', exitCode: 2 });
    expect(await s.exec('tracepath nosuchhost')).toMatchObject({ stderr: 'tracepath: nosuchhost: Name or service not known\n', exitCode: 1 });
    expect(await s.exec('tracepath -V')).toMatchObject({ stdout: 'tracepath from iputils 20210202\n', exitCode: 0 });
    const h = await s.exec('tracepath -h');
    expect(h).toMatchObject({ stdout: '', exitCode: 255 });
    expect(h.stderr).toBe('\nUsage\n  tracepath [options] <destination>\n\nOptions:\n  -4             use IPv4\n  -6             use IPv6\n  -b             print both name and ip\n  -l <length>    use packet <length>\n  -m <hops>      use maximum <hops>\n  -n             no dns name resolution\n  -p <port>      use destination <port>\n  -V             print version and exit\n  <destination>  dns name or ip address\n\nFor more details see tracepath(8).\n');
    expect((await s.exec('tracepath')).exitCode).toBe(255);
  });
});

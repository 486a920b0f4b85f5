// df over the guest's mount table: coreutils 8.32's columns, modes, filters and operands (src/df.c). The
// captions, widths and messages are the ones Debian's df prints for the same options (9.1 keeps 8.32's here).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/index';

let s: Session;
const df = async (args: string) => s.exec(`df ${args}`);

beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 2 });
});

describe('df', () => {
  it('lists the file systems with blocks by default, and only the one a FILE lives on', async () => {
    const all = (await df('')).stdout.split('\n');
    expect(all[0]).toBe('Filesystem     1K-blocks    Used Available Use% Mounted on');
    expect(all.filter(Boolean).map((l) => l.split(/ +/).at(-1))).toEqual(['on', '/dev', '/dev/shm', '/run', '/', '/boot', '/run/user/1000']);
    expect((await df('-h /')).stdout).toBe('Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda4       7.0G  1.5G  5.5G  22% /\n');
    expect((await df('/boot /etc')).stdout.split('\n').slice(1, 3).map((l) => l.split(/ +/)[0])).toEqual(['/dev/sda3', '/dev/sda4']);
  });

  it('-T adds the type, -i counts inodes, -P speaks POSIX, --output picks columns', async () => {
    expect((await df('-T /boot')).stdout).toBe('Filesystem     Type 1K-blocks   Used Available Use% Mounted on\n/dev/sda3      xfs     983040 215040    768000  22% /boot\n');
    expect((await df('-i /')).stdout.split('\n')[0]).toBe('Filesystem      Inodes IUsed   IFree IUse% Mounted on');
    expect((await df('-P')).stdout.split('\n')[0]).toBe('Filesystem     1024-blocks    Used Available Capacity Mounted on');
    const out = (await df('--output=source,target,pcent')).stdout.split('\n');
    expect(out[0]).toBe('Filesystem     Mounted on     Use%');
    expect(out).toContain('/dev/sda4      /               22%');
  });

  it('block sizes name their unit in the header as get_header does, and round up', async () => {
    const head = async (a: string) => (await df(`${a} /`)).stdout.split('\n')[0].split(/ +/)[1];
    expect(await head('-BM')).toBe('1M-blocks');
    expect(await head('-B1000')).toBe('1kB-blocks');
    expect(await head('-B512')).toBe('512B-blocks');
    expect(await head('-B1')).toBe('1B-blocks');
    expect(await head('-m')).toBe('1M-blocks');
    expect((await df('-BG /')).stdout.split('\n')[1]).toBe('/dev/sda4              7     2         6  22% /');
  });

  it('filters by type, shows dummy file systems with -a or when named, and adds a total', async () => {
    expect((await df('-t xfs')).stdout.split('\n').filter(Boolean)).toHaveLength(3);
    expect((await df('-x tmpfs -x devtmpfs')).stdout).not.toMatch(/tmpfs/);
    expect((await df('-a')).stdout).toMatch(/^proc +0 +0 +0 +- \/proc$/m);
    expect((await df('/proc')).stdout).toBe('Filesystem     1K-blocks  Used Available Use% Mounted on\nproc                   0     0         0    - /proc\n');
    expect((await df('-hT --total')).stdout.split('\n').at(-2)).toMatch(/^total +- +[\d.]+G +[\d.]+G +[\d.]+G +\d+% -$/);
  });

  it('errors as df prints them', async () => {
    expect(await df('/nope')).toMatchObject({ stderr: 'df: /nope: No such file or directory\n', exitCode: 1, stdout: '' });
    expect(await df('-t xfs -x xfs')).toMatchObject({ stderr: 'df: file system type ‘xfs’ both selected and excluded\n', exitCode: 1 });
    expect(await df('-x xfs -x tmpfs -x devtmpfs')).toMatchObject({ stderr: 'df: no file systems processed\n', exitCode: 1 });
    expect(await df('-BX')).toMatchObject({ stderr: "df: invalid -B argument 'X'\n", exitCode: 1 });
    expect(await df('--block-size=X')).toMatchObject({ stderr: "df: invalid --block-size argument 'X'\n", exitCode: 1 });
    expect((await df('-i --output')).stderr).toBe("df: options -i and --output are mutually exclusive\nTry 'df --help' for more information.\n");
  });
});

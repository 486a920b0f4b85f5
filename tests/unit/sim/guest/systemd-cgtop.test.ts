// systemd-cgtop of systemd 252 (src/cgtop/cgtop.c) over the cgroup tree systemd-cgls shows: one frame without a
// header into a pipe, the groups to depth 3 with parents first, tasks and memory as systemctl status and /proc
// give them, CPU only from the second reading; on a terminal the underlined header and q to quit.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { help } from '../../../../src/sim/commands/systemd/systemd-cgtop/help';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
});

const rowsOf = (text: string) => text.trimEnd().split('\n').map((l) => l.split(/ +/));

describe('systemd-cgtop', () => {
  it('prints one frame into a pipe: no header, the path column as wide as the longest path, CPU "-" at first', async () => {
    const out = (await s.exec('systemd-cgtop -b | cat')).stdout;
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\/ +\d+ +- +[\d.]+[KMG] +- +-$/);
    const width = Math.max(...lines.map((l) => l.split(' ')[0].length));
    for (const l of lines) expect(l.length).toBe(width + 8 + 7 + 9 * 3);
    const paths = lines.map((l) => l.split(' ')[0]);
    expect(paths.slice(0, 3)).toEqual(['/', '/init.scope', '/system.slice']);
    expect(paths).toContain('/system.slice/sshd.service');
    expect(paths).toContain('/user.slice/user-1000.slice/session-4.scope');
    // depth 3: user@1000.service's init.scope is one level deeper
    expect(paths).not.toContain('/user.slice/user-1000.slice/user@1000.service/init.scope');
    // parents come before their children, siblings by path
    for (let i = 1; i < paths.length; i++) {
      const parent = paths[i].slice(0, paths[i].lastIndexOf('/')) || '/';
      expect(paths.indexOf(parent)).toBeLessThan(i);
    }
  });

  it('agrees with systemd-cgls, systemctl status and /proc', async () => {
    const out = (await s.exec('systemd-cgtop -b -n1 --depth=2 | cat')).stdout;
    const rows = rowsOf(out);
    const cgls = (await s.exec('systemd-cgls --no-pager -u system.slice | cat')).stdout;
    const units = [...cgls.matchAll(/[├└]─([\w@.-]+\.(?:service|slice))$/gm)].map((m) => m[1]).filter((u) => !u.includes('@'));
    for (const u of units.filter((x) => !x.startsWith('system-'))) expect(rows.map((r) => r[0])).toContain(`/system.slice/${u}`);
    const sshd = rows.find((r) => r[0] === '/system.slice/sshd.service')!;
    const mem = /Memory: (\S+)/.exec((await s.exec('systemctl status sshd | cat')).stdout)![1];
    expect(sshd[3]).toBe(mem);
    const loadavg = (await s.exec('cat /proc/loadavg')).stdout;
    const root = rows[0];
    expect(Number(root[1])).toBeGreaterThan(Number(rows.find((r) => r[0] === '/system.slice')![1]));
    expect(loadavg).toMatch(/ \d+\/\d+ /);
  });

  it('a second reading shows the CPU share; frames are separated by an empty line', async () => {
    const out = (await s.exec('systemd-cgtop -b -n2 -d 0.2 --depth=1 | cat')).stdout;
    const [first, second] = out.split('\n\n');
    expect(first.split('\n')[0]).toMatch(/^\/ +\d+ +- /);
    expect(second.split('\n')[0]).toMatch(/^\/ +\d+ +\d+\.\d /);
  });

  it('options: help, orders, errors', async () => {
    expect((await s.exec('systemd-cgtop -h')).stdout).toBe(help);
    expect(await s.exec('systemd-cgtop --order=bogus')).toMatchObject({ stderr: 'Invalid argument to --order=: bogus\n', exitCode: 1 });
    expect(await s.exec('systemd-cgtop a b')).toMatchObject({ stderr: 'Too many arguments.\n', exitCode: 1 });
    expect(await s.exec('systemd-cgtop -z')).toMatchObject({ stderr: "systemd-cgtop: invalid option -- 'z'\n", exitCode: 1 });
    expect(await s.exec('systemd-cgtop --recursive=no')).toMatchObject({
      stderr: 'Non-recursive counting is only supported when counting processes, not tasks. Use -P or -k.\n',
      exitCode: 1,
    });
    const byMem = rowsOf((await s.exec('systemd-cgtop -m -b -n1 --depth=2 system.slice | cat')).stdout);
    const mems = byMem.slice(1).map((r) => r[3]);
    const bytes = (m: string) => Number(m.slice(0, -1)) * 1024 ** 'BKMG'.indexOf(m.slice(-1));
    for (let i = 1; i < mems.length; i++) expect(bytes(mems[i - 1])).toBeGreaterThanOrEqual(bytes(mems[i]));
    expect(byMem[0][0]).toBe('/system.slice');
  });

  it('on a terminal: the underlined header, redraws until q', async () => {
    const t = await createSession({ lab: 'vm', seed: 5 });
    let out = '';
    t.on('output', (c) => (out += c.text));
    await t.submit('systemd-cgtop');
    await t.advance(2_500);
    expect(out).toContain('\x1b[H\x1b[2J\x1b[0m\x1b[0;4mControl Group');
    expect(out).toContain('\x1b[0;1;39m\x1b[0;4m  %CPU\x1b[0m\x1b[0;4m   Memory  Input/s Output/s\x1b[0m\n');
    expect(t.busy).toBe(true);
    await t.submit('q');
    await t.settle();
    expect(t.busy).toBe(false);
  });
});

// sysctl of procps-ng 3.3.17 as its sysctl.c reads arguments (main, ReadSetting, WriteSetting, Preload, PreloadSystem).
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { help } from '../../../../src/sim/commands/procps/sysctl/help';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'vm', seed: 3 });
});
const run = (l: string) => s.exec(l);
const TRY = "Try `sysctl --help' for more information.\n";

describe('sysctl: main()', () => {
  it('alone prints Usage(stderr) and exits 1; with options but no variable, xerrx names it', async () => {
    expect(await run('sysctl')).toMatchObject({ stdout: '', stderr: help, exitCode: 1 });
    for (const l of ['sysctl --', 'sysctl -n', 'sysctl -w'])
      expect(await run(l), l).toMatchObject({ stdout: '', stderr: `sysctl: no variables specified\n${TRY}`, exitCode: 1 });
    expect(await run('sysctl -N -q vm.swappiness')).toMatchObject({ stderr: `sysctl: options -N and -q cannot coexist\n${TRY}`, exitCode: 1 });
  });

  it("an unknown option is getopt's message and Usage(stdout), status 0; -d is -h", async () => {
    expect(await run('sysctl -z')).toMatchObject({ stdout: help, stderr: "sysctl: invalid option -- 'z'\n", exitCode: 0 });
    expect(await run('sysctl -d')).toMatchObject({ stdout: help, stderr: '', exitCode: 0 });
  });
});

describe('sysctl: reading', () => {
  it('prints name = value, -n the value, -b without a newline, -N the name', async () => {
    expect((await run('sysctl vm.swappiness')).stdout).toBe('vm.swappiness = 30\n');
    expect((await run('sysctl vm/swappiness')).stdout).toBe('vm.swappiness = 30\n');
    expect((await run('sysctl -n vm.swappiness net.ipv4.ip_forward')).stdout).toBe('30\n0\n');
    expect((await run('sysctl -b vm.swappiness')).stdout).toBe('30');
    expect((await run('sysctl -N vm.swappiness')).stdout).toBe('vm.swappiness\n');
  });

  it('a directory lists the keys below it; -a all of them, -r only those its regex matches', async () => {
    expect((await run('sysctl net.ipv4.conf.lo')).stdout).toBe('net.ipv4.conf.lo.accept_source_route = 0\nnet.ipv4.conf.lo.promote_secondaries = 1\nnet.ipv4.conf.lo.rp_filter = 2\n');
    const all = (await run('sysctl -a')).stdout.split('\n');
    expect(all).toContain('kernel.pid_max = 4194304');
    expect(all).toEqual([...all].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : 1)));
    expect((await run('sysctl -a -r "^vm\\."')).stdout).toBe('vm.swappiness = 30\n');
    expect((await run('sysctl -a --pattern "(" ')).stdout).toBe('');
  });

  it('an unknown key: cannot stat, status -1 per key (255, 254); -e keeps quiet', async () => {
    expect(await run('sysctl no.such')).toMatchObject({ stderr: 'sysctl: cannot stat /proc/sys/no/such: No such file or directory\n', exitCode: 255 });
    expect((await run('sysctl no.such no.other')).exitCode).toBe(254);
    expect(await run('sysctl -e no.such')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect(await run('sysctl ""')).toMatchObject({ stderr: 'sysctl: "" is an unknown key\n', exitCode: 255 });
  });

  it('warns once about a repeated separator (slashdot)', async () => {
    expect((await run('sysctl net..ipv4.ip_forward')).stderr).toBe('sysctl: separators should not be repeated: ..ipv4.ip_forward\nsysctl: cannot stat /proc/sys/net//ipv4/ip_forward: No such file or directory\n');
  });
});

describe('sysctl: writing', () => {
  it('needs name=value, and root', async () => {
    expect(await run('sysctl -w vm.swappiness')).toMatchObject({ stderr: 'sysctl: "vm.swappiness" must be of the form name=value\n', exitCode: 255 });
    expect(await run('sysctl vm.swappiness=10')).toMatchObject({ stderr: 'sysctl: permission denied on key "vm.swappiness"\n', exitCode: 255 });
    expect(await run('sysctl -- -vm.swappiness=10')).toMatchObject({ stderr: 'sysctl: permission denied on key "vm.swappiness", ignoring\n', exitCode: 0 });
    expect(await run('sysctl =5')).toMatchObject({ stderr: 'sysctl: malformed setting "=5"\n', exitCode: 254 });
  });

  it('as root sets the key and echoes it as asked; a word is refused by the integer handler', async () => {
    expect((await run('sudo sysctl -w net.ipv4.ip_forward=1 vm.swappiness=10')).stdout).toBe('net.ipv4.ip_forward = 1\nvm.swappiness = 10\n');
    expect(await run('cat /proc/sys/net/ipv4/ip_forward')).toMatchObject({ stdout: '1\n' });
    expect((await run('sudo sysctl -q vm.swappiness=11')).stdout).toBe('');
    expect((await run('sudo sysctl -n vm.swappiness=12')).stdout).toBe('12\n');
    expect((await run('sudo sysctl -N vm.swappiness=13')).stdout).toBe('vm.swappiness\n');
    expect(await run('sudo sysctl vm.swappiness=lots')).toMatchObject({ stderr: 'sysctl: setting key "vm.swappiness": Invalid argument\n', exitCode: 0 });
    expect((await run('sysctl -n vm.swappiness')).stdout).toBe('13\n');
  });
});

describe('sysctl -p and --system', () => {
  it('-p reads /etc/sysctl.conf or the files named; bad lines are numbered, a missing file ends it', async () => {
    expect(await run('sudo sysctl -p')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    await run("printf 'vm.swappiness = 7\\n# c\\nbogus line\\n; x\\nnet.ipv4.ip_forward=\\n' > /tmp/k.conf");
    expect(await run('sudo sysctl -p /tmp/k.conf')).toMatchObject({
      stdout: 'vm.swappiness = 7\n',
      stderr: 'sysctl: /tmp/k.conf(3): invalid syntax, continuing...\nsysctl: /tmp/k.conf(5): invalid syntax, continuing...\n',
      exitCode: 0,
    });
    expect(await run('sysctl -p /nope')).toMatchObject({ stderr: 'sysctl: cannot open "/nope": No such file or directory\n', exitCode: 255 });
    expect((await run("printf 'vm.swappiness=9\\n' | sudo sysctl -p -")).stdout).toBe('vm.swappiness = 9\n');
  });

  it('--system applies the sysctl.d files by name, then /etc/sysctl.conf; a user is refused each key', async () => {
    await run("printf 'vm.swappiness = 5\\n' | sudo tee /etc/sysctl.d/01-early.conf");
    const r = await run('sudo sysctl --system');
    const applying = r.stdout.split('\n').filter((l) => l.startsWith('* Applying'));
    expect(applying[0]).toBe('* Applying /etc/sysctl.d/01-early.conf ...');
    expect(applying.slice(-2)).toEqual(['* Applying /etc/sysctl.d/99-sysctl.conf ...', '* Applying /etc/sysctl.conf ...']);
    expect(r.stdout).toContain('* Applying /etc/sysctl.d/01-early.conf ...\nvm.swappiness = 5\n* Applying /usr/lib/sysctl.d/10-default-yama-scope.conf ...\nkernel.yama.ptrace_scope = 0\n');
    const u = await run('sysctl --system');
    expect(u.exitCode).toBe(255);
    expect(u.stderr.split('\n')[0]).toBe('sysctl: permission denied on key "vm.swappiness"');
    expect((await run('sudo sysctl -q --system')).stdout).toBe('');
  });
});

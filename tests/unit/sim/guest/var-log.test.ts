// /var/log of the rockylinux/9 box: no rsyslog files (the journal is the log), dnf's logs in dnf 4.14's formats
// (dnf/logging.py's file handler format, cli.py's _log_essentials(), transaction.py's FILE_ACTIONS, libdnf's start
// line), the login records and the root-only audit/ and private/.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { plain } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 11 });

describe('/var/log', () => {
  it('lists what the box has, with their modes; messages is not there', async () => {
    const s = await vm();
    expect(plain((await s.exec('ls -1 /var/log')).stdout).split(/\s+/).filter(Boolean)).toEqual(['audit', 'btmp', 'chrony', 'dnf.librepo.log', 'dnf.log', 'dnf.rpm.log', 'hawkey.log', 'lastlog', 'private', 'wtmp']);
    const l = plain((await s.exec('ls -l /var/log')).stdout);
    expect(l).toMatch(/\ndrwx------\. 2 root root +\d+ .* audit\n/);
    expect(l).toMatch(/\n-rw-------\. 1 root root +0 .* btmp\n/);
    expect(l).toMatch(/\n-rw-rw-r--\. 1 root root 292292 .* lastlog\n/);
    expect(await s.exec('cat /var/log/messages')).toMatchObject({ stderr: 'cat: /var/log/messages: No such file or directory\n', exitCode: 1 });
  });

  it('audit/, private/ and btmp are root’s', async () => {
    const s = await vm();
    expect(await s.exec('ls /var/log/audit')).toMatchObject({ stderr: "ls: cannot open directory '/var/log/audit': Permission denied\n", exitCode: 2 });
    expect(await s.exec('cat /var/log/btmp')).toMatchObject({ stderr: 'cat: /var/log/btmp: Permission denied\n', exitCode: 1 });
    expect((await s.exec('sudo ls /var/log/audit')).stdout).toBe('audit.log\n');
    expect((await s.exec('sudo head -1 /var/log/audit/audit.log')).stdout).toMatch(/^type=DAEMON_START msg=audit\(\d+\.\d{3}:\d+\): op=start ver=3\.1\.5 format=enriched /);
  });

  it('dnf appends its run to dnf.log, dnf.rpm.log and hawkey.log', async () => {
    const s = await vm();
    const before = (await s.exec('cat /var/log/dnf.rpm.log')).stdout;
    await s.exec('sudo dnf install -y git');
    const rpm = (await s.exec('cat /var/log/dnf.rpm.log')).stdout.slice(before.length).split('\n').filter(Boolean);
    const stamp = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000';
    expect(rpm[0]).toMatch(new RegExp(`^${stamp} INFO --- logging initialized ---$`));
    const installed = (await s.exec('rpm -q git git-core')).stdout.trim().split('\n');
    for (const p of installed) expect(rpm.some((l) => new RegExp(`^${stamp} SUBDEBUG Installed: ${p.replace(/[.+]/g, '\\$&')}$`).test(l))).toBe(true);
    const log = (await s.exec('tail -4 /var/log/dnf.log')).stdout;
    expect(log).toMatch(new RegExp(`DDEBUG Releasever: 9\\n${stamp} DEBUG cachedir: /var/cache/dnf\\n${stamp} DDEBUG Base command: install\\n${stamp} DDEBUG Extra commands: \\['install', '-y', 'git'\\]\\n$`));
    expect((await s.exec('grep -c "Command: dnf install -y git $" /var/log/dnf.log')).stdout).toBe('1\n');
    expect((await s.exec('tail -1 /var/log/hawkey.log')).stdout).toMatch(new RegExp(`^${stamp} INFO === Started libdnf-0\\.69\\.0 ===\\n$`));
    await s.exec('sudo dnf remove -y git');
    expect((await s.exec('tail -1 /var/log/dnf.rpm.log')).stdout).toMatch(/ SUBDEBUG Erase: git-\d/);
  });
});

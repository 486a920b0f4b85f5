// auditctl of audit 3.1.5 (src/auditctl.c, src/auditctl-listing.c): the root check, status, watches added, listed
// and deleted, and the errors setopt() and handle_request() print.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const FAIL = 'There was an error while processing parameters\n';

describe('auditctl', () => {
  it('wants root for everything but -h', async () => {
    const s = await vm();
    expect(await s.exec('auditctl -l')).toMatchObject({ stderr: 'You must be root to run this program.\n', exitCode: 4 });
    expect(await s.exec('auditctl -s')).toMatchObject({ stderr: 'You must be root to run this program.\n', exitCode: 4 });
    const h = await s.exec('auditctl -h');
    expect(h.stdout).toMatch(/^usage: auditctl \[options\]\n {4}-a <l,a> {26}Append rule to end of <l>ist with <a>ction\n/);
    expect(h.stdout.endsWith('    --reset_backlog_wait_time_actual  Reset the actual backlog wait time counter\n')).toBe(true);
    expect(h).toMatchObject({ stderr: FAIL, exitCode: 255 });
    expect((await s.exec('auditctl')).exitCode).toBe(1);
  });

  it('reports the status', async () => {
    const s = await vm();
    expect(await s.exec('sudo auditctl -s')).toMatchObject({
      stdout: 'enabled 1\nfailure 1\npid 611\nrate_limit 0\nbacklog_limit 8192\nlost 0\nbacklog 0\nbacklog_wait_time 60000\nbacklog_wait_time_actual 0\nloginuid_immutable 0 unlocked\n',
      exitCode: 0,
    });
    expect((await s.exec('sudo auditctl -s -i')).stdout).toMatch(/^enabled enabled\nfailure printk\n/);
    expect(await s.exec('sudo auditctl -s -x')).toMatchObject({ stderr: 'Only -i option is allowed\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -v')).toMatchObject({ stdout: 'auditctl version 3.1.5\n', exitCode: 0 });
  });

  it('adds, lists and deletes watches', async () => {
    const s = await vm();
    expect(await s.exec('sudo auditctl -l')).toMatchObject({ stdout: 'No rules\n', exitCode: 0 });
    expect(await s.exec('sudo auditctl -w /etc/passwd -p wa -k identity')).toMatchObject({ stdout: '', stderr: 'Old style watch rules are slower\n', exitCode: 0 });
    expect(await s.exec('sudo auditctl -w /etc/passwd -p wa -k identity')).toMatchObject({ stderr: 'Old style watch rules are slower\nError sending add rule data request (Rule exists)\n' + FAIL, exitCode: 255 });
    await s.exec('sudo auditctl -w /etc/ssh/ -p AWR');
    expect((await s.exec('sudo auditctl -l')).stdout).toBe('-w /etc/passwd -p wa -k identity\n-w /etc/ssh -p rwa\n');
    expect((await s.exec('sudo auditctl -l -k ident')).stdout).toBe('-w /etc/passwd -p wa -k identity\n');
    expect(await s.exec('sudo auditctl -W /etc/shadow')).toMatchObject({ stderr: 'Error sending delete rule data request (No such file or directory)\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -W /etc/ssh -p rwa')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(await s.exec('sudo auditctl -D')).toMatchObject({ stdout: 'No rules\n', exitCode: 0 });
    expect((await s.exec('sudo auditctl -l')).stdout).toBe('No rules\n');
  });

  it('rejects what setopt() rejects', async () => {
    const s = await vm();
    expect(await s.exec('sudo auditctl --help')).toMatchObject({ stderr: 'Option --help is invalid\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -w etc/passwd')).toMatchObject({ stderr: "The path must start with '/'\n" + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -p wa')).toMatchObject({ stderr: 'permission option needs a watch given prior to it\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -w /etc/passwd -p wz')).toMatchObject({ stderr: "Old style watch rules are slower\nPermission z isn't supported\n" + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -k foo')).toMatchObject({ stderr: 'key option needs a watch or syscall given prior to it\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -l -x')).toMatchObject({ stderr: 'Only -k or -i options are allowed\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -D -i')).toMatchObject({ stderr: 'Wrong number of options for Delete all request\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl foo')).toMatchObject({ stderr: FAIL, exitCode: 255 });
  });
});

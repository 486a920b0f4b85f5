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

  it('changes the status fields -s shows, until -e 2 locks them', async () => {
    const s = await vm();
    const status = (e: number, f: number, r: number, b: number, w: number, lock = '0 unlocked') =>
      `enabled ${e}\nfailure ${f}\npid 611\nrate_limit ${r}\nbacklog_limit ${b}\nlost 0\nbacklog 0\nbacklog_wait_time ${w}\nbacklog_wait_time_actual 0\nloginuid_immutable ${lock}\n`;
    expect(await s.exec('sudo auditctl -e 0')).toMatchObject({ stdout: status(0, 1, 0, 8192, 60000), stderr: '', exitCode: 0 });
    expect(await s.exec('sudo auditctl -f 2')).toMatchObject({ stdout: status(0, 2, 0, 8192, 60000), exitCode: 0 });
    expect((await s.exec('sudo auditctl -b 0x100')).stdout).toBe(status(0, 2, 0, 256, 60000));
    expect((await s.exec('sudo auditctl -r 50')).stdout).toBe(status(0, 2, 50, 256, 60000));
    expect((await s.exec('sudo auditctl --backlog_wait_time 100')).stdout).toBe(status(0, 2, 50, 256, 100));
    expect(await s.exec('sudo auditctl --loginuid-immutable')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.exec('sudo auditctl -s')).stdout).toBe(status(0, 2, 50, 256, 100, '1 locked'));
    expect(await s.exec('sudo auditctl -f 3')).toMatchObject({ stderr: 'Failure must be 0, 1, or 2 was 3\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -e on')).toMatchObject({ stderr: 'Enable must be 0, 1, or 2 was on\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -b x')).toMatchObject({ stderr: 'Backlog must be a numeric value was x\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl --reset-lost')).toMatchObject({ stdout: '', stderr: 'lost: 0\n', exitCode: 0 });
    expect((await s.exec('sudo auditctl -e 2')).stdout).toBe(status(2, 2, 50, 256, 100, '1 locked'));
    expect(await s.exec('sudo auditctl -e 1')).toMatchObject({ stderr: 'Error sending enable request (Operation not permitted)\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl -b 10')).toMatchObject({ stderr: 'Error sending backlog limit request (Operation not permitted)\n' + FAIL, exitCode: 255 });
    expect((await s.exec('sudo auditctl -w /etc/hosts')).stderr).toBe('Old style watch rules are slower\nError sending add rule data request (Operation not permitted)\n' + FAIL);
  });

  it('loads a rules file with -R, its complaints going to syslog', async () => {
    const s = await vm();
    await s.exec("printf -- '# rules\\n-D\\n-w /etc/passwd -p wa -k identity\\n' > /tmp/a.rules");
    expect(await s.exec('sudo auditctl -R /tmp/a.rules')).toMatchObject({ stdout: 'No rules\n', stderr: '', exitCode: 0 });
    expect((await s.exec('sudo auditctl -l')).stdout).toBe('-w /etc/passwd -p wa -k identity\n');
    expect(await s.exec('sudo auditctl -R /tmp/none.rules')).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
    expect(await s.exec('sudo auditctl -R /tmp/a.rules -R /tmp/b.rules')).toMatchObject({ stderr: 'Error - nested rule files not supported\n' + FAIL, exitCode: 255 });
    expect(await s.exec('sudo auditctl --signal bogus')).toMatchObject({ stderr: 'bogus is an unsupported signal\n', exitCode: 1 });
    expect(await s.exec('sudo auditctl --signal rotate')).toMatchObject({ stderr: '', exitCode: 0 });
  });
});

// ausearch and aureport of audit 3.1.5 over the guest's audit.log: each case of tests/golden/audit/cases.json (the
// tag built and run over the same log by scripts/golden/audit-search-record.sh) answers as the real tools did. The
// cases whose answer depends on the recording machine's clock (today, yesterday, -te now) and bare aureport (run there
// without a log) are left out; the non-root answers follow ausearch.c and auditd-config.c.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const GOLDEN = 'tests/golden/audit/';
const cases = JSON.parse(readFileSync(GOLDEN + 'cases.json', 'utf8')) as { cmd: string; stdout: string; stderr: string; status: number }[];
const recordedLog = /\/\S*tests\/golden\/audit\/audit\.log/g;

describe('ausearch and aureport', () => {
  it('read the same log the cases were recorded over', async () => {
    const s = await createSession({ lab: 'vm' });
    expect((await s.exec('sudo cat /var/log/audit/audit.log')).stdout).toBe(readFileSync(GOLDEN + 'audit.log', 'utf8'));
  });

  it('answer as audit 3.1.5 does', async () => {
    const s = await createSession({ lab: 'vm' });
    const run = cases.filter((c) => !/today|yesterday|-te now/.test(c.cmd) && c.cmd !== 'aureport');
    expect(run.length).toBeGreaterThan(50);
    for (const c of run) {
      const r = await s.exec('sudo ' + c.cmd);
      expect({ cmd: c.cmd, stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({ ...c, stdout: c.stdout.replace(recordedLog, '/var/log/audit/audit.log') });
    }
  });

  it('cannot read the log as a user', async () => {
    const s = await createSession({ lab: 'vm' });
    expect(await s.exec('ausearch -m SERVICE_START')).toMatchObject({
      stdout: '',
      stderr: 'Error opening config file (Permission denied)\nNOTE - using built-in end_of_event_timeout: 2\nNOTE - using built-in logs: /var/log/audit/audit.log\nError opening /var/log/audit/audit.log (Permission denied)\n',
      exitCode: 1,
    });
    expect(await s.exec('aureport -au')).toMatchObject({
      stdout: '\nAuthentication Report\n============================================\n# date time acct host term exe success event\n============================================\n',
      stderr: 'Error opening config file (Permission denied)\nNOTE - using built-in logs: /var/log/audit/audit.log\nError opening /var/log/audit/audit.log (Permission denied)\n',
      exitCode: 1,
    });
  });

  it('finds what auditctl -m and the time options select', async () => {
    const s = await createSession({ lab: 'vm' });
    expect(await s.exec('sudo ausearch -te yesterday')).toMatchObject({ stdout: '', stderr: '<no matches>\n', exitCode: 1 });
    expect((await s.exec('sudo ausearch -ts boot -m SERVICE_START')).stdout).toMatch(/^----\ntime->\w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}\ntype=SERVICE_START /);
    expect(await s.exec('sudo ausearch -ui vagrant')).toMatchObject({ stderr: '<no matches>\n', exitCode: 1 });
    expect(await s.exec('sudo ausearch -ui nobody2')).toMatchObject({ stderr: 'Effective user ID is non-numeric and unknown (nobody2)\n', exitCode: 1 });
  });
});

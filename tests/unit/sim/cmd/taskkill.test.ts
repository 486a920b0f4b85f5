// taskkill on the Windows host: its `/?` text (tests/golden/cmd/taskkill.usage) and the answers public recordings
// of taskkill.exe show (tests/golden/cmd/SOURCES.md): syntax errors, `not found` with status 128, a filter matching
// nothing, Access is denied for another session's process, a windowless one refused without /F, SUCCESS with /F.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, vagrantUpInstant } from '../../../../src/sim/index';

const usage = fs.readFileSync(path.resolve(__dirname, '../../../golden/cmd/taskkill.usage'), 'utf8');
const TAIL = 'Type "TASKKILL /?" for usage.\n';
const host = () => createSession({ lab: 'host', seed: 1 });

describe('taskkill', () => {
  it('/? prints the recorded usage; where finds it in System32', async () => {
    const s = await host();
    expect(await s.exec('taskkill /?')).toMatchObject({ stdout: usage + '\n', exitCode: 0 });
    expect((await s.exec('where taskkill')).stdout).toBe('C:\\Windows\\System32\\taskkill.exe\n\n');
  });

  it('refuses a bad option, no target, and /PID with /IM', async () => {
    const s = await host();
    expect(await s.exec('taskkill -help')).toMatchObject({ stderr: "ERROR: Invalid argument/option - '-help'.\n" + TAIL, exitCode: 1 });
    expect(await s.exec('taskkill')).toMatchObject({ stderr: 'ERROR: Invalid syntax. Neither /FI nor /PID nor /IM were specified.\n' + TAIL, exitCode: 1 });
    expect((await s.exec('taskkill /pid 123 /im abc.exe')).stderr).toBe('ERROR: Invalid syntax. /PID and /IM cannot be used at the same time.\n' + TAIL);
    expect((await s.exec('taskkill /f /fi USERNAME eq x /im notepad.exe')).stderr).toBe("ERROR: Invalid argument/option - 'eq'.\n" + TAIL);
  });

  it('a name or PID that runs nowhere is not found (128); a filter matching nothing is INFO (0)', async () => {
    const s = await host();
    expect(await s.exec('taskkill /IM nosuchapp.exe')).toMatchObject({ stderr: 'ERROR: The process "nosuchapp.exe" not found.\n', exitCode: 128 });
    expect(await s.exec('taskkill /F /IM notepad.exe')).toMatchObject({ stderr: 'ERROR: The process "notepad.exe" not found.\n', exitCode: 128 });
    expect(await s.exec('taskkill /PID 999999')).toMatchObject({ stderr: 'ERROR: The process "999999" not found.\n', exitCode: 128 });
    expect(await s.exec('taskkill /FI "IMAGENAME eq nosuchapp.exe"')).toMatchObject({ stdout: 'INFO: No tasks running with the specified criteria.\n\n', exitCode: 0 });
  });

  it('refuses system processes and, without /F, windowless ones; /F ends the user\'s process', async () => {
    const s = await host();
    expect(await s.exec('taskkill /F /IM svchost.exe')).toMatchObject({
      stderr:
        'ERROR: The process "svchost.exe" with PID 1112 could not be terminated.\nReason: Access is denied.\n\n' +
        'ERROR: The process "svchost.exe" with PID 1404 could not be terminated.\nReason: Access is denied.\n',
      exitCode: 1,
    });
    expect(await s.exec('taskkill /PID 6884')).toMatchObject({
      stderr: 'ERROR: The process with PID 6884 could not be terminated.\nReason: This process can only be terminated forcefully (with /F option).\n',
      exitCode: 1,
    });
    expect(await s.exec('taskkill /F /IM RuntimeBroker.exe')).toMatchObject({ stdout: 'SUCCESS: The process "RuntimeBroker.exe" with PID 6884 has been terminated.\n\n', exitCode: 0 });
    expect((await s.exec('tasklist /FI "PID eq 6884"')).stdout).toBe('INFO: No tasks are running which match the specified criteria.\n\n');
    expect((await s.exec('taskkill /F /PID 6884')).stderr).toBe('ERROR: The process "6884" not found.\n');
  });

  it("ending a machine's VBoxHeadless.exe powers it off; ending cmd.exe closes the console", async () => {
    const s = await host();
    await s.exec('vagrant init rockylinux/9 --box-version 5.0.0');
    await vagrantUpInstant(s.world, 'D:\\3_VMs\\HashiCorp');
    const pid = /VBoxHeadless\.exe\s+(\d+)/.exec((await s.exec('tasklist /FI "IMAGENAME eq VBoxHeadless.exe"')).stdout)![1];
    expect((await s.exec(`taskkill /F /PID ${pid}`)).stdout).toBe(`SUCCESS: The process with PID ${pid} has been terminated.\n\n`);
    expect((await s.exec('vagrant status')).stdout).toContain('poweroff (virtualbox)');
    await s.exec('taskkill /F /IM cmd.exe');
    expect(s.closed).toBe(true);
  });
});

// wsl.exe on a Windows 11 23H2 where WSL was never installed: the notice of the inbox wsl.exe, `--status`'s status 50,
// and the offer to install that times out after 60 seconds, as public transcripts of that state show.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const NOTICE =
  "The Windows Subsystem for Linux is not installed. You can install by running 'wsl.exe --install'.\n" +
  'For more information please visit https://aka.ms/wslinstall\n';
const OFFER = '\nPress any key to install Windows Subsystem for Linux.\nPress ESC or CTRL-C to cancel.\nThis prompt will time out in 60 seconds.\n';

describe('wsl (not installed)', () => {
  it('--status prints the notice and returns 50', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    // cmd.exe's empty line before the next prompt follows
    expect(await s.exec('wsl --status')).toMatchObject({ stdout: NOTICE + '\n', exitCode: 50 });
    expect((await s.exec('echo %ERRORLEVEL%')).stdout).toBe('50\n\n');
  });

  it('other commands offer to install, and the offer times out after 60 s', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const t0 = s.world.now;
    const r = await s.exec('wsl --list --running');
    expect(r.stdout).toBe(NOTICE + OFFER + 'Operation aborted\n\n');
    expect(s.world.now - t0).toBeGreaterThanOrEqual(60_000);
    expect((await s.exec('where wsl')).stdout).toBe('C:\\Windows\\System32\\wsl.exe\n\n');
  });

  it('is found from PowerShell too', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    await s.exec('powershell');
    expect(await s.exec('wsl --status')).toMatchObject({ stdout: NOTICE, exitCode: 50 });
  });
});

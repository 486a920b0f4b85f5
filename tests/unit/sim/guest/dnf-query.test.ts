// dnf 4.14's search, provides and history as their sources lay them out (cli/commands/search.py with
// match_counter.py and output.py fmtSection / matchcallback; cli.py provides(); output.py historyListCmd and
// historyInfoCmd), over the catalog the simulated repositories hold and the transactions run in the session.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('dnf search', () => {
  it('prints fmtSection headers (78 columns of "=" around the title) and NAME.ARCH : SUMMARY lines, metadata on stderr', async () => {
    const s = await vm();
    const r = await s.exec('dnf search jq');
    expect(r.stdout).toBe('=========================== Name Exactly Matched: jq ===========================\njq.x86_64 : Command-line JSON processor\n');
    expect(r.stderr).toMatch(/^Rocky Linux 9 - BaseOS/);
    expect(r.exitCode).toBe(0);
  });

  it('needs every keyword to match without --all; heavier name matches first', async () => {
    const s = await vm();
    const r = await s.exec('dnf search vim editor | cat');
    expect(r.stdout.split('\n')[0]).toBe('===================== Name & Summary Matched: vim, editor ======================');
    expect(r.stdout).toContain('vim-common.x86_64 : The common files needed by any version of the VIM editor\nvim-enhanced.x86_64 : A version of the VIM editor which includes recent enhancements\n');
  });

  it('says `No matches found.` on stderr and exits 0', async () => {
    const s = await vm();
    const r = await s.exec('dnf search zzznothing');
    expect(r).toMatchObject({ stdout: '', exitCode: 0 });
    expect(r.stderr.endsWith('No matches found.\n')).toBe(true);
  });
});

describe('dnf provides', () => {
  it('finds a command through /usr/bin and /usr/sbin and prints the verbose match', async () => {
    const s = await vm();
    const r = await s.exec('dnf provides ifconfig');
    expect(r.stdout).toContain('net-tools-2.0-0.64.20160912git.el9.x86_64 : Basic networking tools\nRepo        : baseos\nMatched from:\nFilename    : /usr/sbin/ifconfig\n\n');
  });

  it('a miss is an error with the hint about paths', async () => {
    const s = await vm();
    const r = await s.exec('dnf provides /nothing/here');
    expect(r).toMatchObject({ exitCode: 1, stderr: 'Error: No matches found. If searching for a file, try specifying the full path or using a wildcard prefix ("*/") at the beginning.\n' });
  });
});

describe('dnf history', () => {
  it('lists the transactions newest first in historyListCmd columns, and info shows one', async () => {
    const s = await vm();
    await s.exec('sudo dnf install -y jq');
    await s.exec('sudo dnf remove -y jq');
    const l = (await s.exec('dnf history')).stdout.split('\n');
    expect(l[0]).toBe('ID     | Command line              | Date and time    | Action(s)      | Altered');
    expect(l[1]).toBe('-'.repeat(80));
    expect(l[2]).toMatch(/^ {5}2 \| remove -y jq {14}\| \d{4}-\d\d-\d\d \d\d:\d\d \| Removed {8}\| {4}1 {3}$/);
    expect(l[3]).toMatch(/^ {5}1 \| install -y jq {13}\| .{16} \| Install {8}\| {4}1 {3}$/);
    const i = (await s.exec('dnf history info 1')).stdout;
    expect(i).toMatch(/^Transaction ID : 1\nBegin time     : \w{3} \d\d \w{3} \d{4} \d\d:\d\d:\d\d [AP]M UTC\nBegin rpmdb    : \d+:[0-9a-f]{40}\n/);
    expect(i).toContain('User           :  <vagrant>\nReturn-Code    : Success\nReleasever     : 9\nCommand Line   : install -y jq\nComment        : \nPackages Altered:\n    Install jq-1.6-17.el9.x86_64 @appstream\n');
    expect((await s.exec('dnf history info')).stdout).toContain('    Removed jq-1.6-17.el9.x86_64 @@System\n');
    expect((await s.exec('dnf history list nano')).stdout).toBe("No transaction which manipulates package 'nano' was found.\n");
    expect((await s.exec('dnf history list jq')).stdout.split('\n').length).toBe(5);
  });
});

describe('dnf info', () => {
  it('puts an installed package under Installed Packages (@System, From repo) and a newer or absent one under Available Packages', async () => {
    const s = await vm();
    await s.exec('sudo dnf install -y jq');
    const r = await s.exec('dnf info jq git');
    expect(r.stdout).toContain('Installed Packages\nName         : jq\nVersion      : 1.6\nRelease      : 17.el9\nArchitecture : x86_64\n');
    expect(r.stdout).toContain('Repository   : @System\nFrom repo    : appstream\nSummary      : Command-line JSON processor\n\nAvailable Packages\nName         : git\n');
    expect(r.stdout).toContain('Repository   : appstream\nSummary      : Fast Version Control System\n\n');
    expect(await s.exec('dnf info nosuch')).toMatchObject({ stderr: 'Error: No matching Packages to list\n', exitCode: 1 });
  });
});

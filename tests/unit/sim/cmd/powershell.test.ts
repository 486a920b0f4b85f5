// Windows PowerShell 5.1 started from cmd.exe on the host: its banner and `PS D:\...>` level, the cmdlets modelled
// (Get-Location, Set-Location, Get-ChildItem, Get-Content, Write-Output and their aliases, $PSVersionTable), the
// host's programs run from it, and its error records, as public transcripts of Windows PowerShell 5.1 show them.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const BANNER =
  'Windows PowerShell\nCopyright (C) Microsoft Corporation. All rights reserved.\n\n' +
  'Install the latest PowerShell for new features and improvements! https://aka.ms/PSWindows\n\n';

async function ps() {
  const s = await createSession({ lab: 'host', seed: 1 });
  const cwd = s.prompt().slice(0, -1);
  expect((await s.exec('powershell')).stdout).toBe(BANNER);
  expect(s.prompt()).toBe(`PS ${cwd}> `);
  return { s, cwd };
}

describe('powershell', () => {
  it('opens a PowerShell level with its banner; exit goes back to cmd.exe', async () => {
    const { s, cwd } = await ps();
    expect(await s.exec('pwd')).toMatchObject({ stdout: `\nPath\n----\n${cwd}\n\n\n`, exitCode: 0 });
    expect((await s.exec('Get-Location')).stdout).toBe(`\nPath\n----\n${cwd}\n\n\n`);
    expect((await s.exec('hostname')).stdout).toBe('DESKTOP-7Q2K4VB\n');
    // a program named with its folder runs from there only
    expect((await s.exec('C:\\Windows\\System32\\HOSTNAME.EXE')).stdout).toBe('DESKTOP-7Q2K4VB\n');
    expect((await s.exec('C:\\Windows\\hostname.exe')).stderr).toContain("C:\\Windows\\hostname.exe : The term 'C:\\Windows\\hostname.exe' is not recognized");
    // powershell.exe is found along PATH, and run from PowerShell it opens one more level
    expect((await s.exec('where.exe powershell')).stdout).toBe('C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\n');
    expect((await s.exec('powershell')).stdout).toBe(BANNER);
    await s.exec('exit');
    expect(s.prompt()).toBe(`PS ${cwd}> `);
    await s.exec('exit');
    expect(s.prompt()).toBe(`${cwd}>`);
  });

  it('answers an unknown name with the CommandNotFoundException record', async () => {
    const { s } = await ps();
    const r = await s.exec('mvn clean package');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      "mvn : The term 'mvn' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the \n" +
        'spelling of the name, or if a path was included, verify that the path is correct and try again.\n' +
        'At line:1 char:1\n+ mvn clean package\n+ ~~~\n' +
        '    + CategoryInfo          : ObjectNotFound: (mvn:String) [], CommandNotFoundException\n' +
        '    + FullyQualifiedErrorId : CommandNotFoundException\n\n',
    );
    // cmd.exe's builtins are not PowerShell commands
    expect((await s.exec('ver')).stderr).toContain("ver : The term 'ver' is not recognized");
  });

  it('cd, dir and cat on the host disk, with the PathNotFound records', async () => {
    const { s, cwd } = await ps();
    await s.exec('exit');
    await s.exec('mkdir lab\\.vagrant');
    await s.exec('echo hello> lab\\notes.txt');
    await s.exec('powershell');
    await s.exec('cd lab');
    expect(s.prompt()).toBe(`PS ${cwd}\\lab> `);
    const out = (await s.exec('dir')).stdout.split('\n');
    expect(out.slice(0, 7)).toEqual(['', '', `    Directory: ${cwd}\\lab`, '', '', 'Mode                 LastWriteTime         Length Name', '----                 -------------         ------ ----']);
    // Mode to 7, LastWriteTime right-aligned to 26 (date to 10, two blanks, time to 8), Length to 14, then the name
    expect(out[7]).toMatch(/^d----- {2}[ \d/]{12}\d{4} {2}[ \d]\d:\d\d [AP]M {16}\.vagrant$/);
    expect(out[8]).toMatch(/^-a---- {2}[ \d/]{12}\d{4} {2}[ \d]\d:\d\d [AP]M {14}6 notes\.txt$/);
    expect(out[7].indexOf('.vagrant')).toBe(50);
    expect(out.slice(9)).toEqual(['', '', '']);
    expect((await s.exec('cat notes.txt')).stdout).toBe('hello\n');
    const r = await s.exec('cd nope');
    expect(r.stderr).toBe(
      `cd : Cannot find path '${cwd}\\lab\\nope' because it does not exist.\nAt line:1 char:1\n+ cd nope\n+ ~~~~~~~\n` +
        `    + CategoryInfo          : ObjectNotFound: (${cwd}\\lab\\nope:String) [Set-Location], ItemNotFoundException\n` +
        '    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand\n\n',
    );
    const long = 'Get-Content missing-file-with-a-long-name.txt';
    // a target over 40 characters keeps its first and last 15
    const full = `${cwd}\\lab\\missing-file-with-a-long-name.txt`;
    expect((await s.exec(long)).stderr).toContain(`(${full.slice(0, 15)}...${full.slice(-15)}:String) [Get-Content], ItemNotFoundException\n`);
  });

  it('dir leaves the hidden AppData folder out of the user profile, as Get-ChildItem without -Force does', async () => {
    const { s } = await ps();
    const out = (await s.exec('dir C:\\Users\\user')).stdout;
    expect(out).toContain(' Desktop\n');
    expect(out).not.toContain('AppData');
  });

  it('prints $PSVersionTable of 5.1.22621.4391 and runs -Command lines from cmd.exe', async () => {
    const { s } = await ps();
    expect((await s.exec('$PSVersionTable')).stdout).toContain('\nPSVersion                      5.1.22621.4391\nPSEdition                      Desktop\n');
    expect((await s.exec('echo "hello world"; Write-Output a b')).stdout).toBe('hello world\na\nb\n');
    await s.exec('exit');
    const cwd = s.prompt().slice(0, -1);
    expect((await s.exec('powershell -Command "cd \\"; pwd')).stdout).toContain('\nPath\n----\n');
    expect(s.prompt()).toBe(`${cwd}>`);
    expect((await s.exec('powershell -NoLogo -c Get-Location')).stdout).toBe(`\nPath\n----\n${cwd}\n\n\n\n`);
  });

  it('runs Vagrant from PowerShell; `vagrant ssh` and its exit come back to the PS prompt', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('exit');
    const cwd = s.prompt().slice(0, -1);
    await s.exec('powershell');
    expect((await s.exec('vagrant status')).stdout).toContain('\ndefault                   running (virtualbox)\n');
    await s.exec('vagrant ssh');
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    await s.exec('exit');
    expect(s.prompt()).toBe(`PS ${cwd}> `);
    // Clear-Host (cls) clears the screen and prints nothing
    expect((await s.exec('cls')).output).toBe('');
  });
});

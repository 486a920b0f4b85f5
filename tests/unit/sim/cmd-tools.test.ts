// where, tree, tasklist, hostname, dir /W /B /S, findstr's switches, cd /D and set on the Windows host.
// Texts: Windows' own, from the public copies listed in tests/golden/cmd/SOURCES.md.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
async function host(files: Record<string, string> = {}) {
  return createSession({ lab: 'host', seed: 1, files });
}
/** cmd.exe prints a blank line before its next prompt. */
const out = (t: string) => (t.endsWith('\n') ? t.slice(0, -1) : t);

describe('where', () => {
  it('finds programs along PATH, PATHEXT tried, and files in the current folder', async () => {
    const s = await host({ [`${DIR}\\Vagrantfile`]: 'x\n' });
    let r = await s.exec('where vagrant');
    expect([out(r.stdout), r.exitCode]).toEqual(['C:\\Program Files\\Vagrant\\bin\\vagrant.exe\n', 0]);
    r = await s.exec('where notepad.exe Vagrantfile');
    expect(out(r.stdout)).toBe(`C:\\Windows\\System32\\notepad.exe\nC:\\Windows\\notepad.exe\n${DIR}\\Vagrantfile\n`);
    r = await s.exec('where /F vboxmanage');
    expect(out(r.stdout)).toBe('"C:\\Program Files\\Oracle\\VirtualBox\\VBoxManage.exe"\n');
  });
  it('nothing found, quiet mode, a bad switch, no pattern', async () => {
    const s = await host();
    let r = await s.exec('where kubectl');
    expect([out(r.stdout), r.stderr, r.exitCode]).toEqual(['', 'INFO: Could not find files for the given pattern(s).\n', 1]);
    r = await s.exec('where /Q kubectl');
    expect([out(r.stdout), r.stderr, r.exitCode]).toEqual(['', '', 1]);
    r = await s.exec('where /Z x');
    expect([r.stderr, r.exitCode]).toEqual(['ERROR: Invalid argument or option - \'/Z\'.\nType "WHERE /?" for usage help.\n', 2]);
    r = await s.exec('where');
    expect(r.exitCode).toBe(2);
    expect(r.stdout.startsWith('The syntax of this command is:\n\nWHERE [/R dir] [/Q] [/F] [/T] pattern...\n')).toBe(true);
  });
  it('/R searches a folder tree', async () => {
    const s = await host({ [`${DIR}\\a\\b\\deep.txt`]: 'x\n', [`${DIR}\\top.txt`]: 'y\n' });
    const r = await s.exec(`where /R ${DIR} *.txt`);
    expect(out(r.stdout)).toBe(`${DIR}\\top.txt\n${DIR}\\a\\b\\deep.txt\n`);
  });
});

describe('tree', () => {
  it('folders, files with /F, ASCII with /A', async () => {
    const s = await host({ [`${DIR}\\top.txt`]: 'x\n', [`${DIR}\\a\\f.txt`]: 'x\n', [`${DIR}\\a\\b\\g.txt`]: 'x\n', [`${DIR}\\c\\h.txt`]: 'x\n' });
    let r = await s.exec('tree');
    expect(out(r.stdout)).toBe('Folder PATH listing for volume Data\nVolume serial number is 3C9D-77A1\nD:.\n├───a\n│   └───b\n└───c\n');
    r = await s.exec('tree /F /A');
    expect(out(r.stdout)).toBe(
      'Folder PATH listing for volume Data\nVolume serial number is 3C9D-77A1\nD:.\n|   top.txt\n|   \n+---a\n|   |   f.txt\n|   |   \n|   \\---b\n|           g.txt\n|           \n\\---c\n        h.txt\n        \n',
    );
    r = await s.exec('tree a');
    expect(out(r.stdout)).toBe(`Folder PATH listing for volume Data\nVolume serial number is 3C9D-77A1\n${DIR.toUpperCase()}\\A\n└───b\n`);
  });
  it('a folder without subfolders; a bad switch', async () => {
    const s = await host();
    let r = await s.exec('tree C:\\Users\\user\\Desktop');
    expect(out(r.stdout)).toBe('Folder PATH listing for volume Windows\nVolume serial number is 6A4E-1F2B\nC:\\USERS\\USER\\DESKTOP\nNo subfolders exist \n\n');
    r = await s.exec('tree /X');
    expect([r.stderr, r.exitCode]).toEqual(['Invalid switch - /X\n', 1]);
  });
});

describe('tasklist', () => {
  it('the table, with VirtualBox while a machine runs', async () => {
    const s = await host({ [`${DIR}\\Vagrantfile`]: 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\nend\n' });
    let r = await s.exec('tasklist');
    const lines = out(r.stdout).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '',
      'Image Name                     PID Session Name        Session#    Mem Usage',
      '========================= ======== ================ =========== ============',
      'System Idle Process              0 Services                   0          8 K',
    ]);
    expect(r.stdout).not.toContain('VBoxHeadless.exe');
    await s.exec('vagrant up');
    r = await s.exec('tasklist /FI "IMAGENAME eq VBox*" /NH');
    expect(out(r.stdout)).toBe(
      '\nVBoxSDS.exe                   9212 Services                   0     10,884 K\nVBoxSVC.exe                   9348 Console                    1     24,516 K\nVBoxHeadless.exe             10020 Console                    1     98,064 K\n',
    );
  });
  it('/FO CSV and LIST, a filter that matches nothing, a bad switch', async () => {
    const s = await host();
    let r = await s.exec('tasklist /FO CSV /FI "PID eq 4"');
    expect(out(r.stdout)).toBe('"Image Name","PID","Session Name","Session#","Mem Usage"\n"System","4","Services","0","5,492 K"\n');
    r = await s.exec('tasklist /fo list /fi "imagename eq cmd.exe"');
    expect(out(r.stdout)).toMatch(/^\nImage Name: {3}cmd\.exe\nPID: {10}\d+\nSession Name: Console\nSession#: {5}1\nMem Usage: {4}[\d,]+ K\n$/);
    r = await s.exec('tasklist /FI "IMAGENAME eq kubelet.exe"');
    expect(out(r.stdout)).toBe('INFO: No tasks are running which match the specified criteria.\n');
    r = await s.exec('tasklist /X');
    expect([r.stderr, r.exitCode]).toEqual(['ERROR: Invalid argument/option - \'/X\'.\nType "TASKLIST /?" for usage.\n', 1]);
  });
});

describe('hostname', () => {
  it('prints the name and refuses to set one', async () => {
    const s = await host();
    expect(out((await s.exec('hostname')).stdout)).toBe('DESKTOP-7Q2K4VB\n');
    const r = await s.exec('hostname NEWNAME');
    expect([r.stderr, r.exitCode]).toEqual(['sethostname: Use the Network Control Panel Applet to set hostname.\n', 1]);
  });
});

describe('dir', () => {
  const files = { [`${DIR}\\Vagrantfile`]: 'abc\n', [`${DIR}\\scripts\\a.sh`]: 'echo\n', [`${DIR}\\scripts\\b.sh`]: 'ls\n' };
  it('/W lists names in columns, folders in brackets', async () => {
    const s = await host(files);
    const r = await s.exec('dir /W');
    expect(out(r.stdout)).toContain(`\n Directory of ${DIR}\n\n[.]              [..]             [scripts]        Vagrantfile\n               1 File(s)              4 bytes\n               3 Dir(s) 412,316,860,412 bytes free\n`);
  });
  it('/B /S lists full paths of everything below', async () => {
    const s = await host(files);
    const r = await s.exec('dir /b /s');
    expect(out(r.stdout)).toBe(`${DIR}\\scripts\n${DIR}\\Vagrantfile\n${DIR}\\scripts\\a.sh\n${DIR}\\scripts\\b.sh\n`);
    expect(out((await s.exec('dir /b /s *.sh')).stdout)).toBe(`${DIR}\\scripts\\a.sh\n${DIR}\\scripts\\b.sh\n`);
  });
  it('/S lists each folder and the grand total', async () => {
    const s = await host(files);
    const r = await s.exec('dir /s');
    const text = out(r.stdout);
    expect(text).toContain(`\n Directory of ${DIR}\\scripts\n\n`);
    expect(text).toMatch(/ {15}1 File\(s\) {14}4 bytes\n\n Directory of /);
    expect(text.endsWith('\n     Total Files Listed:\n               3 File(s)             12 bytes\n               5 Dir(s) 412,316,860,404 bytes free\n')).toBe(true);
  });
  it('/O sorts: by size, reversed by name, folders first', async () => {
    const s = await host({ [`${DIR}\\b.txt`]: 'xxxxxx\n', [`${DIR}\\a.log`]: 'x\n', [`${DIR}\\c.txt`]: 'xxx\n', [`${DIR}\\zdir\\f`]: 'x\n' });
    expect(out((await s.exec('dir /b /OS')).stdout)).toBe('zdir\na.log\nc.txt\nb.txt\n');
    expect(out((await s.exec('dir /b /O:-N')).stdout)).toBe('zdir\nc.txt\nb.txt\na.log\n');
    expect(out((await s.exec('dir /b /O')).stdout)).toBe('zdir\na.log\nb.txt\nc.txt\n');
    expect(out((await s.exec('dir /b /OE')).stdout)).toBe('zdir\na.log\nb.txt\nc.txt\n');
  });
  it('/A:D lists folders only', async () => {
    const s = await host(files);
    expect(out((await s.exec('dir /b /A:D')).stdout)).toBe('scripts\n');
    expect(out((await s.exec('dir /b /A-D')).stdout)).toBe('Vagrantfile\n');
  });
});

describe('the folders the environment names', () => {
  it('TEMP, APPDATA, LOCALAPPDATA, PUBLIC and ProgramData exist; a file can be written to %TEMP%', async () => {
    const s = await host();
    for (const v of ['TEMP', 'TMP', 'APPDATA', 'LOCALAPPDATA', 'PUBLIC', 'ProgramData', 'ProgramFiles(x86)']) {
      const r = await s.exec(`cd /D "%${v}%"`);
      expect([v, r.stderr, r.exitCode]).toEqual([v, '', 0]);
    }
    await s.exec('cd /D D:\\3_VMs\\HashiCorp');
    expect((await s.exec('echo hi> %TEMP%\\x.txt')).stderr).toBe('');
    expect(out((await s.exec('type %TEMP%\\x.txt')).stdout)).toBe('hi\n');
  });
  it('dir leaves the hidden AppData and ProgramData out unless /A asks for attributes', async () => {
    const s = await host();
    const names = async (c: string) => out((await s.exec(c)).stdout).split('\n').filter(Boolean);
    expect(await names('dir /B %USERPROFILE%')).not.toContain('AppData');
    expect(await names('dir /B /A %USERPROFILE%')).toContain('AppData');
    expect(await names('dir /B /AD %USERPROFILE%')).toContain('AppData');
    expect(await names('dir /B /A:H %USERPROFILE%')).toEqual(['AppData']);
    expect(await names('dir /B C:\\')).toEqual(['Program Files', 'Program Files (x86)', 'Users', 'Windows']);
    expect(await names('dir /B /A C:\\')).toContain('ProgramData');
    const h = (await s.exec('dir /A:H C:\\Users\\user')).stdout;
    expect(h).toContain('<DIR>          AppData\n');
    expect(h).not.toContain('<DIR>          .\n');
  });
});

describe('findstr', () => {
  const files = { [`${DIR}\\a.txt`]: 'alpha beta\nGamma\ndelta alpha\n', [`${DIR}\\sub\\b.txt`]: 'alpha in sub\n' };
  it('alternatives, /C: literal, /I, /V, /B, /E, /X, /N, regular expressions', async () => {
    const s = await host(files);
    const t = async (c: string) => out((await s.exec(c)).stdout);
    expect(await t('findstr "gamma beta" a.txt')).toBe('alpha beta\n');
    expect(await t('findstr /C:"delta alpha" a.txt')).toBe('delta alpha\n');
    expect(await t('findstr /I /N gamma a.txt')).toBe('2:Gamma\n');
    expect(await t('findstr /V alpha a.txt')).toBe('Gamma\n');
    expect(await t('findstr /B alpha a.txt')).toBe('alpha beta\n');
    expect(await t('findstr /E alpha a.txt')).toBe('delta alpha\n');
    expect(await t('findstr /X Gamma a.txt')).toBe('Gamma\n');
    expect(await t('findstr "^G.*a$" a.txt')).toBe('Gamma\n');
    expect(await t('findstr /O alpha a.txt')).toBe('0:alpha beta\n17:delta alpha\n');
    expect(await t('type a.txt | findstr /N alpha')).toBe('1:alpha beta\n3:delta alpha\n');
  });
  it('several files are named on each line; /M names only; /S goes down the folders', async () => {
    const s = await host(files);
    expect(out((await s.exec('findstr /S alpha *.txt')).stdout)).toBe('a.txt:alpha beta\na.txt:delta alpha\nsub\\b.txt:alpha in sub\n');
    expect(out((await s.exec('findstr /S /M alpha *.txt')).stdout)).toBe('a.txt\nsub\\b.txt\n');
    const r = await s.exec('findstr alpha nofile.txt');
    expect([r.stderr, r.exitCode]).toEqual(['FINDSTR: Cannot open nofile.txt\n', 1]);
    expect((await s.exec('findstr')).stderr).toBe('FINDSTR: Bad command line\n');
  });
});

describe('cd /D and set', () => {
  it('cd /D changes the drive too; set alone lists the environment sorted', async () => {
    const s = await host();
    await s.exec('cd C:\\Users');
    expect(s.prompt()).toBe(`${DIR}>`);
    await s.exec('cd /D C:\\Users');
    expect(s.prompt()).toBe('C:\\Users>');
    const r = await s.exec('set');
    const lines = out(r.stdout).trim().split('\n');
    expect(lines[0]).toBe('ALLUSERSPROFILE=C:\\ProgramData');
    const names = lines.map((l) => l.slice(0, l.indexOf('=')).toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(lines).toContain('Path=C:\\Windows\\system32;C:\\Windows;C:\\Windows\\System32\\Wbem;C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\;C:\\Windows\\System32\\OpenSSH\\;C:\\Program Files\\Vagrant\\bin;C:\\Program Files\\Oracle\\VirtualBox');
  });
});

describe('dynamic variables and the remaining /? texts', () => {
  it('%ERRORLEVEL% is the last exit status, %CD% the current folder', async () => {
    const s = await host();
    await s.exec('where /Q kubectl');
    expect(out((await s.exec('echo %ERRORLEVEL%')).stdout)).toBe('1\n');
    expect(out((await s.exec('echo %errorlevel%')).stdout)).toBe('0\n');
    expect(out((await s.exec('echo %CD%')).stdout)).toBe(`${DIR}\n`);
  });
  it('whoami /? and ipconfig /? start as Windows prints them', async () => {
    const s = await host();
    expect((await s.exec('whoami /?')).stdout.startsWith('\nWhoAmI has three ways of working: \n\nSyntax 1:\n    WHOAMI [/UPN | /FQDN | /LOGONID]\n')).toBe(true);
    expect((await s.exec('ipconfig /?')).stdout.startsWith('\nUSAGE:\n    ipconfig [/allcompartments] [/? | /all | \n')).toBe(true);
    const ping = await s.exec('ping');
    expect(ping.exitCode).toBe(1);
    expect(ping.stdout).toBe((await s.exec('ping /?')).stdout);
    expect(ping.stdout).toContain('\nOptions:\n    -t             Ping the specified host until stopped.\n');
  });
});

describe('a switch the program does not know', () => {
  it('whoami, ipconfig and ping answer with their recorded errors', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(await s.exec('whoami /Z')).toMatchObject({ stderr: `ERROR: Invalid argument/option - '/Z'.\nType "WHOAMI /?" for usage.\n`, exitCode: 1 });
    const usage = (await s.exec('ipconfig /?')).stdout;
    let r = await s.exec('ipconfig /Z');
    expect(r.stdout).toBe('\nError: unrecognized or incomplete command line.\n' + usage);
    expect(r.exitCode).toBe(1);
    expect((await s.exec('ipconfig /renew Ethernet')).exitCode).toBe(0);
    const ping = (await s.exec('ping /?')).stdout;
    r = await s.exec('ping -z 127.0.0.1');
    expect(r.stdout).toBe('Bad option -z.\n' + ping);
    expect(r.exitCode).toBe(1);
  });
});

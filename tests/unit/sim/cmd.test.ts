import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = 'D:\\3_VMs\\HashiCorp';
const host = (files: Record<string, string> = {}) => createSession({ lab: 'host', files });

describe('cmd.exe on the Windows host', () => {
  it('prompt, blank line after each command, nothing after an empty line', async () => {
    const s = await host();
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');
    expect((await s.exec('echo hello')).output).toBe('hello\n\n');
    expect((await s.exec('')).output).toBe('');
  });

  it('^| is a plain | to echo, not a pipe: a Vagrantfile written line by line with echo', async () => {
    const s = await host();
    const r = await s.exec('echo Vagrant.configure("2") do ^|config^| > Vagrantfile');
    expect(r.stdout + r.stderr).toBe('\n');
    await s.exec('echo end>> Vagrantfile');
    expect((await s.exec('type Vagrantfile')).stdout).toBe('Vagrant.configure("2") do |config| \nend\n\n');
    expect((await s.exec('echo a ^& b ^> c')).stdout).toBe('a & b > c\n\n');
  });

  it('unknown commands answer as cmd.exe does, with status 9009', async () => {
    const s = await host();
    const r = await s.exec('kubectl get pods');
    expect(r.stderr).toBe("'kubectl' is not recognized as an internal or external command,\noperable program or batch file.\n");
    expect(r.exitCode).toBe(9009);
  });

  it('command names are case-insensitive and .exe is accepted', async () => {
    const s = await host();
    expect((await s.exec('VAGRANT.EXE --version')).stdout).toBe('Vagrant 2.4.3\n\n');
    expect((await s.exec('ECHO Hi')).stdout).toBe('Hi\n\n');
  });

  it('cd: print, change, .., errors, other drives need /d', async () => {
    const s = await host();
    expect((await s.exec('cd')).stdout).toBe(`${DIR}\n\n`);
    await s.exec('cd ..');
    expect(s.prompt()).toBe('D:\\3_VMs>');
    await s.exec('cd hashicorp');
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');
    await s.exec('cd..');
    expect(s.prompt()).toBe('D:\\3_VMs>');
    expect((await s.exec('cd nowhere')).stderr).toBe('The system cannot find the path specified.\n');
    await s.exec('cd C:\\Users');
    expect(s.prompt()).toBe('D:\\3_VMs>');
    await s.exec('cd /d C:\\Users\\user');
    expect(s.prompt()).toBe('C:\\Users\\user>');
    await s.exec('D:');
    expect(s.prompt()).toBe('D:\\>');
  });

  it('dir lists with a volume header and summary; a missing file says File Not Found', async () => {
    const s = await host({ [`${DIR}\\notes.txt`]: 'abc' });
    await s.exec('mkdir data');
    const r = await s.exec('dir');
    expect(r.stdout).toMatch(/^ Volume in drive D is Data\n Volume Serial Number is 3C9D-77A1\n\n Directory of D:\\3_VMs\\HashiCorp\n\n/);
    expect(r.stdout).toMatch(/\d\d\/\d\d\/\d{4}  \d\d:\d\d [AP]M    <DIR>          data\n/);
    expect(r.stdout).toMatch(/\d\d\/\d\d\/\d{4}  \d\d:\d\d [AP]M {17}3 notes\.txt\n/);
    expect(r.stdout).toContain('               1 File(s)              3 bytes\n               3 Dir(s)');
    const m = await s.exec('dir nothing.txt');
    expect(m.stderr).toBe('File Not Found\n');
    expect((await s.exec('dir /b')).stdout).toBe('data\nnotes.txt\n\n');
  });

  it('type, del (silent, any case, wildcard), missing files', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'one\n', [`${DIR}\\b.txt`]: 'two\n' });
    expect((await s.exec('type A.TXT')).stdout).toBe('one\n\n');
    expect((await s.exec('type')).stderr).toBe('The syntax of the command is incorrect.\n');
    expect((await s.exec('type data')).stderr).toBe('The system cannot find the file specified.\n');
    expect((await s.exec('del missing.txt')).stderr).toBe('Could Not Find D:\\3_VMs\\HashiCorp\\missing.txt\n');
    expect((await s.exec('del *.txt')).output).toBe('\n');
    expect(s.world.host('host').fs.list(DIR)).toEqual([]);
  });

  it('mkdir, copy with overwrite question, echo to a file, more, findstr in a pipe', async () => {
    const s = await host({ [`${DIR}\\a.txt`]: 'alpha\nbeta\n' });
    expect((await s.exec('mkdir a.txt')).stderr).toBe('A subdirectory or file a.txt already exists.\n');
    expect((await s.exec('copy a.txt b.txt')).stdout).toBe('        1 file(s) copied.\n\n');
    const o = await s.exec('copy a.txt b.txt', { answers: ['n'] });
    expect(o.stdout).toBe(`Overwrite ${DIR}\\b.txt? (Yes/No/All): n\n        0 file(s) copied.\n\n`);
    const miss = await s.exec('copy zzz.txt c.txt');
    expect(miss.stderr).toBe('The system cannot find the file specified.\n');
    expect(miss.stdout).toBe('        0 file(s) copied.\n\n');
    await s.exec('echo line one> out.txt');
    await s.exec('echo line two>> out.txt');
    expect((await s.exec('type out.txt')).stdout).toBe('line one\nline two\n\n');
    expect((await s.exec('type a.txt | findstr beta')).stdout).toBe('beta\n\n');
    expect((await s.exec('more a.txt')).stdout).toBe('alpha\nbeta\n\n');
  });

  it('echo on/off text, set lists, sets and expands %VAR%', async () => {
    const s = await host();
    expect((await s.exec('echo')).stdout).toBe('ECHO is on.\n\n');
    expect((await s.exec('echo.')).stdout).toBe('\n\n');
    expect((await s.exec('set USERN')).stdout).toBe('USERNAME=user\n\n');
    await s.exec('set LAB=k8s');
    expect((await s.exec('echo %lab% and %NOPE%')).stdout).toBe('k8s and %NOPE%\n\n');
    expect((await s.exec('set NOPE')).stderr).toBe('Environment variable NOPE not defined\n');
  });

  it('&& and || chain on exit status', async () => {
    const s = await host();
    expect((await s.exec('type nofile && echo yes || echo no')).stdout).toBe('no\n\n');
    // cmd.exe keeps the space before & as part of the echoed text
    expect((await s.exec('echo a & echo b')).stdout).toBe('a \nb\n\n');
  });

  it('cls emits clear and no blank line; exit ends the session', async () => {
    const s = await host();
    let cleared = 0;
    let exited = 0;
    s.on('clear', () => cleared++);
    s.on('exit', () => exited++);
    expect((await s.exec('cls')).output).toBe('');
    expect(cleared).toBe(1);
    await s.exec('exit');
    expect(exited).toBe(1);
    expect(s.closed).toBe(true);
    expect(s.prompt()).toBe('');
  });

  it('notepad asks the front end to edit; without an editor pane it reads the new text', async () => {
    const s = await host({ [`${DIR}\\Vagrantfile`]: 'old\n' });
    const edits: unknown[] = [];
    s.on('edit', (e) => edits.push(e));
    await s.exec('notepad Vagrantfile');
    expect(edits).toEqual([{ hostId: 'host', path: `${DIR}\\Vagrantfile`, content: 'old\n', editor: 'notepad' }]);
    const cli = await createSession({ lab: 'host', interactiveEditor: false, files: { [`${DIR}\\Vagrantfile`]: 'old\n' } });
    const r = await cli.exec('notepad Vagrantfile', { answers: ['new line 1', 'new line 2', '.'] });
    expect(r.stdout).toContain('old\n--- end of file ---\n');
    expect(r.exitCode).toBe(0);
    expect(cli.world.host('host').fs.read(`${DIR}\\Vagrantfile`)).toBe('new line 1\nnew line 2\n');
  });

  it('start notepad opens the editor pane as notepad does (after a title and switches, /D naming the folder); start alone prints nothing here', async () => {
    const s = await host({ [`${DIR}\\Vagrantfile`]: 'old\n', ['D:\\3_VMs\\notes.txt']: 'n\n' });
    const edits: { path: string }[] = [];
    s.on('edit', (e) => edits.push(e));
    expect(await s.exec('start notepad Vagrantfile')).toMatchObject({ stdout: '\n', stderr: '', exitCode: 0 });
    await s.exec('start "my title" /MIN /D D:\\3_VMs notepad.exe notes.txt');
    expect(edits.map((e) => e.path)).toEqual([`${DIR}\\Vagrantfile`, 'D:\\3_VMs\\notes.txt']);
    expect(s.frame.cwd).toBe(DIR);
    expect(await s.exec('start')).toMatchObject({ stdout: '\n', stderr: '', exitCode: 0 });
  });

  it('ipconfig, ping and VBoxManage see the VMs on their private network', async () => {
    const s = await host({ [`${DIR}\\Vagrantfile`]: 'Vagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\n  config.vm.network "private_network", ip: "192.168.1.10"\nend\n' });
    expect((await s.exec('ping 192.168.1.10')).stdout).toContain('Request timed out.\n');
    await s.exec('vagrant up');
    expect((await s.exec('ipconfig')).stdout).toContain('Ethernet adapter VirtualBox Host-Only Network #2:\n\n   Connection-specific DNS Suffix  . : \n   Link-local IPv6 Address . . . . . : fe80::8d2a:11c4:5e0b:3a11%18\n   IPv4 Address. . . . . . . . . . . : 192.168.1.1\n');
    const p = await s.exec('ping -n 2 192.168.1.10');
    expect(p.stdout).toBe('\nPinging 192.168.1.10 with 32 bytes of data:\nReply from 192.168.1.10: bytes=32 time<1ms TTL=64\nReply from 192.168.1.10: bytes=32 time<1ms TTL=64\n\nPing statistics for 192.168.1.10:\n    Packets: Sent = 2, Received = 2, Lost = 0 (0% loss),\nApproximate round trip times in milli-seconds:\n    Minimum = 0ms, Maximum = 0ms, Average = 0ms\n\n');
    expect((await s.exec('ping nohost')).stdout).toBe('Ping request could not find host nohost. Please check the name and try again.\n\n');
    const vms = await s.exec('VBoxManage list runningvms');
    expect(vms.stdout).toMatch(/^"HashiCorp_default_\d{13}_\d{5}" \{[0-9a-f-]+\}\n\n$/);
    expect((await s.exec('vboxmanage --version')).stdout).toBe('7.1.4r165100\n\n');
  });
});

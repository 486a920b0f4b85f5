// getmac, sort and find on the Windows host: their `/?` texts (tests/golden/cmd/*.usage), getmac's padded table
// and LIST/CSV layouts with the MAC addresses ipconfig shows and the recorded errors, sort.exe's case-blind order,
// and find.exe's banners, counts and line numbers from the Windows utilities' message table.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const GOLDEN = path.resolve(__dirname, '../../../golden/cmd');
const usage = (n: string) => fs.readFileSync(path.join(GOLDEN, `${n}.usage`), 'utf8');

describe('getmac', () => {
  it('/? prints the recorded usage', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(await s.exec('getmac /?')).toMatchObject({ stdout: usage('getmac') + '\n', exitCode: 0 });
  });

  it("lists each adapter's MAC address and transport in columns of 19 and 58", async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const macs = [...(await s.exec('ipconfig /all')).stdout.matchAll(/Physical Address[ .]+: (\S+)/g)].map((m) => m[1]);
    const out = (await s.exec('getmac')).stdout;
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).toEqual(['', 'Physical Address    Transport Name'.padEnd(78), '='.repeat(19) + ' ' + '='.repeat(58)]);
    expect(lines.slice(3, 3 + macs.length).map((l) => l.slice(0, 20))).toEqual(macs.map((m) => m.padEnd(20)));
    for (const l of lines.slice(3, 3 + macs.length)) expect(l).toMatch(/^\S+ {3}\\Device\\Tcpip_\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\} {6}$/);
    const csv = (await s.exec('getmac /FO CSV')).stdout.split('\n');
    expect(csv[0]).toBe('"Physical Address","Transport Name"');
    expect(csv[1]).toMatch(new RegExp(`^"${macs[0]}","\\\\Device\\\\Tcpip_\\{`));
    expect((await s.exec('getmac /fo csv /nh')).stdout.split('\n')[0]).toBe(csv[1]);
    expect((await s.exec('getmac /fo list')).stdout).toContain(`\nPhysical Address: ${macs[1]}\nTransport Name:   \\Device\\Tcpip_{`);
  });

  it('answers bad options as the recorded session shows', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const tail = 'Type "GETMAC /?" for usage.\n';
    expect(await s.exec('getmac /x')).toMatchObject({ stderr: "ERROR: Invalid argument/option - '/x'.\n" + tail, exitCode: 1 });
    expect((await s.exec('getmac /fo xml')).stderr).toBe("ERROR: Invalid syntax. 'xml' value is not allowed for '/fo' option.\n" + tail);
    expect((await s.exec('getmac /fo')).stderr).toBe("ERROR: Invalid syntax. Value expected for '/fo'.\n" + tail);
    expect((await s.exec('getmac /fo list /nh')).stderr).toBe('ERROR: Invalid syntax. /NH option is allowed only for TABLE and CSV formats.\n' + tail);
  });
});

describe('sort and find', () => {
  async function withFile() {
    const s = await createSession({ lab: 'host', seed: 1 });
    for (const l of ['echo vagrant up> notes.txt', 'echo VBoxManage list vms>> notes.txt', 'echo arp -a>> notes.txt', 'echo Vagrant ssh>> notes.txt']) await s.exec(l);
    return s;
  }

  it('sort /? prints the recorded usage; sort orders lines without regard to case, /R reverses, /+n and /O', async () => {
    const s = await withFile();
    expect((await s.exec('sort /?')).stdout).toBe(usage('sort') + '\n');
    expect((await s.exec('sort notes.txt')).stdout).toBe('arp -a\nVagrant ssh\nvagrant up\nVBoxManage list vms\n\n');
    expect((await s.exec('type notes.txt | sort /R')).stdout).toBe('VBoxManage list vms\nvagrant up\nVagrant ssh\narp -a\n\n');
    expect((await s.exec('sort /+9 notes.txt')).stdout).toBe('arp -a\nVBoxManage list vms\nVagrant ssh\nvagrant up\n\n');
    await s.exec('sort notes.txt /O sorted.txt');
    expect((await s.exec('type sorted.txt')).stdout).toBe('arp -a\nVagrant ssh\nvagrant up\nVBoxManage list vms\n\n');
  });

  it('find /? prints the recorded usage; find prints a banner per file, /C /I /N /V, and counts its input', async () => {
    const s = await withFile();
    expect((await s.exec('find /?')).stdout).toBe(usage('find') + '\n');
    expect((await s.exec('find "vagrant" notes.txt')).stdout).toBe('\n---------- NOTES.TXT\nvagrant up\n\n');
    expect((await s.exec('find /i /n "vagrant" notes.txt')).stdout).toBe('\n---------- NOTES.TXT\n[1]vagrant up\n[4]Vagrant ssh\n\n');
    expect((await s.exec('find /c /v "vagrant" notes.txt')).stdout).toBe('\n---------- NOTES.TXT: 3\n\n');
    expect((await s.exec('type notes.txt | find /c /i "vagrant"')).stdout).toBe('2\n\n');
    expect(await s.exec('find vagrant notes.txt')).toMatchObject({ stderr: 'FIND: Parameter format not correct\n', exitCode: 2 });
    expect((await s.exec('find "x" nosuch.txt')).stderr).toBe('File not found - NOSUCH.TXT\n');
  });
});

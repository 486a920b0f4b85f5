// ncat 7.92 (nc) once `dnf install nmap-ncat` has put it on a guest: -z with -v's lines against the guest's sockets,
// the next-address step for localhost (::1 then 127.0.0.1), errors from bye() (status 2), -h from ncat_main.c,
// and -l listening where ss sees it.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  expect((await s.exec('nc -zv localhost 22')).exitCode).toBe(127);
  const r = await s.exec('sudo dnf install -y nmap-ncat');
  expect(r.stdout).toMatch(/^ nmap-ncat +x86_64 +7\.92-3\.el9 +appstream +225 k$/m);
  expect(r.stdout).toMatch(/^ libpcap +x86_64 +1\.10\.0-4\.el9 +baseos +177 k$/m);
}, 60_000);

const BANNER = 'Ncat: Version 7.92 ( https://nmap.org/ncat )\n';

describe('nc -z', () => {
  it('an open port: Connected to, then the byte count', async () => {
    const r = await s.exec('nc -zv localhost 22');
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Ncat: Version 7\.92 \( https:\/\/nmap\.org\/ncat \)\nNcat: Connected to ::1:22\.\nNcat: 0 bytes sent, 0 bytes received in \d+\.\d\d seconds\.\n$/);
    expect(r.exitCode).toBe(0);
    expect((await s.exec('nc -zv 10.0.2.15 22')).stderr).toContain('Ncat: Connected to 10.0.2.15:22.\n');
    expect((await s.exec('ncat -z 127.0.0.1 22')).exitCode).toBe(0);
  });
  it('a closed port: refused on ::1, the next address, refused again; -z alone is silent', async () => {
    const r = await s.exec('nc -zv localhost 6443');
    expect(r.stderr).toBe(BANNER + 'Ncat: Connection to ::1 failed: Connection refused.\nNcat: Trying next address...\nNcat: Connection refused.\n');
    expect(r.exitCode).toBe(1);
    expect(await s.exec('nc -z 127.0.0.1 6443')).toMatchObject({ stdout: '', stderr: '', exitCode: 1 });
  });
  it('no guest at the address: -w gives up with TIMEOUT', async () => {
    const r = await s.exec('nc -zv -w 2 10.0.2.99 22');
    expect(r.stderr).toBe(BANNER + 'Ncat: TIMEOUT.\n');
    expect(r.exitCode).toBe(1);
  });
});

describe('errors and help', () => {
  it('bye() lines, status 2', async () => {
    expect(await s.exec('nc -zv nosuch.example 22')).toMatchObject({ stderr: BANNER + 'Ncat: Could not resolve hostname "nosuch.example": Name or service not known. QUITTING.\n', exitCode: 2 });
    expect(await s.exec('nc')).toMatchObject({ stderr: 'Ncat: You must specify a host to connect to. QUITTING.\n', exitCode: 2 });
    expect(await s.exec('nc -Q')).toMatchObject({ stderr: "nc: invalid option -- 'Q'\nNcat: Try `--help' or man(1) ncat for more information, usage options and help. QUITTING.\n", exitCode: 2 });
    expect((await s.exec('nc localhost abc')).stderr).toBe('Ncat: Invalid port number "abc". QUITTING.\n');
    expect((await s.exec('nc -w 0 localhost 22')).stderr).toBe('Ncat: Invalid -w timeout "0" (must be greater than 0 and less than 2147483s). QUITTING.\n');
  });
  it('-h prints ncat_main.c’s help on stdout; --version the banner on stderr', async () => {
    const h = await s.exec('nc -h');
    expect(h.stdout.startsWith('Ncat 7.92 ( https://nmap.org/ncat )\nUsage: ncat [options] [hostname] [port]\n\n')).toBe(true);
    expect(h.stdout).toContain('  -z                         Zero-I/O mode, report connection status only\n');
    expect(h.stdout.endsWith('\nSee the ncat(1) manpage for full options, descriptions and usage examples\n')).toBe(true);
    expect(await s.exec('ncat --version')).toMatchObject({ stdout: '', stderr: BANNER, exitCode: 0 });
  });
});

describe('nc -l', () => {
  it('listens on :: until interrupted; ss lists it and nc -z reaches it', async () => {
    await s.exec('nc -lv 8080 > /tmp/nc.out 2>&1 &');
    const ss = (await s.exec('ss -ltn')).stdout;
    expect(ss).toMatch(/\[::\]:8080|\*:8080/);
    expect((await s.exec('nc -z 127.0.0.1 8080')).exitCode).toBe(0);
    await s.exec('kill %1');
    expect((await s.exec('ss -ltn')).stdout).not.toContain(':8080');
    expect((await s.exec('cat /tmp/nc.out')).stdout).toBe(BANNER + 'Ncat: Listening on :::8080\nNcat: Listening on 0.0.0.0:8080\n');
  });
});

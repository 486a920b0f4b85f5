// telnet 0.17 (Rocky 9.5's telnet-0.17-85.el9, OpenBSD's client texts) after `dnf install telnet`: resolving and
// connecting to the world's listeners, sshd's identification line on port 22 and its answer to a stray line,
// Ctrl+] and the telnet> prompt (quit, close, an empty line, unknown words), the top-level prompt without a host.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
let out = '';
let err = '';
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  const before = await s.exec('telnet localhost 22');
  expect(before.stderr).toBe('-bash: telnet: command not found\n');
  const r = await s.exec('sudo dnf install -y telnet');
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/^ telnet +x86_64 +1?:?0\.17-85\.el9 +appstream +63 k$/m);
  s.on('output', ({ text, stream }) => (stream === 'stderr' ? (err += text) : (out += text)));
}, 60_000);

const type = async (text: string) => {
  for (const c of text) await s.pressKey(c);
};
const fresh = () => {
  out = '';
  err = '';
};

describe('connecting', () => {
  it('an unknown host: getaddrinfo()’s error and herror()’s line, status 1', async () => {
    const r = await s.exec('telnet nosuchhost 22');
    expect(r.stderr).toBe('telnet: nosuchhost: Name or service not known\nnosuchhost: Unknown host\n');
    expect(r.exitCode).toBe(1);
  });
  it('a port nothing listens on is refused', async () => {
    const r = await s.exec('telnet 127.0.0.1 25');
    expect(r.stdout).toBe('Trying 127.0.0.1...\n');
    expect(r.stderr).toBe('telnet: connect to address 127.0.0.1: Connection refused\n');
    expect(r.exitCode).toBe(1);
  });
  it('a service name getaddrinfo() does not know is a bad port', async () => {
    const r = await s.exec('telnet localhost nosuchservice');
    expect(r.stderr).toBe('telnet: nosuchservice: bad port\n');
    expect(r.exitCode).toBe(1);
  });
});

describe('talking to sshd', () => {
  it('prints sshd’s identification line; Ctrl+] then quit closes the connection (status 0)', async () => {
    fresh();
    await s.submit('telnet 10.0.2.15 22');
    expect(out).toBe("Trying 10.0.2.15...\nConnected to 10.0.2.15.\nEscape character is '^]'.\nSSH-2.0-OpenSSH_8.7\n");
    expect(s.wantsKey).toBe(true);
    await s.pressKey('\x1d');
    expect(out.endsWith('SSH-2.0-OpenSSH_8.7\n^]\ntelnet> ')).toBe(true);
    await s.submit('bogus');
    expect(out.endsWith('?Invalid command\ntelnet> ')).toBe(true);
    await s.submit('quit');
    expect(out).toContain('Connection closed.\n');
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });
  it('localhost tries ::1 first; a line that is not an SSH one makes sshd close the connection (status 1)', async () => {
    fresh();
    await s.submit('telnet localhost 22');
    expect(out).toBe("Trying ::1...\nConnected to localhost.\nEscape character is '^]'.\nSSH-2.0-OpenSSH_8.7\n");
    await type('hello\n');
    expect(out).toContain('SSH-2.0-OpenSSH_8.7\nhello\nInvalid SSH identification string.\nConnection closed by foreign host.\n');
    expect((await s.exec('echo $?')).stdout).toBe('1\n');
  });
  it('an empty line at telnet> goes back to the connection; close ends it', async () => {
    fresh();
    await s.submit('telnet localhost ssh');
    await s.pressKey('\x1d');
    await s.submit('');
    expect(s.wantsKey).toBe(true);
    await s.pressKey('\x1d');
    await s.submit('c');
    expect(out.endsWith('Connection closed.\n')).toBe(true);
  });
});

describe('without a host', () => {
  it('the telnet> prompt: close needs a connection, open connects, quit leaves', async () => {
    fresh();
    await s.submit('telnet');
    expect(out).toBe('telnet> ');
    await s.submit('close');
    expect(out).toContain('?Need to be connected first.\n');
    await s.submit('open 127.0.0.1 25');
    expect(out).toContain('Trying 127.0.0.1...\n');
    expect(err).toBe('telnet: connect to address 127.0.0.1: Connection refused\n');
    fresh();
    await s.submit('telnet');
    await s.submit('quit');
    expect((await s.exec('echo $?')).stdout).toBe('0\n');
  });
});

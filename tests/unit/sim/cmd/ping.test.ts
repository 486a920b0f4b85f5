// ping.exe answering for the host's own addresses: Windows' initial TTL is 128, as every public transcript of
// `ping 127.0.0.1` on Windows shows (`Reply from 127.0.0.1: bytes=32 time<1ms TTL=128`); the Linux guests reply with 64.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('ping', () => {
  it('the loopback and the host-only adapter of the host answer with TTL=128', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    for (const a of ['127.0.0.1', '192.168.56.1']) {
      const r = await s.exec(`ping -n 1 ${a}`);
      expect(r.stdout).toContain(`\nPinging ${a} with 32 bytes of data:\nReply from ${a}: bytes=32 time<1ms TTL=128\n\nPing statistics for ${a}:\n`);
    }
  });
});

describe('where', () => {
  it("finds Windows' ssh.exe in System32\\OpenSSH, which PATH names as Windows 11 does", async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect((await s.exec('where ssh')).stdout).toBe('C:\\Windows\\System32\\OpenSSH\\ssh.exe\n\n');
    expect((await s.exec('echo %PATH%')).stdout).toContain(';C:\\Windows\\System32\\OpenSSH\\;');
  });
});

// nslookup and tracert on the Windows host: their `/?` texts (tests/golden/cmd/*.usage), nslookup's answer split
// between stdout and stderr as public Windows transcripts show it, the guests' names missing from DNS, and
// tracert's hops (one to a guest on the host-only network, the router first to the internet).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const GOLDEN = path.resolve(__dirname, '../../../golden/cmd');
const usage = (n: string) => fs.readFileSync(path.join(GOLDEN, `${n}.usage`), 'utf8');

describe('nslookup', () => {
  it('/? prints the recorded usage on stderr', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(await s.exec('nslookup /?')).toMatchObject({ stdout: '\n', stderr: usage('nslookup'), exitCode: 1 });
  });

  it('answers from the default server, the router, with the non-authoritative note on stderr', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const ip = (await s.exec('ipconfig /all')).stdout;
    expect(ip).toMatch(/DNS Servers[ .]+: 192\.168\.0\.1\n/);
    expect(await s.exec('nslookup google.com')).toMatchObject({
      stdout: 'Server:  UnKnown\nAddress:  192.168.0.1\n\nName:    google.com\nAddress:  142.250.207.46\n\n\n',
      stderr: 'Non-authoritative answer:\n',
      exitCode: 0,
    });
    expect((await s.exec('nslookup github.com 8.8.8.8')).stdout.startsWith('Server:  dns.google\nAddress:  8.8.8.8\n\nName:    github.com\n')).toBe(true);
  });

  it("a guest's name is in no DNS zone: Non-existent domain", async () => {
    const s = await createSession({ lab: 'nodes', seed: 1 });
    while (s.frame.shell !== 'cmd') await s.exec('exit');
    const r = await s.exec('nslookup node1');
    expect(r.stdout).toBe('Server:  UnKnown\nAddress:  192.168.0.1\n\n\n');
    expect(r.stderr).toBe("*** UnKnown can't find node1: Non-existent domain\n");
  });

  it('without a host it prompts for names until exit', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const r = await s.exec('nslookup', { answers: ['localhost', 'exit'] });
    expect(r.output).toBe('Default Server:  UnKnown\nAddress:  192.168.0.1\n\n> localhost\nServer:  UnKnown\nAddress:  192.168.0.1\n\nName:    localhost\nAddress:  127.0.0.1\n\n> exit\n\n');
    expect(r.exitCode).toBe(0);
  });
});

describe('tracert', () => {
  it('/? prints the recorded usage; an unknown option is named first', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect((await s.exec('tracert /?')).stdout).toBe(usage('tracert') + '\n');
    expect((await s.exec('tracert --help')).stdout).toBe('--help is not a valid command option.\n' + usage('tracert') + '\n');
  });

  it('a running guest is one hop away on the host-only network; a name it cannot resolve is refused', async () => {
    const s = await createSession({ lab: 'nodes', seed: 1 });
    while (s.frame.shell !== 'cmd') await s.exec('exit');
    expect((await s.exec('tracert 192.168.56.10')).stdout).toBe(
      '\nTracing route to 192.168.56.10 over a maximum of 30 hops\n\n  1    <1 ms    <1 ms    <1 ms  192.168.56.10\n\nTrace complete.\n\n',
    );
    expect((await s.exec('tracert node1')).stdout).toBe('Unable to resolve target system name node1.\n\n');
    await s.exec('vagrant halt');
    expect((await s.exec('tracert -h 2 -w 100 192.168.56.10')).stdout).toBe(
      '\nTracing route to 192.168.56.10 over a maximum of 2 hops\n\n  1     *        *        *     Request timed out.\n  2     *        *        *     Request timed out.\n\nTrace complete.\n\n',
    );
  }, 60_000);

  it('the router is the first hop to a public name', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const out = (await s.exec('tracert google.com')).stdout;
    expect(out).toBe('\nTracing route to google.com [142.250.207.46]\nover a maximum of 30 hops:\n\n  1     1 ms     1 ms     1 ms  192.168.0.1\n  2    31 ms    31 ms    31 ms  142.250.207.46\n\nTrace complete.\n\n');
  });
});

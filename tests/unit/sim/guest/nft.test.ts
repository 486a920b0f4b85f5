// nft of nftables 1.0.9: each case of tests/golden/nft/cases.json (the release built and run by
// scripts/golden/nft-record.sh: as root over an empty ruleset, as nobody where the kernel refuses) answers the same on
// the guest, as root with firewalld stopped (the box's default) or as vagrant. The cases that first add firewalld's
// table stand for the guest with firewalld running, where only the table's name is compared (ruleset.ts has its body).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

type Case = { as: string; setup: string; cmd: string; stdout: string; stderr: string; status: number };
const cases = JSON.parse(readFileSync('tests/golden/nft/cases.json', 'utf8')) as Case[];

describe('nft', () => {
  it('answers as nftables 1.0.9 over an empty ruleset and without root', async () => {
    const s = await createSession({ lab: 'vm' });
    const run = cases.filter((c) => !c.setup);
    expect(run.length).toBeGreaterThan(40);
    for (const c of run) {
      const r = await s.exec((c.as === 'root' ? 'sudo ' : '') + c.cmd);
      expect({ as: c.as, cmd: c.cmd, stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({ as: c.as, cmd: c.cmd, stdout: c.stdout, stderr: c.stderr, status: c.status });
    }
  });

  it("lists firewalld's table while firewalld runs", async () => {
    const s = await createSession({ lab: 'vm' });
    expect((await s.exec('sudo systemctl start firewalld')).exitCode).toBe(0);
    for (const c of cases.filter((x) => x.setup && /list tables/.test(x.cmd))) {
      const r = await s.exec('sudo ' + c.cmd);
      expect({ cmd: c.cmd, stdout: r.stdout, status: r.exitCode }).toEqual({ cmd: c.cmd, stdout: c.stdout, status: c.status });
    }
    // the recording's one interface IFACE stands for each of the guest's: inserted zone rules last first, forward rules in order
    const ifaces = (await s.exec("ip -o link show | awk -F': ' '$2 != \"lo\" {print $2}'")).stdout.trim().split('\n');
    const expand = (text: string) =>
      text
        .split('\n')
        .flatMap((l) => (l.includes('"IFACE"') ? (/ goto /.test(l) ? [...ifaces].reverse() : ifaces).map((i) => l.replace('"IFACE"', `"${i}"`)) : [l]))
        .join('\n');
    const fw = JSON.parse(readFileSync('tests/golden/nft/firewalld.json', 'utf8')) as { base: string; extra: string };
    expect(ifaces.length).toBeGreaterThan(0);
    expect(await s.exec('sudo nft list ruleset')).toMatchObject({ stdout: expand(fw.base), stderr: '', exitCode: 0 });
    expect((await s.exec('sudo nft list table inet firewalld')).stdout).toBe(expand(fw.base));
    for (const a of ['--add-service=http', '--add-port=8080/tcp', '--add-port=5000-5010/udp']) expect((await s.exec(`sudo firewall-cmd ${a}`)).exitCode).toBe(0);
    expect((await s.exec('sudo nft list ruleset inet')).stdout).toBe(expand(fw.extra));
    expect((await s.exec('sudo nft list ruleset ip')).stdout).toBe('');
    expect(await s.exec('nft list tables')).toMatchObject({ stderr: 'Operation not permitted (you must be root)\nnetlink: Error: cache initialization failed: Operation not permitted\n', exitCode: 1 });
    await s.exec('sudo systemctl stop firewalld');
    expect(await s.exec('sudo nft list tables')).toMatchObject({ stdout: '', exitCode: 0 });
  });
});

// ss -s: print_summary() of iproute2 6.2 (the same in Debian's 6.1) against a recording (tests/golden/ss-summary:
// /proc/net/sockstat(6), the Tcp lines of /proc/net/snmp and `ss -s`, taken together on a quiet machine), and the
// guest's summary agreeing with its socket table.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summaryText } from '../../../../src/sim/commands/iproute/ss/summary';
import { createSession } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/ss-summary');

describe('ss -s', () => {
  it('lays out the recorded counters as ss does', () => {
    const st = readFileSync(path.join(DIR, 'sockstat'), 'utf8');
    const field = (line: string, key: string) => Number(new RegExp(`^${line}: .*\\b${key} (\\d+)`, 'm').exec(st)![1]);
    const [names, vals] = readFileSync(path.join(DIR, 'snmp'), 'utf8').trim().split('\n').map((l) => l.split(' '));
    const s = {
      socks: field('sockets', 'used'), tcp4: field('TCP', 'inuse'), tcp6: field('TCP6', 'inuse'), orphans: field('TCP', 'orphan'),
      tws: field('TCP', 'tw'), tcpAlloc: field('TCP', 'alloc'), estab: Number(vals[names.indexOf('CurrEstab')]),
      udp4: field('UDP', 'inuse'), udp6: field('UDP6', 'inuse'), raw4: field('RAW', 'inuse'), raw6: field('RAW6', 'inuse'),
      frag4: field('FRAG', 'inuse'), frag6: field('FRAG6', 'inuse'),
    };
    expect(summaryText(s)).toBe(readFileSync(path.join(DIR, 'ss-s.txt'), 'utf8'));
  });

  it("the guest's summary counts its socket table, and stays alone without a socket kind", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const sum = (await s.exec('ss -s')).stdout;
    const listening = (await s.exec('ss -Htln')).stdout.trim().split('\n').length;
    const estab = (await s.exec('ss -Htn')).stdout.trim().split('\n').length;
    expect(sum).toMatch(new RegExp(`^TCP:   ${listening + estab} \\(estab ${estab}, closed 0, orphaned 0, timewait 0\\)$`, 'm'));
    expect(sum.endsWith('FRAG\t  0         0         0        \n\n')).toBe(true);
    expect((await s.exec('ss -s -t')).stdout.startsWith(sum + 'State')).toBe(true);
  });
});

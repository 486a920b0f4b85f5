// ip -s link / ip -s addr: the counters' layout (print_stats64() of iproute2 6.2) against Debian's iproute2 6.1
// (the same function) over the same counters (tests/golden/ip-stats: text and -j JSON side by side), and the
// guest's own counters: present for every interface, growing with time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { statsText, type LinkStats } from '../../../../src/sim/commands/iproute/ip/stats';
import { createSession } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/ip-stats');

function fromJson(file: string): LinkStats {
  const j = JSON.parse(readFileSync(path.join(DIR, file), 'utf8'))[0].stats64;
  const r = j.rx, t = j.tx;
  return {
    rx: { bytes: r.bytes, packets: r.packets, errors: r.errors, dropped: r.dropped, missed: r.missed_errors ?? 0, mcast: r.multicast, length: r.length_errors ?? 0, crc: r.crc_errors ?? 0, frame: r.frame_errors ?? 0, fifo: r.fifo_errors ?? 0, over: r.over_errors ?? 0 },
    tx: { bytes: t.bytes, packets: t.packets, errors: t.errors, dropped: t.dropped, carrier: t.carrier_errors, collisions: t.collisions, aborted: t.aborted_errors ?? 0, fifo: t.fifo_errors ?? 0, window: t.window_errors ?? 0, heartbeat: t.heartbeat_errors ?? 0 },
    carrierChanges: t.carrier_changes,
  };
}

/** The stats lines of a recorded `ip -s` text: from the first "    RX:" line on, up to the next interface. */
const statsLines = (file: string) => {
  const t = readFileSync(path.join(DIR, file), 'utf8');
  return t.slice(t.indexOf('    RX:'));
};

describe('ip -s counters', () => {
  for (const [dev, level] of [['lo', 1], ['lo', 2], ['ifb0', 1], ['ifb0', 2]] as const) {
    it(`${dev} -s x${level} lays out as iproute2 does`, () => {
      expect(statsText(fromJson(`${dev}-s${level}.json`), level)).toBe(statsLines(`${dev}-s${level}.txt`));
    });
  }

  it('ip -s addr prints them after the addresses', () => {
    expect(statsText(fromJson('lo-addr-s1.json'), 1)).toBe(statsLines('lo-addr-s1.txt'));
  });

  it('the guest prints counters under each link and address block, growing with time', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const a = (await s.exec('ip -s link')).stdout;
    expect(a.match(/^ {4}RX: +bytes packets errors dropped +missed +mcast +$/gm)).toHaveLength(2);
    expect((await s.exec('ip -s addr')).stdout.match(/^ {4}TX: +bytes packets errors dropped carrier collsns +$/gm)).toHaveLength(2);
    const rx = (t: string) => Number(/eth0:[\s\S]*?RX:.*\n +(\d+)/.exec(t)![1]);
    await s.advance(600_000);
    expect(rx((await s.exec('ip -s link')).stdout)).toBeGreaterThan(rx(a));
    expect((await s.exec('ip -s -s link show eth0')).stdout).toMatch(/TX errors: aborted +fifo +window heartbt transns\n/);
  });
});

// top's memory lines read /proc/meminfo as free does (procps-ng 3.3.17 meminfo(): free is MemFree, buff/cache is
// Buffers + Cached + SReclaimable, used is the rest of MemTotal, avail is MemAvailable), so top, free and
// /proc/meminfo agree.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const mib = (kb: number) => (kb / 1024).toFixed(1).padStart(8);

describe('top memory summary', () => {
  it('shows the figures free and /proc/meminfo give', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const info = Object.fromEntries((await s.exec('cat /proc/meminfo')).stdout.trim().split('\n').map((l) => [l.split(':')[0], Number(l.split(/\s+/)[1])]));
    const [, mem] = (await s.exec('free')).stdout.split('\n');
    const [total, used, free, , buff, avail] = mem.split(/\s+/).slice(1).map(Number);
    expect(total).toBe(info.MemTotal);
    expect(free).toBe(info.MemFree);
    expect(buff).toBe(info.Buffers + info.Cached + info.SReclaimable);
    const lines = (await s.exec('top -bn1')).stdout.split('\n');
    expect(lines[3]).toBe(`MiB Mem : ${mib(total)} total, ${mib(free)} free, ${mib(used)} used, ${mib(buff)} buff/cache`);
    expect(lines[4]).toBe(`MiB Swap: ${mib(info.SwapTotal)} total, ${mib(info.SwapFree)} free, ${mib(0)} used. ${mib(avail)} avail Mem`);
    expect(avail).toBe(info.MemAvailable);
  });
});

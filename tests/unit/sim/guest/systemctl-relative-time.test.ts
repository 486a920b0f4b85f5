// systemctl status's "since ...; N ago": systemd 252 format_timestamp_relative() (src/basic/time-util.c) drops the
// seconds from 5 minutes on and the minutes from 6 hours on, says "1 day Nh" up to two days, then days, weeks,
// months (2629800 s) and years (31557600 s).
import { describe, expect, it } from 'vitest';
import { ago } from '../../../../src/sim/commands/lib/units';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

const S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;

describe('format_timestamp_relative', () => {
  it('words each range as systemd 252 does', () => {
    expect(ago(450)).toBe('450ms');
    expect(ago(45 * S)).toBe('45s');
    expect(ago(2 * M + 5 * S)).toBe('2min 5s');
    expect(ago(4 * M + 59 * S)).toBe('4min 59s');
    expect(ago(13 * M + 1 * S)).toBe('13min');
    expect(ago(H + 20 * M + 30 * S)).toBe('1h 20min');
    expect(ago(5 * H + 59 * M)).toBe('5h 59min');
    expect(ago(7 * H + 40 * M)).toBe('7h');
    expect(ago(24 * H + 59 * M)).toBe('24h');
    expect(ago(25 * H + 20 * M)).toBe('1 day 1h');
    expect(ago(3 * D + 5 * H)).toBe('3 days');
    expect(ago(8 * D)).toBe('1 week 1 day');
    expect(ago(15 * D)).toBe('2 weeks 1 day');
    expect(ago(2629800 * S + D)).toBe('1 month 1 day');
    expect(ago(31557600 * S + 2629800 * S * 2)).toBe('1 year 2 months');
  });

  it('shows in systemctl status of the cluster a day later', async () => {
    const s = await createSession({ lab: 'incidents' });
    expect((await s.exec('systemctl status kubelet')).stdout).toMatch(/\n     Active: active \(running\) since Wed 2025-12-10 01:03:57 UTC; 1 day 1h ago\n/);
  });

  it('shows minutes without seconds after five minutes', async () => {
    const s = await createSession({ lab: 'cluster' });
    expect((await s.exec('systemctl status containerd')).stdout).toMatch(/\n     Active: active \(running\) since Wed 2025-12-10 01:03:57 UTC; 13min ago\n/);
  });
});

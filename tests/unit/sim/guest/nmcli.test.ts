// nmcli of NetworkManager 1.48.10 on the Rocky guest (no nmcli on the recording machine): the rules its source
// gives, checked on the guest's output: tabular columns one wider than their widest cell (utils.c _print_fill),
// ifcfg-rh profiles named "System <DEVICE>" with the MD5 of their file's path as UUID (NM_UUID_TYPE_LEGACY; the
// well-known 5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03 of ifcfg-eth0), multiline values at column 40, usage on stderr.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

async function vm() {
  return createSession({ lab: 'vm', seed: 1 });
}

/** The start column of each header word and of each cell, for a table whose cells have no inner double space. */
function columns(text: string): number[][] {
  return text.trimEnd().split('\n').map((l) => [...l.matchAll(/(?:^|(?<=  ))(?=\S)/g)].map((m) => m.index!));
}

describe('nmcli', () => {
  it('exists on the box (NetworkManager is in @core)', async () => {
    const s = await vm();
    expect((await s.exec('type nmcli')).stdout).toBe('nmcli is /usr/bin/nmcli\n');
  });

  it('device status: DEVICE TYPE STATE CONNECTION, each column its widest cell plus one and a space', async () => {
    const s = await vm();
    const out = (await s.exec('nmcli device status')).stdout;
    const lines = out.split('\n').filter(Boolean);
    expect(lines[0].split(/ +/).filter(Boolean)).toEqual(['DEVICE', 'TYPE', 'STATE', 'CONNECTION']);
    expect(lines.map((l) => l.split(/  +/)[0])).toEqual(['DEVICE', 'eth0', 'lo']);
    const widths = [6, 8, 'connected (externally)'.length, 'System eth0'.length].map((w) => w + 2);
    const starts = widths.reduce<number[]>((a, w) => [...a, a[a.length - 1] + w], [0]).slice(0, 4);
    for (const c of columns(out)) expect(c).toEqual(starts);
    // the last column is padded too: every line as long as the header
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    expect((await s.exec('nmcli d')).stdout).toBe(out);
  });

  it('connection show: the ifcfg-eth0 profile as ifcfg-rh names it, with its path-derived UUID', async () => {
    const s = await vm();
    const out = (await s.exec('nmcli connection show')).stdout;
    expect(out).toMatch(/^System eth0 +5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03 +ethernet +eth0 *$/m);
    expect(out).toMatch(/^lo +[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} +loopback +lo *$/m);
  });

  it('terse output joins the fields with colons; -f picks fields', async () => {
    const s = await vm();
    expect((await s.exec('nmcli -t device')).stdout).toBe('eth0:ethernet:connected:System eth0\nlo:loopback:connected (externally):lo\n');
    expect((await s.exec('nmcli -g DEVICE,STATE device')).stdout).toBe('eth0:connected\nlo:connected (externally)\n');
  });

  it('device show: multiline values from column 40', async () => {
    const s = await vm();
    const out = (await s.exec('nmcli device show eth0')).stdout;
    for (const l of out.trimEnd().split('\n')) expect(l.indexOf(' ') > 0 && l.slice(40, 41) !== ' ' && /^[A-Z0-9.\-[\]]+: +\S/.test(l)).toBe(true);
    expect(out).toMatch(/^IP4.ADDRESS\[1\]: +10\.0\.2\.15\/24$/m);
  });

  it('errors and usage as nmcli words them', async () => {
    const s = await vm();
    const r = await s.exec('nmcli bogus');
    expect([r.stderr, r.exitCode]).toEqual(["Error: argument 'bogus' not understood. Try passing --help instead.\n", 2]);
    const h = await s.exec('nmcli device help');
    expect(h.stderr.startsWith('Usage: nmcli device { COMMAND | help }\n')).toBe(true);
    expect((await s.exec('nmcli device show eth9')).stderr).toBe("Error: Device 'eth9' not found.\n");
  });
});

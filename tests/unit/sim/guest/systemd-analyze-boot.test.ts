// systemd-analyze blame and critical-chain (analyze-blame.c, analyze-critical-chain.c of v252-46) over the boot's
// unit times, and the same times in systemctl show, status and the journal.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = (seed = 3) => createSession({ lab: 'vm', seed });
/** format_timespan(usec, USEC_PER_MSEC) of a span in µs. */
const span = (us: number) => (us >= 1e6 ? `${(Math.floor(us / 1000) / 1000).toFixed(3)}s` : `${Math.floor(us / 1000)}ms`);
const prop = (text: string, k: string) => Number(new RegExp(`^${k}=(\\d+)$`, 'm').exec(text)![1]);

describe('systemd-analyze blame', () => {
  it('lists the units by the time their start took, longest first, as systemctl show times them', async () => {
    const s = await vm();
    const out = (await s.exec('systemd-analyze blame')).stdout;
    const rows = out.trimEnd().split('\n').map((l) => /^ *(\S+) (\S+)$/.exec(l)!);
    expect(rows.length).toBeGreaterThan(10);
    // the time column is right-aligned
    expect(new Set(out.trimEnd().split('\n').map((l) => l.indexOf(' ', l.search(/\S/))))).toHaveLength(1);
    const names = rows.map((r) => r[2]);
    expect(names).toContain('sshd.service');
    expect(names).toContain('boot.mount');
    // targets, sockets and timers take no time and are not listed
    expect(names.some((n) => /\.(target|socket|timer)$/.test(n))).toBe(false);
    for (const [, t, name] of rows.slice(0, 6)) {
      const show = (await s.exec(`systemctl show -p InactiveExitTimestampMonotonic,ActiveEnterTimestampMonotonic ${name}`)).stdout;
      expect(span(prop(show, 'ActiveEnterTimestampMonotonic') - prop(show, 'InactiveExitTimestampMonotonic'))).toBe(t);
    }
    const ms = rows.map((r) => (r[1].endsWith('ms') ? parseFloat(r[1]) : parseFloat(r[1]) * 1000));
    expect([...ms].sort((a, b) => b - a)).toEqual(ms);
  });

  it('is the same for the same seed and differs for another', async () => {
    const a = (await (await vm(3)).exec('systemd-analyze blame')).stdout;
    expect((await (await vm(3)).exec('systemd-analyze blame')).stdout).toBe(a);
    expect((await (await vm(4)).exec('systemd-analyze blame')).stdout).not.toBe(a);
  });
});

describe('systemd-analyze critical-chain', () => {
  it('prints the header and the chain the default target waited for, each unit after the one below it', async () => {
    const s = await vm();
    const out = (await s.exec('systemd-analyze critical-chain --no-pager | cat')).stdout;
    expect(out.startsWith('The time when unit became active or started is printed after the "@" character.\nThe time the unit took to start is printed after the "+" character.\n\nmulti-user.target @')).toBe(true);
    const lines = out.split('\n').slice(3).filter(Boolean);
    const at = (l: string) => /@(\S+)/.exec(l)?.[1];
    const show = (await s.exec('systemctl show -p UserspaceTimestampMonotonic,FinishTimestampMonotonic')).stdout;
    // the default target became active when the boot finished
    expect(at(lines[0])).toBe(span(prop(show, 'FinishTimestampMonotonic') - prop(show, 'UserspaceTimestampMonotonic')));
    // a tree, one level deeper each line, ending at the slices the initrd set up
    lines.slice(1).forEach((l, i) => expect(l.indexOf('└─')).toBe(2 * i));
    expect(lines.at(-1)).toMatch(/└─-\.slice$/);
    // "+" for units that took time
    const timed = lines.filter((l) => / \+\S+$/.test(l));
    expect(timed.length).toBeGreaterThan(2);
    const blame = (await s.exec('systemd-analyze blame')).stdout.split('\n').map((b) => b.trim());
    for (const l of timed) expect(blame).toContain(`${/\+(\S+)$/.exec(l)![1]} ${/─(\S+) @/.exec(l)![1]}`);
  });

  it('starts at the units named; a name that is no unit has no bus object', async () => {
    const s = await vm();
    const r = await s.exec('SYSTEMD_COLORS=0 systemd-analyze critical-chain sshd.service sshd');
    expect(r.stdout).toMatch(/\n\nsshd\.service \+\d+ms\n└─network\.target @/);
    expect(r.stderr).toBe("Failed to get ID: Unknown object '/org/freedesktop/systemd1/unit/sshd'.\n");
    expect(r.exitCode).toBe(0);
  });

  it('colours the units that took time on a terminal only', async () => {
    const s = await vm();
    expect((await s.exec('systemd-analyze critical-chain')).stdout).toContain('\x1b[0;1;31m');
    expect((await s.exec('systemd-analyze critical-chain | cat')).stdout).not.toContain('\x1b[');
  });
});

describe('the boot timeline elsewhere', () => {
  it('status says since when show says the unit became active, and the journal has its start then', async () => {
    const s = await vm();
    const show = (await s.exec('systemctl show -p ActiveEnterTimestamp sshd')).stdout.trim().split('=')[1];
    expect((await s.exec('systemctl status sshd')).stdout).toContain(`Active: active (running) since ${show};`);
    const hms = show.split(' ')[2];
    expect((await s.exec('journalctl -b -u sshd --no-pager')).stdout).toContain(`${hms} localhost systemd[1]: Started OpenSSH server daemon.`);
  });

  it('the time verb reports what the default target took', async () => {
    const s = await vm();
    const show = (await s.exec('systemctl show -p UserspaceTimestampMonotonic,FinishTimestampMonotonic')).stdout;
    const user = span(prop(show, 'FinishTimestampMonotonic') - prop(show, 'UserspaceTimestampMonotonic'));
    expect((await s.exec('systemd-analyze time')).stdout).toContain(`multi-user.target reached after ${user} in userspace.\n`);
  });
});

describe('systemd-analyze dot', () => {
  it("draws the units' dependencies the chain follows, with the colour legend on stderr", async () => {
    const s = await vm();
    const r = await s.exec('systemd-analyze dot sshd.service > g.dot');
    expect(r.stderr).toBe('   Color legend: black     = Requires\n                 dark blue = Requisite\n                 dark grey = Wants\n                 red       = Conflicts\n                 green     = After\n');
    const out = (await s.exec('cat g.dot')).stdout;
    expect(out.startsWith('digraph systemd {\n') && out.endsWith('}\n')).toBe(true);
    const edges = out.split('\n').slice(1, -2);
    expect(edges.length).toBeGreaterThan(3);
    for (const e of edges) expect(e).toMatch(/^\t"[^"]+"->"[^"]+" \[color="(green|black|darkblue|grey66|red)"\];$/);
    // every edge touches the unit asked for; the unit sshd waited for in the critical chain is an After= edge
    for (const e of edges) expect(e).toContain('"sshd.service"');
    const chain = (await s.exec('SYSTEMD_COLORS=0 systemd-analyze critical-chain sshd.service')).stdout;
    const waited = /\n└─(\S+) @/.exec(chain)![1];
    expect(out).toContain(`\t"sshd.service"->"${waited}" [color="green"];\n`);
    // on a terminal it adds the graphviz hint
    expect((await s.exec('systemd-analyze dot sshd.service')).stderr).toContain("-- Try a shell pipeline like 'systemd-analyze dot | dot -Tsvg > systemd.svg'!\n");
  });
});

describe('systemd-analyze plot', () => {
  it('draws the boot as analyze-plot.c does: the phases, a bar per unit labelled with what blame gives', async () => {
    const s = await vm();
    const svg = (await s.exec('systemd-analyze plot')).stdout;
    expect(svg.startsWith('<?xml version="1.0" standalone="no"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg width="')).toBe(true);
    expect(svg).toContain('<!-- This plot was generated by systemd-analyze version 252-46.el9_5.2.0 -->\n');
    const time = (await s.exec('systemd-analyze time')).stdout;
    expect(svg).toContain(`<text x="20" y="50">${time.replace(/\n$/, '')}</text>`);
    for (const l of (await s.exec('systemd-analyze blame')).stdout.trim().split('\n').map((x) => x.trim().split(' '))) expect(svg).toContain(`>${l[1]} (${l[0]})</text>`);
    for (const phase of ['kernel', 'initrd', 'systemd']) expect(svg).toMatch(new RegExp(`<text class="left" x="[\\d.]+" y="[\\d.]+">${phase}</text>`));
    // one row per unit, the phases and the legend: the height analyze-plot.c reserves
    const rows = (svg.match(/<rect class="activating" /g) ?? []).length - 1;
    expect(svg).toMatch(new RegExp(`<svg width="\\d+px" height="${150 + (rows + 3) * 20 + 100}px"`));
    expect(svg.endsWith('</g>\n\n</svg>\n')).toBe(true);
  });
});

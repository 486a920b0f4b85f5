// colorls.sh in the login environment: LS_COLORS is `dircolors --sh /etc/DIR_COLORS` for TERM=xterm-256color
// (recorded with GNU dircolors over the el9 file: tests/golden/etc, scripts/golden/ls-colors.sh), and the
// simulated dircolors prints the same assignment.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

const golden = readFileSync(new URL('../../../golden/etc/dircolors-sh-xterm-256color.txt', import.meta.url), 'utf8');
const value = /^LS_COLORS='(.*)';\nexport LS_COLORS\n$/s.exec(golden)![1];

beforeAll(async () => {
  await loadGuest();
});

describe('LS_COLORS of the login shell', () => {
  it('is what colorls.sh evaluates from /etc/DIR_COLORS', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect((await s.exec('printenv LS_COLORS')).stdout).toBe(value + '\n');
    expect((await s.exec('dircolors --sh /etc/DIR_COLORS')).stdout).toBe(golden);
    expect(value.startsWith('rs=0:di=01;34:ln=01;36:mh=00:pi=40;33:so=01;35:do=01;35:bd=40;33;01:cd=40;33;01:or=40;31;01:mi=01;37;41:')).toBe(true);
  });

  it('takes ~/.dir_colors first, and is not set when no DIR_COLORS file is left', async () => {
    const { colorlsColors } = await import('../../../../src/sim/commands/lib/package-files');
    const s = await createSession({ lab: 'vm', seed: 3 });
    // the package files are there once the guest's first shell has started
    await s.exec('true');
    const host = [...s.world.hosts.values()].find((h) => h.kind === 'linux')!;
    expect(colorlsColors(host, '/home/vagrant', 'xterm-256color')).toBe(value);
    await s.exec("printf 'TERM xterm*\\nDIR 01;33\\n' > ~/.dir_colors");
    expect(colorlsColors(host, '/home/vagrant', 'xterm-256color')).toBe('di=01;33:');
    // the TERM lines decide: no match, no colours
    expect(colorlsColors(host, '/home/vagrant', 'dumb')).toBeUndefined();
    await s.exec('rm ~/.dir_colors; sudo rm /etc/DIR_COLORS');
    expect(colorlsColors(host, '/home/vagrant', 'xterm-256color')).toBeUndefined();
  });
});

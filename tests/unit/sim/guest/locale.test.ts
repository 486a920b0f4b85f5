// locale of glibc 2.34 on the box (LANG=en_US.UTF-8, glibc-langpack-en): show_locale_vars()'s text and the
// setlocale diagnostics as the host's glibc locale prints them for the same environment (less Debian's LANGUAGE
// line, a Debian patch), -a from 2.34's localedata/SUPPORTED en_* entries.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { help } from '../../../../src/sim/commands/glibc/locale/help';

beforeAll(async () => {
  await loadGuest();
});

const CATS = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES', 'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT', 'LC_IDENTIFICATION'];

describe('locale', () => {
  it('prints LANG, each category (implied values quoted) and LC_ALL', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('locale')).stdout).toBe(`LANG=en_US.UTF-8\n${CATS.map((c) => `${c}="en_US.UTF-8"\n`).join('')}LC_ALL=\n`);
    const r = await s.exec('LC_TIME=C LANG=fr_FR.UTF-8 locale');
    expect(r.stdout).toBe(`LANG=fr_FR.UTF-8\n${CATS.map((c) => (c === 'LC_TIME' ? 'LC_TIME=C\n' : `${c}="fr_FR.UTF-8"\n`)).join('')}LC_ALL=\n`);
    expect(r.stderr).toBe(['LC_CTYPE', 'LC_MESSAGES', 'LC_ALL'].map((c) => `locale: Cannot set ${c} to default locale: No such file or directory\n`).join(''));
    expect((await s.exec("LANG='a b$c' locale 2>/dev/null | head -2")).stdout).toBe('LANG=a\\ b\\$c\nLC_CTYPE="a b\\$c"\n');
  });

  it('-a lists C, C.utf8, POSIX and the en_* locales in collation order', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const names = (await s.exec('locale -a')).stdout.split('\n').filter(Boolean);
    expect(names.slice(0, 4)).toEqual(['C', 'C.utf8', 'en_AG', 'en_AU']);
    expect(names.slice(-3)).toEqual(['en_ZW', 'en_ZW.utf8', 'POSIX']);
    expect(names).toContain('en_US.utf8');
    expect(names.indexOf('en_IE@euro')).toBe(names.indexOf('en_IE') + 1);
    expect(names).toHaveLength(36);
  });

  it('charmap is the codeset; an unknown name is an error; --help', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('locale charmap; locale -k charmap; LC_ALL=C locale -c charmap')).stdout).toBe('UTF-8\ncharmap="UTF-8"\nLC_CTYPE\nANSI_X3.4-1968\n');
    const r = await s.exec('locale nosuch');
    expect([r.stderr, r.exitCode]).toEqual(['locale: unknown name "nosuch"\n', 1]);
    expect((await s.exec('locale --help')).stdout).toBe(help);
  });
});

// The cmd.exe builtins' `/?` texts and switch errors, against the Windows texts kept in tests/golden/cmd
// (where each comes from: tests/golden/cmd/SOURCES.md).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';
import { HELP_NAMES } from '../../../src/sim/commands/cmd/help';
import { findCommand } from '../../../src/sim/registry';
import { specOf } from '../../../src/sim/spec/run';

const GOLDEN = path.resolve(__dirname, '../../golden/cmd');
const ALIAS: Record<string, string> = { chdir: 'cd', erase: 'del', md: 'mkdir', rd: 'rmdir', ren: 'rename' };
/** cmd.exe prints a blank line before its next prompt. */
const out = (t: string) => (t.endsWith('\n') ? t.slice(0, -1) : t);

describe('cmd.exe /?', () => {
  it('every recorded builtin has its text', () => {
    const files = fs.readdirSync(GOLDEN).filter((f) => f.endsWith('.help')).map((f) => f.slice(0, -5));
    expect(HELP_NAMES.filter((n) => !ALIAS[n]).sort()).toEqual(files.sort());
  });
  for (const name of HELP_NAMES) {
    it(`${name} /? prints the Windows text`, async () => {
      const s = await createSession({ lab: 'host', seed: 1 });
      const want = fs.readFileSync(path.join(GOLDEN, `${ALIAS[name] ?? name}.help`), 'utf8');
      const r = await s.exec(`${name.toUpperCase()} /?`);
      expect({ stdout: out(r.stdout), stderr: r.stderr, status: r.exitCode }).toEqual({ stdout: want, stderr: '', status: 0 });
    });
  }
  it('/? anywhere among the arguments; ECHO only as its first', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(out((await s.exec('type x.txt /?')).stdout)).toBe(fs.readFileSync(path.join(GOLDEN, 'type.help'), 'utf8'));
    expect((await s.exec('echo a /?')).stdout).toBe('a /?\n\n');
    expect(out((await s.exec('set PATH /?')).stdout)).toBe(fs.readFileSync(path.join(GOLDEN, 'set.help'), 'utf8'));
    expect(out((await s.exec('more x.txt /?')).stdout)).toBe(fs.readFileSync(path.join(GOLDEN, 'more.help'), 'utf8'));
  });
  it('every builtin with a recorded text declares it in its spec, with the aliases', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    for (const name of HELP_NAMES) {
      const def = findCommand('cmd', name);
      const spec = def && specOf(def);
      expect(spec?.style, name).toBe('cmd');
      const help = typeof spec!.help === 'function' ? await spec!.help() : spec!.help;
      expect(help, name).toBe(fs.readFileSync(path.join(GOLDEN, `${ALIAS[name] ?? name}.help`), 'utf8'));
    }
    expect(s.complete('chdir /').candidates).toContain('/?');
  });
  it('VBoxManage answers its version switches as VBoxManage.cpp does; an unknown command is refused', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const v = (await s.exec('VBoxManage --version')).stdout;
    expect(v).toMatch(/^\d+\.\d+\.\d+r\d+\n\n$/);
    for (const w of ['-V', '-v', '-version', '-Version']) expect((await s.exec(`VBoxManage ${w}`)).stdout, w).toBe(v);
    const bad = await s.exec('VBoxManage frobnicate');
    expect({ err: bad.stderr, status: bad.exitCode }).toEqual({ err: "VBoxManage.exe: error: Invalid command 'frobnicate'\n", status: 2 });
  });
});

describe('cmd.exe switches', () => {
  it('dir rejects a switch it does not know and lists nothing', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    const r = await s.exec('dir /Z');
    expect({ stdout: out(r.stdout), stderr: r.stderr, status: r.exitCode }).toEqual({ stdout: '', stderr: 'Invalid switch - "Z".\n', status: 1 });
    // its own switches, negated (/-C) or with a value (/AD), pass
    expect((await s.exec('dir /-C /AD /O:N')).stderr).not.toContain('Invalid switch');
  });
  it('Tab offers dir its switches', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    await s.exec('dir /?');
    const got = s.complete('dir /').candidates;
    for (const sw of ['/A', '/B', '/O', '/S', '/W', '/?']) expect(got).toContain(sw);
  });
});

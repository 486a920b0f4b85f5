// Every registered command answers --help, a bad option and Tab from its spec, the way its real tool does.
// Commands without a spec yet are named below, with who moves them; the lists may only shrink.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadEveryGuestCommand } from '../../../../src/sim/index';
import { allCommands, type AnyCommandDef } from '../../../../src/sim/registry';
import { loadDef, specOf } from '../../../../src/sim/spec/run';
import type { CommandSpec } from '../../../../src/sim/spec/types';
import type { Session } from '../../../../src/sim/session';

/** Guest commands with no spec yet: bash builtins (their help is bash 5.1's `help` text) and tools whose source is not read yet. */
const GUEST_WITHOUT_SPEC = new Set([
  // `[[ ... ]]` is a keyword bash parses itself, not a command with options
  '[[',
]);

/**
 * Host commands without a spec (may only go down): `c:` and `d:` (a drive change, no help of its own), notepad (a
 * window, no console help) and vagrant (its own help tree).
 */
const HOST_WITHOUT_SPEC_AT_MOST = 4;

function helpWord(spec: CommandSpec): string {
  if (spec.style === 'cmd') return '/?';
  const own = spec.helpFlags?.[0] ?? spec.flags?.find((f) => f.action === 'help')?.long;
  return own ? (own.startsWith('-') ? own : '--' + own) : spec.style === 'cobra' || spec.style === 'ruby' ? '-h' : '--help';
}

async function helpText(spec: CommandSpec): Promise<string | undefined> {
  return typeof spec.help === 'function' ? spec.help() : spec.help;
}

let s: Session;
let guest: AnyCommandDef[];

beforeAll(async () => {
  await loadEveryGuestCommand();
  s = await createSession({ lab: 'vm', seed: 3 });
  guest = allCommands('bash').filter((d) => !d.available || d.available(s.world.host('default'), s.world));
});

describe('every guest command', () => {
  it('has a spec, or is named as not done yet (and the list only shrinks)', () => {
    const missing = guest.filter((d) => !specOf(d) && !GUEST_WITHOUT_SPEC.has(d.name)).map((d) => d.name);
    expect(missing).toEqual([]);
    const done = guest.filter((d) => specOf(d) && GUEST_WITHOUT_SPEC.has(d.name)).map((d) => d.name);
    expect(done, 'these have a spec now: take them off GUEST_WITHOUT_SPEC').toEqual([]);
  });

  it('--help prints the recorded help and exits 0', async () => {
    const checked: string[] = [];
    for (const def of guest) {
      const spec = specOf(def);
      if (!spec) continue;
      // echo, test, true, false and `:` take no --help in bash: `echo --help` prints "--help"
      if (spec.helpFlags?.length === 0) continue;
      const help = await helpText(spec);
      expect(help, `${def.name} has a spec but no help`).toBeTypeOf('string');
      // a pager pages its help on the terminal (less): what it prints into a file is the help
      let r = await s.exec(`${def.name} ${helpWord(spec)}${spec.helpPaged ? ' > /tmp/.help' : ''}`);
      if (spec.helpPaged) r = { ...r, stdout: s.world.host('default').fs.read('/tmp/.help') as string };
      expect(r.exitCode, def.name).toBe(spec.helpStatus ?? (spec.style === 'builtin' ? 2 : 0));
      // ping -h and ip help print their usage() to stderr
      const [shown, other] = spec.helpStream === 'stderr' ? [r.stderr, r.stdout] : [r.stdout, r.stderr];
      expect(shown, def.name).toBe(help);
      expect(other, def.name).toBe('');
      checked.push(def.name);
    }
    expect(checked.length).toBeGreaterThanOrEqual(27);
  });

  it("an unknown option gets the tool's own error and exit status", async () => {
    for (const def of guest) {
      const spec = specOf(def);
      if (!spec || spec.style !== 'gnu' || spec.onError || spec.rawArgs) continue; // own wording or own argv: tested beside the command
      const r = await s.exec(`${def.name} --no-such-option`);
      expect(r.stderr.split('\n')[0], def.name).toBe(`${def.name}: unrecognized option '--no-such-option'`);
      expect(r.exitCode, def.name).toBe(spec.usageStatus ?? 1);
      const z = spec.flags?.some((f) => f.short === 'j') ? 'y' : 'j';
      if (!spec.flags?.some((f) => f.short === z)) {
        const r2 = await s.exec(`${def.name} -${z}`);
        expect(r2.stderr.split('\n')[0], def.name).toBe(`${def.name}: invalid option -- '${z}'`);
      }
    }
  });

  it('Tab offers the flags', () => {
    for (const def of guest) {
      const spec = specOf(def);
      if (!spec) continue;
      const { candidates } = s.complete(`${def.name} --`);
      for (const f of spec.flags ?? []) {
        if (!f.long || f.hidden) continue;
        expect(candidates.some((c) => c === '--' + f.long || c === `--${f.long}=`), `${def.name} --${f.long}`).toBe(true);
      }
    }
  });
});

describe('the issue cases', () => {
  it('ls --bogus, cp --help, df --help, free --help, systemctl --help, sudo --help', async () => {
    const ls = await s.exec('ls --bogus');
    expect(ls).toMatchObject({ stdout: '', stderr: "ls: unrecognized option '--bogus'\nTry 'ls --help' for more information.\n", exitCode: 2 });
    expect((await s.exec('echo $?')).stdout).toBe('2\n');
    expect((await s.exec('cp --help')).stdout).toMatch(/^Usage: cp \[OPTION\]\.\.\. \[-T\] SOURCE DEST\n/);
    expect((await s.exec('df --help')).stdout).toMatch(/^Usage: df \[OPTION\]\.\.\. \[FILE\]\.\.\.\n/);
    expect((await s.exec('free --help')).stdout).toMatch(/^\nUsage:\n free \[options\]\n/);
    expect((await s.exec('systemctl --help')).stdout).toMatch(/^systemctl \[OPTIONS\.\.\.\] COMMAND \.\.\.\n\nQuery or send control commands to the system manager\.\n/);
    const sudo = await s.exec('sudo --help');
    expect(sudo.stdout).toMatch(/^sudo - execute a command as another user\n\nusage: sudo -h \| -K \| -k \| -V\n/);
    expect(sudo.exitCode).toBe(0);
  });
});

describe('every host command', () => {
  it('with a spec, /? prints its recorded help; the others are counted', async () => {
    const h = await createSession({ lab: 'host' });
    const cmds = allCommands('cmd').filter((d) => !d.available || d.available(h.world.host('host'), h.world));
    // programs whose spec loads with their body (curl, ssh)
    for (const d of cmds) if (d.name !== 'vagrant') await loadDef(d);
    const withSpec = cmds.filter((d) => specOf(d));
    for (const def of withSpec) {
      const spec = specOf(def)!;
      const help = await helpText(spec);
      // ssh has no help option: its usage comes with a usage error (tested beside it)
      if (help === undefined || spec.helpFlags?.length === 0) continue;
      const r = await h.exec(`${def.name} ${helpWord(spec)}`);
      // cmd.exe prints a blank line before its next prompt; netstat and route write their usage to stderr
      expect(spec.helpStream === 'stderr' ? r.stderr : r.stdout.replace(/\n$/, ''), def.name).toBe(help);
    }
    expect(cmds.length - withSpec.length).toBeLessThanOrEqual(HOST_WITHOUT_SPEC_AT_MOST);
  });
});

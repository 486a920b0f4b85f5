// awk / gawk beyond the recorded golden cases: the usage of gawk 5.1.0 against 5.2.1's recorded one (the two
// versions differ in two known places, see tests/golden/gawk/SOURCES.md), and random programs that never throw.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { Interp } from '../../../../src/sim/commands/gawk/interp';
import type { AwkIO } from '../../../../src/sim/commands/gawk/io';
import { AwkSyntaxError } from '../../../../src/sim/commands/gawk/lexer';
import { parseProgram } from '../../../../src/sim/commands/gawk/parser';
import { AwkFatal } from '../../../../src/sim/commands/gawk/state';

const recorded = readFileSync(path.resolve(import.meta.dirname, '../../../golden/gawk/help-5.2.1.txt'), 'utf8');
/** 5.1.0's usage(): no -I/--trace, and the bug-report paragraph without the gawkbug program. */
const as510 = recorded
  .replace('\t-I\t\t\t--trace\n', '')
  .replace("To report bugs, use the `gawkbug' program.\nFor full instructions, see the node", "To report bugs, see node");

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 2 });
});

describe('awk usage and version (gawk 5.1.0)', () => {
  it('--help and -h print the usage on stdout; no program prints it on stderr with status 1', async () => {
    expect(await s.exec('awk --help')).toMatchObject({ stdout: as510, stderr: '', exitCode: 0 });
    expect(await s.exec('awk -h')).toMatchObject({ stdout: as510, exitCode: 0 });
    expect(await s.exec('gawk --help')).toMatchObject({ stdout: as510.replaceAll('\tawk ', '\tgawk ').replaceAll('Usage: awk', 'Usage: gawk'), exitCode: 0 });
    expect(await s.exec('awk')).toMatchObject({ stdout: '', stderr: as510, exitCode: 1 });
    // an unknown option ends the options (gawk's getopt reports nothing): no program is left
    expect(await s.exec('awk -j')).toMatchObject({ stderr: as510, exitCode: 1 });
    expect(await s.exec('awk --no-such-option')).toMatchObject({ stderr: as510, exitCode: 1 });
    expect(await s.exec('awk -v')).toMatchObject({ stderr: 'awk: option requires an argument -- v\n' + as510, exitCode: 1 });
  });

  it('--version and -V print the version and the copyright of 5.1.0', async () => {
    const v = await s.exec('awk --version');
    expect(v.exitCode).toBe(0);
    expect(v.stdout.split('\n')[0]).toMatch(/^GNU Awk 5\.1\.0, API: 3\.0 /);
    expect(v.stdout).toContain('Copyright (C) 1989, 1991-2020 Free Software Foundation.\n');
    expect((await s.exec('awk -V')).stdout).toBe(v.stdout);
  });
});

const tokens = [
  '$0', '$1', '$NF', 'NF', 'NR', 'x', 'a[1]', 'a["k"]', '(x in a)', '1', '0', '"s"', '""', '/re/', '/[[:digit:]]+/', '+', '-', '*', '/', '%', '^',
  '=', '+=', '==', '<', '>', '!', '&&', '||', '?', ':', '~', '!~', ',', ';', '(', ')', '{', '}', '[', ']', 'print', 'printf', 'getline', 'next',
  'exit', 'delete', 'if', 'else', 'length', 'substr(', 'split(', 'sub(', 'gsub(', 'sprintf(', 'int(', 'BEGIN', 'END', '\n', '"%d %s"', '$(', '++', '--',
];

function io(): AwkIO {
  return {
    stdin: 'a b c\n1 2 3\n\nx\n',
    env: { HOME: '/home/vagrant' },
    pid: 1,
    ppid: 0,
    out: () => {},
    err: () => {},
    readFile: () => ({ ok: false, errno: 'ENOENT', message: 'No such file or directory' }),
    writeFile: () => null,
    *run() {
      return { out: '', status: 0 };
    },
    now: () => 0,
    where: () => 'awk: ',
  };
}

describe('random programs', () => {
  it('parse or fail with a syntax error, and run or stop with a fatal error, never anything else', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...tokens), { minLength: 1, maxLength: 14 }), (parts) => {
        const src = parts.join(' ');
        let prog;
        try {
          prog = parseProgram(src).program;
        } catch (e) {
          expect(e).toBeInstanceOf(AwkSyntaxError);
          return;
        }
        const it = new Interp(prog, io(), ['awk'], []);
        try {
          const g = it.run();
          for (let r = g.next(), n = 0; !r.done && n < 1000; r = g.next(), n++);
        } catch (e) {
          expect(e).toBeInstanceOf(AwkFatal);
        }
      }),
      { numRuns: 400 },
    );
  });
});

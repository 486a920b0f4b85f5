// set /A and set /P as set /? describes them (tests/golden/cmd/set.help): the operators and their precedence, 0x and
// 0 prefixes, variables without % signs, the final value shown at the command line (no newline: the prompt follows
// on the next line); the errors are cmd.exe's MSG_SET_A_* texts from the message table (SOURCES.md) and their error
// levels 0x40000000 | message id, as public references of set /a list them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const HELP = fs.readFileSync(path.resolve(__dirname, '../../../golden/cmd/set.help'), 'utf8');
const host = () => createSession({ lab: 'host', seed: 1 });

describe('set /A', () => {
  it('is documented by set /? as modelled here', () => {
    expect(HELP).toContain('If SET /A is executed from the command line outside of a\ncommand script, then it displays the final value of the expression.');
    expect(HELP).toContain('So 0x12 is the same as 18 is the same as 022.');
  });
  it('shows the value of the last expression and assigns variables', async () => {
    const s = await host();
    const cases: [string, string][] = [
      ['set /a 1+2*3', '7'],
      ['set /a (1+2)*3', '9'],
      ['set /a 0x12 + 022 - 18', '18'],
      ['set /a x=5', '5'],
      ['set /a "x+=10"', '15'],
      ['set /a y=x*2, z=y/4', '7'],
      ['set /a -7/2', '-3'],
      ['set /a "1<<4 | 1"', '17'],
      ['set /a ~0', '-1'],
      ['set /a !5', '0'],
      ['set /a nothere+1', '1'],
      ['set /a 0xFFFFFFFF', '-1'],
    ];
    for (const [c, v] of cases) {
      const r = await s.exec(c);
      expect({ c, out: r.stdout, code: r.exitCode }).toEqual({ c, out: `${v}\n`, code: 0 });
    }
    expect((await s.exec('echo %x% %y% %z%')).stdout).toBe('15 30 7\n\n');
  });
  it('refuses with the message table texts and their error levels', async () => {
    const s = await host();
    const cases: [string, string, number][] = [
      ['set /a (2+1', 'Unbalanced parenthesis.', 1073750988],
      ['set /a 5*', 'Missing operand.', 1073750989],
      ['set /a 7$3', 'Missing operator.', 1073750990],
      ['set /a 08', 'Invalid number.  Numeric constants are either decimal (17),\nhexadecimal (0x11), or octal (021).', 1073750991],
      ['set /a 2147483648', 'Invalid number.  Numbers are limited to 32-bits of precision.', 1073750992],
      ['set /a 7/0', 'Divide by zero error.', 1073750993],
    ];
    for (const [c, msg, level] of cases) {
      const r = await s.exec(c);
      expect({ c, err: r.stderr, code: r.exitCode }).toEqual({ c, err: `${msg}\n`, code: level });
    }
  });
});

describe('set /P', () => {
  it('prints the prompt, reads a line into the variable; an empty line keeps it', async () => {
    const s = await host();
    const r = await s.exec('set /p name=Your name: ', { answers: ['Kim'] });
    expect(r.output).toBe('Your name: Kim\n\n');
    expect((await s.exec('echo %name%')).stdout).toBe('Kim\n\n');
    expect((await s.exec('set /p name=Again: ', { answers: [''] })).exitCode).toBe(1);
    expect((await s.exec('echo %name%')).stdout).toBe('Kim\n\n');
  });
});

describe('%VAR:...% substitutions (set /?)', () => {
  it('substrings with negative offsets and lengths, replacements in any case, *str1; an unknown name stays', async () => {
    expect(HELP).toContain('%PATH:~0,-2%\n\nwould extract all but the last 2 characters of the PATH variable.');
    const s = await host();
    const cases: [string, string][] = [
      ['echo %COMPUTERNAME:~0,7%', 'DESKTOP'],
      ['echo %COMPUTERNAME:~-4%', 'K4VB'],
      ['echo %COMPUTERNAME:~0,-2%', 'DESKTOP-7Q2K4'],
      ['echo %USERPROFILE:USER=Public%', 'C:\\Publics\\Public'],
      ['echo %USERPROFILE:*\\=%', 'Users\\user'],
      ['echo %NOPE:~0,2%', '%NOPE:~0,2%'],
    ];
    for (const [c, v] of cases) expect({ c, out: (await s.exec(c)).stdout }).toEqual({ c, out: `${v}\n\n` });
  });
  it('the folders every 64-bit Windows sets', async () => {
    const s = await host();
    expect((await s.exec('echo %ProgramFiles%;%ProgramFiles(x86)%;%ProgramData%;%PUBLIC%')).stdout).toBe(
      'C:\\Program Files;C:\\Program Files (x86);C:\\ProgramData;C:\\Users\\Public\n\n',
    );
  });
});

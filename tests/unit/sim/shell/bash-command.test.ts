// bash and sh as commands on the guests: bash 5.1.8's --help, --version and usage errors (written from the
// bash-5.1 sources by scripts/golden/bash-usage.ts, whose --check renders 5.2 exactly as Debian's bash prints
// it), and the options read from the spec up to the first operand. The words 5.1 and 5.2 share are also in
// tests/golden/linux (bash-*).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

const USAGE = (n: string) =>
  `Usage:\t${n} [GNU long option] [option] ...\n\t${n} [GNU long option] [option] script-file ...\nGNU long options:\n` +
  ['debug', 'debugger', 'dump-po-strings', 'dump-strings', 'help', 'init-file', 'login', 'noediting', 'noprofile', 'norc', 'posix', 'pretty-print', 'rcfile', 'restricted', 'verbose', 'version']
    .map((l) => `\t--${l}\n`)
    .join('') +
  'Shell options:\n\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)\n\t-abefhkmnptuvxBCHP or -o option\n';

describe('bash --help, --version and usage errors', () => {
  it('--help is bash 5.1.8’s, under the name it was called by', async () => {
    const s = await vm();
    for (const n of ['bash', 'sh']) {
      const r = await s.exec(`${n} --help`);
      expect(r.exitCode).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(
        'GNU bash, version 5.1.8(1)-release-(x86_64-redhat-linux-gnu)\n' +
          USAGE(n) +
          `Type \`${n} -c "help set"' for more information about shell options.\nType \`${n} -c help' for more information about shell builtin commands.\nUse the \`bashbug' command to report bugs.\n\nbash home page: <http://www.gnu.org/software/bash>\nGeneral help using GNU software: <http://www.gnu.org/gethelp/>\n`,
      );
    }
  });

  it('--version', async () => {
    const s = await vm();
    expect(await s.exec('bash --version')).toMatchObject({
      stdout:
        'GNU bash, version 5.1.8(1)-release (x86_64-redhat-linux-gnu)\nCopyright (C) 2020 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n\nThis is free software; you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n',
      exitCode: 0,
    });
  });

  it('an unknown option: "NAME: WORD: invalid option" and the short usage on stderr, exit 2; long options are never abbreviated', async () => {
    const s = await vm();
    expect(await s.exec('bash --bogus')).toMatchObject({ stdout: '', stderr: 'bash: --bogus: invalid option\n' + USAGE('bash'), exitCode: 2 });
    expect((await s.exec('echo $?')).stdout).toBe('2\n');
    expect(await s.exec('sh -j')).toMatchObject({ stdout: '', stderr: 'sh: -j: invalid option\n' + USAGE('sh'), exitCode: 2 });
    expect(await s.exec('bash --vers')).toMatchObject({ stderr: 'bash: --vers: invalid option\n' + USAGE('bash'), exitCode: 2 });
    expect(await s.exec('bash --init-file')).toMatchObject({ stderr: 'bash: init-file: option requires an argument\n', exitCode: 2 });
  });
});

describe('bash’s options before its operands', () => {
  it('-c takes the first operand as the command, the next ones as $0 and $1...', async () => {
    const s = await vm();
    expect((await s.exec("bash -c 'echo $0 $1 $2' zero one two")).stdout).toBe('zero one two\n');
    expect((await s.exec("bash --norc -xc 'echo hi'")).stderr).toBe('+ echo hi\n');
    expect((await s.exec("bash -o errexit -c 'false; echo not here'")).stdout).toBe('');
    expect((await s.exec("bash -c 'false; echo here'")).stdout).toBe('here\n');
  });

  it('words after the script are its own, options included', async () => {
    const s = await vm();
    await s.exec("printf 'echo \"$@\"\\n' > args.sh");
    expect(await s.exec('bash args.sh --bogus -x')).toMatchObject({ stdout: '--bogus -x\n', stderr: '', exitCode: 0 });
    expect((await s.exec('bash -e args.sh -c')).stdout).toBe('-c\n');
  });
});

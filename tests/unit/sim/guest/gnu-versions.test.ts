// --version of grep 3.6 (and egrep/fgrep, which exec grep), sed 4.8 and xargs of findutils 4.8.0 on the Rocky guest,
// and the errors egrep/fgrep print under grep's name.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

const LICENSE =
  'License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\n';

describe('GNU --version texts', () => {
  it('grep -V, grep --version and egrep/fgrep --version print grep 3.6', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const want = `grep (GNU grep) 3.6\nCopyright (C) 2020 Free Software Foundation, Inc.\n${LICENSE}Written by Mike Haertel and others; see\n<https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>.\n`;
    for (const line of ['grep --version', 'grep -V', 'grep --vers', 'egrep --version', 'fgrep -V']) {
      expect(await s.exec(line)).toMatchObject({ stdout: want, stderr: '', exitCode: 0 });
    }
  });

  it("egrep and fgrep report option errors as grep, since they exec grep", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const usage = "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";
    expect(await s.exec('fgrep -Q x')).toMatchObject({ stderr: "grep: invalid option -- 'Q'\n" + usage, exitCode: 2 });
    expect(await s.exec('egrep --bogus x')).toMatchObject({ stderr: "grep: unrecognized option '--bogus'\n" + usage, exitCode: 2 });
  });

  it('sed --version prints the authors, the SELinux state and the contact lines; sed with no script its usage', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const v = await s.exec('sed --version');
    expect(v.exitCode).toBe(0);
    expect(v.stdout).toBe(
      `sed (GNU sed) 4.8\nCopyright (C) 2020 Free Software Foundation, Inc.\n${LICENSE}Written by Jay Fenlason, Tom Lord, Ken Pizzini,\nPaolo Bonzini, Jim Meyering, and Assaf Gordon.\n\nThis sed program was built with SELinux support.\nSELinux is enabled on this system.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\nE-mail bug reports to: <bug-sed@gnu.org>.\n`,
    );
    const u = await s.exec('sed');
    expect(u.exitCode).toBe(1);
    expect(u.stdout).toBe('');
    expect(u.stderr.startsWith('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n')).toBe(true);
    expect(u.stderr.endsWith('General help using GNU software: <https://www.gnu.org/gethelp/>.\n')).toBe(true);
  });

  it('xargs --version prints findutils 4.8.0', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('xargs --version')).toMatchObject({
      stdout: `xargs (GNU findutils) 4.8.0\nCopyright (C) 2021 Free Software Foundation, Inc.\n${LICENSE}Written by Eric B. Decker, James Youngman, and Kevin Dalley.\n`,
      exitCode: 0,
    });
  });
});

// rpm2cpio of rpm 4.16.1.3: its usage line, the terminal refusal, open errors and a file that is not a package.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('rpm2cpio', () => {
  it('answers as rpm2cpio.c and rpmReadPackageFile() do', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('rpm2cpio --help')).toMatchObject({ stdout: '', stderr: 'Usage: rpm2cpio file.rpm\n', exitCode: 1 });
    expect(await s.exec('rpm2cpio nothere.rpm')).toMatchObject({ stderr: 'rpm2cpio: nothere.rpm: No such file or directory\n', exitCode: 1 });
    expect(await s.exec('rpm2cpio /etc/passwd')).toMatchObject({ stderr: 'Error: refusing to output cpio data to a terminal.\n', exitCode: 1 });
    expect(await s.exec('rpm2cpio /etc/passwd | cpio -t')).toMatchObject({ stderr: 'error: /etc/passwd: not an rpm package\nargument is not an RPM package\ncpio: premature end of archive\n', exitCode: 2 });
    expect(await s.exec('echo hi > /tmp/x && rpm2cpio /tmp/x > /dev/null')).toMatchObject({ stderr: 'error: /tmp/x: not an rpm package\n\nargument is not an RPM package\n', exitCode: 1 });
  });
});

// passwd 0.80 on the rockylinux/9 box: popt's help and errors (the help recorded from popt with passwd.c's option
// table), libuser's lock/unlock/delete/expire/status (libuser.c), and PAM's change of a password (pam_unix and
// pam_pwquality as Rocky 9's authselect stack runs them).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const vm = () => createSession({ lab: 'vm', seed: 3 });
// a headless transcript records the terminal's Enter after each unechoed answer on stdout
const typed = (r: { stdout: string; stderr: string; exitCode: number | null }) => ({ ...r, stdout: r.stdout.replace(/\n\n+/g, '\n') });

const GOLDEN = path.resolve(import.meta.dirname, '../../../golden/passwd');

describe('passwd: popt’s help, usage and bad-argument errors (tests/golden/passwd, SOURCES.md there)', () => {
  const names = readdirSync(GOLDEN).filter((n) => existsSync(path.join(GOLDEN, n, 'cmd'))).sort();
  it('has the recorded cases', () => expect(names.length).toBeGreaterThanOrEqual(10));
  for (const name of names) {
    it(name, async () => {
      const f = (x: string) => readFileSync(path.join(GOLDEN, name, x), 'utf8');
      const s = await vm();
      const r = await s.exec(f('cmd').replace(/\n$/, ''));
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({ stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) });
    });
  }
});

describe('passwd', () => {
  it('keeps the root-only options and the user name to root', async () => {
    const s = await vm();
    expect(await s.exec('passwd -S vagrant')).toMatchObject({ stderr: 'Only root can do that.\n', exitCode: 254 });
    expect(await s.exec('passwd root')).toMatchObject({ stderr: 'passwd: Only root can specify a user name.\n', exitCode: 253 });
    expect(await s.exec('sudo passwd -S')).toMatchObject({ stderr: 'passwd: This option requires a user name.\n', exitCode: 254 });
    expect(await s.exec('sudo passwd -l -u vagrant')).toMatchObject({ stderr: 'passwd: Only one of -l, -u, -d, -S may be specified.\n', exitCode: 254 });
    expect(await s.exec('sudo passwd -l -x 5 vagrant')).toMatchObject({ stderr: 'passwd: Cannot mix one of -l, -u, -d, -S and one of -i, -n, -w, -x.\n', exitCode: 254 });
    expect(await s.exec('sudo passwd a b')).toMatchObject({ stderr: 'passwd: Only one user name may be specified.\n', exitCode: 253 });
    expect(await s.exec('sudo passwd -S nobody1')).toMatchObject({ stderr: "passwd: Unknown user name 'nobody1'.\n", exitCode: 252 });
  });

  it('-S, -l, -u, -d, -e and the aging options as libuser does them', async () => {
    const s = await vm();
    const st = async (u: string) => (await s.exec(`sudo passwd -S ${u}`)).stdout;
    expect(await st('vagrant')).toMatch(/^vagrant PS \d{4}-\d\d-\d\d 0 99999 7 -1 \(Password set, SHA512 crypt\.\)\n$/);
    expect(await st('bin')).toMatch(/^bin LK \d{4}-\d\d-\d\d 0 99999 7 -1 \(Alternate authentication scheme in use\.\)\n$/);
    expect(await s.exec('sudo passwd -l vagrant')).toMatchObject({ stdout: 'Locking password for user vagrant.\npasswd: Success\n', exitCode: 0 });
    expect(await st('vagrant')).toMatch(/^vagrant LK .* \(Password locked\.\)\n$/);
    expect((await s.exec('sudo grep ^vagrant: /etc/shadow')).stdout).toMatch(/^vagrant:!!\$6\$/);
    expect(await s.exec('sudo passwd -u vagrant')).toMatchObject({ stdout: 'Unlocking password for user vagrant.\npasswd: Success\n', exitCode: 0 });
    expect(await st('vagrant')).toMatch(/ PS /);
    expect(await s.exec('sudo passwd -x 60 -n 7 -w 10 -i 30 vagrant')).toMatchObject({ stdout: 'Adjusting aging data for user vagrant.\npasswd: Success\n', exitCode: 0 });
    expect(await st('vagrant')).toMatch(/^vagrant PS \S+ 7 60 10 30 \(Password set, SHA512 crypt\.\)\n$/);
    expect((await s.exec('sudo passwd -e vagrant')).stdout).toBe('Expiring password for user vagrant.\npasswd: Success\n');
    expect(await st('vagrant')).toMatch(/^vagrant PS 1970-01-01 /);
    await s.exec('sudo useradd alice');
    expect(await st('alice')).toMatch(/^alice LK \S+ 0 99999 7 -1 \(Password locked\.\)\n$/);
    expect(await s.exec('sudo passwd -u alice')).toMatchObject({ stdout: 'Unlocking password for user alice.\npasswd: Unsafe operation (use -f to force)\n', stderr: 'passwd: Warning: unlocked password would be empty.\n', exitCode: 254 });
    expect(await s.exec('sudo passwd -d alice')).toMatchObject({ stdout: 'Removing password for user alice.\npasswd: Success\n', stderr: 'passwd: Note: deleting a password also unlocks the password.\n', exitCode: 0 });
    expect(await st('alice')).toMatch(/^alice NP \S+ 0 99999 7 -1 \(Empty password\.\)\n$/);
  });

  it('changes the password through PAM: the current one first for a user, pwquality’s verdicts', async () => {
    const s = await vm();
    let r = typed(await s.exec('passwd', { answers: ['vagrant', 'Tr1cky-Pass', 'Tr1cky-Pass'] }));
    expect(r).toMatchObject({ stdout: 'Changing password for user vagrant.\npasswd: all authentication tokens updated successfully.\n', exitCode: 0 });
    expect(r.stderr).toBe('Current password: New password: Retype new password: ');
    r = await s.exec('passwd', { answers: ['wrong'] });
    expect(r).toMatchObject({ stderr: 'Current password: passwd: Authentication token manipulation error\n', exitCode: 1 });
    r = await s.exec('passwd', { answers: ['Tr1cky-Pass', 'short'] });
    expect(r).toMatchObject({ stderr: 'Current password: New password: BAD PASSWORD: The password is shorter than 8 characters\npasswd: Authentication token manipulation error\n', exitCode: 1 });
    r = await s.exec('passwd', { answers: ['Tr1cky-Pass', 'Tr1cky-Pass'] });
    expect(r.stderr).toContain('BAD PASSWORD: The password is the same as the old one\n');
    r = await s.exec('passwd', { answers: ['Tr1cky-Pass', 'xvagrant-9', ''] });
    expect(r.stderr).toContain('BAD PASSWORD: The password contains the user name in some form\n');
    r = await s.exec('passwd', { answers: ['Tr1cky-Pass', 'An0ther-Pass', 'different'] });
    expect(r).toMatchObject({ stderr: 'Current password: New password: Retype new password: Sorry, passwords do not match.\npasswd: Authentication token manipulation error\n', exitCode: 1 });
    // root gets pwquality's warning and goes on
    r = typed(await s.exec('sudo passwd vagrant', { answers: ['abc', 'abc'] }));
    expect(r).toMatchObject({ stdout: 'Changing password for user vagrant.\npasswd: all authentication tokens updated successfully.\n', stderr: 'New password: BAD PASSWORD: The password is shorter than 8 characters\nRetype new password: ', exitCode: 0 });
    r = await s.exec('echo S3cond-Pass | sudo passwd --stdin vagrant');
    expect(r).toMatchObject({ stdout: 'Changing password for user vagrant.\npasswd: all authentication tokens updated successfully.\n', stderr: '', exitCode: 0 });
    expect(await s.exec('passwd', { answers: ['S3cond-Pass', 'Third-Pass-9', 'Third-Pass-9'] })).toMatchObject({ exitCode: 0 });
  });
});

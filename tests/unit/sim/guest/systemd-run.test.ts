// systemd-run of systemd 252 (src/run/run.c of v252-46, print_status_info() of systemctl-show.c): a transient
// service seen by systemctl and ps until its command ends, --scope running the command in the foreground, and
// parse_argv()'s and the manager's errors.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('systemd-run', () => {
  it('starts a transient service that systemctl shows until sleep ends', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemd-run --unit=x sleep 100')).toMatchObject({ stdout: '', stderr: 'Running as unit: x.service\n', exitCode: 0 });
    const st = (await s.exec('systemctl status x --no-pager')).stdout;
    // systemd-run finds sleep in sudo's PATH (the sudoers secure_path, /sbin:/bin:/usr/sbin:/usr/bin): /bin/sleep
    expect(st).toMatch(/^● x\.service - \/bin\/sleep 100\n {5}Loaded: loaded \(\/run\/systemd\/transient\/x\.service; transient\)\n {2}Transient: yes\n {5}Active: active \(running\) since /);
    expect(st).toMatch(/\n {5}CGroup: \/system\.slice\/x\.service\n {13}└─(\d+) \/bin\/sleep 100\n/);
    const pid = /Main PID: (\d+) \(sleep\)/.exec(st)![1];
    expect((await s.exec('ps -e -o pid=,args=')).stdout).toContain(`${pid} /bin/sleep 100\n`);
    expect(await s.exec('sudo systemd-run --unit=x sleep 100')).toMatchObject({ stderr: 'Failed to start transient service unit: Unit x.service was already loaded or has a fragment file.\n', exitCode: 1 });
    await s.exec('sleep 101');
    expect(await s.exec('systemctl status x --no-pager')).toMatchObject({ stderr: 'Unit x.service could not be found.\n', exitCode: 4 });
  });

  it('names its units run-r<id> as root and runs --scope in the foreground', async () => {
    const s = await vm();
    const r = await s.exec('sudo systemd-run --scope echo hi');
    expect(r.stdout).toBe('hi\n');
    expect(r.stderr).toMatch(/^Running scope as unit: run-r[0-9a-f]{32}\.scope\n$/);
    expect((await s.exec('sudo systemd-run -q sleep 5')).stderr).toBe('');
    expect((await s.exec('systemctl list-units "run-r*" --no-pager')).stdout).toMatch(/run-r[0-9a-f]{32}\.service loaded active running \/bin\/sleep 5\n/);
  });

  it('checks its arguments and asks polkit for a user', async () => {
    const s = await vm();
    expect(await s.exec('systemd-run')).toMatchObject({ stderr: 'Command line to execute required.\n', exitCode: 1 });
    expect(await s.exec('sudo systemd-run nosuch')).toMatchObject({ stderr: 'Failed to find executable nosuch: No such file or directory\n', exitCode: 1 });
    expect(await s.exec('sudo systemd-run -p Foo=1 true')).toMatchObject({ stderr: 'Unknown assignment: Foo=1\n', exitCode: 1 });
    expect(await s.exec('sudo systemd-run -p Foo true')).toMatchObject({ stderr: 'Not an assignment: Foo\n', exitCode: 1 });
    expect(await s.exec('sudo systemd-run --scope -r true')).toMatchObject({ stderr: '--remain-after-exit and --service-type= are not supported in --scope mode.\n', exitCode: 1 });
    expect((await s.exec('systemd-run --help')).stdout).toMatch(/^systemd-run \[OPTIONS\.\.\.\] COMMAND \[ARGUMENTS\.\.\.\]\n\nRun the specified command in a transient scope or service\.\n/);
    const r = await s.exec('systemd-run sleep 5', { answers: ['wrong'] });
    expect(r.stdout).toContain('==== AUTHENTICATING FOR org.freedesktop.systemd1.manage-units ====\nAuthentication is required to manage system services or other units.\n');
    expect(r).toMatchObject({ exitCode: 1 });
    expect(r.stderr).toContain('Failed to start transient service unit: Access denied\n');
  });

  it('--wait follows the service to its end and prints run.c\'s summary', async () => {
    const s = await vm();
    const ok = await s.exec('sudo systemd-run --wait sleep 2');
    expect(ok).toMatchObject({ stdout: '', exitCode: 0 });
    expect(ok.stderr).toMatch(/^Running as unit: run-r[0-9a-f]{32}\.service\nFinished with result: success\nMain processes terminated with: code=exited\/status=0\nService runtime: 2\.0\d\ds\nCPU time consumed: \dms\n$/);
    const bad = await s.exec('sudo systemd-run --wait -u t2 false');
    expect(bad).toMatchObject({ exitCode: 1 });
    expect(bad.stderr).toMatch(/^Running as unit: t2\.service\nFinished with result: exit-code\nMain processes terminated with: code=exited\/status=1\nService runtime: \d+ms\n/);
    expect((await s.exec('systemctl is-failed t2.service')).stdout).toBe('failed\n');
    expect(await s.exec('sudo systemd-run -q --wait true')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    // each run gets its own name
    const a = (await s.exec('sudo systemd-run true')).stderr;
    expect((await s.exec('sudo systemd-run true')).stderr).not.toBe(a);
  });

  it('--pipe and --pty hand the service the terminal; the command runs as root in /', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemd-run --pipe pwd')).toMatchObject({ stdout: '/\n', exitCode: 0 });
    expect(await s.exec('sudo systemd-run -P id -un')).toMatchObject({ stdout: 'root\n', exitCode: 0 });
    const t = await s.exec('sudo systemd-run -t printf x');
    expect(t.stdout).toBe('x\n');
    expect(t.stderr).toMatch(/^Running as unit: run-r[0-9a-f]{32}\.service\nPress \^\] three times within 1s to disconnect TTY\.\n$/);
    expect(await s.exec('sudo systemd-run --pipe --no-block true')).toMatchObject({ stderr: '--pty/--pipe is not compatible with --no-block.\n', exitCode: 1 });
  });

  it('refuses what it cannot reach in the manager\'s words', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemd-run --user true')).toMatchObject({ stderr: 'Failed to connect to bus: No medium found\n', exitCode: 1 });
    expect(await s.exec('sudo systemd-run --wait --on-active=30 true')).toMatchObject({ stderr: '--wait may not be combined with path, socket or timer operations.\n', exitCode: 1 });
    expect((await s.exec('sudo systemd-run --on-active=30 true')).stderr).toBe('Failed to start transient timer unit: Operation not supported\n');
  });
});

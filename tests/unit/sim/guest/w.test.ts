// w of procps-ng 3.3.17 against w.c of that tag (the help is read from it by scripts/golden/procps-specs.ts; the
// heading and row formats below are its printf formats), over the same login records as who and uptime's line.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 5 });

describe('w', () => {
  it('prints uptime’s line, the long heading (with FROM: the RHEL build) and the vagrant login from who’s records', async () => {
    const s = await vm();
    const up = (await s.exec('uptime')).stdout;
    const out = (await s.exec('w')).stdout.split('\n');
    expect(out[0] + '\n').toBe(up);
    // printf("%-*s TTY      ", 8, "USER"); printf("%-*s", 15, "FROM"); "  LOGIN@   IDLE   JCPU   PCPU WHAT\n"
    expect(out[1]).toBe('USER     TTY      FROM             LOGIN@   IDLE   JCPU   PCPU WHAT');
    const who = (await s.exec('who')).stdout;
    const hhmm = /(\d\d:\d\d)/.exec(who)![1];
    // "%-9.8s%-9.8s", print_host (16), " %02d:%02d  ", three print_time_ival7, " ", the command
    expect(out[2]).toBe(`vagrant  pts/0    10.0.2.2         ${hhmm}    0.00s  0.00s  0.00s w`);
    expect(out).toHaveLength(4);
  });

  it('-s, -h, -f and a user name shape the table as w.c’s main() does', async () => {
    const s = await vm();
    expect((await s.exec('w -s')).stdout.split('\n')[1]).toBe('USER     TTY      FROM              IDLE WHAT');
    expect((await s.exec('w -h -s')).stdout).toBe('vagrant  pts/0    10.0.2.2          0.00s w -h -s\n');
    expect((await s.exec('w -hf')).stdout).toMatch(/^vagrant  pts\/0     \d\d:\d\d    0\.00s  0\.00s  0\.00s w -hf\n$/);
    expect((await s.exec('w -hi')).stdout).toMatch(/^vagrant  pts\/0    10\.0\.2\.2         \d\d:\d\d /);
    // -o: print_time_ival7's old style leaves intervals under a minute blank
    expect((await s.exec('w -ho')).stdout).toMatch(/^vagrant  pts\/0    10\.0\.2\.2         \d\d:\d\d {24}w -ho\n$/);
    expect((await s.exec('w -h root')).stdout).toBe('');
    expect((await s.exec('w -h vagrant')).stdout).toContain('w -h vagrant');
  });

  it('as root after sudo -i the login process is WHAT (no foreground process of vagrant), -u shows w itself', async () => {
    const s = await vm();
    await s.exec('sudo -i');
    expect((await s.exec('w -h')).stdout).toMatch(/ 0\.00s sshd: vagrant \[\n$/);
    expect((await s.exec('w -hu')).stdout).toMatch(/ 0\.00s w -hu\n$/);
  });

  it('answers --help with usage() of w.c and a bad option with the usage on stderr, status 1', async () => {
    const s = await vm();
    const h = await s.exec('w --help');
    expect(h).toMatchObject({ exitCode: 0, stderr: '' });
    expect(h.stdout).toBe(
      '\nUsage:\n w [options]\n\nOptions:\n -h, --no-header     do not print header\n -u, --no-current    ignore current process username\n -s, --short         short format\n -f, --from          show remote hostname field\n -o, --old-style     old style output\n -i, --ip-addr       display IP address instead of hostname (if possible)\n\n     --help     display this help and exit\n -V, --version  output version information and exit\n\nFor more details see w(1).\n',
    );
    const bad = await s.exec('w -x');
    expect(bad).toMatchObject({ exitCode: 1, stdout: '', stderr: "w: invalid option -- 'x'\n" + h.stdout });
    expect((await s.exec('w -V')).stdout).toBe('w from procps-ng 3.3.17\n');
  });
});

describe('the clock’s zone', () => {
  it('date prints the zone /etc/localtime names (UTC on the box) and follows TZ', async () => {
    const s = await vm();
    expect((await s.exec('readlink /etc/localtime')).stdout).toBe('../usr/share/zoneinfo/UTC\n');
    const utc = (await s.exec("date '+%H:%M %Z %z'")).stdout;
    expect(utc).toMatch(/^\d\d:\d\d UTC \+0000\n$/);
    const seoul = (await s.exec("TZ=Asia/Seoul date '+%H:%M %Z %z'")).stdout;
    expect(seoul).toMatch(/ KST \+0900\n$/);
    expect((Number(seoul.slice(0, 2)) - Number(utc.slice(0, 2)) + 24) % 24).toBe(9);
    expect((await s.exec('TZ=Asia/Dubai date +%Z')).stdout).toBe('+04\n');
  });
});

// chronyc of chrony 4.5: what it says without a daemon, its help table and its command errors (client.c at 4.5).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { help } from '../../../../src/sim/commands/chrony/chronyc/help';

describe('chronyc', () => {
  it('cannot talk to a stopped chronyd: 506 on stdout, status 1', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sudo systemctl stop chronyd');
    for (const c of ['tracking', 'sources', 'sourcestats -v', 'activity']) expect(await s.exec(`chronyc ${c}`)).toMatchObject({ stdout: '506 Cannot talk to daemon\n', stderr: '', exitCode: 1 });
    expect((await s.exec('chronyc -m "timeout 200" tracking sources')).stdout).toBe('506 Cannot talk to daemon\n');
  });

  it('help is give_help(); unknown words are "Unrecognized command"', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('chronyc help')).toMatchObject({ stdout: help, exitCode: 0 });
    expect(help).toContain('selectopts <address|refid> <+|-options>\n                            Modify selection options\n');
    expect(help.endsWith('help                        Generate this help\n                            \n')).toBe(true);
    expect(await s.exec('chronyc bogus')).toMatchObject({ stdout: '', stderr: 'Unrecognized command\n', exitCode: 1 });
    expect(await s.exec('chronyc quit')).toMatchObject({ stdout: '', exitCode: 0 });
    expect(await s.exec('chronyc password')).toMatchObject({ stderr: 'Authentication is no longer supported\n', exitCode: 0 });
  });

  // client.c (4.5) print_header()/print_report() with an unsynchronised daemon's values (reference.c): the world's
  // DNS resolves no pool name, so the pool's 8 records stay unresolved
  it('reports a running daemon that has no source, as an unsynchronised chronyd does', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('chronyc tracking')).toMatchObject({
      stdout:
        'Reference ID    : 00000000 ()\nStratum         : 0\nRef time (UTC)  : Thu Jan 01 00:00:00 1970\n' +
        'System time     : 0.000000000 seconds fast of NTP time\nLast offset     : +0.000000000 seconds\n' +
        'RMS offset      : 0.000000000 seconds\nFrequency       : 0.000 ppm slow\nResidual freq   : +0.000 ppm\n' +
        'Skew            : 0.000 ppm\nRoot delay      : 1.000000000 seconds\nRoot dispersion : 1.000000000 seconds\n' +
        'Update interval : 0.0 seconds\nLeap status     : Not synchronised\n',
      exitCode: 0,
    });
    const header = 'MS Name/IP address         Stratum Poll Reach LastRx Last sample               ';
    expect((await s.exec('chronyc sources')).stdout).toBe(`${header}\n${'='.repeat(79)}\n`);
    expect((await s.exec('chronyc sources -v')).stdout).toMatch(/^\n  \.-- Source mode  '\^' = server, '=' = peer, '#' = local clock\.\n[^]*\|\|                                 \|    \|           \\\nMS Name/);
    expect((await s.exec('chronyc sourcestats')).stdout).toBe('Name/IP Address            NP  NR  Span  Frequency  Freq Skew  Offset  Std Dev\n' + '='.repeat(78) + '\n');
    expect((await s.exec('chronyc activity')).stdout).toBe(
      '200 OK\n0 sources online\n0 sources offline\n0 sources doing burst (return to online)\n0 sources doing burst (return to offline)\n8 sources with unknown address\n',
    );
  });

  it('refuses the command socket\'s commands to a user and accepts them from root', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('chronyc makestep')).toMatchObject({ stdout: '501 Not authorised\n', exitCode: 1 });
    expect(await s.exec('chronyc serverstats')).toMatchObject({ stdout: '501 Not authorised\n', exitCode: 1 });
    expect(await s.exec('sudo chronyc makestep')).toMatchObject({ stdout: '200 OK\n', exitCode: 0 });
  });

  it('prints print_help() and print_version(), and getopt\'s complaints before the usage', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const usage = (await s.exec('chronyc --help')).stdout;
    expect(usage).toMatch(/^Usage: chronyc \[OPTION\]\.\.\. \[COMMAND\]\.\.\.\n\nOptions:\n  -4\t\tUse IPv4 addresses only\n/);
    expect(usage).toContain('  -h HOST\tSpecify server (/run/chrony/chronyd.sock,127.0.0.1,::1)\n  -p PORT\tSpecify UDP port (323)\n');
    expect(await s.exec('chronyc tracking --version')).toMatchObject({ stdout: 'chronyc (chrony) version 4.5 (+READLINE +SECHASH +IPV6 +DEBUG)\n', exitCode: 0 });
    expect((await s.exec('chronyc -v')).stdout).toBe('chronyc (chrony) version 4.5 (+READLINE +SECHASH +IPV6 +DEBUG)\n');
    expect(await s.exec('chronyc -x')).toMatchObject({ stdout: usage, stderr: "chronyc: invalid option -- 'x'\n", exitCode: 1 });
    expect(await s.exec('chronyc -h')).toMatchObject({ stdout: usage, stderr: "chronyc: option requires an argument -- 'h'\n", exitCode: 1 });
  });

  it('reads one command a line from standard input when given none', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec("printf 'sources\\nbogus\\n' | chronyc");
    expect(r).toMatchObject({ stderr: 'Unrecognized command\n', exitCode: 1 });
    expect(r.stdout).toMatch(/^MS Name\/IP address/);
    expect(await s.exec("printf 'bogus\\nexit\\n' | chronyc")).toMatchObject({ exitCode: 0 });
    expect(await s.exec('chronyc < /dev/null')).toMatchObject({ stdout: '', exitCode: 0 });
  });

  it('sources -a and sourcestats -a list the pool\'s eight unresolved records; other words are ignored', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    // the rows as client.c's print_report() formats them, printed by C's printf (%-27s, %+5.0fns, %+10.3f, ...)
    const src = (await s.exec('chronyc sources -a')).stdout.split('\n');
    expect(src[2]).toBe('^? ID#0000000001                 0   6     0     -     +0ns[   +0ns] +/-    0ns');
    expect(src[9]).toBe('^? ID#0000000008                 0   6     0     -     +0ns[   +0ns] +/-    0ns');
    expect(src.length).toBe(11);
    const st = (await s.exec('chronyc sourcestats -a -v')).stdout.split('\n');
    expect(st[11]).toBe('ID#0000000001               0   0     0     +0.000   2000.000     +0ns  4000ms');
    expect((await s.exec('chronyc sources extra')).stdout).toBe((await s.exec('chronyc sources')).stdout);
  });

  it('commands with arguments: client.c parses them, the daemon answers by its source records (submit.ts)', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const run = async (c: string) => {
      const r = await s.exec(c);
      return [r.stdout, r.stderr, r.exitCode];
    };
    expect(await run('chronyc burst')).toEqual(['', 'Invalid syntax for burst command\n', 1]);
    expect(await run('chronyc burst 2/4')).toEqual(['501 Not authorised\n', '', 1]);
    expect(await run('sudo chronyc burst 2/4')).toEqual(['200 OK\n', '', 0]);
    expect(await run('sudo chronyc burst 2/4 10.0.0.1/24')).toEqual(['503 No such source\n', '', 1]);
    expect(await run('sudo chronyc maxpoll ID#0000000001 8')).toEqual(['200 OK\n', '', 0]);
    expect(await run('chronyc minpoll 1.2.3.4 x')).toEqual(['', 'Invalid syntax for address value\n', 1]);
    expect(await run('sudo chronyc makestep x')).toEqual(['', 'Bad syntax for makestep command\n', 1]);
    expect(await run('chronyc dfreq')).toEqual(['', 'Invalid value\n', 1]);
    expect(await run('chronyc sourcename ID#0000000002')).toEqual(['2.rocky.pool.ntp.org\n', '', 0]);
    expect(await run('chronyc sourcename 1.2.3.4')).toEqual(['503 No such source\n', '', 1]);
    expect(await run('sudo chronyc ntpdata')).toEqual(['', '', 0]);
  });

  it('waitsync tries as often as asked, one tracking report each interval, and fails: there is no reference', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const line = (i: number) => `try: ${i}, refid: 00000000, correction: 0.000000000, skew: 0.000\n`;
    const t0 = s.world.now;
    expect(await s.exec('chronyc waitsync 3 0.1 0 2')).toMatchObject({ stdout: line(1) + line(2) + line(3), exitCode: 1 });
    expect(s.world.now - t0).toBeGreaterThanOrEqual(4000);
  });

  it('answers what it cannot carry out as an unknown command', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('sudo chronyc rtcdata')).toMatchObject({ stderr: 'Unrecognized command\n', exitCode: 1 });
    expect((await s.exec('chronyc -n tracking')).stderr).toBe('');
  });
});

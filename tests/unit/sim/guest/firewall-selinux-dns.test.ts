// firewall-cmd (firewalld 1.3.4), sestatus / getenforce / setenforce (policycoreutils and libselinux 3.6) and
// dig / host / nslookup (bind 9.16.23) on the command spec: texts from their sources (scripts/golden/net-specs.ts),
// each tool's own usage errors and exit statuses, Tab.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { help as fwHelp } from '../../../../src/sim/commands/firewalld/firewall-cmd/help';
import { help as sestatusHelp } from '../../../../src/sim/commands/selinux/sestatus/help';
import { help as hostHelp } from '../../../../src/sim/commands/bind-utils/host/help';
import { help as digHelp, usage as digUsage } from '../../../../src/sim/commands/bind-utils/dig/help';
import { usage as nsUsage } from '../../../../src/sim/commands/bind-utils/nslookup/help';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
});

const FW_USAGE = "usage: 'firewall-cmd --help' for usage information or see firewall-cmd(1) man page\n";

describe('firewall-cmd', () => {
  it('--help prints __usage(); bad options get argparse\'s words and status 2', async () => {
    expect(fwHelp).toMatch(/^\nUsage: firewall-cmd \[OPTIONS\.\.\.\]\n\nGeneral Options\n {2}-h, --help/);
    expect(await s.exec('firewall-cmd --help')).toMatchObject({ stdout: fwHelp, exitCode: 0 });
    expect(await s.exec('firewall-cmd --bogus')).toMatchObject({ stderr: `${FW_USAGE}firewall-cmd: error: unrecognized arguments: --bogus\n`, exitCode: 2 });
    expect(await s.exec('firewall-cmd --add-port')).toMatchObject({ stderr: `${FW_USAGE}firewall-cmd: error: argument --add-port: expected one argument\n`, exitCode: 2 });
    expect((await s.exec('firewall-cmd --list')).stderr).toMatch(/^usage: .*\nfirewall-cmd: error: ambiguous option: --list could match --list-all-zones, /);
  });
  it('stopped: --state and everything else on stderr with 252; no options: 2', async () => {
    const v = await createSession({ lab: 'vm', seed: 3 });
    expect(await v.exec('firewall-cmd --state')).toMatchObject({ stdout: '', stderr: 'not running\n', exitCode: 252 });
    expect(await v.exec('firewall-cmd --list-all')).toMatchObject({ stderr: 'FirewallD is not running\n', exitCode: 252 });
    expect(await v.exec('firewall-cmd')).toMatchObject({ stderr: `State: not running\n\nNo options specified\n${FW_USAGE}`, exitCode: 2 });
  });
  it('running: prefixes and `--opt value` as argparse reads them; changes need root (253)', async () => {
    const v = await createSession({ lab: 'vm', seed: 3 });
    await v.exec('sudo systemctl start firewalld');
    expect(await v.exec('firewall-cmd --add-port 6443/tcp')).toMatchObject({ exitCode: 253 });
    expect(await v.exec('sudo firewall-cmd --add-po 6443/tcp')).toMatchObject({ stdout: 'success\n', exitCode: 0 });
    expect((await v.exec('firewall-cmd --list-ports')).stdout).toBe('6443/tcp\n');
    expect((await v.exec('firewall-cmd -V')).stdout).toBe('1.3.4\n');
  });
  it('Tab offers its options', () => {
    const { candidates } = s.complete('firewall-cmd --add-');
    expect(candidates).toEqual(expect.arrayContaining(['--add-port=', '--add-service=']));
  });
});

describe('SELinux tools', () => {
  it("sestatus has no help option: getopt's line and the usage on stdout, status 255", async () => {
    expect(sestatusHelp).toBe('\nUsage: sestatus [OPTION]\n\n  -v  Verbose check of process and file contexts.\n  -b  Display current state of booleans.\n\nWithout options, show SELinux status.\n');
    expect(await s.exec('sestatus --help')).toMatchObject({ stdout: sestatusHelp, stderr: "sestatus: invalid option -- '-'\n", exitCode: 255 });
    expect(await s.exec('sestatus -x')).toMatchObject({ stderr: "sestatus: invalid option -- 'x'\n", exitCode: 255 });
    expect((await s.exec('sestatus')).stdout).toMatch(/^SELinux status: {17}enabled\n/);
  });
  it('getenforce reads no arguments; setenforce: usage (1), EACCES for users (2)', async () => {
    const v = await createSession({ lab: 'vm', seed: 3 });
    expect(await v.exec('getenforce --help')).toMatchObject({ stdout: 'Enforcing\n', exitCode: 0 });
    expect(await v.exec('setenforce --help')).toMatchObject({ stderr: 'usage:  setenforce [ Enforcing | Permissive | 1 | 0 ]\n', exitCode: 1 });
    expect(await v.exec('setenforce')).toMatchObject({ exitCode: 1 });
    expect(await v.exec('setenforce 0')).toMatchObject({ stderr: 'setenforce:  security_setenforce() failed:  Permission denied\n', exitCode: 2 });
    expect(await v.exec('sudo setenforce permissive; getenforce')).toMatchObject({ stdout: 'Permissive\n', exitCode: 0 });
    expect([...v.complete('setenforce ').candidates].sort()).toEqual(['0', '1', 'Enforcing', 'Permissive']);
  });
});

describe('bind-utils', () => {
  let d: Session;
  beforeAll(async () => {
    d = await createSession({ lab: 'vm', seed: 3 });
    await d.exec('sudo dnf install -y bind-utils');
  });
  it("host: isc_commandline_parse's lines and the usage on stderr, status 1", async () => {
    expect(await d.exec('host')).toMatchObject({ stderr: hostHelp, exitCode: 1 });
    expect(await d.exec('host --help')).toMatchObject({ stderr: 'host: illegal option -- -\n' + hostHelp, exitCode: 1 });
    expect(await d.exec('host -t')).toMatchObject({ stderr: 'host: option requires an argument -- t\n' + hostHelp, exitCode: 1 });
    expect(await d.exec('host -V')).toMatchObject({ stderr: 'host 9.16.23-RH\n', exitCode: 0 });
    expect((await d.exec('host google.com')).stdout).toMatch(/^google\.com has address /);
  });
  it('dig: -h to stdout; a bad dash option and the short usage, status 1', async () => {
    expect(digHelp).toMatch(/^Usage: {2}dig \[@global-server\]/);
    expect(await d.exec('dig -h')).toMatchObject({ stdout: digHelp, exitCode: 0 });
    expect(await d.exec('dig --help')).toMatchObject({ stderr: 'Invalid option: --help\n' + digUsage, exitCode: 1 });
    expect(digUsage).toContain('Use "dig -h" (or "dig -h | more") for complete list of options\n');
    expect(await d.exec('dig -v')).toMatchObject({ stderr: 'DiG 9.16.23-RH\n', exitCode: 0 });
  });
  it('nslookup: unknown -options on stdout, too many operands: usage; its prompt without a name', async () => {
    expect((await d.exec('nslookup -foo google.com')).stdout).toMatch(/^\*\*\* Invalid option: foo\nServer:\t\t10\.0\.2\.3\n/);
    expect(await d.exec('nslookup a b c')).toMatchObject({ stderr: nsUsage, exitCode: 1 });
    const r = await d.exec('nslookup', { answers: ['google.com', 'exit'] });
    expect(r.stdout).toContain('Name:\tgoogle.com\n');
    expect(r.exitCode).toBe(0);
  });
});

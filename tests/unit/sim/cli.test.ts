// The terminal CLI with piped input prints a transcript: each prompt with its command, then the output.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function shell(args: string[], input: string) {
  // the Node running the tests, with tsx as a loader (no npx start-up on a busy machine)
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/sim/cli.ts', ...args], { input, encoding: 'utf8', cwd: process.cwd(), timeout: 170_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.split('\n').filter((l) => !l.startsWith('npm warn')).join('\n') };
}

describe('npm run shell', () => {
  it('runs the seed session from piped input and exits 0 at the end', () => {
    const input = [
      'vagrant init rockylinux/9 --box-version 5.0.0',
      'vagrant up',
      'Vagrant ssh',
      'cat /etc/redhat-release',
      'exit',
      'vagrant destroy',
      'y',
      'notepad Vagrantfile',
      'Vagrant.configure("2") do |config|',
      '  config.vm.box = "base"',
      'end',
      '.',
      'type Vagrantfile',
    ].join('\n') + '\n';
    const r = shell(['--lab', 'host'], input);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('D:\\3_VMs\\HashiCorp>vagrant init rockylinux/9 --box-version 5.0.0\nA `Vagrantfile` has been placed in this directory.');
    expect(r.stdout).toContain('D:\\3_VMs\\HashiCorp>vagrant up\nBringing machine \'default\' up with \'virtualbox\' provider...\n');
    // progress lines collapse to their final state without a terminal
    expect(r.stdout).not.toContain('Progress: 10%');
    expect(r.stdout).toContain('D:\\3_VMs\\HashiCorp>Vagrant ssh\n[vagrant@localhost ~]$ cat /etc/redhat-release\nRocky Linux release 9.5 (Blue Onyx)\n[vagrant@localhost ~]$ exit\nlogout\n\nD:\\3_VMs\\HashiCorp>vagrant destroy\n');
    expect(r.stdout).toContain("    default: Are you sure you want to destroy the 'default' VM? [y/N] y\n==> default: Forcing shutdown of VM...\n");
    expect(r.stdout).toContain('No editor pane here.');
    expect(r.stdout).toContain('D:\\3_VMs\\HashiCorp>type Vagrantfile\nVagrant.configure("2") do |config|\n  config.vm.box = "base"\nend\n');
  }, 180_000);

  it('keeps lines that end in CRLF, as HTTP headers do', () => {
    const r = shell(['--lab', 'vm'], 'curl -I https://google.com\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\$ curl -I https:\/\/google\.com\nHTTP\/[12](\.\d)? \d{3} /);
  }, 180_000);

  it('an unknown lab lists the known ones', () => {
    const r = shell(['--lab', 'nowhere'], '');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown lab 'nowhere'. Known labs:\n");
    expect(r.stderr).toContain('  host ');
    expect(r.stderr).toContain('  vm ');
  }, 180_000);
});

// ssh-keygen, ssh-copy-id and key login of OpenSSH 8.7p1 between the cluster lab's guests: the questions and
// lines of ssh-keygen.c (file, passphrase twice, fingerprint, randomart), files in ~/.ssh with their modes, the
// messages of contrib/ssh-copy-id, then ssh with the key and no password.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';
import { help as KEYGEN_USAGE } from '../../../../src/sim/commands/openssh/ssh-keygen/help';
import { help as COPY_USAGE } from '../../../../src/sim/commands/openssh/ssh-copy-id/help';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'cluster', seed: 11 });
  await s.exec('exit');
});

const m = () => s.world.host(s.frame.hostId);

describe('ssh-keygen', () => {
  it('-t ed25519 asks for the file and a passphrase twice, saves both files and prints the fingerprint and randomart', async () => {
    const r = await s.exec('ssh-keygen -t ed25519', { answers: ['', '', ''] });
    expect(r.exitCode).toBe(0);
    const out = r.output.split('\n');
    expect(out[0]).toBe('Generating public/private ed25519 key pair.');
    expect(out[1]).toBe('Enter file in which to save the key (/home/vagrant/.ssh/id_ed25519): ');
    expect(out[2]).toBe('Enter passphrase (empty for no passphrase): ');
    expect(out[3]).toBe('Enter same passphrase again: ');
    expect(out[4]).toBe('Your identification has been saved in /home/vagrant/.ssh/id_ed25519');
    expect(out[5]).toBe('Your public key has been saved in /home/vagrant/.ssh/id_ed25519.pub');
    expect(out[6]).toBe('The key fingerprint is:');
    expect(out[7]).toMatch(/^SHA256:[A-Za-z0-9+/]{43} vagrant@m-k8s$/);
    expect(out[8]).toBe("The key's randomart image is:");
    expect(out[9]).toBe('+--[ED25519 256]--+');
    for (let i = 10; i < 19; i++) expect(out[i]).toMatch(/^\|[ .o+=*BOX@%&#/^SE]{17}\|$/);
    expect(out[19]).toBe('+----[SHA256]-----+');
    expect(out.slice(10, 19).join('')).toContain('S');
    const ls = (await s.exec('ls -l .ssh')).stdout;
    expect(ls).toMatch(/\n-rw-------\. 1 vagrant vagrant +\d+ \w+ +\d+ [\d:]+ id_ed25519\n/);
    expect(ls).toMatch(/\n-rw-r--r--\. 1 vagrant vagrant +\d+ \w+ +\d+ [\d:]+ id_ed25519\.pub\n/);
    const pub = (await s.exec('cat .ssh/id_ed25519.pub')).stdout;
    expect(pub).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43} vagrant@m-k8s\n$/);
    expect((await s.exec('head -1 .ssh/id_ed25519')).stdout).toBe('-----BEGIN OPENSSH PRIVATE KEY-----\n');
    // -l and -y read the files back
    const fp = out[7].split(' ')[0];
    expect((await s.exec('ssh-keygen -l -f .ssh/id_ed25519')).stdout).toBe(`256 ${fp} vagrant@m-k8s (ED25519)\n`);
    expect((await s.exec('ssh-keygen -y -f .ssh/id_ed25519')).stdout).toBe(pub);
    // a second run asks before overwriting
    const again = await s.exec('ssh-keygen -t ed25519 -f .ssh/id_ed25519', { answers: ['n'] });
    expect(again).toMatchObject({ exitCode: 1 });
    expect(again.stdout).toContain('.ssh/id_ed25519 already exists.\nOverwrite (y/n)? ');
  });

  it('the same seed makes the same key; mismatched passphrases are asked again', async () => {
    const r = await s.exec('ssh-keygen -q -t ed25519 -f k1', { answers: ['a', 'b', 'x', 'x'] });
    expect(r.stdout).toContain('Passphrases do not match.  Try again.\n');
    const s2 = await createSession({ lab: 'cluster', seed: 11 });
    await s2.exec('exit');
    await s2.exec('ssh-keygen -q -t ed25519 -f k1', { answers: ['x', 'x'] });
    expect(m().fs.read('/home/vagrant/k1.pub')).toBe(s2.world.host(s2.frame.hostId).fs.read('/home/vagrant/k1.pub'));
  });

  it('usage errors: OpenSSH getopt, an unknown type, RSA sizes', async () => {
    expect(await s.exec('ssh-keygen -j')).toMatchObject({ stderr: 'unknown option -- j\r\n' + KEYGEN_USAGE, exitCode: 1 });
    expect(await s.exec('ssh-keygen --help')).toMatchObject({ stderr: 'unknown option -- -\r\n' + KEYGEN_USAGE, exitCode: 1 });
    expect(await s.exec('ssh-keygen -t foo')).toMatchObject({ stderr: 'unknown key type foo\r\n', exitCode: 255 });
    expect(await s.exec('ssh-keygen -t rsa -b 512')).toMatchObject({ stderr: 'Invalid RSA key length: minimum is 1024 bits\r\n', exitCode: 255 });
    const rsa = await s.exec('ssh-keygen -t rsa -N "" -f r1');
    expect(rsa.stdout).toContain('+---[RSA 3072]----+\n');
  });
});

describe('ssh-copy-id and key login', () => {
  it('copies the key with a password, then ssh logs in with the key alone', async () => {
    await s.exec('ssh-keygen -t ed25519 -N "" -f .ssh/id_ed25519');
    const r = await s.exec('ssh-copy-id w1-k8s', { answers: ['yes', 'vagrant'] });
    expect(r.exitCode).toBe(0);
    const lines = r.output.split('\n');
    expect(lines[0]).toBe('/usr/bin/ssh-copy-id: INFO: Source of key(s) to be installed: "/home/vagrant/.ssh/id_ed25519.pub"');
    expect(lines[1]).toBe("The authenticity of host 'w1-k8s (192.168.56.101)' can't be established.");
    expect(r.output).toContain('/usr/bin/ssh-copy-id: INFO: attempting to log in with the new key(s), to filter out any that are already installed\n/usr/bin/ssh-copy-id: INFO: 1 key(s) remain to be installed -- if you are prompted now it is to install the new keys\n');
    expect(r.output.endsWith("vagrant@w1-k8s's password: \n\nNumber of key(s) added: 1\n\nNow try logging into the machine, with:   \"ssh 'w1-k8s'\"\nand check to make sure that only the key(s) you wanted were added.\n\n")).toBe(true);
    const pub = (m().fs.read('/home/vagrant/.ssh/id_ed25519.pub') as string).trim();
    expect((s.world.host('w1-k8s').fs.read('/home/vagrant/.ssh/authorized_keys') as string).split('\n')).toContain(pub);
    // no password now
    const h = await s.exec('ssh w1-k8s hostname');
    expect(h).toMatchObject({ stdout: 'w1-k8s\n', stderr: '', exitCode: 0 });
    // a second copy finds the key there
    const again = await s.exec('ssh-copy-id w1-k8s');
    expect(again.stderr.endsWith('\n/usr/bin/ssh-copy-id: WARNING: All keys were skipped because they already exist on the remote system.\n\t\t(if you think this is a mistake, you may want to use -f option)\n\n')).toBe(true);
    expect(again.exitCode).toBe(0);
  });

  it('without a key, with a bad option, without a host', async () => {
    expect(await s.exec('ssh-copy-id w1-k8s')).toMatchObject({ stderr: '/usr/bin/ssh-copy-id: ERROR: No identities found\n', exitCode: 1 });
    expect(await s.exec('ssh-copy-id -j')).toMatchObject({ stderr: '/usr/bin/ssh-copy-id: illegal option -- j\n' + COPY_USAGE, exitCode: 1 });
    expect(await s.exec('ssh-copy-id')).toMatchObject({ stderr: COPY_USAGE, exitCode: 1 });
  });

  it('a passphrase-protected key asks for its passphrase at login', async () => {
    await s.exec('ssh-keygen -t ed25519 -N secret -f .ssh/id_ed25519');
    await s.exec('ssh-copy-id w2-k8s', { answers: ['yes', 'secret', 'vagrant'] });
    const r = await s.exec('ssh w2-k8s hostname', { answers: ['secret'] });
    expect(r.output).toBe("Enter passphrase for key '/home/vagrant/.ssh/id_ed25519': \nw2-k8s\n");
  });
});

describe('Tab', () => {
  it('offers the names of /etc/hosts and known_hosts after ssh and ssh-copy-id', () => {
    expect(s.complete('ssh w').candidates).toEqual(['w1-k8s', 'w2-k8s']);
    expect(s.complete('ssh vagrant@w2').candidates).toEqual(['vagrant@w2-k8s']);
    expect(s.complete('ssh-copy-id m-').candidates).toEqual(['m-k8s']);
  });
});

// Symbolic links in a guest's file system: Rocky 9's merged /usr links, /var/run -> ../run, and how ls, find,
// rm, test, cd and pwd treat a link (as GNU coreutils 8.32 and bash 5.1 do; compared with coreutils on Debian).
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { Vfs, strerror } from '../../../../src/sim/fs';
import { plain } from '../plain';

describe('the file system follows symbolic links', () => {
  const fs = () => {
    const v = new Vfs(false, () => 0);
    v.mkdir('/run/containerd', true);
    v.write('/run/containerd/config', 'x\n');
    v.mkdir('/var');
    expect(v.symlink('../run', '/var/run')).toBeNull();
    return v;
  };

  it('in the middle of a path and at its end, but not for lstat', () => {
    const v = fs();
    expect(v.read('/var/run/containerd/config')).toBe('x\n');
    expect(v.get('/var/run')?.type).toBe('dir');
    expect(v.lget('/var/run')).toMatchObject({ type: 'link', target: '../run', mode: 0o777 });
    expect(v.realpath('/var/run/containerd')).toBe('/run/containerd');
    expect(v.readlink('/var/run')).toBe('../run');
    expect(v.readlink('/run')).toBe('EINVAL');
    expect(v.symlink('x', '/var/run')).toBe('EEXIST');
  });

  it('writes and makes directories through a link; removing a link leaves its target', () => {
    const v = fs();
    expect(v.mkdir('/var/run/crio/x', true)).toBeNull();
    expect(v.isDir('/run/crio/x')).toBe(true);
    expect(v.write('/var/run/a', 'a')).toBeNull();
    expect(v.read('/run/a')).toBe('a');
    expect(v.remove('/var/run')).toBeNull();
    expect(v.exists('/run/a')).toBe(true);
    expect(v.exists('/var/run')).toBe(false);
  });

  it('a dangling link is ENOENT when followed; a loop is ELOOP', () => {
    const v = fs();
    v.symlink('nowhere', '/var/dangling');
    v.symlink('/var/loop', '/var/loop');
    expect(v.lget('/var/dangling')?.type).toBe('link');
    expect(v.get('/var/dangling')).toBeNull();
    expect(v.read('/var/dangling')).toBe('ENOENT');
    expect(v.read('/var/loop')).toBe('ELOOP');
    expect(v.realpath('/var/loop/x')).toBe('ELOOP');
    expect(strerror('ELOOP')).toBe('Too many levels of symbolic links');
    // writing through a dangling link creates its target
    expect(v.write('/var/dangling', 'now\n')).toBeNull();
    expect(v.read('/var/nowhere')).toBe('now\n');
  });
});

describe('a Rocky 9 guest has its links', () => {
  it('ls -l shows the top-level links, /var/run and /etc/localtime with their targets', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const root = plain((await s.exec('ls -l /')).stdout);
    expect(root).toMatch(/^lrwxrwxrwx\. +1 root +root +7 \w{3} [ \d]\d \d\d:\d\d bin -> usr\/bin$/m);
    expect(root).toMatch(/^lrwxrwxrwx\. +1 root +root +8 .* sbin -> usr\/sbin$/m);
    expect(root).toMatch(/^lrwxrwxrwx\. +1 root +root +7 .* lib -> usr\/lib$/m);
    expect(root).toMatch(/^lrwxrwxrwx\. +1 root +root +9 .* lib64 -> usr\/lib64$/m);
    expect(plain((await s.exec('ls -l /var/run')).stdout)).toMatch(/^lrwxrwxrwx\. +1 root root +6 \w{3} [ \d]\d \d\d:\d\d \/var\/run -> \.\.\/run\n$/);
    expect(plain((await s.exec('ls -ld /etc/localtime')).stdout)).toMatch(/ \/etc\/localtime -> \.\.\/usr\/share\/zoneinfo\/UTC\n$/);
    // a link in a listing takes no blocks: the total counts the three directories
    expect(plain((await s.exec('ls -l /var')).stdout)).toMatch(/^total 16\n(.*\n)*lrwxrwxrwx\. +1 root root +6 .* run -> \.\.\/run\n/);
  });

  it('ls follows a link named without -l, or with a trailing /', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sudo mkdir /run/x');
    expect(plain((await s.exec('ls /var/run')).stdout)).toBe('x\n');
    expect(plain((await s.exec('ls -l /var/run/')).stdout)).toMatch(/^total 4\ndrwxr-xr-x\. 2 root root +4096 .* x\n$/);
  });

  it('cd keeps the logical path: pwd shows /var/run, pwd -P and cd -P the physical /run', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('cd /var/run; pwd; pwd -P; pwd -PL')).stdout).toBe('/var/run\n/run\n/var/run\n');
    expect((await s.exec('cd -P /var/run; pwd')).stdout).toBe('/run\n');
  });

  it('test -L and -h see the link itself; -d looks through it', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('test -L /var/run; echo $?; test -h /bin; echo $?; [ -L /var/run/ ]; echo $?; [[ -L /tmp ]]; echo $?; test -d /var/run; echo $?')).stdout).toBe('0\n0\n1\n1\n0\n');
  });

  it('find -type l lists links and does not follow one named as a start', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('find / -maxdepth 1 -type l | sort')).stdout).toBe('/bin\n/lib\n/lib64\n/sbin\n');
    expect((await s.exec('sudo mkdir /run/x; find /var/run; find /var/run/')).stdout).toBe('/var/run\n/var/run/\n/var/run/x\n');
  });

  it('rm removes the link, not its target; with a trailing / it is the directory', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sudo mkdir /run/x');
    expect(await s.exec('sudo rm /var/run/')).toMatchObject({ stderr: "rm: cannot remove '/var/run/': Is a directory\n", exitCode: 1 });
    expect(await s.exec('sudo rm /var/run')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(plain((await s.exec('ls /var; ls /run')).stdout)).toBe('lib  log  spool  tmp\nx\n');
  });

  it("a node's containerd socket is reachable as /var/run/containerd/containerd.sock", async () => {
    const s = await createSession({ lab: 'cluster' });
    const ls = (await s.exec('sudo ls -l /var/run/containerd')).stdout;
    expect(ls).toMatch(/^srw-rw----\. 1 root root +0 .* containerd\.sock$/m);
    expect((await s.exec('sudo ls -l /var/run/containerd/containerd.sock')).stdout).toMatch(/ \/var\/run\/containerd\/containerd\.sock\n$/);
    const ps = await s.exec('sudo crictl --runtime-endpoint unix:///var/run/containerd/containerd.sock ps');
    expect(ps.exitCode).toBe(0);
    expect(ps.stdout).toMatch(/^CONTAINER +IMAGE +CREATED +STATE +NAME +ATTEMPT +POD ID +POD\n.* kube-flannel /);
  });
});

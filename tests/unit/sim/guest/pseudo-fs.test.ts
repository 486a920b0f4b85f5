// The file system's pseudo mounts (fs.ts PseudoFs): a tree built when looked up, once per simulated instant and
// viewer, seen by lookup, list, readlink and walk, never part of the stored tree, found again when the tree is
// replaced (a snapshot restored), and refusing what the kernel refuses there.
import { describe, expect, it } from 'vitest';
import { Vfs, type DirNode, type FsNode } from '../../../../src/sim/fs';

function setup() {
  let now = 1000;
  let viewer = 'a';
  let builds = 0;
  const fs = new Vfs(false, () => now);
  fs.mkdir('/proc', true);
  fs.mkdir('/etc', true);
  fs.write('/etc/hostname', 'box\n');
  const node = (n: FsNode) => n;
  fs.mount('/proc', {
    build: (): DirNode => {
      builds++;
      const children = new Map<string, FsNode>([
        ['uptime', node({ type: 'file', name: 'uptime', content: `${now}\n`, mtime: 0, mode: 0o444 })],
        ['self', node({ type: 'link', name: 'self', target: viewer === 'a' ? '1' : '2', mtime: 0, mode: 0o777 })],
        ['secret', node({ type: 'file', name: 'secret', content: 'x', mtime: 0, mode: 0o400, errno: 'EACCES' })],
        ['1', { type: 'dir', name: '1', children: new Map([['comm', node({ type: 'file', name: 'comm', content: 'init\n', mtime: 0, mode: 0o444 })]]), mtime: 0, mode: 0o555 }],
      ]);
      return { type: 'dir', name: '', children, mtime: 0, mode: 0o555 };
    },
    key: () => viewer,
    refuse: { create: 'ENOENT', mkdir: 'ENOENT', symlink: 'ENOENT' },
  });
  return { fs, tick: () => (now += 1000), look: (v: string) => (viewer = v), builds: () => builds };
}

describe('pseudo mounts', () => {
  it('are seen by lookup, list, readlink, links and walk', () => {
    const { fs } = setup();
    expect(fs.read('/proc/uptime')).toBe('1000\n');
    expect(fs.list('/proc')).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'self', type: 'link' })]));
    expect(fs.readlink('/proc/self')).toBe('1');
    expect(fs.read('/proc/self/comm')).toBe('init\n');
    expect(fs.walk('/')).toEqual(expect.arrayContaining(['/proc/uptime', '/proc/1/comm', '/etc/hostname']));
    expect(fs.readFile('/proc/secret')).toEqual({ ok: false, errno: 'EACCES' });
  });

  it('are built once per instant and viewer', () => {
    const t = setup();
    t.fs.read('/proc/uptime');
    t.fs.list('/proc');
    t.fs.read('/proc/1/comm');
    expect(t.builds()).toBe(1);
    t.tick();
    expect(t.fs.read('/proc/uptime')).toBe('2000\n');
    t.look('b');
    expect(t.fs.readlink('/proc/self')).toBe('2');
    expect(t.builds()).toBe(3);
  });

  it('are not in the stored tree, and come back when the tree is replaced', () => {
    const { fs } = setup();
    expect(JSON.stringify([...(fs.root.children.get('proc') as DirNode).children.keys()])).toBe('[]');
    fs.root.children = structuredClone(fs.root.children);
    expect(fs.read('/proc/uptime')).toBe('1000\n');
  });

  it('refuse to make or remove anything', () => {
    const { fs } = setup();
    expect(fs.write('/proc/new', 'x')).toBe('ENOENT');
    expect(fs.write('/proc/uptime', 'x')).toBe('EACCES');
    expect(fs.mkdir('/proc/d')).toBe('ENOENT');
    expect(fs.symlink('a', '/proc/l')).toBe('ENOENT');
    expect(fs.remove('/proc/uptime')).toBe('EPERM');
    expect(fs.read('/proc/uptime')).toBe('1000\n');
  });
});

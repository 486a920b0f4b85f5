// kubectl plugin list walks PATH for kubectl-* files: tests/golden/kubectl-plugin-list/ holds what kubectl 1.28
// printed over directories made under /tmp/kpl (scripts/golden/kubectl-plugin-list.sh); the same directories are made
// on the lab's control-plane node here. A node has no plugins: the 1.28 error and exit status 1, with no server asked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const DIR = path.resolve(import.meta.dirname, '../../../golden/kubectl-plugin-list');
const golden = (name: string, file: string) => readFileSync(path.join(DIR, name, file), 'utf8');

const SETUP = [
  'rm -rf /tmp/kpl && mkdir -p /tmp/kpl/a /tmp/kpl/b /tmp/kpl/empty /tmp/kpl/a/kubectl-dir',
  'touch /tmp/kpl/a/kubectl-foo /tmp/kpl/a/kubectl-get /tmp/kpl/a/kubectl-get-pods /tmp/kpl/a/kubectl-config-view-all /tmp/kpl/b/kubectl-foo /tmp/kpl/b/other',
  'chmod +x /tmp/kpl/a/kubectl-get /tmp/kpl/a/kubectl-get-pods /tmp/kpl/a/kubectl-config-view-all /tmp/kpl/b/kubectl-foo',
].join(' && ');

describe('kubectl plugin list', () => {
  it('lists, checks and warns as the recorded 1.28 client does', async () => {
    const { sh } = await lab('cluster');
    expect((await sh(SETUP)).exitCode).toBe(0);
    for (const name of ['none', 'plugins', 'name-only', 'clean']) {
      const [pathVar, args] = golden(name, 'cmd').split('\n');
      const r = await sh(`PATH=${pathVar} /usr/bin/kubectl plugin list ${args}`);
      expect(r.stdout, name).toBe(golden(name, 'stdout'));
      expect(r.stderr, name).toBe(golden(name, 'stderr'));
      expect(r.exitCode, name).toBe(Number(golden(name, 'rc')));
    }
  });

  it('shows each plugin with its warnings in the order the terminal gets them', async () => {
    const { sh } = await lab('cluster');
    await sh(SETUP);
    const r = await sh('PATH=/tmp/kpl/b:/tmp/kpl/a /usr/bin/kubectl plugin list --name-only');
    expect(r.output.split('\n').slice(2, 6)).toEqual(['kubectl-foo', 'kubectl-config-view-all', '  - warning: kubectl-config-view-all overwrites existing command: "kubectl config view"', 'kubectl-foo']);
  });

  it('finds none on a node, and needs no server', async () => {
    const { sh } = await lab('cluster');
    await sh('rm -f /root/.kube/config');
    const r = await sh('kubectl plugin list');
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('error: unable to find any kubectl plugins in your PATH\n')).toBe(true);
    expect(r.exitCode).toBe(1);
    // root's PATH names /root/.local/bin and /root/bin, which the box does not have
    expect(r.stderr).toContain('Unable to read directory "/root/bin" from your PATH: open /root/bin: no such file or directory. Skipping...\n');
  });
});

// runc as containerd.io 1.7.24 bundles it (1.2.2): tests/golden/runc/ holds its help, version and list texts as
// scripts/golden/runc-help.sh records them (runc v1.2.2's command definitions over the urfave/cli and logrus it
// vendors), and `runc --root /run/containerd/runc/k8s.io list` shows the CRI's sandboxes and running containers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';
import { tabwrite } from '../../../../src/sim/k8s/format';

const DIR = path.resolve(import.meta.dirname, '../../../golden/runc');
const golden = (f: string) => readFileSync(path.join(DIR, f), 'utf8');
const untime = (s: string) => s.replace(/time="[^"]+"/g, 'time="TIME"');

describe('runc', () => {
  it('prints the recorded help and version, the default root by who asks', async () => {
    const { sh } = await lab('cluster');
    expect(await sh('runc --help')).toMatchObject({ stdout: golden('help-root'), exitCode: 0 });
    expect((await sh('runc')).stdout).toBe(golden('help-root'));
    expect((await sh('runc --version')).stdout).toBe(golden('version'));
    expect((await sh('runc -v')).stdout).toBe(golden('version'));
    expect((await sh('runc list --help')).stdout).toBe(golden('list-help'));
    expect((await sh('runc help list')).stdout).toBe(golden('list-help'));
    await sh('exit');
    expect((await sh('runc -h')).stdout).toBe(golden('help-user'));
    // a user's root under $XDG_RUNTIME_DIR, made on first use: nothing in it
    expect(await sh('runc list')).toMatchObject({ stdout: golden('list-empty'), stderr: '', exitCode: 0 });
  });

  it('reports errors through logrus as recorded', async () => {
    const { sh } = await lab('cluster');
    // root's default /run/runc is not on a containerd node, and 1.2.2 reports a default root that is missing
    const tty = await sh('runc list');
    expect(tty.stderr).toBe(golden('list-noroot-tty'));
    expect(tty.exitCode).toBe(Number(golden('list-noroot-rc')));
    expect(untime((await sh('runc list 2>&1 | cat')).stdout)).toBe(golden('list-noroot-pipe'));
    const flag = await sh('runc --bogus 2>/tmp/err | cat; cat /tmp/err');
    expect(untime(flag.stdout)).toBe(golden('bogus-flag.out') + golden('bogus-flag.err'));
    const cmd = await sh('runc bogus 2>&1 | cat; echo ${PIPESTATUS[0]}');
    expect(untime(cmd.stdout)).toBe(golden('bogus-command.err') + golden('bogus-command.rc'));
    const extra = await sh('runc list x 2>/tmp/err | cat; cat /tmp/err');
    expect(untime(extra.stdout)).toBe(golden('list-extra.out') + golden('list-extra.err'));
  });

  it('lists the pods sandboxes and running containers of the k8s.io namespace', async () => {
    const { sh } = await lab('cluster');
    const r = await sh('runc --root /run/containerd/runc/k8s.io list');
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID {65}PID {9}STATUS {6}BUNDLE {114}CREATED {26}OWNER$/);
    const ids = lines.slice(1).map((l) => l.split(/\s+/)[0]);
    const crictl = async (c: string) => (await sh(`crictl -r unix:///run/containerd/containerd.sock ${c} -q`)).stdout.trim().split('\n');
    expect(ids).toEqual([...(await crictl('pods')), ...(await crictl('ps'))].sort());
    for (const l of lines.slice(1)) {
      const [id, pid, status, bundle, created, owner] = l.split(/\s+/);
      expect((await sh(`cat /run/containerd/io.containerd.runtime.v2.task/k8s.io/${id}/init.pid`)).stdout.trim()).toBe(pid);
      expect([status, bundle, owner]).toEqual(['running', `/run/containerd/io.containerd.runtime.v2.task/k8s.io/${id}`, 'root']);
      expect(created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{1,9}Z$/);
    }
    expect((await sh('runc --root /run/containerd/runc/k8s.io list -q')).stdout).toBe(ids.join('\n') + '\n');
    // a root given and missing: no containers, no error
    expect((await sh('runc --root /nowhere list')).stdout).toBe(golden('list-empty'));
    await sh('exit');
    expect((await sh('runc --root /run/containerd/runc/k8s.io list 2>&1 | cat')).stdout).toMatch(/level=error msg="open \/run\/containerd\/runc\/k8s\.io: permission denied"\n$/);
  });

  it('lays the table out as runc does (tabwriter 12, 1, 3)', () => {
    const rows = golden('list-rows').trimEnd().split('\n').slice(1).map((l) => l.split(/ {3,}/));
    const text = tabwrite(['ID\tPID\tSTATUS\tBUNDLE\tCREATED\tOWNER', ...rows.map((r) => r.join('\t'))].join('\n'), 3, 12) + '\n';
    expect(text).toBe(golden('list-rows'));
  });

  it('is there only with containerd.io', async () => {
    const { sh } = await lab('nodes');
    expect((await sh('runc --version')).stderr).toBe('-bash: runc: command not found\n');
  });
});

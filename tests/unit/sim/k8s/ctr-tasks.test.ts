/**
 * ctr tasks ls and the --quiet lists (containerd 1.7 cmd/ctr/commands: tasks/list.go prints TASK, PID, STATUS
 * through tabwriter(4, 8, 4); containers, images, namespaces and tasks ls -q print the IDs or names alone), and the
 * pid crictl inspect reports is the pid ps shows for the same container.
 */
import { describe, expect, it } from 'vitest';
import { plain } from '../plain';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('ctr tasks and quiet lists on a worker', () => {
  it('lists the tasks with the pids ps shows', async () => {
    const s = await createSession({ lab: 'cluster' });
    for (const l of ['exit', 'exit', 'vagrant ssh w1-k8s', 'sudo crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock']) await s.exec(l);
    const tasks = (await s.exec('sudo ctr -n k8s.io tasks ls')).stdout.split('\n');
    expect(tasks[0]).toMatch(/^TASK {64}PID {6}STATUS {4}$/);
    const ids = (await s.exec('sudo ctr -n k8s.io c ls -q')).stdout.trim().split('\n');
    expect(ids.every((id) => /^[0-9a-f]{64}$/.test(id))).toBe(true);
    expect((await s.exec('sudo ctr -n k8s.io t ls -q')).stdout.trim().split('\n')).toEqual(ids);
    const proxy = (await s.exec('sudo crictl ps -q --name kube-proxy')).stdout.trim();
    const pid = (await s.exec('pgrep kube-proxy')).stdout.trim();
    expect(tasks).toContain(`${proxy}    ${pid}    RUNNING`);
    expect(plain((await s.exec(`sudo crictl inspect ${proxy} | grep '^    "pid"'`)).stdout)).toBe(`    "pid": ${pid},\n`);
    expect((await s.exec('sudo ctr ns ls -q')).stdout).toBe('k8s.io\n');
    expect((await s.exec('sudo ctr -n k8s.io images ls -q')).stdout).toContain('registry.k8s.io/pause:3.9\n');
    expect((await s.exec('sudo ctr images ls -q')).stdout).toBe('');
  });
});

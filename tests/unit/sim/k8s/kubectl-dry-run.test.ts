// kubectl --dry-run as GetDryRunStrategy reads it (kubectl/pkg/cmd/util/helpers.go; the lines below were printed by
// the 1.28.15 and 1.29.14 clients): a bare --dry-run is client with a klog warning, true/false are the deprecated
// boolean forms; drain and cordon print the strategy after each line and change nothing (drain.go); drain has the
// hidden, deprecated --delete-local-data.
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

const W = (line: number, msg: string) => new RegExp(`^W\\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{6} {4}\\d{4} helpers\\.go:${line}\\] ${msg.replace(/[.()=-]/g, (c) => '\\' + c)}\\n`);

describe('kubectl --dry-run values', () => {
  it('takes a bare --dry-run as client, with the 1.28 warning, and no value from the next word', async () => {
    const s = await createSession({ lab: 'cluster' });
    const r = await s.exec('kubectl create deployment x --image=nginx --dry-run -o name');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(W(692, '--dry-run is deprecated and can be replaced with --dry-run=client.'));
    expect(r.stdout).toBe('deployment.apps/x\n');
    const t = await s.exec('kubectl create deployment x --image=nginx --dry-run=true -o name');
    expect(t.stderr).toMatch(W(706, '--dry-run=true is deprecated (boolean value) and can be replaced with --dry-run=client.'));
    const f = await s.exec('kubectl create deployment x --image=nginx --dry-run=false');
    expect(f.stderr).toMatch(W(709, '--dry-run=false is deprecated (boolean value) and can be replaced with --dry-run=none.'));
    expect(f.stdout).toBe('deployment.apps/x created\n');
    expect((await s.exec('kubectl get deploy x -o name')).stdout).toBe('deployment.apps/x\n');
    const bad = await s.exec('kubectl drain w1-k8s --dry-run=foo');
    expect(bad.stderr).toBe('error: Invalid dry-run value (foo). Must be "none", "server", or "client".\n');
    expect(bad.exitCode).toBe(1);
  });

  it('warns at the 1.29 client line numbers', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec("sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo");
    await s.exec('dnf install -y kubectl-1.29.14 --disableexcludes=kubernetes');
    expect((await s.exec('kubectl cordon w1-k8s --dry-run')).stderr).toMatch(W(704, '--dry-run is deprecated and can be replaced with --dry-run=client.'));
    expect((await s.exec('kubectl cordon w1-k8s --dry-run=True')).stderr).toMatch(W(718, '--dry-run=True is deprecated (boolean value) and can be replaced with --dry-run=client.'));
    expect((await s.exec('kubectl cordon w1-k8s --dry-run=0')).stderr).toMatch(W(721, '--dry-run=0 is deprecated (boolean value) and can be replaced with --dry-run=none.'));
  });
});

describe('kubectl drain and cordon with --dry-run', () => {
  it('print the strategy and leave the node schedulable and its pods in place', async () => {
    const s = await createSession({ lab: 'cluster' });
    const pods = (await s.exec('kubectl get pods -A -o wide')).stdout;
    const c = await s.exec('kubectl drain w1-k8s --ignore-daemonsets --dry-run=client');
    expect(c.stdout).toMatch(/^node\/w1-k8s cordoned \(dry run\)\n(evicting pod [\w-]+\/[\w-]+ \(dry run\)\n)+node\/w1-k8s drained \(dry run\)\n$/);
    expect(c.stderr).toMatch(/^Warning: ignoring DaemonSet-managed Pods: /);
    const sv = await s.exec('kubectl drain w1-k8s --ignore-daemonsets --dry-run=server');
    expect(sv.stdout).toMatch(/^node\/w1-k8s cordoned \(server dry run\)\n(evicting pod [\w-]+\/[\w-]+ \(server dry run\)\n)+node\/w1-k8s drained \(server dry run\)\n$/);
    expect((await s.exec('kubectl cordon w1-k8s --dry-run=client')).stdout).toBe('node/w1-k8s cordoned (dry run)\n');
    expect((await s.exec('kubectl uncordon w1-k8s --dry-run=server')).stdout).toBe('node/w1-k8s already uncordoned (server dry run)\n');
    expect((await s.exec('kubectl get node w1-k8s')).stdout).not.toContain('SchedulingDisabled');
    expect((await s.exec('kubectl get pods -A -o wide')).stdout).toBe(pods);
  });

  it('takes --delete-local-data with pflag deprecation line', async () => {
    const s = await createSession({ lab: 'cluster' });
    const r = await s.exec('kubectl drain --delete-local-data w2-k8s --ignore-daemonsets');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toMatch(/^Flag --delete-local-data has been deprecated, This option is deprecated and will be deleted\. Use --delete-emptydir-data\.\n/);
    expect(r.stdout).toMatch(/node\/w2-k8s drained\n$/);
    const u = await s.exec('kubectl drain --delete-local-data');
    expect(u.stderr).toBe("Flag --delete-local-data has been deprecated, This option is deprecated and will be deleted. Use --delete-emptydir-data.\nerror: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n");
  });
});

// `kubelet` typed on a lab node. The texts: kubelet v1.28 cmd/kubelet/app/server.go (unknown command, --version
// through component-base verflag), a recorded `sudo kubelet` of 1.28.15 (server.go:467, 469, 630, 518, 725 and the
// swap error at run.go:74), and pkg/kubelet/server/server.go ListenAndServeKubeletServer ("Starting to listen",
// "Failed to listen and serve" with Go's bind error).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const line = (level: string, at: string, msg: string) => new RegExp(`^${level}\\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{6} +\\d+ ${at.replace(/\./g, '\\.')}\\] ${msg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

describe('kubelet on a node', () => {
  it('prints its version, refuses a word that is not a flag, and cannot listen while the service runs', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    expect(await s.exec('kubelet --version')).toMatchObject({ stdout: 'Kubernetes v1.28.15\n', stderr: '', exitCode: 0 });
    const u = await s.exec('kubelet version');
    expect(u.stderr.trimEnd()).toMatch(line('E', 'run.go:74', '"command failed" err="unknown command version"'));
    expect(u.exitCode).toBe(1);
    const r = await s.exec('kubelet');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatch(line('I', 'server.go:467', '"Kubelet version" kubeletVersion="v1.28.15"'));
    expect(lines[1]).toMatch(line('I', 'server.go:469', '"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""'));
    expect(lines[2]).toMatch(line('I', 'server.go:630', '"Standalone mode, no API client"'));
    expect(lines[3]).toMatch(line('I', 'server.go:518', '"No api server defined - no events will be sent to API server"'));
    expect(lines[4]).toMatch(line('I', 'server.go:725', '"--cgroups-per-qos enabled, but --cgroup-root was not specified.  defaulting to /"'));
    expect(lines[5]).toMatch(line('I', 'server.go:162', '"Starting to listen" address="0.0.0.0" port=10250'));
    expect(lines[6]).toMatch(line('E', 'server.go:179', '"Failed to listen and serve" err="listen tcp 0.0.0.0:10250: bind: address already in use"'));
    expect(r.exitCode).toBe(1);
  });

  it('stops at the swap check while swap is on, and is not there on a node without its package', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    await s.exec("sed -i 's/^#\\(UUID=\\S* *none *swap\\)/\\1/' /etc/fstab");
    await s.exec('swapon -a');
    const r = await s.exec('kubelet');
    const last = r.stderr.trimEnd().split('\n');
    expect(last).toHaveLength(6);
    expect(last[5]).toMatch(/^E\d{4} [\d:.]+ +\d+ run\.go:74\] "command failed" err="failed to run Kubelet: running with swap on is not supported, please disable swap! or set --fail-swap-on flag to false\. \/proc\/swaps contained: \[Filename\\t\\t\\t\\tType\\t\\tSize\\t\\tUsed\\t\\tPriority /);
    expect(r.exitCode).toBe(1);
    const n = await createSession({ lab: 'nodes', seed: 4 });
    expect((await n.exec('kubelet --version')).stderr).toBe('-bash: kubelet: command not found\n');
  });
});

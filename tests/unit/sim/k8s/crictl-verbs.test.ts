// crictl v1.28.0's commands beyond the lists, against containerd 1.7 on a lab node. The texts are read from the
// sources: cri-tools v1.28.0 cmd/crictl (container.go, sandbox.go, image.go, exec.go, container_stats.go,
// pod_stats.go, completion.go, runtime_config.go, pod_metrics.go, util.go outputStatusInfo / marshalMapInOrder,
// display.go), the vendored kubelet client (pkg/kubelet/cri/remote/remote_runtime.go: the klog line and its
// file:line), client-go's remotecommand v4 error decoder, and containerd v1.7.24 pkg/cri/server (container_status.go,
// sandbox_status.go, image_status.go, imagefs_info.go, container_start.go, container_exec.go,
// list_pod_sandbox_metrics.go) with its streaming server (pkg/cri/streaming/remotecommand/exec.go).
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const KLOG = /^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ remote_runtime\.go:(\d+)\] /;

async function node(): Promise<Session> {
  const s = await createSession({ lab: 'cluster', seed: 4 });
  await s.exec('crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
  return s;
}
const idOf = async (s: Session, name: string) => (await s.exec(`crictl ps -q --name ${name}`)).stdout.trim().split('\n')[0];
const podOf = async (s: Session, name: string) => (await s.exec(`crictl pods -q --name ${name}`)).stdout.trim().split('\n')[0];

describe('crictl inspect, inspectp, inspecti', () => {
  it('prints the container status (proto order, nested keys sorted, RFC 3339 times) and containerd info as JSON', async () => {
    const s = await node();
    const id = await idOf(s, 'kube-proxy');
    const r = await s.exec(`crictl inspect ${id.slice(0, 6)}`);
    expect(r.exitCode).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['status', 'info']);
    expect(Object.keys(j.status)).toEqual(['id', 'metadata', 'state', 'createdAt', 'startedAt', 'finishedAt', 'exitCode', 'image', 'imageRef', 'reason', 'message', 'labels', 'annotations', 'mounts', 'logPath', 'resources']);
    expect(j.status.metadata).toEqual({ attempt: 0, name: 'kube-proxy' });
    expect(j.status.state).toBe('CONTAINER_RUNNING');
    expect(j.status.finishedAt).toBe('0001-01-01T00:00:00Z');
    expect(j.status.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/);
    // jsonpb writes int64 as strings; the re-marshalled nested objects have sorted keys
    expect(Object.keys(j.status.resources.linux)).toEqual([...Object.keys(j.status.resources.linux)].sort());
    expect(j.status.resources.linux.cpuPeriod).toBe('100000');
    expect(j.status.resources.windows).toBeNull();
    expect(Object.keys(j.info)).toEqual(['sandboxID', 'pid', 'removing', 'snapshotKey', 'snapshotter', 'runtimeType', 'runtimeOptions', 'config', 'runtimeSpec']);
    expect(j.info.runtimeType).toBe('io.containerd.runc.v2');
    expect(j.info.config.log_path).toBe('kube-proxy/0.log');
    // json.Indent with two spaces, and fmt.Println's newline
    expect(r.stdout.startsWith('{\n  "status": {\n    "id": "')).toBe(true);
    expect(r.stdout.endsWith('\n}\n')).toBe(true);
    // -q: not verbose, no info
    expect(Object.keys(JSON.parse((await s.exec(`crictl inspect -q ${id}`)).stdout))).toEqual(['status']);
    // yaml through sigs.k8s.io/yaml: sorted keys, then Println's blank line
    const y = (await s.exec(`crictl inspect -q -o yaml ${id}`)).stdout;
    expect(y.startsWith('status:\n  annotations:\n')).toBe(true);
    expect(y.endsWith('\n\n')).toBe(true);
  });

  it('prints the table form and the errors of the commands', async () => {
    const s = await node();
    const id = await idOf(s, 'etcd');
    const t = (await s.exec(`crictl inspect -o table -q ${id}`)).stdout;
    expect(t).toMatch(new RegExp(`^ID: ${id}[0-9a-f]*\\nName: etcd\\nState: CONTAINER_RUNNING\\nCreated: .+ ago\\nStarted: .+ ago\\nLabels:\\n\\tio\\.kubernetes\\.container\\.name -> etcd\\n`));
    const bad = await s.exec('crictl inspect nope');
    const e = 'rpc error: code = NotFound desc = an error occurred when try to find container "nope": not found';
    expect(bad.stderr.split('\n')[0]).toMatch(KLOG);
    expect(bad.stderr.split('\n')[0]).toContain(`remote_runtime.go:432] "ContainerStatus from runtime service failed" err=${JSON.stringify(e)} containerID="nope"`);
    expect(bad.stderr.split('\n')[1]).toBe(`FATA[0000] getting the status of the container "nope": ${e} `);
    expect(bad.exitCode).toBe(1);
    expect(await s.exec('crictl inspect')).toMatchObject({ stdout: '', stderr: 'FATA[0000] ID cannot be empty \n', exitCode: 1 });
    expect((await s.exec(`crictl inspect -o bogus ${id}`)).stderr).toBe(`FATA[0000] getting the status of the container "${id}": output option cannot be bogus \n`);
    const p = await s.exec('crictl inspectp nope');
    expect(p.stderr).toBe('FATA[0000] getting the pod sandbox status for "nope": rpc error: code = NotFound desc = an error occurred when try to find sandbox: not found \n');
    expect((await s.exec('crictl inspecti nope:1')).stderr).toBe('FATA[0000] no such image "nope:1" present \n');
    // no argument: the command's help
    expect((await s.exec('crictl inspectp')).stdout).toMatch(/^NAME:\n   crictl inspectp - Display the status of one or more pods\n/);
  });

  it('prints a pod sandbox and an image as containerd reports them', async () => {
    const s = await node();
    const pod = await podOf(s, 'coredns');
    const j = JSON.parse((await s.exec(`crictl inspectp ${pod}`)).stdout);
    expect(Object.keys(j.status)).toEqual(['id', 'metadata', 'state', 'createdAt', 'network', 'linux', 'labels', 'annotations', 'runtimeHandler']);
    expect(j.status.state).toBe('SANDBOX_READY');
    expect(j.status.linux.namespaces.options).toEqual({ ipc: 'POD', network: 'POD', pid: 'CONTAINER', targetId: '', usernsOptions: null });
    expect(Object.keys(j.info)).toEqual(['pid', 'processStatus', 'netNamespaceClosed', 'image', 'snapshotKey', 'snapshotter', 'runtimeHandler', 'runtimeType', 'runtimeOptions', 'config', 'runtimeSpec', 'cniResult']);
    const t = (await s.exec(`crictl inspectp -q -o table ${pod}`)).stdout;
    expect(t).toMatch(/\nStatus: SANDBOX_READY\nCreated: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \+0000 UTC\nIP Addresses: 10\.244\.\d+\.\d+\n/);
    const i = JSON.parse((await s.exec('crictl inspecti registry.k8s.io/pause:3.9')).stdout);
    expect(Object.keys(i.status)).toEqual(['id', 'repoTags', 'repoDigests', 'size', 'uid', 'username', 'spec', 'pinned']);
    expect(i.status).toMatchObject({ repoTags: ['registry.k8s.io/pause:3.9'], size: '320368', spec: null, pinned: true });
    expect(Object.keys(i.info)).toEqual(['chainID', 'imageSpec']);
    // the IMAGE ID column of `crictl images` finds the image too
    const short = (await s.exec('crictl images')).stdout.split('\n').find((l) => l.startsWith('registry.k8s.io/pause'))!.split(/\s+/)[2];
    expect(JSON.parse((await s.exec(`crictl inspecti -q ${short}`)).stdout).status.id.startsWith(`sha256:${short}`)).toBe(true);
  });
});

describe('crictl stats, statsp, imagefsinfo', () => {
  it('clears the screen and prints the 1.28 columns after a sample', async () => {
    const s = await node();
    const r = await s.exec('crictl stats');
    expect(r.stdout.startsWith('\x1b[2J\x1b[HCONTAINER           NAME                      CPU %               MEM                 DISK                INODES\n')).toBe(true);
    const rows = r.stdout.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row).toMatch(/^[0-9a-f]{13} {7}\S+ +\d+\.\d\d +[\d.]+[kMG]?B +[\d.]+[kMG]?B +\d+$/);
    // sorted by container id
    const ids = rows.map((l) => l.slice(0, 13));
    expect(ids).toEqual([...ids].sort());
    const p = await s.exec('crictl statsp');
    expect(p.stdout.startsWith('\x1b[2J\x1b[HPOD  ')).toBe(true);
    expect(p.stdout.split('\n')[0]).toMatch(/POD ID +CPU % +MEM$/);
    const j = JSON.parse((await s.exec('crictl stats -o json')).stdout);
    expect(Object.keys(j.stats[0])).toEqual(['attributes', 'cpu', 'memory', 'writableLayer', 'swap']);
    expect(j.stats[0].writableLayer.fsId.mountpoint).toBe('/var/lib/containerd/io.containerd.snapshotter.v1.overlayfs');
    const f = JSON.parse((await s.exec('crictl imagefsinfo')).stdout);
    expect(Object.keys(f)).toEqual(['status']);
    expect(Object.keys(f.status)).toEqual(['timestamp', 'fsId', 'usedBytes', 'inodesUsed']);
    expect((await s.exec('crictl stats a b')).stdout).toMatch(/^NAME:\n   crictl stats - List container\(s\) resource usage statistics\n/);
  });
});

describe('crictl stop, rm, start, rmi, rmp', () => {
  it('refuses to remove a running container; stop kills it and the kubelet starts attempt 1; rm removes the exited one', async () => {
    const s = await node();
    const id = await idOf(s, 'kube-proxy');
    const short = id.slice(0, 8);
    expect(await s.exec(`crictl rm ${short}`)).toMatchObject({ stdout: '', stderr: `ERRO[0000] container "${short}" is running, please stop it first \nFATA[0000] unable to remove container(s) \n`, exitCode: 1 });
    const st = await s.exec(`crictl start ${short}`);
    // containerd names the container by its full id
    expect(st.stderr.split('\n')[1]).toMatch(new RegExp(`^FATA\\[0000\\] starting the container "${short}": rpc error: code = Unknown desc = failed to set starting state for container "${id}": container is in CONTAINER_RUNNING state $`));
    expect(await s.exec(`crictl stop ${short}`)).toMatchObject({ stdout: `${short}\n`, stderr: '', exitCode: 0 });
    await s.advance(15_000);
    const ps = (await s.exec('crictl ps -a --name kube-proxy')).stdout.trim().split('\n').slice(1);
    expect(ps.map((l) => l.split(/\s{2,}/)[3] + ' ' + l.split(/\s{2,}/)[5])).toEqual(['Running 1', 'Exited 0']);
    expect(ps[1].startsWith(id.slice(0, 13))).toBe(true);
    expect(await s.exec(`crictl rm ${short}`)).toMatchObject({ stdout: `${short}\n`, exitCode: 0 });
    expect((await s.exec('crictl ps -a -q --name kube-proxy')).stdout.trim().split('\n')).toHaveLength(1);
    // StopContainer is idempotent: an unknown id is printed back
    expect((await s.exec('crictl stop 0000')).stdout).toBe('0000\n');
  });

  it('removes an image a container uses (containerd does not check) and a running sandbox only with -f', async () => {
    const s = await node();
    expect(await s.exec('crictl rmi registry.k8s.io/kube-proxy:v1.28.15')).toMatchObject({ stdout: 'Deleted: registry.k8s.io/kube-proxy:v1.28.15\n', exitCode: 0 });
    expect((await s.exec('crictl images')).stdout).not.toContain('kube-proxy');
    expect(await s.exec('crictl rmi nope:1')).toMatchObject({ stderr: 'ERRO[0000] no such image nope:1 \nFATA[0000] unable to remove the image(s) \n', exitCode: 1 });
    const pod = await podOf(s, 'coredns');
    expect((await s.exec(`crictl rmp ${pod}`)).stderr).toBe(`FATA[0000] pod sandbox "${pod}" is running, please stop it first \n`);
    expect((await s.exec(`crictl stopp ${pod}`)).stdout).toBe(`Stopped sandbox ${pod}\n`);
  });
});

describe('crictl exec', () => {
  it('runs a command, an interactive shell (the same shells as kubectl exec), and says how it failed', async () => {
    const s = await node();
    const id = await idOf(s, 'kube-flannel');
    expect(await s.exec(`crictl exec ${id} cat /etc/hostname`)).toMatchObject({ stdout: expect.stringMatching(/^kube-flannel-ds-\w+\n$/), exitCode: 0 });
    const nf = await s.exec(`crictl exec ${id} nosuch`);
    expect(nf.stderr).toMatch(/^FATA\[0000\] execing command in container: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuch": executable file not found in \$PATH: unknown \n$/);
    // ExecSync: fmt.Println of stdout, then of stderr
    expect((await s.exec(`crictl exec -s ${id} cat /etc/hostname`)).stdout).toMatch(/^kube-flannel-ds-\w+\n\n\n$/);
    const out: string[] = [];
    s.on('output', (e: { text: string }) => out.push(e.text));
    await s.submit(`crictl exec -it ${id} sh`);
    await s.settle(2000);
    await s.submit('exit 3');
    await s.settle(2000);
    expect(out.join('')).toBe('/ # FATA[0000] execing command in container: command terminated with exit code 3 \n');
    expect((await s.exec(`crictl exec ${id}`)).stdout).toMatch(/^NAME:\n   crictl exec - Run a command in a running container\n/);
  });
});

describe('crictl completion and the calls containerd 1.7 lacks', () => {
  it('prints the bash script and the Unimplemented errors', async () => {
    const s = await node();
    const c = (await s.exec('crictl completion')).stdout;
    expect(c.startsWith('_crictl() {\n    local cur opts base\n    COMPREPLY=()\n    cur="${COMP_WORDS[COMP_CWORD]}"\n    opts="attach\ncreate\nexec\n')).toBe(true);
    expect(c.endsWith('\nhelp\nh\n--config\n--debug\n--image-endpoint\n--runtime-endpoint\n--timeout\n--help\n--version"\n    COMPREPLY=( $(compgen -W "${opts}" -- ${cur}) )\n    return 0\n}\n\ncomplete -F _crictl crictl\n')).toBe(true);
    expect((await s.exec('crictl completion tcsh')).stderr).toBe('FATA[0000] only bash, zsh or fish are supported \n');
    const m = await s.exec('crictl metricsp');
    expect(m.stderr.split('\n')[1]).toBe('FATA[0000] get pod metrics: list pod sandbox metrics: rpc error: code = Unimplemented desc = method ListPodSandboxMetrics not implemented ');
    expect((await s.exec('crictl runtime-config')).stderr.split('\n')[1]).toBe('FATA[0000] get runtime config: call RuntimeConfig RPC: rpc error: code = Unimplemented desc = unknown method RuntimeConfig for service runtime.v1.RuntimeService ');
  });

  it('still warns about the deprecated default endpoints before /etc/crictl.yaml exists', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    const r = await s.exec('crictl stats');
    expect(r.stderr.split('\n')[0]).toBe('WARN[0000] runtime connect using default endpoints: [unix:///var/run/dockershim.sock unix:///run/containerd/containerd.sock unix:///run/crio/crio.sock unix:///var/run/cri-dockerd.sock]. As the default settings are now deprecated, you should set the endpoint instead. ');
    expect(r.stderr.split('\n')[1]).toMatch(/^ERRO\[0000\] validate service connection: validate CRI v1 runtime API for endpoint "unix:\/\/\/var\/run\/dockershim\.sock": rpc error: code = Unavailable/);
    expect(r.stdout).toContain('CONTAINER           NAME');
  });
});

describe('crictl inspect -o go-template', () => {
  it('runs the template over the status and info (missingkey=error)', async () => {
    const s = await node();
    const id = await idOf(s, 'etcd');
    expect((await s.exec(`crictl inspect -o go-template --template '{{.status.metadata.name}} {{.info.snapshotter}}' ${id}`)).stdout).toBe('etcd overlayfs\n');
    expect((await s.exec(`crictl inspect -o go-template --template '{{json .status.metadata}}' ${id}`)).stdout).toBe('{"attempt":0,"name":"etcd"}\n\n');
    const bad = await s.exec(`crictl inspect -o go-template --template '{{.status.nope}}' ${id}`);
    expect(bad.stderr).toBe(`FATA[0000] getting the status of the container "${id}": failed to template data: template: tmplExecuteRawJSON:1:2: executing "tmplExecuteRawJSON" at <.status.nope>: map has no entry for key "nope" \n`);
  });
});

describe('crictl info', () => {
  it('prints the three conditions of containerd 1.7.24 and its info map in sorted key order', async () => {
    const s = await node();
    const r = await s.exec('crictl info');
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j)).toEqual(['status', 'cniconfig', 'config', 'golang', 'lastCNILoadStatus', 'lastCNILoadStatus.default']);
    expect(j.status.conditions.map((c: { type: string; status: boolean }) => `${c.type}=${c.status}`)).toEqual(['RuntimeReady=true', 'NetworkReady=true', 'ContainerdHasNoDeprecationWarnings=true']);
    expect(j.config.containerd.runtimes.runc.options.SystemdCgroup).toBe(true);
    expect(j.config.sandboxImage).toBe('registry.k8s.io/pause:3.9');
    expect(j.cniconfig.Networks.map((n: { Config: { Name: string } }) => n.Config.Name)).toEqual(['cni-loopback', 'cbr0']);
    expect(j.lastCNILoadStatus).toBe('OK');
    expect(Object.keys(JSON.parse((await s.exec('crictl info -q')).stdout))).toEqual(['status']);
  });
});

describe('crictl ps, pods, images: -v, -o json|yaml, --no-trunc, --digests', () => {
  it('prints the verbose blocks and the jsonpb lists', async () => {
    const s = await node();
    const v = (await s.exec('crictl ps -v --name etcd')).stdout;
    expect(v).toMatch(/^ID: [0-9a-f]{64}\nPodID: [0-9a-f]{64}\nName: etcd\nAttempt: 0\nState: Running\nImage: sha256:[0-9a-f]{64}\nCreated: .+ ago\nLabels:\n\tio\.kubernetes\.container\.name -> etcd\n/);
    expect(v.endsWith('\n\n')).toBe(true);
    const j = JSON.parse((await s.exec('crictl ps -o json --name etcd')).stdout);
    expect(Object.keys(j.containers[0])).toEqual(['id', 'podSandboxId', 'metadata', 'image', 'imageRef', 'state', 'createdAt', 'labels', 'annotations']);
    expect((await s.exec('crictl ps --no-trunc -q --name etcd')).stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await s.exec('crictl ps -r --name etcd')).stdout.split('\n')[1]).toMatch(/^[0-9a-f]{13} {7}registry\.k8s\.io\/etcd:3\.5\.\d+-0 /);
    const p = (await s.exec('crictl pods -v --name etcd')).stdout;
    expect(p).toMatch(/\nStatus: Ready\nCreated: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \+0000 UTC\nLabels:\n/);
    expect(p.endsWith('Runtime: (default)\n\n')).toBe(true);
    expect((await s.exec('crictl pods -o yaml --name etcd')).stdout.startsWith('items:\n- annotations:\n')).toBe(true);
    expect((await s.exec('crictl images --digests')).stdout.split('\n')[0]).toMatch(/^IMAGE +TAG +DIGEST +IMAGE ID +SIZE$/);
    expect((await s.exec('crictl images -v')).stdout).toMatch(/^ID: sha256:[0-9a-f]{64}\nRepoTags: \S+\nRepoDigests: \S+@sha256:[0-9a-f]{64}\nSize: \d+\nUid: &Int64Value\{Value:0,\}\n\n/);
    expect((await s.exec('crictl ps -o bogus')).stderr).toBe('FATA[0000] listing containers: unsupported output format "bogus" \n');
  });
});

describe('crictl port-forward', () => {
  it('listens on 127.0.0.1 and ::1 until Ctrl+C and reaches the pod; an unknown sandbox is containerd\'s NotFound', async () => {
    const { connectLocal } = await import('../../../../src/sim/net/listeners');
    const s = await node();
    let out = '';
    s.on('output', (e: { text: string }) => (out += e.text));
    await s.exec('kubectl run web --image=nginx');
    await s.advance(30_000);
    const nodeName = (await s.exec("kubectl get pod web -o jsonpath='{.spec.nodeName}'")).stdout;
    await s.exec('exit');
    await s.exec('exit');
    await s.exec(`vagrant ssh ${nodeName}`);
    await s.exec('sudo -i');
    await s.exec('crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
    const pod = await podOf(s, 'web');
    // -q prints the whole id (sandbox.go: fmt.Printf("%s\n", pod.Id))
    expect(pod).toMatch(/^[0-9a-f]{64}$/);
    await s.submit(`crictl port-forward ${pod} 9090:80`);
    await s.advance(1000);
    expect(out).toContain('Forwarding from 127.0.0.1:9090 -> 80\nForwarding from [::1]:9090 -> 80\n');
    const page = connectLocal(s.world, s.frame.hostId, '127.0.0.1', 9090)?.http?.({ method: 'GET', url: new URL('http://localhost:9090/'), headers: {} });
    expect(page?.status).toBe(200);
    await s.advance(1000);
    expect(out).toContain('Handling connection for 9090\n');
    await s.interrupt();
    expect(connectLocal(s.world, s.frame.hostId, '127.0.0.1', 9090)).toBeNull();
    const bad = await s.exec('crictl port-forward nope 80');
    expect(bad.stderr.split('\n')[1]).toBe('FATA[0000] port forward: rpc error: code = NotFound desc = failed to find sandbox "nope": not found ');
  });
});

describe('crictl ps --image, stats -s 0', () => {
  it('keeps the containers of the image ImageStatus resolves; a sample of no time is an error', async () => {
    const s = await node();
    const names = async (a: string) => (await s.exec(`crictl ps ${a}`)).stdout.trim().split('\n').slice(1).map((l) => l.split(/\s{2,}/)[4]);
    expect(await names('--image registry.k8s.io/etcd:3.5.15-0')).toEqual(['etcd']);
    expect(await names('--image nope:1')).toEqual([]);
    const r = await s.exec('crictl stats -s 0');
    expect(r).toMatchObject({ stdout: '', stderr: 'FATA[0000] get container stats: cpu stat is not updated during sample \n', exitCode: 1 });
  });
});

describe('crictl pull and inspecti -o table', () => {
  it('pulls an image by its short name and prints its status as a table', async () => {
    const s = await node();
    const p = await s.exec('crictl pull busybox:1.36');
    expect(p.stdout).toMatch(/^Image is up to date for sha256:[0-9a-f]{64}\n$/);
    expect((await s.exec('crictl images')).stdout).toMatch(/\ndocker\.io\/library\/busybox +1\.36 +[0-9a-f]{13} +[\d.]+MB\n/);
    const t = (await s.exec('crictl inspecti -q -o table busybox:1.36')).stdout;
    expect(t).toMatch(/^ID: sha256:[0-9a-f]{64}\nTag: docker\.io\/library\/busybox:1\.36\nDigest: docker\.io\/library\/busybox@sha256:[0-9a-f]{64}\nSize: 2\.23MB\n$/);
  });
});

describe('crictl stats -w', () => {
  it('redraws the table after each sample until Ctrl+C', async () => {
    const s = await node();
    let out = '';
    s.on('output', (e: { text: string }) => (out += e.text));
    await s.submit('crictl stats -w');
    await s.advance(4000);
    await s.interrupt();
    expect(out.split('\x1b[2J\x1b[HCONTAINER ').length - 1).toBeGreaterThan(1);
    expect(s.busy).toBe(false);
  });
});

// crictl runp, create, run (cri-tools v1.28.0 cmd/crictl/sandbox.go, container.go, util.go loadPodSandboxConfig /
// loadContainerConfig / openFile; apimachinery's YAMLOrJSONDecoder; sigs.k8s.io/yaml v1.3.0) against containerd
// 1.7.24 (pkg/cri/server sandbox_run.go, container_create.go, container_start.go; pkg/registrar; helpers.go
// makeSandboxName / makeContainerName / localResolve). The configs are the examples of cri-tools' docs/crictl.md
// (the same as the Kubernetes docs' crictl debugging page had).
import { describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const KLOG = (at: string) => new RegExp(`^E\\d{4} \\d\\d:\\d\\d:\\d\\d\\.\\d{6} +\\d+ ${at.replace('.', '\\.')}\\] `);

const POD = `{
    "metadata": {
        "name": "nginx-sandbox",
        "namespace": "default",
        "attempt": 1,
        "uid": "hdishd83djaidwnduwk28bcsb"
    },
    "log_directory": "/tmp",
    "linux": {
    }
}
`;
const CTR = `{
  "metadata": {
      "name": "busybox"
  },
  "image":{
      "image": "busybox"
  },
  "command": [
      "top"
  ],
  "log_path":"busybox.0.log",
  "linux": {
  }
}
`;

async function node(): Promise<Session> {
  const s = await createSession({ lab: 'cluster', seed: 4 });
  await s.exec('sudo -i');
  await s.exec('crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock');
  await s.exec(`cat > pod-config.json <<'EOF'\n${POD}EOF`);
  await s.exec(`cat > container-config.json <<'EOF'\n${CTR}EOF`);
  return s;
}
const FATA = (m: string) => `FATA[0000] ${m} \n`;
const rows = (out: string) => out.trim().split('\n').slice(1).map((l) => l.split(/\s{2,}/));

describe('crictl runp', () => {
  it('runs the sandbox of the docs example: its id, Ready in pods and inspectp', async () => {
    const s = await node();
    const r = await s.exec('crictl runp pod-config.json');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const id = r.stdout.trim();
    const [row] = rows((await s.exec('crictl pods --name nginx-sandbox')).stdout);
    expect(row).toEqual([id.slice(0, 13), expect.stringMatching(/ago$/), 'Ready', 'nginx-sandbox', 'default', '1', '(default)']);
    expect((await s.exec('crictl pods -q --name nginx-sandbox')).stdout).toBe(id + '\n');
    const p = JSON.parse((await s.exec(`crictl inspectp ${id.slice(0, 5)}`)).stdout);
    expect(p.status.metadata).toEqual({ attempt: 1, name: 'nginx-sandbox', namespace: 'default', uid: 'hdishd83djaidwnduwk28bcsb' });
    expect(p.status.state).toBe('SANDBOX_READY');
    // the config's labels and annotations alone, the namespace modes it gives (none: POD)
    expect(p.status.labels).toEqual({});
    expect(p.status.linux.namespaces.options).toMatchObject({ ipc: 'POD', network: 'POD', pid: 'POD' });
    // ContainerInfo's config is the request's, as encoding/json writes the gogo struct (omitempty)
    expect(p.info.config).toEqual({ metadata: { name: 'nginx-sandbox', uid: 'hdishd83djaidwnduwk28bcsb', namespace: 'default', attempt: 1 }, log_directory: '/tmp', linux: {} });
  });

  it('answers containerd\'s errors: the name already reserved, no metadata, an unknown runtime handler', async () => {
    const s = await node();
    const id = (await s.exec('crictl runp pod-config.json')).stdout.trim();
    const again = await s.exec('crictl runp pod-config.json');
    const name = 'nginx-sandbox_default_hdishd83djaidwnduwk28bcsb_1';
    const e = `rpc error: code = Unknown desc = failed to reserve sandbox name "${name}": name "${name}" is reserved for "${id}"`;
    const [klog, fata] = again.stderr.split(/(?<=\n)/);
    expect(klog).toMatch(KLOG('remote_runtime.go:193'));
    expect(klog.endsWith(`"RunPodSandbox from runtime service failed" err=${JSON.stringify(e)}\n`)).toBe(true);
    expect(fata).toBe(FATA(`run pod sandbox: ${e}`));
    expect(again.exitCode).toBe(1);
    await s.exec(`echo '{}' > empty.json`);
    expect((await s.exec('crictl runp empty.json')).stderr.split('\n')[1]).toBe(FATA('run pod sandbox: rpc error: code = Unknown desc = sandbox config must include metadata').slice(0, -1));
    await s.exec(`sed -e 's/nginx-sandbox/runsc-sandbox/' pod-config.json > runsc.json`);
    expect((await s.exec('crictl runp --runtime=runsc runsc.json')).stderr.split('\n')[1]).toBe(FATA('run pod sandbox: rpc error: code = Unknown desc = failed to get sandbox runtime: no runtime for "runsc" is configured').slice(0, -1));
    // runc is the one handler of the default config
    const rr = await s.exec('crictl runp -r runc runsc.json');
    expect(rr.exitCode).toBe(0);
    expect(rows((await s.exec('crictl pods --name runsc')).stdout)[0][6]).toBe('runc');
  });

  it('reads the file as util.go does: missing, a directory, empty, JSON and YAML errors with their texts', async () => {
    const s = await node();
    const fail = async (file: string) => {
      const r = await s.exec(`crictl runp ${file}`);
      expect(r.exitCode).toBe(1);
      return r.stderr;
    };
    expect(await fail('nope.json')).toBe(FATA('load podSandboxConfig: config at nope.json not found'));
    expect(await fail('/tmp')).toBe(FATA('load podSandboxConfig: read /tmp: is a directory'));
    await s.exec(': > empty');
    expect(await fail('empty')).toBe(FATA('load podSandboxConfig: EOF'));
    // encoding/json's syntax errors with the byte offset, and a value cut off
    await s.exec(`echo '{"metadata": {"name": "x",}}' > comma.json`);
    expect(await fail('comma.json')).toBe(FATA(`load podSandboxConfig: json: offset 27: invalid character '}' looking for beginning of object key string`));
    await s.exec(`echo '{"metadata" {}}' > colon.json`);
    expect(await fail('colon.json')).toBe(FATA(`load podSandboxConfig: json: offset 13: invalid character '{' after object key`));
    await s.exec(`echo '{"metadata": ' > cut.json`);
    expect(await fail('cut.json')).toBe(FATA('load podSandboxConfig: unexpected EOF'));
    // UnmarshalTypeError: the innermost struct, the json path, the Go type
    await s.exec(`echo '{"metadata": {"name": 1}}' > num.json`);
    expect(await fail('num.json')).toBe(FATA('load podSandboxConfig: json: cannot unmarshal number into Go struct field PodSandboxMetadata.metadata.name of type string'));
    await s.exec(`echo '{"metadata": {"attempt": -1}}' > neg.json`);
    expect(await fail('neg.json')).toBe(FATA('load podSandboxConfig: json: cannot unmarshal number -1 into Go struct field PodSandboxMetadata.metadata.attempt of type uint32'));
    await s.exec(`echo '{"metadata": "x"}' > str.json`);
    expect(await fail('str.json')).toBe(FATA('load podSandboxConfig: json: cannot unmarshal string into Go struct field PodSandboxConfig.metadata of type v1.PodSandboxMetadata'));
    // YAML: sigs.k8s.io/yaml's wrapping; a string field takes a number as its text
    await s.exec(`printf 'metadata:\\n  name: x\\n  attempt: "1"\\n' > q.yaml`);
    expect(await fail('q.yaml')).toBe(FATA('load podSandboxConfig: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field PodSandboxMetadata.metadata.attempt of type uint32'));
    await s.exec(`printf 'metadata: a: b\\n' > m.yaml`);
    expect(await fail('m.yaml')).toBe(FATA('load podSandboxConfig: error converting YAML to JSON: yaml: line 1: mapping values are not allowed in this context'));
    await s.exec(`printf 'metadata:\\n\\tname: x\\n' > tab.yaml`);
    expect(await fail('tab.yaml')).toBe(FATA('load podSandboxConfig: error converting YAML to JSON: yaml: line 2: found character that cannot start any token'));
    await s.exec(`printf 'metadata:\\n  name: 12\\n  uid: u\\n  namespace: ns\\n' > ok.yaml`);
    expect((await s.exec('crictl runp ok.yaml')).exitCode).toBe(0);
    expect(rows((await s.exec('crictl pods --namespace ns')).stdout)[0].slice(3, 6)).toEqual(['12', 'ns', '0']);
  });
});

describe('crictl create, start, run', () => {
  it('creates the docs example container in the sandbox: not pulled, with --with-pull, then start, ps, inspect', async () => {
    const s = await node();
    const pod = (await s.exec('crictl runp pod-config.json')).stdout.trim();
    // not pulled: containerd's localResolve finds no image
    const np = await s.exec(`crictl create ${pod} container-config.json pod-config.json`);
    const e = 'rpc error: code = NotFound desc = failed to resolve image "busybox": not found';
    const [klog, fata] = np.stderr.split(/(?<=\n)/);
    expect(klog).toMatch(KLOG('remote_runtime.go:319'));
    expect(klog.endsWith(`"CreateContainer in sandbox from runtime service failed" err=${JSON.stringify(e)} podSandboxID="${pod}"\n`)).toBe(true);
    expect(fata).toBe(FATA(`creating container: ${e}`));
    const c = await s.exec(`crictl create --with-pull ${pod} container-config.json pod-config.json`);
    expect(c.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const id = c.stdout.trim();
    expect(rows((await s.exec('crictl ps -a --name busybox')).stdout)[0]).toEqual([id.slice(0, 13), expect.stringMatching(/^[0-9a-f]{13}$/), expect.stringMatching(/ago$/), 'Created', 'busybox', '0', pod.slice(0, 13), 'unknown']);
    expect((await s.exec('crictl ps --name busybox')).stdout.trim().split('\n')).toHaveLength(1);
    // the same name again: containerd's name index
    const dup = await s.exec(`crictl create ${pod} container-config.json pod-config.json`);
    const name = 'busybox_nginx-sandbox_default_hdishd83djaidwnduwk28bcsb_0';
    expect(dup.stderr.split('\n')[1]).toBe(FATA(`creating container: rpc error: code = Unknown desc = failed to reserve container name "${name}": name "${name}" is reserved for "${id}"`).slice(0, -1));
    expect(await s.exec(`crictl start ${id}`)).toMatchObject({ stdout: `${id}\n`, stderr: '', exitCode: 0 });
    expect(rows((await s.exec('crictl ps --name busybox')).stdout)[0][3]).toBe('Running');
    const j = JSON.parse((await s.exec(`crictl inspect ${id.slice(0, 6)}`)).stdout);
    expect(j.status.state).toBe('CONTAINER_RUNNING');
    expect(j.status.image.image).toBe('docker.io/library/busybox:latest');
    // containerd joins the sandbox's log_directory and the container's log_path
    expect(j.status.logPath).toBe('/tmp/busybox.0.log');
    expect(j.status.labels).toEqual({});
    // crictl sets user_specified_image to the image it was given
    expect(j.info.config).toEqual({ metadata: { name: 'busybox' }, image: { image: 'busybox', user_specified_image: 'busybox' }, command: ['top'], log_path: 'busybox.0.log', linux: {} });
    // starting it again, stop, then the exited container
    expect((await s.exec(`crictl start ${id}`)).stderr.split('\n')[1]).toBe(FATA(`starting the container "${id}": rpc error: code = Unknown desc = failed to set starting state for container "${id}": container is in CONTAINER_RUNNING state`).slice(0, -1));
    expect((await s.exec(`crictl stop ${id}`)).stdout).toBe(`${id}\n`);
    expect(rows((await s.exec('crictl ps -a --name busybox')).stdout)[0][3]).toBe('Exited');
  });

  it('stopp and rmp: the stopped sandbox takes no container, rmp removes it with its containers', async () => {
    const s = await node();
    const pod = (await s.exec('crictl runp pod-config.json')).stdout.trim();
    const id = (await s.exec(`crictl create --with-pull ${pod} container-config.json pod-config.json`)).stdout.trim();
    await s.exec(`crictl start ${id}`);
    expect(await s.exec(`crictl rmp ${pod}`)).toMatchObject({ stderr: FATA(`pod sandbox "${pod}" is running, please stop it first`), exitCode: 1 });
    expect((await s.exec(`crictl stopp ${pod}`)).stdout).toBe(`Stopped sandbox ${pod}\n`);
    expect(rows((await s.exec('crictl pods --name nginx-sandbox')).stdout)[0][2]).toBe('NotReady');
    expect(rows((await s.exec('crictl ps -a --name busybox')).stdout)[0][3]).toBe('Exited');
    const e = `rpc error: code = NotFound desc = failed to get sandbox container task: no running task found: task ${pod} not found: not found`;
    expect((await s.exec(`crictl create ${pod} container-config.json pod-config.json`)).stderr.split('\n')[1]).toBe(FATA(`creating container: ${e}`).slice(0, -1));
    expect((await s.exec(`crictl rmp ${pod}`)).stdout).toBe(`Removed sandbox ${pod}\n`);
    expect((await s.exec('crictl pods -q --name nginx-sandbox')).stdout).toBe('');
    expect((await s.exec('crictl ps -aq --name busybox')).stdout).toBe('');
    // an unknown sandbox
    expect((await s.exec('crictl create ffff container-config.json pod-config.json')).stderr.split('\n')[1]).toBe(FATA('creating container: rpc error: code = NotFound desc = failed to find sandbox id "ffff": not found').slice(0, -1));
  });

  it('run: the sandbox, the image pulled, the container created and started; its id alone is printed', async () => {
    const s = await node();
    const r = await s.exec('crictl run container-config.json pod-config.json');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    const [row] = rows((await s.exec('crictl ps --name busybox')).stdout);
    expect(row.slice(0, 1).concat(row.slice(3, 6))).toEqual([r.stdout.slice(0, 13), 'Running', 'busybox', '0']);
    expect(rows((await s.exec('crictl pods --name nginx-sandbox')).stdout)[0][2]).toBe('Ready');
    // no hostname in the pod config: containerd gives the sandbox the node's (exec -s: Println of stdout, of stderr)
    const id0 = r.stdout.trim();
    expect((await s.exec(`crictl exec ${id0} hostname`)).stdout).toBe('m-k8s\n');
    expect((await s.exec(`crictl exec -s ${id0} printenv HOSTNAME`)).stdout).toBe('m-k8s\n\n\n');
    // again: the sandbox name is taken
    expect((await s.exec('crictl run container-config.json pod-config.json')).stderr.split('\n')[1]).toMatch(/^FATA\[0000\] running container: run pod sandbox: rpc error: code = Unknown desc = failed to reserve sandbox name "nginx-sandbox_default_hdishd83djaidwnduwk28bcsb_1"/);
    expect(await s.exec('crictl run --no-pull --with-pull container-config.json pod-config.json')).toMatchObject({ stderr: FATA('confict: no-pull and with-pull are both set'), exitCode: 1 });
    expect(await s.exec('crictl create --creds a:b --auth x --with-pull 1 container-config.json pod-config.json')).toMatchObject({ stderr: FATA('creating container: both `--creds` and `--auth` are specified'), exitCode: 1 });
    // the logs of a container without a log path (no log_directory in its pod config)
    await s.exec(`echo '{"metadata":{"name":"p2","uid":"u2"}}' > p2.json`);
    const id = (await s.exec('crictl run container-config.json p2.json')).stdout.trim();
    expect(await s.exec(`crictl logs ${id}`)).toMatchObject({ stderr: FATA('The container has not set log path'), exitCode: 1 });
  });

  it('pull-image-on-create and disable-pull-on-run of /etc/crictl.yaml decide the pull', async () => {
    const s = await node();
    // run without a pull: the sandbox is made, the container cannot be
    await s.exec('crictl config --set disable-pull-on-run=true');
    const r = await s.exec('crictl run container-config.json pod-config.json');
    expect(r.stderr.split('\n')[1]).toBe(FATA('running container: creating container failed: rpc error: code = NotFound desc = failed to resolve image "busybox": not found').slice(0, -1));
    expect(rows((await s.exec('crictl pods --name nginx-sandbox')).stdout)[0][2]).toBe('Ready');
    // create with pull-image-on-create: the image is pulled first
    await s.exec('crictl config --set pull-image-on-create=true');
    const pod = (await s.exec('crictl pods -q --name nginx-sandbox')).stdout.trim();
    expect((await s.exec(`crictl create ${pod} container-config.json pod-config.json`)).stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await s.exec('crictl images')).stdout).toMatch(/\ndocker\.io\/library\/busybox +latest /);
  });

  it('wrong argument counts print the command help; a container config without an image panics crictl', async () => {
    const s = await node();
    expect((await s.exec('crictl create a b')).stdout).toMatch(/^NAME:\n   crictl create - Create a new container\n/);
    expect((await s.exec('crictl run a')).stdout).toMatch(/^NAME:\n   crictl run - Run a new container inside a sandbox\n/);
    const help = (await s.exec('crictl create --help')).stdout;
    expect(help).toContain('   --no-pull ');
    expect(help).toContain('   --cancel-timeout value, -T value  Seconds to wait for a container create request to complete before cancelling the request');
    const pod = (await s.exec('crictl runp pod-config.json')).stdout.trim();
    await s.exec(`echo '{"metadata":{"name":"c2"}}' > c2.json`);
    expect(await s.exec(`crictl create ${pod} c2.json pod-config.json`)).toMatchObject({ stderr: 'panic: runtime error: invalid memory address or nil pointer dereference\n', exitCode: 2 });
  });
});

describe('crictl pull of an image the registry lacks', () => {
  it('logs the failed PullImage call (remote_image.go:180) before the FATA line', async () => {
    const s = await node();
    const r = await s.exec('crictl pull nginx:1.161');
    const e = 'rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:1.161": failed to resolve reference "docker.io/library/nginx:1.161": docker.io/library/nginx:1.161: not found';
    const [klog, fata] = r.stderr.split(/(?<=\n)/);
    expect(klog).toMatch(KLOG('remote_image.go:180'));
    expect(klog.endsWith(`"PullImage from image service failed" err=${JSON.stringify(e)} image="nginx:1.161"\n`)).toBe(true);
    expect(fata).toBe(`FATA[0002] pulling image: ${e} \n`);
    expect(r.exitCode).toBe(1);
  });

  it('a started container runs its command: one that ends leaves the container Exited with its status', async () => {
    const s = await node();
    await s.exec(`echo '{"metadata":{"name":"once"},"image":{"image":"busybox"},"command":["sh","-c","echo hi; false"],"linux":{}}' > once.json`);
    await s.exec(`echo '{"metadata":{"name":"p3","uid":"u3"},"linux":{}}' > p3.json`);
    const id = (await s.exec('crictl run once.json p3.json')).stdout.trim();
    await s.advance(2000);
    const ps = (await s.exec('crictl ps -a --name once')).stdout;
    expect(ps.split('\n')[1]).toMatch(new RegExp(`^${id.slice(0, 13)} .* Exited +once `));
    expect((await s.exec(`crictl inspect -o go-template --template '{{.status.exitCode}} {{.status.reason}}' ${id}`)).stdout).toBe("1 Error\n");
    // the docs' busybox running top stays up
    const top = (await s.exec('crictl run container-config.json pod-config.json')).stdout.trim();
    await s.advance(2000);
    expect((await s.exec('crictl ps --name busybox -q')).stdout).toContain(top.slice(0, 13));
  });
});

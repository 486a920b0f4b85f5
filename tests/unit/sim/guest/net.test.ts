// curl and wget on a guest: the well-known manifests into files with the real tools' output, failures in their
// words, and the local listeners (net/listeners.ts) that kubectl proxy and port-forward register into.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { listen, listenersOn } from '../../../../src/sim/net/listeners';
import { webGet } from '../../../../src/sim/net/web';
import { spec as curlSpec } from '../../../../src/sim/commands/curl/spec';
import { help as curlHelp } from '../../../../src/sim/commands/curl/help';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await loadGuest();
});

const fresh = async () => (s = await createSession({ lab: 'vm', seed: 3 }));

describe('curl', () => {
  it('downloads Flannel’s manifest through GitHub’s redirects with -LO, with the progress meter on stderr', async () => {
    await fresh();
    const r = await s.exec('curl -LO https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ {2}% Total {4}% Received % Xferd {2}Average Speed {3}Time {4}Time {5}Time {2}Current\n {33}Dload {2}Upload {3}Total {3}Spent {4}Left {2}Speed\n\r {2}0 {5}0 {4}0 {5}0 {4}0 {5}0 {6}0 {6}0 --:--:-- --:--:-- --:--:-- {5}0\r100 {2}4345 {2}100 {2}4345 {4}0 {5}0 {2}[ \d]{5} {6}0 --:--:-- --:--:-- --:--:-- [ \d]{5}\n$/);
    const text = (await webGet('https://raw.githubusercontent.com/flannel-io/flannel/master/Documentation/kube-flannel.yml')!.body());
    expect((await s.exec('cat kube-flannel.yml')).stdout).toBe(text);
    expect(text).toContain('image: docker.io/flannel/flannel:v0.26.1');
  });

  it('without -L stops at the redirect; to a terminal it prints the body and no meter', async () => {
    await fresh();
    expect(await s.exec('curl -s -o x https://k8s.io/examples/application/deployment.yaml; wc -c < x')).toMatchObject({ stdout: '0\n', exitCode: 0 });
    const r = await s.exec('curl -sL https://k8s.io/examples/application/deployment.yaml');
    expect(r.stdout).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n {2}name: nginx-deployment\n/);
  });

  it('the pages’ Content-Length is their size', async () => {
    for (const u of ['https://raw.githubusercontent.com/flannel-io/flannel/master/Documentation/kube-flannel.yml', 'https://kubernetes.io/examples/application/deployment.yaml']) {
      const p = webGet(u)!;
      expect(Number(p.headers['content-length'])).toBe(new TextEncoder().encode(await p.body()).length);
    }
    const ms = webGet('https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml')!;
    const asset = webGet(webGet(ms.headers.location)!.headers.location)!;
    expect(Number(asset.headers['content-length'])).toBe(new TextEncoder().encode(await asset.body()).length);
    expect(await asset.body()).toContain('image: registry.k8s.io/metrics-server/metrics-server:v0.7.2');
  });

  it('fails as curl 7.76 does: unknown host, nothing listening, a bad option', async () => {
    await fresh();
    expect(await s.exec('curl nosuch.example')).toMatchObject({ stderr: 'curl: (6) Could not resolve host: nosuch.example\n', exitCode: 6 });
    expect(await s.exec('curl localhost:8001/version')).toMatchObject({ stderr: 'curl: (7) Failed to connect to localhost port 8001: Connection refused\n', exitCode: 7 });
    expect(await s.exec('curl -s localhost:8001/version')).toMatchObject({ stderr: '', exitCode: 7 });
    expect(await s.exec('curl --bogus')).toMatchObject({ stderr: "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await s.exec('curl')).toMatchObject({ stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    // options and no URL: transfer_per_config's "no URL specified!" comes first (curl 7.76.1 src/tool_operate.c), -s or not
    for (const line of ['curl -I', 'curl -sI', 'curl -s -o /dev/null'])
      expect(await s.exec(line)).toMatchObject({ stderr: "curl: no URL specified!\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
    expect(await s.exec('curl -m 3 10.96.0.99')).toMatchObject({ stderr: 'curl: (28) Connection timed out after 3001 milliseconds\n', exitCode: 28 });
  });

  it('--help is the default category list of tool_help.c; the spec knows every option', async () => {
    await fresh();
    expect((await s.exec('curl --help')).stdout).toBe(curlHelp);
    expect(curlHelp.split('\n')[2]).toBe(' -f, --fail          Fail silently (no output at all) on HTTP errors');
    expect(curlSpec.flags!.length).toBeGreaterThan(200);
    expect((await s.exec('curl -V')).stdout.split('\n')[0]).toBe('curl 7.76.1 (x86_64-redhat-linux-gnu) libcurl/7.76.1 OpenSSL/3.2.2 zlib/1.2.11 nghttp2/1.43.0');
  });
});

describe('local listeners', () => {
  it('curl reaches what listens on the guest; closing the listener refuses again', async () => {
    await fresh();
    const host = s.world.host('default');
    const close = listen(s.world, { hostId: host.id, port: 8001, addr: '127.0.0.1', process: 'kubectl', pid: 4711, http: (req) => ({ status: 200, body: `{"path":"${req.url.pathname}"}` }) })!;
    expect(listen(s.world, { hostId: host.id, port: 8001, addr: '0.0.0.0', process: 'x', pid: 1 })).toBeNull();
    expect(listenersOn(s.world, host.id).map((l) => l.port)).toEqual([8001]);
    expect(await s.exec('curl -s localhost:8001/version')).toMatchObject({ stdout: '{"path":"/version"}', exitCode: 0 });
    close();
    expect((await s.exec('curl -s localhost:8001/version')).exitCode).toBe(7);
  });
});

describe('wget', () => {
  it('is not on the box until dnf installs it', async () => {
    await fresh();
    expect(await s.exec('wget https://k8s.io/examples/application/deployment.yaml')).toMatchObject({ stderr: '-bash: wget: command not found\n', exitCode: 127 });
  });

  it('follows the redirect and saves the file, with wget 1.21’s log and bar', async () => {
    await fresh();
    await s.exec('sudo dnf install -y wget');
    const r = await s.exec('wget https://k8s.io/examples/application/deployment.yaml');
    expect(r.exitCode).toBe(0);
    const log = r.stderr.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, 'DATE');
    expect(log).toBe(
      '--DATE--  https://k8s.io/examples/application/deployment.yaml\n' +
        'Resolving k8s.io (k8s.io)... 34.107.204.206\n' +
        'Connecting to k8s.io (k8s.io)|34.107.204.206|:443... connected.\n' +
        'HTTP request sent, awaiting response... 301 Moved Permanently\n' +
        'Location: https://kubernetes.io/examples/application/deployment.yaml [following]\n' +
        '--DATE--  https://kubernetes.io/examples/application/deployment.yaml\n' +
        'Resolving kubernetes.io (kubernetes.io)... 147.75.40.148\n' +
        'Connecting to kubernetes.io (kubernetes.io)|147.75.40.148|:443... connected.\n' +
        'HTTP request sent, awaiting response... 200 OK\n' +
        'Length: 371 [application/x-yaml]\n' +
        'Saving to: ‘deployment.yaml’\n\n' +
        '\rdeployment.yaml     100%[===================>]     371  --.-KB/s    in 0s      \n\n' +
        'DATE (1.77 MB/s) - ‘deployment.yaml’ saved [371/371]\n\n',
    );
    expect((await s.exec('wc -c deployment.yaml')).stdout).toBe('371 deployment.yaml\n');
    // a second download does not overwrite: wget numbers the new file
    expect((await s.exec('wget -q https://k8s.io/examples/application/deployment.yaml; ls -1')).stdout).toBe('deployment.yaml\ndeployment.yaml.1\n');
  });

  it('bad option, missing URL and refused connections in wget’s words', async () => {
    await fresh();
    await s.exec('sudo dnf install -y wget');
    expect(await s.exec('wget --bogus')).toMatchObject({ stderr: "wget: unrecognized option '--bogus'\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", exitCode: 2 });
    expect(await s.exec('wget')).toMatchObject({ stderr: "wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n", exitCode: 1 });
    const r = await s.exec('wget http://127.0.0.1:9/');
    expect(r.stderr.split('\n').slice(1)).toEqual(['Connecting to 127.0.0.1:9... failed: Connection refused.', '']);
    expect(r.exitCode).toBe(4);
  });
});

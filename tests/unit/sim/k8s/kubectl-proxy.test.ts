// kubectl proxy and port-forward listen on the node while they run: curl on that node reaches them.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { connectLocal, listen } from '../../../../src/sim/net/listeners';
import '../../../../src/sim/k8s/register';

async function cluster() {
  const s = await createSession({ lab: 'cluster', seed: 31 });
  let out = '';
  s.on('output', (o) => (out += o.text));
  const get = (port: number, path: string, addr = '127.0.0.1') => connectLocal(s.world, s.frame.hostId, addr, port)?.http?.({ method: 'GET', url: new URL(`http://localhost:${port}${path}`), headers: {} });
  return { s, get, out: () => out };
}

describe('kubectl proxy', () => {
  it('serves the API on 127.0.0.1:8001 until Ctrl+C', async () => {
    const { s, get, out } = await cluster();
    await s.exec('kubectl run web --image=nginx');
    await s.advance(20_000);
    await s.submit('kubectl proxy');
    await s.advance(1000);
    expect(out()).toContain('Starting to serve on 127.0.0.1:8001\n');
    const v = get(8001, '/version')!;
    expect(v.status).toBe(200);
    expect(v.body).toBe(`{\n  "major": "1",\n  "minor": "28",\n  "gitVersion": "v1.28.15",\n  "gitCommit": "841856557ef0f6a399096c42635d114d6f2cf7f4",\n  "gitTreeState": "clean",\n  "buildDate": "2024-10-22T20:34:56Z",\n  "goVersion": "go1.22.8",\n  "compiler": "gc",\n  "platform": "linux/amd64"\n}`);
    const pods = JSON.parse(get(8001, '/api/v1/namespaces/default/pods')!.body);
    expect(pods).toMatchObject({ kind: 'PodList', apiVersion: 'v1', items: [{ metadata: { name: 'web', namespace: 'default' }, status: { phase: 'Running' } }] });
    expect(Object.keys(pods)).toEqual(['kind', 'apiVersion', 'metadata', 'items']);
    expect(JSON.parse(get(8001, '/apis/apps/v1/namespaces/kube-system/deployments/coredns')!.body)).toMatchObject({ kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: 'coredns' } });
    const missing = get(8001, '/api/v1/namespaces/default/pods/nope')!;
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'pods "nope" not found', reason: 'NotFound', details: { name: 'nope', kind: 'pods' }, code: 404 });
    await s.interrupt();
    expect(connectLocal(s.world, s.frame.hostId, '127.0.0.1', 8001)).toBeNull();
  });
  it('refuses a port that is taken', async () => {
    const { s } = await cluster();
    listen(s.world, { hostId: s.frame.hostId, port: 8001, addr: '127.0.0.1', process: 'python3', pid: 999 });
    expect(await s.exec('kubectl proxy')).toMatchObject({ stdout: '', stderr: 'error: listen tcp 127.0.0.1:8001: bind: address already in use\n', exitCode: 1 });
    await s.submit('kubectl proxy --port=8080');
    await s.advance(1000);
    expect(connectLocal(s.world, s.frame.hostId, '127.0.0.1', 8080)?.process).toBe('kubectl');
    await s.interrupt();
  });
});

describe('kubectl port-forward', () => {
  it('forwards local ports to the pod behind a Service and says so for each connection', async () => {
    const { s, get, out } = await cluster();
    await s.exec('kubectl create deployment web --image=nginx --port=80');
    await s.exec('kubectl expose deployment web --port=8080 --target-port=80');
    await s.advance(30_000);
    await s.submit('kubectl port-forward svc/web 9090:8080');
    await s.advance(1000);
    expect(out()).toContain('Forwarding from 127.0.0.1:9090 -> 80\nForwarding from [::1]:9090 -> 80\n');
    const page = get(9090, '/')!;
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Welcome to nginx!</title>');
    await s.advance(1000);
    expect(out()).toContain('Handling connection for 9090\n');
    await s.interrupt();
    expect(connectLocal(s.world, s.frame.hostId, '127.0.0.1', 9090)).toBeNull();
  });
  it('refuses a pod that is not running', async () => {
    const { s } = await cluster();
    await s.exec('kubectl run web --image=nginx');
    const r = await s.exec('kubectl port-forward web 8080:80');
    expect(r).toMatchObject({ stderr: 'error: unable to forward port because pod is not running. Current status=Pending\n', exitCode: 1 });
  });
});

describe('kubectl get --raw', () => {
  it('prints the API server\'s answer as it comes: ok without a newline, /version indented, lists compact; errors as kubectl 1.28', async () => {
    const { s } = await cluster();
    expect(await s.exec('kubectl get --raw /healthz')).toMatchObject({ stdout: 'ok', exitCode: 0 });
    expect((await s.exec('kubectl get --raw /version')).stdout).toMatch(/^\{\n {2}"major": "1",\n {2}"minor": "28",\n/);
    expect((await s.exec('kubectl get --raw /api/v1/namespaces/default/pods')).stdout).toMatch(/^\{"kind":"PodList","apiVersion":"v1","metadata":\{"resourceVersion":"\d+"\},"items":\[/);
    expect(await s.exec('kubectl get --raw /nope')).toMatchObject({ stderr: 'Error from server (NotFound): the server could not find the requested resource\n', exitCode: 1 });
    // the client's own checks, words of the real kubectl 1.28 client
    expect((await s.exec('kubectl get --raw /healthz pods')).stderr).toBe('error: arguments may not be passed when --raw is specified\n');
    expect((await s.exec('kubectl get --raw /healthz -o yaml')).stderr).toBe('error: --raw and --output are mutually exclusive\n');
    expect((await s.exec('kubectl get --raw healthz')).stderr).toBe('error: --raw must be a valid URL path: parse "healthz": invalid URI for request\n');
  });
});

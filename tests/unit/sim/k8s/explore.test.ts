/**
 * What kubernetes.io's pages have a learner type, in a lab session, where the order of stdout and stderr on the
 * terminal matters (the single streams are checked against the real clients in tests/golden/kubectl-server).
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

describe('kubectl off the lessons path', () => {
  it('delete --grace-period=0 --force warns before it deletes (DeleteOptions.Validate prints it)', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    await s.exec('kubectl run nginx --image=nginx');
    await s.advance(20_000);
    const r = await s.exec('kubectl delete pod nginx --grace-period=0 --force');
    expect(r.output).toBe('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\npod "nginx" force deleted\n');
  });
});

describe('kubectl run -i with a command (RunOptions.Run: attach, wait for the pod, --rm)', () => {
  it('prints what the program printed, then deletes the pod', async () => {
    const s = await createSession({ lab: 'cluster', seed: 4 });
    await s.exec('kubectl create deployment nginx --image=nginx');
    await s.exec('kubectl expose deployment nginx --port=80');
    await s.advance(30_000);
    const r = await s.exec('kubectl run tmp --rm -i --image=busybox --restart=Never -- wget -qO- http://nginx');
    expect(r.stdout).toMatch(/^<!DOCTYPE html>\n[\s\S]*<title>Welcome to nginx!<\/title>[\s\S]*<\/html>\npod "tmp" deleted\n$/);
    expect(r.exitCode).toBe(0);
    expect((await s.exec('kubectl get pod tmp')).stderr).toBe('Error from server (NotFound): pods "tmp" not found\n');
    // without --rm the pod stays, Completed; attach's hint comes only when the pod still ran when kubectl looked
    // (a pod already completed gives its logs instead)
    const e = await s.exec('kubectl run tmp3 -i --image=busybox --restart=Never -- echo hello');
    expect(e).toMatchObject({ stdout: 'hello\n', exitCode: 0 });
    expect(['', "If you don't see a command prompt, try pressing enter.\n"]).toContain(e.stderr);
    expect((await s.exec('kubectl get pod tmp3')).stdout).toMatch(/tmp3 +0\/1 +Completed +0 /);
  });
  it('-i without --restart makes an OnFailure pod (getRestartPolicy); -i sets stdinOnce', async () => {
    const s = await createSession({ lab: 'cluster', seed: 5 });
    await s.exec('kubectl run once -i --image=busybox -- echo hi');
    const y = (await s.exec('kubectl get pod once -o yaml')).stdout;
    expect(y).toContain('  restartPolicy: OnFailure\n');
    expect(y).toMatch(/ {4}stdin: true\n {4}stdinOnce: true\n/);
  });
  it("runs the HPA walkthrough's load generator until Ctrl+C, then deletes it and reports its status 130", async () => {
    const s = await createSession({ lab: 'cluster', seed: 6 });
    await s.exec('kubectl apply -f https://k8s.io/examples/application/php-apache.yaml');
    await s.advance(40_000);
    let out = '';
    s.on('output', (o) => (out += o.text));
    await s.submit('kubectl run -i --tty load-generator --rm --image=busybox:1.28 --restart=Never -- /bin/sh -c "while sleep 0.01; do wget -q -O- http://php-apache; done"');
    await s.advance(15_000);
    expect(out).toMatch(/If you don't see a command prompt, try pressing enter\.\n(OK!)+$/);
    let code: number | undefined;
    s.on('done', (d) => (code = d.exitCode));
    out = '';
    await s.interrupt();
    // the terminal's ^C, then removeCreatedObjects (deferred) and the CodeExitError kubectl prints as it is
    expect(out).toMatch(/^\^C\npod "load-generator" deleted\npod default\/load-generator terminated \(Error\)\n/);
    expect(code).toBe(130);
    expect((await s.exec('kubectl get pods -o name')).stdout).not.toContain('load-generator');
  });
});

describe('apply of a manifest made by create --dry-run=client -o yaml', () => {
  it('keeps the defaulted strategy (SetDefaults_Deployment): a diff of a new replica count shows only that change', async () => {
    const s = await createSession({ lab: 'cluster', seed: 7 });
    await s.exec('kubectl create deployment web --image=nginx:1.25 --replicas=2 --dry-run=client -o yaml > web.yaml');
    await s.exec('kubectl apply -f web.yaml');
    await s.advance(20_000);
    await s.exec("sed -i 's/replicas: 2/replicas: 3/' web.yaml");
    const d = await s.exec('kubectl diff -f web.yaml');
    expect(d.exitCode).toBe(1);
    expect(d.stdout.split('\n').filter((l) => /^[-+] /.test(l)).map((l) => l.replace(/\{.*\}/, '{…}'))).toEqual(['-      {…}', '+      {…}', '-  generation: 1', '+  generation: 2', '-  replicas: 2', '+  replicas: 3']);
    await s.exec('kubectl apply -f web.yaml');
    expect((await s.exec("kubectl get deploy web -o jsonpath='{.spec.strategy}'")).stdout).toBe('{"rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"},"type":"RollingUpdate"}');
  });
});

describe('manifests on standard input (-f -), as the kubernetes.io pages feed them', () => {
  it('applies a here-document and a pipe; names the source STDIN; nothing on stdin is no object', async () => {
    const s = await createSession({ lab: 'cluster', seed: 8 });
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n';
    expect((await s.exec(`kubectl apply -f - <<EOF\n${cm}EOF`)).stdout).toBe('configmap/a created\n');
    await s.exec(`cat <<'EOF' > cm.yaml\n${cm}EOF`);
    expect((await s.exec('cat cm.yaml | kubectl apply -f -')).stdout).toBe('configmap/a unchanged\n');
    expect((await s.exec('kubectl create -f - < cm.yaml')).stderr).toBe('Error from server (AlreadyExists): error when creating "STDIN": configmaps "a" already exists\n');
    // what kubectl 1.28 says for an empty standard input
    expect(await s.exec('kubectl apply -f - < /dev/null')).toMatchObject({ stderr: 'error: no objects passed to apply\n', exitCode: 1 });
    expect(await s.exec('kubectl create -f - < /dev/null')).toMatchObject({ stderr: 'error: no objects passed to create\n', exitCode: 1 });
    expect(await s.exec('kubectl delete -f - < /dev/null')).toMatchObject({ stdout: 'No resources found\n', exitCode: 0 });
    expect((await s.exec('kubectl delete -f - < cm.yaml')).stdout).toBe('configmap "a" deleted\n');
  });
});

describe('Debug Running Pods: an ephemeral container in a pod that never restarts', () => {
  it('says nothing after the session (reattachMessage wants restartPolicy Always); describe lists it, terminated', async () => {
    const s = await createSession({ lab: 'cluster', seed: 9 });
    await s.exec('kubectl run ephemeral-demo --image=registry.k8s.io/pause:3.1 --restart=Never');
    await s.advance(20_000);
    const r = await s.exec('kubectl debug -it ephemeral-demo --image=busybox:1.28 --target=ephemeral-demo', { answers: ['exit'] });
    expect(r.stdout).toMatch(/^Targeting container "ephemeral-demo"\. .*\nDefaulting debug container name to debugger-\w{5}\.\n\/ # exit\n$/);
    const d = (await s.exec('kubectl describe pod ephemeral-demo')).stdout;
    // the section as kubectl 1.28 prints it (tests/golden/describe/pod-ephemeral)
    expect(d).toMatch(/\nEphemeral Containers:\n {2}debugger-\w{5}:\n {4}Container ID: {3}containerd:\/\/\w{64}\n {4}Image: {10}busybox:1\.28\n {4}Image ID: {7}docker\.io\/library\/busybox@sha256:\w{64}\n[\s\S]*? {4}State: {10}Terminated\n {6}Reason: {7}Completed\n {6}Exit Code: {4}0\n/);
    const n = await s.exec('kubectl debug node/w1-k8s -it --image=busybox', { answers: ['exit'] });
    expect(n.stdout).toMatch(/^Creating debugging pod node-debugger-w1-k8s-\w{5} with container debugger on node w1-k8s\.\n\/ # exit\n$/);
  });
});

/**
 * The kubelet's probes as kubernetes.io's "Configure Liveness, Readiness and Startup Probes" task shows them:
 * the exec liveness probe of its liveness-exec pod fails once /tmp/healthy is gone (busybox's cat words the
 * failure), three failures kill the container (kuberuntime: "Container %s failed liveness probe, will be
 * restarted") and it restarts; a readiness probe keeps the pod unready until it has passed.
 * describe's probe lines are checked against the real kubectl in tests/golden/describe/pod-probes.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const LIVENESS = `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: registry.k8s.io/busybox
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`;

const READINESS = `apiVersion: v1
kind: Pod
metadata:
  name: goproxy
spec:
  containers:
  - name: goproxy
    image: nginx:1.25
    ports:
    - containerPort: 80
    readinessProbe:
      tcpSocket:
        port: 80
      initialDelaySeconds: 15
      periodSeconds: 10
`;

describe('liveness and readiness probes', () => {
  it('restarts the liveness-exec container after three failed exec probes', async () => {
    const s = await createSession({ lab: 'cluster', seed: 1 });
    await s.exec(`cat <<'EOF' > l.yaml\n${LIVENESS}EOF`);
    expect((await s.exec('kubectl apply -f l.yaml')).stdout).toBe('pod/liveness-exec created\n');
    await s.advance(20_000);
    let d = (await s.exec('kubectl describe pod liveness-exec')).stdout;
    expect(d).toContain('    Liveness:       exec [cat /tmp/healthy] delay=5s timeout=1s period=5s #success=1 #failure=3\n');
    expect(d).not.toContain('Unhealthy');
    await s.advance(30_000);
    d = (await s.exec('kubectl describe pod liveness-exec')).stdout;
    expect(d).toMatch(/\n {2}Warning {2}Unhealthy {2}\S+ \(x3 over \S+\) +kubelet +Liveness probe failed: cat: can't open '\/tmp\/healthy': No such file or directory\n/);
    expect(d).toMatch(/\n {2}Normal {3}Killing {4}\S+ +kubelet +Container liveness failed liveness probe, will be restarted\n/);
    // sh as PID 1 ignores SIGTERM: the container ends when the 30s grace period does
    await s.advance(40_000);
    expect((await s.exec('kubectl get pod liveness-exec')).stdout).toMatch(/liveness-exec +1\/1 +Running +1 \(\d+s ago\) /);
    const y = (await s.exec('kubectl get pod liveness-exec -o yaml')).stdout;
    expect(y).toContain('    lastState:\n      terminated:\n');
    expect(y).toMatch(/exitCode: 137\n/);
    expect(y).toContain('      failureThreshold: 3\n      initialDelaySeconds: 5\n      periodSeconds: 5\n      successThreshold: 1\n      timeoutSeconds: 1\n');
  });
  it('keeps a pod unready until its readiness probe has passed', async () => {
    const s = await createSession({ lab: 'cluster', seed: 2 });
    await s.exec(`cat <<'EOF' > r.yaml\n${READINESS}EOF`);
    await s.exec('kubectl apply -f r.yaml');
    await s.advance(10_000);
    expect((await s.exec('kubectl get pod goproxy')).stdout).toMatch(/goproxy +0\/1 +Running +0 /);
    await s.advance(20_000);
    expect((await s.exec('kubectl get pod goproxy')).stdout).toMatch(/goproxy +1\/1 +Running +0 /);
  });
});

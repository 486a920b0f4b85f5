/** kubectl set env --from / --keys / --prefix / --dry-run (set_env.go, Kubernetes 1.28) and rollout restart|pause of kinds it cannot restart. */
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

describe('kubectl set env --from', () => {
  it('adds a reference per key, warns about renamed keys first, and changes nothing on a dry run', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create configmap app-config --from-literal=GREETING=hello --from-literal=log.level=debug');
    await s.exec('kubectl create deployment web --image=nginx:1.25');
    const dry = await s.exec('kubectl set env deployment/web --from=configmap/app-config --dry-run=client');
    expect(dry.output).toBe('Warning: key log.level transferred to LOG_LEVEL\ndeployment.apps/web env updated (dry run)\n');
    expect((await s.exec('kubectl set env deployment/web --list')).stdout).toBe('# Deployment web, container nginx\n');
    const r = await s.exec('kubectl set env deployment/web --from=configmap/app-config');
    expect(r.output).toBe('Warning: key log.level transferred to LOG_LEVEL\ndeployment.apps/web env updated\n');
    expect((await s.exec('kubectl set env deployment/web --list')).stdout).toBe(
      '# Deployment web, container nginx\n# GREETING from configmap app-config, key GREETING\n# LOG_LEVEL from configmap app-config, key log.level\n',
    );
    // nothing changes the second time: no patch, nothing printed
    expect((await s.exec('kubectl set env deployment/web --from=configmap/app-config --keys=GREETING')).output).toBe('');
    const y = await s.exec('kubectl set env deployment/web --from=configmap/app-config --keys=GREETING --prefix=APP_ --dry-run=client -o yaml');
    expect(y.stdout).toContain('        - name: APP_GREETING\n          valueFrom:\n            configMapKeyRef:\n              key: GREETING\n              name: app-config\n');
    expect((await s.exec('kubectl get deploy web -o yaml')).stdout).not.toContain('APP_GREETING');
  });

  it('refuses what set_env.go refuses', async () => {
    const s = await createSession({ lab: 'cluster' });
    await s.exec('kubectl create deployment web --image=nginx:1.25');
    const cases: [string, string][] = [
      ['kubectl set env deployment/web --keys=GREETING', 'error: when specifying --keys, a configmap or secret must be provided with --from\n'],
      ['kubectl set env deployment/web --from=deployment/web', 'error: unsupported resource specified in --from\n'],
      ['kubectl set env deployment/web --from=configmap/nope', 'Error from server (NotFound): configmaps "nope" not found\n'],
    ];
    for (const [line, err] of cases) {
      const r = await s.exec(line);
      expect([line, r.stderr, r.exitCode]).toEqual([line, err, 1]);
    }
  });

  it('rollout restart and pause fetch the object, then refuse a pod', async () => {
    const s = await createSession({ lab: 'cluster' });
    expect((await s.exec('kubectl rollout restart pod/p')).stderr).toBe('Error from server (NotFound): pods "p" not found\n');
    await s.exec('kubectl run p --image=nginx');
    expect((await s.exec('kubectl rollout restart pod/p')).stderr).toBe('error: pods "p" restarting is not supported\n');
    expect((await s.exec('kubectl rollout pause pod/p')).stderr).toBe('error: pods "p" pausing is not supported\n');
    expect((await s.exec('kubectl rollout resume pod/p')).stderr).toBe('error: pods "p" resuming is not supported\n');
  });
});

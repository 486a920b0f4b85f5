// kubectl set env and set resources on a live Deployment. The words are those of the kubectl 1.28 client
// (`kubectl set env|resources -f FILE --local`, run on this machine): --list's header and references, the
// overwrite refusal, key validation, the container selector's warning, quantities.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await import('../../../../src/sim/k8s/register');
  s = await createSession({ lab: 'cluster', seed: 2 });
  await s.exec('kubectl create deployment web --image=nginx');
});

describe('kubectl set env', () => {
  it('sets, lists and removes variables; an unchanged value prints nothing; the pods see the new template', async () => {
    expect(await s.exec('kubectl set env deploy/web A=b X=1')).toMatchObject({ stdout: 'deployment.apps/web env updated\n', exitCode: 0 });
    expect((await s.exec('kubectl set env deploy/web --list')).stdout).toBe('# Deployment web, container nginx\nA=b\nX=1\n');
    expect(await s.exec('kubectl set env deploy/web A=b')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.exec('kubectl set env deploy/web A-')).stdout).toBe('deployment.apps/web env updated\n');
    await s.exec('sleep 40');
    expect((await s.exec('kubectl exec deploy/web -- printenv X')).stdout).toBe('1\n');
  });

  it('refuses as kubectl does', async () => {
    expect(await s.exec('kubectl set env')).toMatchObject({ stderr: 'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n', exitCode: 1 });
    expect((await s.exec('kubectl set env deploy/web A=b B')).stderr).toBe('error: all resources must be specified before environment changes: deploy/web A=b B\n');
    expect((await s.exec('kubectl set env deploy/web X=2 --overwrite=false')).stderr).toBe("error: deployment.apps/web\n 'X' already has a value (1), and --overwrite is false\n");
    expect((await s.exec('kubectl set env deploy/web 1X=2')).stderr).toMatch(/^error: "1X" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '\.', and must not start with a digit/);
    expect(await s.exec('kubectl set env deploy/web Y=1 -c nope')).toMatchObject({ stdout: '', stderr: 'Warning: Deployment/web does not have any containers matching "nope"\n', exitCode: 0 });
  });
});

describe('kubectl set resources', () => {
  it('merges limits and requests into the containers and refuses what kubectl refuses', async () => {
    expect((await s.exec('kubectl set resources deploy/web --limits=cpu=200m,memory=512Mi --requests=cpu=100m')).stdout).toBe('deployment.apps/web resource requirements updated\n');
    expect((await s.exec("kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].resources}'")).stdout).toBe('{"limits":{"cpu":"200m","memory":"512Mi"},"requests":{"cpu":"100m"}}');
    expect((await s.exec('kubectl set resources deploy/web')).stderr).toBe('error: you must specify an update to requests or limits (in the form of --requests/--limits)\n');
    expect((await s.exec('kubectl set resources deploy/web --limits=cpu=abc')).stderr).toBe("error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'\n");
    expect((await s.exec('kubectl set resources deploy/web --limits=cpu=1 -c nope')).stderr).toBe('error: unable to find container named nope\n');
  });
});

// kubectl's command line read by the shared spec parser: what each verb receives.
import { describe, expect, it } from 'vitest';
import { parseKubectl } from '../../../../src/sim/k8s/kubectl/cli';

describe('kubectl on the spec parser', () => {
  it('finds the path among flags, types values and keeps the words after --', () => {
    expect(parseKubectl(['-n', 'kube-system', 'exec', '-it', 'web', '-c', 'app', '--', 'sh', '-c', 'ls -l'])).toEqual({
      path: ['exec'],
      args: ['web'],
      flags: { namespace: 'kube-system', stdin: true, tty: true, container: 'app' },
      rest: ['sh', '-c', 'ls -l'],
      dash: true,
    });
    expect(parseKubectl(['create', 'deploy', 'web', '--image=nginx', '--image', 'redis', '-r', '3', '--port=80'])).toMatchObject({
      path: ['create', 'deployment'],
      args: ['web'],
      flags: { image: ['nginx', 'redis'], replicas: 3, port: 80 },
      dash: false,
    });
    expect(parseKubectl(['get', 'pods', '-A', '--show-labels=false', '-l', 'app=web'])).toMatchObject({ flags: { 'all-namespaces': true, 'show-labels': false, selector: 'app=web' } });
  });
  it('answers -h and --help anywhere on the line, and usage errors in pflag words', () => {
    expect(parseKubectl(['rollout', 'undo', 'x', '--help'])).toMatchObject({ path: ['rollout', 'undo'], flags: { help: true } });
    expect(parseKubectl(['get', '-Azq'])).toEqual({ error: "unknown shorthand flag: 'z' in -zq", path: ['get'] });
    expect(parseKubectl(['rollout', 'status', '--timeout=abc'])).toEqual({ error: 'invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"', path: ['rollout', 'status'] });
  });
});

describe('Tab completion from the spec', () => {
  it('offers every verb and the flags of the command being typed', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    await import('../../../../src/sim/k8s/register');
    const s = await createSession({ lab: 'cluster', seed: 51 });
    await s.exec('kubectl version --client');
    expect(s.complete('kubectl ev').candidates).toEqual(['events']);
    expect(s.complete('kubectl port').candidates).toEqual(['port-forward']);
    expect(s.complete('kubectl events --ty').candidates).toEqual(['--types']);
    expect(s.complete('kubectl rollout undo --to').candidates).toEqual(['--to-revision', '--token']);
    expect(s.complete('kubectl get pods -n kube-system --show-l').candidates).toEqual(['--show-labels']);
  });
});

import { describe, expect, it } from 'vitest';
import { canonicalCommand, commandWords, sameCommand } from '../../../src/quiz/command';

describe('command answers: the same command however it is spelled', () => {
  const same: [string, string][] = [
    ['kubectl get po', 'kubectl get pods'],
    ['kubectl get pod', 'kubectl get pods'],
    ['kubectl get pods -n kube-system', 'kubectl get pods --namespace=kube-system'],
    ['kubectl get pods --namespace kube-system', 'kubectl get pods -n kube-system'],
    ['kubectl -n kube-system get pods', 'kubectl get pods -n kube-system'],
    ['kubectl get pods -o wide -A', 'kubectl get pods --all-namespaces -o wide'],
    ['kubectl get no', 'kubectl get nodes'],
    ['kubectl get deploy nginx', 'kubectl get deployments.apps nginx'],
    ['kubectl scale deploy/nginx --replicas=3', 'kubectl scale deployment nginx --replicas 3'],
    ['kubectl apply -f web.yaml', 'kubectl apply --filename=web.yaml'],
    ['  kubectl   get   pods  ', 'kubectl get pods'],
    ['$ kubectl get pods', 'kubectl get pods'],
    ['[root@m-k8s ~]# kubectl get nodes', 'kubectl get nodes'],
    ["cat '/etc/redhat-release'", 'cat /etc/redhat-release'],
    ['cat "/etc/redhat-release"', 'cat /etc/redhat-release'],
  ];
  for (const [typed, expected] of same) {
    it(`${typed}  =  ${expected}`, () => {
      expect(sameCommand(typed, [expected])).toEqual({ correct: true });
      expect(sameCommand(expected, [typed])).toEqual({ correct: true });
    });
  }

  const different: [string, string][] = [
    ['kubectl get pods -n default', 'kubectl get pods -n kube-system'],
    ['kubectl get svc', 'kubectl get pods'],
    ['kubectl describe pods', 'kubectl get pods'],
    ['kubectl get pods -o yaml', 'kubectl get pods -o wide'],
    // For vagrant the place of a flag matters: before the subcommand it is vagrant's, not destroy's.
    ['vagrant -f destroy', 'vagrant destroy -f'],
    ['vagrant up', 'vagrant ssh'],
    ['Cat /etc/redhat-release', 'cat /etc/redhat-release'],
  ];
  for (const [typed, expected] of different) {
    it(`${typed}  ≠  ${expected}`, () => {
      expect(sameCommand(typed, [expected]).correct).toBe(false);
    });
  }

  it('accepts any of several expected commands', () => {
    expect(sameCommand('vagrant destroy --force', ['vagrant destroy -f', 'vagrant destroy --force'], 'cmd').correct).toBe(true);
  });

  it('ignores the case of a program name in cmd.exe, and a pasted Windows prompt', () => {
    expect(sameCommand('Vagrant ssh', ['vagrant ssh'], 'cmd').correct).toBe(true);
    expect(sameCommand('D:\\3_VMs\\HashiCorp>vagrant ssh', ['vagrant ssh'], 'cmd').correct).toBe(true);
    expect(sameCommand('VAGRANT.EXE ssh', ['vagrant ssh'], 'cmd').correct).toBe(true);
    // arguments keep their case
    expect(sameCommand('vagrant SSH', ['vagrant ssh'], 'cmd').correct).toBe(false);
    // but not in bash
    expect(sameCommand('Vagrant ssh', ['vagrant ssh'], 'bash').correct).toBe(false);
  });

  it('passes on what kubectl itself would say about a bad command', () => {
    expect(sameCommand('kubectl get podz', ['kubectl get pods'])).toEqual({
      correct: false,
      error: 'error: the server doesn\'t have a resource type "podz"',
    });
    expect(sameCommand('kubectl frobnicate', ['kubectl get pods']).error).toMatch(/unknown command "frobnicate"/);
  });

  it('treats an empty answer as not answered, not as an error', () => {
    expect(sameCommand('   ', ['kubectl get pods'])).toEqual({ correct: false });
    expect(canonicalCommand('')).toEqual({ ok: false, error: 'empty' });
  });

  it('splits words with the simulator tokenizer', () => {
    expect(commandWords(`echo "a b" 'c d' e\\ f`)).toEqual(['echo', 'a b', 'c d', 'e f']);
  });
});

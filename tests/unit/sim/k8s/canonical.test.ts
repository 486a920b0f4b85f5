import { describe, expect, it } from 'vitest';
import { canonicalKubectl, splitWords } from '../../../../src/sim/k8s/canonical';

const canon = (s: string) => {
  const r = canonicalKubectl(s);
  return r.ok ? r.canonical : `ERR ${r.error}`;
};

describe('canonicalKubectl', () => {
  it('resolves short names and flag spellings to one form', () => {
    const a = canon('kubectl get po -n kube-system');
    expect(a).toBe('kubectl get pods --namespace=kube-system');
    expect(canon('kubectl get pods --namespace=kube-system')).toBe(a);
    expect(canon('kubectl --namespace kube-system get pod')).toBe(a);
    expect(canon('kubectl get pods -nkube-system')).toBe(a);
    expect(canon('kubectl get pods -n=kube-system')).toBe(a);
  });
  it('orders flags and resolves grouped names', () => {
    expect(canon('kubectl scale deploy nginx --replicas 3')).toBe('kubectl scale deployments.apps nginx --replicas=3');
    expect(canon('kubectl scale --replicas=3 deployment/nginx')).toBe(canon('kubectl scale deployment nginx --replicas=3'));
    expect(canon('kubectl get svc,po -A')).toBe('kubectl get services,pods --all-namespaces');
    expect(canon('kubectl get po -o wide -l app=nginx')).toBe(canon('kubectl get pods --selector app=nginx --output=wide'));
  });
  it('keeps the command after --', () => {
    expect(canon('kubectl exec -it nginx -- sh')).toBe('kubectl exec nginx --stdin --tty -- sh');
    expect(canon('kubectl exec nginx -ti -- sh')).toBe(canon('kubectl exec -it nginx -- sh'));
  });
  it('resolves subcommand aliases', () => {
    expect(canon('kubectl create deploy web --image=nginx')).toBe('kubectl create deployment web --image=nginx');
    expect(canon('kubectl top no')).toBe('kubectl top node');
    expect(canon('kubectl rollout undo deploy/web --to-revision=1')).toBe('kubectl rollout undo deployments.apps web --to-revision=1');
    expect(canon('kubectl cordon node/w1-k8s')).toBe('kubectl cordon w1-k8s');
  });
  it('accepts argv arrays with or without the program name', () => {
    const r = canonicalKubectl(['get', 'no']);
    expect(r.ok && r.canonical).toBe('kubectl get nodes');
    expect(r.ok && r.path).toEqual(['get']);
  });
  it('reports errors as kubectl does', () => {
    expect(canon('kubectl get foo')).toBe('ERR error: the server doesn\'t have a resource type "foo"');
    expect(canon('kubectl version --short')).toBe('ERR error: unknown flag: --short');
    expect(canon('kubectl gett pods')).toBe('ERR error: unknown command "gett" for "kubectl"');
    expect(canon('kubectl get pods -x')).toBe("ERR error: unknown shorthand flag: 'x' in -x");
    expect(canon('kubectl scale deploy x --replicas=three')).toMatch(/invalid argument "three" for "--replicas" flag/);
    expect(canon('')).toMatch(/^ERR/);
  });
  it('splits words with quotes', () => {
    expect(splitWords(`kubectl get pods -o jsonpath='{.items[*].metadata.name}' "a b"`)).toEqual(['kubectl', 'get', 'pods', '-o', 'jsonpath={.items[*].metadata.name}', 'a b']);
  });
});

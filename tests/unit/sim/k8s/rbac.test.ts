/**
 * RBAC as a kubeadm 1.28 cluster has it: the bootstrap policy in the store, the aggregated roles, the authorizer
 * behind `kubectl auth can-i` and behind every request made with --as, and kubeadm 1.29's cluster-admins binding.
 */
import { describe, expect, it } from 'vitest';
import { lab, makeCluster, split } from './helpers';
import { Cluster } from '../../../../src/sim/k8s/cluster';
import { initCluster } from '../../../../src/sim/k8s/bootstrap';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';

const SA = '--as=system:serviceaccount:default:default';

describe('the bootstrap policy in the store', () => {
  it('lists the ClusterRoles of kube-apiserver and kubeadm with their creation time, sorted by name', () => {
    const { run } = makeCluster();
    const out = run('get clusterroles').out.split('\n');
    expect(out[0]).toMatch(/^NAME {67}CREATED AT$/);
    const names = out.slice(1, -1).map((l) => l.split(/\s+/)[0]);
    expect(names).toContain('kubeadm:get-nodes');
    expect(names).toContain('system:controller:ttl-controller');
    expect(names).toContain('flannel');
    expect(names.length).toBe(31 + 31 + 1 + 1);
    expect([...names].sort()).toEqual(names);
    expect(out[1]).toBe('admin                                                                  2025-12-10T01:00:00Z');
  });

  it('prints who each ClusterRoleBinding names with -o wide, as the printer joins subjects', () => {
    const { run } = makeCluster();
    const rows = run('get clusterrolebindings -o wide').out.split('\n');
    expect(rows[0]).toMatch(/^NAME +ROLE +AGE +USERS +GROUPS +SERVICEACCOUNTS$/);
    const row = (name: string) => rows.find((r) => r.startsWith(name + ' '))!.split(/ {2,}/);
    expect(row('cluster-admin')).toEqual(['cluster-admin', 'ClusterRole/cluster-admin', '2m', 'system:masters', '']);
    expect(row('system:public-info-viewer').slice(3)).toEqual(['system:authenticated, system:unauthenticated', '']);
    expect(row('kubeadm:node-proxier').slice(1)).toEqual(['ClusterRole/system:node-proxier', '2m', 'kube-system/kube-proxy']);
    expect(row('system:kube-scheduler').slice(3)).toEqual(['system:kube-scheduler', '']);
  });

  it('binds system:monitoring and system:service-account-issuer-discovery as kube-apiserver 1.28 does', () => {
    const { run } = makeCluster();
    expect(run('get clusterrolebinding system:monitoring system:service-account-issuer-discovery -o wide').out).toBe(
      [
        'NAME                                      ROLE                                                  AGE   USERS   GROUPS                   SERVICEACCOUNTS',
        'system:monitoring                         ClusterRole/system:monitoring                         2m            system:monitoring        ',
        'system:service-account-issuer-discovery   ClusterRole/system:service-account-issuer-discovery   2m            system:serviceaccounts   ',
        '',
      ].join('\n'),
    );
    expect(run(`auth can-i get /openid/v1/jwks ${SA}`).out).toBe('yes\n');
    expect(run('auth can-i get /metrics --as=prom --as-group=system:monitoring').out).toBe('yes\n');
  });

  it('binds flannel\'s ClusterRole to its ServiceAccount as kube-flannel.yml does', () => {
    const { run } = makeCluster();
    expect(run('get clusterrolebinding flannel -o wide').out).toBe(
      'NAME      ROLE                  AGE   USERS   GROUPS   SERVICEACCOUNTS\nflannel   ClusterRole/flannel   2m                     kube-flannel/flannel\n',
    );
    expect(run('auth can-i patch nodes --subresource=status --as=system:serviceaccount:kube-flannel:flannel').out).toBe('yes\n');
  });

  it('keeps the namespaced Roles and RoleBindings of kube-system and kube-public', () => {
    const { run } = makeCluster();
    expect(run('get roles -n kube-public').out).toBe('NAME                                   CREATED AT\nkubeadm:bootstrap-signer-clusterinfo   2025-12-10T01:00:00Z\nsystem:controller:bootstrap-signer     2025-12-10T01:00:00Z\n');
    expect(run('get rolebinding kubeadm:nodes-kubeadm-config -n kube-system -o wide').out).toBe(
      'NAME                           ROLE                                AGE   USERS   GROUPS                                                          SERVICEACCOUNTS\nkubeadm:nodes-kubeadm-config   Role/kubeadm:nodes-kubeadm-config   2m            system:bootstrappers:kubeadm:default-node-token, system:nodes   \n',
    );
  });

  it('aggregates admin, edit and view from the aggregate-to-* roles, and a learner\'s labelled role joins them', () => {
    const { run } = makeCluster();
    expect(run(`auth can-i list endpointslices.discovery.k8s.io ${SA}`).code).toBe(1);
    run('create rolebinding viewers --clusterrole=view --serviceaccount=default:default');
    expect(run(`auth can-i list endpointslices.discovery.k8s.io ${SA}`)).toMatchObject({ out: 'yes\n', code: 0 });
    expect(run(`auth can-i get secrets ${SA}`)).toMatchObject({ out: 'no\n', code: 1 });
    expect(run(`auth can-i list widgets.example.com ${SA}`).out).toBe('no\n');
    run('create clusterrole widget-reader --verb=get,list --resource=pods');
    run('label clusterrole widget-reader rbac.authorization.k8s.io/aggregate-to-view=true');
    expect(run('get clusterrole view -o yaml').out).toContain('  - pods\n  verbs:\n  - get\n  - list\n');
    expect(run('get clusterrole admin -o yaml').out).toContain('  - pods\n  verbs:\n  - get\n  - list\n');
  });
});

describe('kubectl auth can-i', () => {
  it('answers yes for the admin, and warns as kubectl does about unknown types, verbs and cluster scope', () => {
    const { run } = makeCluster();
    expect(run('auth can-i create deployments -n kube-system')).toMatchObject({ out: 'yes\n', code: 0 });
    expect(run('auth can-i frob widgets').seq).toEqual([
      ['err', "Warning: the server doesn't have a resource type 'widgets'\n\nWarning: verb 'frob' is not a known verb\n\n"],
      ['out', 'yes\n'],
    ]);
    expect(run('auth can-i get nodes')).toMatchObject({ out: 'yes\n', err: "Warning: resource 'nodes' is not namespace scoped\n\n", code: 0 });
    expect(run('auth can-i get nodes -A')).toMatchObject({ out: 'yes\n', err: '', code: 0 });
    expect(run('auth can-i list widgets.example.com -q')).toMatchObject({ out: '', err: "Warning: the server doesn't have a resource type 'widgets' in group 'example.com'\n\n", code: 0 });
  });

  it('gives a service account only discovery and the self reviews until something is bound to it', () => {
    const { run } = makeCluster();
    expect(run(`auth can-i list pods ${SA}`)).toMatchObject({ out: 'no\n', code: 1 });
    expect(run(`auth can-i get /healthz ${SA}`)).toMatchObject({ out: 'yes\n', code: 0 });
    expect(run(`auth can-i get /metrics ${SA}`)).toMatchObject({ out: 'no\n', code: 1 });
    expect(run(`auth can-i create selfsubjectaccessreviews.authorization.k8s.io ${SA}`).out).toBe('yes\n');
    expect(run(`auth whoami ${SA}`).out).toBe('ATTRIBUTE   VALUE\nUsername    system:serviceaccount:default:default\nGroups      [system:serviceaccounts system:serviceaccounts:default system:authenticated]\n');
  });

  it('follows resource names, subresources, namespaces and groups', () => {
    const { run } = makeCluster();
    run('create role web-scaler --verb=get,update --resource=deployments.apps/scale --resource-name=web -n default');
    run('create rolebinding scalers --role=web-scaler --user=jane');
    expect(run('auth can-i update deployments.apps/web --subresource=scale --as=jane').out).toBe('yes\n');
    expect(run('auth can-i update deployments.apps/api --subresource=scale --as=jane').out).toBe('no\n');
    expect(run('auth can-i update deployments.apps/web --as=jane').out).toBe('no\n');
    expect(run('auth can-i update deployments.apps/web --subresource=scale --as=jane -n kube-system').out).toBe('no\n');
    run('create clusterrolebinding ops-view --clusterrole=view --group=ops');
    expect(run('auth can-i list pods -A --as=bob --as-group=ops').out).toBe('yes\n');
    expect(run('auth can-i list pods -A --as=bob').out).toBe('no\n');
  });

  it('says why RBAC found nothing when a binding names a role that does not exist', () => {
    const { run } = makeCluster();
    run('create rolebinding ghost --role=missing --user=jane');
    expect(run('auth can-i get pods --as=jane')).toMatchObject({ out: 'no - RBAC: role.rbac.authorization.k8s.io "missing" not found\n', code: 1 });
  });

  it('lists the rules as SelfSubjectRulesReview gives them: broken down, merged per resource, sorted as Go prints them', () => {
    const { run } = makeCluster();
    run('create role pod-reader --verb=get,list --resource=pods,pods/log');
    run('create rolebinding read --role=pod-reader --user=jane');
    const discovery = ['/api/*', '/api', '/apis/*', '/apis', '/healthz', '/healthz', '/livez', '/livez', '/openapi/*', '/openapi', '/readyz', '/readyz', '/version/', '/version/', '/version', '/version'];
    const pad = (s: string, n: number) => s + ' '.repeat(n - s.length);
    const row = (r: string, u: string, v: string) => `${pad(r, 48)}${pad(u, 20)}${pad('[]', 17)}${v}`;
    expect(run('auth can-i --list --as=jane').out).toBe(
      [
        row('Resources', 'Non-Resource URLs', 'Verbs').replace('[]             ', 'Resource Names '),
        row('selfsubjectreviews.authentication.k8s.io', '[]', '[create]'),
        row('selfsubjectaccessreviews.authorization.k8s.io', '[]', '[create]'),
        row('selfsubjectrulesreviews.authorization.k8s.io', '[]', '[create]'),
        // `Verbs:[get list]` sorts before `Verbs:[get]`: a space before the bracket
        row('pods/log', '[]', '[get list]'),
        row('pods', '[]', '[get list]'),
        ...discovery.map((u) => row('', `[${u}]`, '[get]')),
        '',
      ].join('\n'),
    );
    expect(run('auth can-i --list').out.split('\n').slice(0, 3)).toEqual([row('Resources', 'Non-Resource URLs', 'Verbs').replace('[]             ', 'Resource Names '), row('*.*', '[]', '[*]'), row('', '[*]', '[*]')]);
    // without the header the URL column is as wide as [/openapi/*] and the names column keeps tabwriter's minimum width of 6
    expect(run('auth can-i --list --as=jane --no-headers').out.split('\n')[0]).toBe('selfsubjectreviews.authentication.k8s.io        []             []    [create]');
  });

  it('refuses groups to impersonate without a user, in client-go\'s words', () => {
    const { run } = makeCluster();
    expect(run('auth can-i get pods --as-group=ops')).toMatchObject({ out: '', err: 'error: requesting uid, groups or user-extra for kubernetes-admin without impersonating a user\n', code: 1 });
    expect(run('get pods --as-group=ops').err).toBe('error: requesting uid, groups or user-extra for kubernetes-admin without impersonating a user\n');
  });
});

describe('requests as an impersonated user', () => {
  it('are refused by the API server with its Forbidden message when no rule allows them', () => {
    const { run } = makeCluster();
    expect(run('get pods --as=jane')).toMatchObject({ out: '', err: 'Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"\n', code: 1 });
    expect(run('get deploy web -n kube-system --as=jane').err).toBe('Error from server (Forbidden): deployments.apps "web" is forbidden: User "jane" cannot get resource "deployments" in API group "apps" in the namespace "kube-system"\n');
    expect(run('get nodes --as=jane').err).toBe('Error from server (Forbidden): nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope\n');
    expect(run('get pods -A --as=jane').err).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" at the cluster scope\n');
    // create's sub-commands wrap the refusal (tests/golden/kubectl-server/*/none__create_deployment_*)
    expect(run('create deployment web --image=nginx --as=jane').err).toBe('error: failed to create deployment: deployments.apps is forbidden: User "jane" cannot create resource "deployments" in API group "apps" in the namespace "default"\n');
    expect(run('delete pod x --as=jane').err).toBe('Error from server (Forbidden): pods "x" is forbidden: User "jane" cannot delete resource "pods" in API group "" in the namespace "default"\n');
  });

  it('go through once a binding allows them', () => {
    const { run } = makeCluster();
    run('create rolebinding jane-edit --clusterrole=edit --user=jane');
    expect(run('create deployment web --image=nginx --as=jane')).toMatchObject({ out: 'deployment.apps/web created\n', code: 0 });
    expect(run('get deploy --as=jane').code).toBe(0);
    expect(run('get pods -n kube-system --as=jane').code).toBe(1);
  });
});

describe('the 1.29 admin', () => {
  it('holds cluster-admin through the kubeadm:cluster-admins binding: without it kubernetes-admin is refused', () => {
    const c = new Cluster(1);
    initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version: 'v1.29.14', podCidr: '10.244.0.0/16' });
    const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: 'v1.29.14' });
    const run = (line: string) => k.run(split(line));
    expect(run('get clusterrolebinding kubeadm:cluster-admins -o wide').out).toBe(
      'NAME                     ROLE                        AGE   USERS   GROUPS                   SERVICEACCOUNTS\nkubeadm:cluster-admins   ClusterRole/cluster-admin   0s            kubeadm:cluster-admins   \n',
    );
    expect(run('get pods').code).toBe(0);
    expect(run('delete clusterrolebinding kubeadm:cluster-admins').out).toBe('clusterrolebinding.rbac.authorization.k8s.io "kubeadm:cluster-admins" deleted\n');
    expect(run('get pods')).toMatchObject({ err: 'Error from server (Forbidden): pods is forbidden: User "kubernetes-admin" cannot list resource "pods" in API group "" in the namespace "default"\n', code: 1 });
    expect(run('auth can-i get pods').out).toBe('no\n');
  });
});

describe('kubectl create token', () => {
  it('prints a signed JWT for the service account, the same for the same world', () => {
    const a = makeCluster().run('create token default');
    const b = makeCluster().run('create token default');
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const [header, payload, sig] = a.out.trim().split('.');
    const json = (s: string) => JSON.parse(atob(s.replace(/-/g, '+').replace(/_/g, '/')));
    expect(json(header)).toEqual({ alg: 'RS256', kid: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const claims = json(payload);
    expect(Object.keys(claims)).toEqual(['aud', 'exp', 'iat', 'iss', 'kubernetes.io', 'nbf', 'sub']);
    expect(claims.sub).toBe('system:serviceaccount:default:default');
    expect(claims.exp - claims.iat).toBe(3600);
    expect(sig).toMatch(/^[A-Za-z0-9_-]{342}$/);
    expect(JSON.parse(atob(makeCluster().run('create token default --duration=10m').out.split('.')[1])).exp - claims.iat).toBe(600);
  });

  it('fails for an account that does not exist', () => {
    expect(makeCluster().run('create token robot')).toMatchObject({ err: 'error: failed to create token: serviceaccounts "robot" not found\n', code: 1 });
  });
});

describe('kubeadm upgrade apply to 1.29', () => {
  it('binds cluster-admin to kubeadm:cluster-admins, the group admin.conf\'s user is in from 1.29', async () => {
    const { sh } = await lab('cluster', 5);
    expect((await sh('kubectl get clusterrolebinding kubeadm:cluster-admins')).stderr).toBe('Error from server (NotFound): clusterrolebindings.rbac.authorization.k8s.io "kubeadm:cluster-admins" not found\n');
    await sh("sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo");
    await sh('dnf install -y kubeadm-1.29.15 --disableexcludes=kubernetes');
    expect((await sh('kubeadm upgrade apply v1.29.15', ['y'])).exitCode).toBe(0);
    const wide = (await sh('kubectl get clusterrolebinding kubeadm:cluster-admins -o wide')).stdout;
    expect(wide).toMatch(/^NAME +ROLE +AGE +USERS +GROUPS +SERVICEACCOUNTS\nkubeadm:cluster-admins +ClusterRole\/cluster-admin +\d+s +kubeadm:cluster-admins +\n$/);
    expect((await sh('kubectl auth whoami')).stdout).toBe('ATTRIBUTE   VALUE\nUsername    kubernetes-admin\nGroups      [kubeadm:cluster-admins system:authenticated]\n');
    expect((await sh('kubectl auth can-i delete nodes')).stdout).toBe('yes\n');
  });
});

describe('discovery of flowcontrol.apiserver.k8s.io', () => {
  const server = (version: string) => {
    const c = new Cluster(1);
    initCluster(c, { node: 'm-k8s', ip: '192.168.56.10', version, podCidr: '10.244.0.0/16' });
    const k = new Kubectl({ cluster: c, server: 'https://192.168.56.10:6443', clientVersion: version });
    return (line: string) => k.run(split(line)).out;
  };
  it('prefers v1beta3 on 1.28 and v1 on 1.29; api-versions lists every served version (v1beta2 gone in 1.29)', () => {
    const r28 = server('v1.28.15');
    const r29 = server('v1.29.14');
    expect(r28('api-resources --api-group=flowcontrol.apiserver.k8s.io')).toContain('flowcontrol.apiserver.k8s.io/v1beta3');
    expect(r29('api-resources --api-group=flowcontrol.apiserver.k8s.io')).toContain('flowcontrol.apiserver.k8s.io/v1   ');
    const flow = (out: string) => out.split('\n').filter((l) => l.startsWith('flowcontrol') || l.startsWith('autoscaling'));
    expect(flow(r28('api-versions'))).toEqual(['autoscaling/v1', 'autoscaling/v2', 'flowcontrol.apiserver.k8s.io/v1beta2', 'flowcontrol.apiserver.k8s.io/v1beta3']);
    expect(flow(r29('api-versions'))).toEqual(['autoscaling/v1', 'autoscaling/v2', 'flowcontrol.apiserver.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1beta3']);
  });
});

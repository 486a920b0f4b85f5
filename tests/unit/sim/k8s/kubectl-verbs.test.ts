// kubectl verbs beyond the lessons' path: resource forms, events, wait.
import { describe, expect, it } from 'vitest';
import { makeCluster, drainFollow } from './helpers';

describe('resource forms', () => {
  it('takes the fully qualified and grouped forms the Kubernetes docs use', () => {
    const { c, run } = makeCluster();
    run('create deployment nginx-deployment --image=nginx:1.14.2 --replicas=2');
    c.advance(20_000);
    expect(run('set image deployment.v1.apps/nginx-deployment nginx=nginx:1.16.1')).toMatchObject({ out: 'deployment.apps/nginx-deployment image updated\n', code: 0 });
    for (const t of ['deployments.apps', 'deploy.apps', 'deployment.v1.apps', 'deployments.v1.apps', 'deploy', 'Deployment'])
      expect(run(`get ${t} nginx-deployment -o name`).out).toBe('deployment.apps/nginx-deployment\n');
    for (const t of ['po', 'svc', 'cm', 'ns', 'no', 'rs', 'ds', 'ep']) expect(run(`get ${t}`).code).toBe(0);
    // kubectl names only the resource part of what it could not find
    expect(run('get foo.v1.apps').err).toBe('error: the server doesn\'t have a resource type "foo"\n');
    expect(run('get deployment.v2.apps').err).toBe('error: the server doesn\'t have a resource type "deployment"\n');
  });
});

describe('kubectl events', () => {
  it('lists the namespace events oldest first with Kind/name, filters by --for and --types', () => {
    const { c, run } = makeCluster();
    run('create namespace dev');
    expect(run('events -n dev')).toMatchObject({ out: '', err: 'No events found in dev namespace.\n', code: 0 });
    run('create deployment web --image=nginx -n dev');
    c.advance(5_000);
    const lines = run('events -n dev').out.split('\n');
    expect(lines[0]).toMatch(/^LAST SEEN {3}TYPE {5}REASON {14}OBJECT {22}MESSAGE$/);
    expect(lines[1]).toMatch(/^5s {10}Normal {3}ScalingReplicaSet {3}Deployment\/web {14}Scaled up replica set web-\w+ to 1 from 0$/);
    expect(lines.some((l) => /Normal {3}Scheduled {11}Pod\/web-\w+-\w+ +Successfully assigned dev\/web-/.test(l))).toBe(true);
    expect(run('events -n dev --for deployment/web').out.split('\n').length).toBe(3);
    expect(run('events -A --types=Warning').out).toMatch(/^NAMESPACE {5}LAST SEEN/);
    expect(run('events -n dev --types=Normal -o name').out).toMatch(/^event\/web\.\w+\n/);
  });
  it('follows new events with -w', () => {
    const { c, run } = makeCluster();
    run('create namespace dev');
    const r = run('events -w -n dev');
    expect(r.out).toBe('');
    run('run solo --image=busybox -n dev -- sleep 3600');
    const d = drainFollow(c, r, 1000, 3);
    expect(d.out).toMatch(/^LAST SEEN {3}TYPE {5}REASON {6}OBJECT {5}MESSAGE\n0s {10}Normal {3}Scheduled {3}Pod\/solo {3}Successfully assigned dev\/solo to w\d-k8s\n/);
  });
});

describe('kubectl get events', () => {
  it('prints LAST SEEN alone (the count is kubectl events\' and describe\'s), -o wide\'s columns in printEvent\'s order, and the events\' field selectors', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx');
    c.advance(20_000);
    const plain = run('get events').out.split('\n');
    expect(plain[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +MESSAGE$/);
    expect(plain.some((l) => / over /.test(l))).toBe(false);
    const wide = run('get events -o wide').out.split('\n');
    expect(wide[0]).toMatch(/^LAST SEEN +TYPE +REASON +OBJECT +SUBOBJECT +SOURCE +MESSAGE +FIRST SEEN +COUNT +NAME$/);
    expect(wide.find((l) => / Pulling /.test(l))).toMatch(/ pod\/web-\w+-\w{5} +spec\.containers\{nginx\} +kubelet, w\d-k8s +Pulling image "nginx" +\d+s +1 +web-\w+-\w{5}\.[0-9a-f]{16}$/);
    expect(run('get events --field-selector type=Normal,reason=ScalingReplicaSet -o name').out).toMatch(/^event\/web\.[0-9a-f]{16}\n$/);
    expect(run('get events --field-selector source=deployment-controller -o name').out).toMatch(/^event\/web\.[0-9a-f]{16}\n$/);
  });
});

describe('kubectl wait', () => {
  it('waits for a condition, a JSONPath value or a deletion, and times out with the resource named', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx');
    const avail = drainFollow(c, run('wait --for=condition=Available deployment/web'));
    expect(avail).toEqual({ out: 'deployment.apps/web condition met\n', err: '', done: 0 });
    expect(run('wait --for=condition=Ready pod -l app=web').out).toMatch(/^pod\/web-\w+-\w+ condition met\n$/);
    expect(run('wait --for=jsonpath={.status.phase}=Running pod -l app=web').out).toMatch(/condition met\n$/);
    const t = drainFollow(c, run('wait --for=condition=Nope pod -l app=web --timeout=3s'));
    expect(t).toMatchObject({ out: '', err: expect.stringMatching(/^error: timed out waiting for the condition on pods\/web-\w+-\w+\n$/), done: 1 });
    expect(run('wait --for=condition=Ready pod/nope').err).toBe('Error from server (NotFound): pods "nope" not found\n');
    expect(run('wait --for=condition=Ready pod -l app=none').err).toBe('error: no matching resources found\n');
    expect(run('wait --for=delete pod/nope')).toMatchObject({ out: '', err: '', code: 0 });
    run('delete deployment web --wait=false');
    expect(drainFollow(c, run('wait --for=delete pod -l app=web')).out).toMatch(/^pod\/web-\w+-\w+ condition met\n$/);
  });
});

describe('kubectl replace', () => {
  it('puts the file in place of the object, or deletes and creates it with --force', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 41 });
    await s.exec('kubectl create deployment web --image=nginx');
    await s.advance(15_000);
    await s.exec("kubectl get deploy web -o yaml | sed 's/replicas: 1/replicas: 2/' > web.yaml");
    expect(await s.exec('kubectl replace -f web.yaml')).toMatchObject({ stdout: 'deployment.apps/web replaced\n', exitCode: 0 });
    await s.advance(15_000);
    expect((await s.exec('kubectl get deploy web -o jsonpath={.status.readyReplicas}')).stdout).toBe('2');
    expect((await s.exec('kubectl replace --force -f web.yaml')).stdout).toBe('deployment.apps "web" deleted\ndeployment.apps/web replaced\n');
    await s.exec('kubectl delete deploy web');
    expect(await s.exec('kubectl replace -f web.yaml')).toMatchObject({ stderr: 'Error from server (NotFound): error when replacing "web.yaml": deployments.apps "web" not found\n', exitCode: 1 });
  });
});

describe('kubectl auth', () => {
  it('answers can-i from the RBAC bindings: the admin may do anything, a service account what it is bound to', () => {
    const { run } = makeCluster();
    expect(run('auth can-i create deployments -n kube-system')).toMatchObject({ out: 'yes\n', code: 0 });
    const sa = '--as=system:serviceaccount:default:default';
    expect(run(`auth can-i list pods ${sa}`)).toMatchObject({ out: 'no\n', code: 1 });
    run('create rolebinding viewers --clusterrole=view --serviceaccount=default:default');
    expect(run(`auth can-i list pods ${sa}`)).toMatchObject({ out: 'yes\n', code: 0 });
    expect(run(`auth can-i delete pods ${sa}`).out).toBe('no\n');
    expect(run(`auth can-i list pods ${sa} -n kube-system`).out).toBe('no\n');
    expect(run(`auth can-i list pods ${sa} -q`)).toMatchObject({ out: '', code: 0 });
    expect(run('auth can-i frob widgets').seq).toEqual([
      ['err', "Warning: the server doesn't have a resource type 'widgets'\n\nWarning: verb 'frob' is not a known verb\n\n"],
      ['out', 'yes\n'],
    ]);
    expect(run('auth whoami').out).toBe('ATTRIBUTE   VALUE\nUsername    kubernetes-admin\nGroups      [system:masters system:authenticated]\n');
  });
});

describe('kubectl logs --previous', () => {
  it('says when there is no previous container', () => {
    const { c, run } = makeCluster();
    run('run web --image=nginx');
    c.advance(20_000);
    expect(run('logs web --previous')).toMatchObject({ err: 'Error from server (BadRequest): previous terminated container "web" in pod "web" not found\n', code: 1 });
  });
});

describe('kubectl diff', () => {
  it('prints the unified hunks GNU diff prints', async () => {
    const { unifiedHunks } = await import('../../../../src/sim/k8s/kubectl/unidiff');
    // recorded from GNU diffutils 3.8: diff -u -N A B, without the two file lines
    expect(unifiedHunks('a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\nm\n', 'a\nb\nc\nD\ne\nf\ng\nh\ni\nj\nk\nL\nm\nn\n')).toBe(
      '@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n@@ -9,5 +9,6 @@\n i\n j\n k\n-l\n+L\n m\n+n\n',
    );
    expect(unifiedHunks('', 'x\ny\n')).toBe('@@ -0,0 +1,2 @@\n+x\n+y\n');
  });
  it('compares the live object with the dry-run result of applying the file, exit status 1 when they differ', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 42 });
    await s.exec('kubectl create deployment web --image=nginx');
    await s.advance(15_000);
    await s.exec("kubectl get deploy web -o yaml | sed 's/^  replicas: 1/  replicas: 3/' > web.yaml");
    const r = await s.exec('kubectl diff -f web.yaml');
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toMatch(/^diff -u -N \/tmp\/LIVE-\d+\/apps\.v1\.Deployment\.default\.web \/tmp\/MERGED-\d+\/apps\.v1\.Deployment\.default\.web\n--- \/tmp\/LIVE-\d+\/apps\.v1\.Deployment\.default\.web\t\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{9} \+0000\n\+\+\+ /);
    expect(r.stdout).toContain('-  generation: 1\n+  generation: 2\n');
    expect(r.stdout).toContain('-  replicas: 1\n+  replicas: 3\n');
    // nothing applied
    expect((await s.exec('kubectl get deploy web -o jsonpath={.spec.replicas}')).stdout).toBe('1');
    await s.exec('kubectl apply -f web.yaml');
    expect(await s.exec('kubectl diff -f web.yaml')).toMatchObject({ stdout: '', exitCode: 0 });
  });
});

describe('kubectl debug and attach', () => {
  it('adds an ephemeral container and opens its shell, then tells how to reattach', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 43 });
    await s.exec('kubectl run web --image=nginx');
    await s.advance(20_000);
    const r = await s.exec('kubectl debug -it web --image=busybox --target=web', { answers: ['hostname', 'exit'] });
    const cn = /Defaulting debug container name to (debugger-[a-z0-9]{5})\./.exec(r.stdout)?.[1];
    expect(r.stdout).toBe(
      `Targeting container "web". If you don't see processes from this container it may be because the container runtime doesn't support this feature.\nDefaulting debug container name to ${cn}.\n/ # hostname\nweb\n/ # exit\nSession ended, the ephemeral container will not be restarted but may be reattached using 'kubectl attach web -c ${cn} -i -t' if it is still running\n`,
    );
    expect(r.stderr).toBe("If you don't see a command prompt, try pressing enter.\n");
    expect((await s.exec('kubectl get pod web -o jsonpath={.spec.ephemeralContainers[0].image}')).stdout).toBe('busybox');
    expect((await s.exec('kubectl debug deploy/web --image=busybox')).stderr).toBe('error: "apps/v1, Kind=Deployment" not supported by debug\n');
    const node = await s.exec('kubectl debug node/w1-k8s --image=busybox');
    expect(node.stdout).toMatch(/^Creating debugging pod node-debugger-w1-k8s-[a-z0-9]{5} with container debugger on node w1-k8s\.\n$/);
  });
  it('--copy-to makes a copy of the pod with the debug container, without its labels, and attaches to it', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 47 });
    await s.exec('kubectl run web --image=nginx --labels=app=web');
    await s.advance(20_000);
    const r = await s.exec('kubectl debug web -it --image=busybox --copy-to=web-debug', { answers: ['exit'] });
    const cn = /^Defaulting debug container name to (debugger-[a-z0-9]{5})\.\n/.exec(r.stdout)?.[1];
    expect(r.stdout).toMatch(new RegExp(`Session ended, resume using 'kubectl attach web-debug -c ${cn} -i -t' command when the pod is running\\n$`));
    expect((await s.exec('kubectl get pod web-debug -o jsonpath={.spec.containers[*].name}')).stdout).toBe(`web ${cn}`);
    expect((await s.exec('kubectl get pod web-debug -o jsonpath={.metadata.labels}')).stdout).toBe('');
    // one token volume, mounted once in each container
    expect((await s.exec('kubectl get pod web-debug -o jsonpath={.spec.volumes[*].name}')).stdout).toMatch(/^kube-api-access-[a-z0-9]{5}$/);
    expect((await s.exec('kubectl get pod web-debug -o jsonpath={.spec.containers[0].volumeMounts[*].name}')).stdout).toMatch(/^kube-api-access-[a-z0-9]{5}$/);
    expect((await s.exec('kubectl debug web --image=busybox --copy-to=web-debug')).stderr).toBe('Error from server (AlreadyExists): pods "web-debug" already exists\n');
    expect((await s.exec('kubectl debug web --copy-to=web2')).stderr).toBe('error: you must specify image when creating new container\n');
  });
  it('attaches to the shell of a pod started with -it', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 44 });
    const first = await s.exec('kubectl run bb --image=busybox --restart=Always -it -- sh', { answers: ['exit'] });
    expect(first.stdout).toMatch(/Session ended, resume using 'kubectl attach bb -c bb -i -t' command when the pod is running\n$/);
    const r = await s.exec('kubectl attach bb -it', { answers: ['hostname', 'exit'] });
    expect(r.stdout).toBe("/ # hostname\nbb\n/ # exit\nSession ended, resume using 'kubectl attach bb -c bb -i -t' command when the pod is running\n");
    expect(r.stderr).toBe("If you don't see a command prompt, try pressing enter.\n");
  });
});

describe('kubectl cp', () => {
  it('copies a file into a container and one out of it', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 45 });
    await s.exec('kubectl run web --image=nginx');
    await s.advance(20_000);
    await s.exec('echo hello > note.txt');
    expect(await s.exec('kubectl cp note.txt web:/tmp/note.txt')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
    expect((await s.exec('kubectl exec web -- cat /tmp/note.txt')).stdout).toBe('hello\n');
    expect((await s.exec('kubectl exec web -- ls /tmp')).stdout).toBe('note.txt\n');
    expect(await s.exec('kubectl cp web:/etc/hostname copied')).toMatchObject({ stderr: "tar: Removing leading `/' from member names\n", exitCode: 0 });
    expect((await s.exec('cat copied')).stdout).toBe('web\n');
    expect((await s.exec('kubectl cp nope.txt web:/tmp/')).stderr).toBe("error: nope.txt doesn't exist in local filesystem\n");
    expect((await s.exec('kubectl cp a b')).stderr).toBe('error: one of src or dest must be a remote file specification\n');
    expect((await s.exec('kubectl cp web:/a web:/b')).stderr).toBe('error: one of src or dest must be a local file specification\n');
  });
  it('into a directory the container lacks: its tar cannot change into it (GNU tar 1.34 and busybox words), exec\'s exit line', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 45 });
    await s.exec('kubectl run web --image=nginx');
    await s.exec('kubectl run bb --image=busybox -- sleep 3600');
    await s.advance(20_000);
    await s.exec('echo hello > note.txt');
    expect(await s.exec('kubectl cp note.txt web:/data/in/note.txt')).toMatchObject({
      stderr: 'tar: /data/in: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\ncommand terminated with exit code 2\n',
      exitCode: 2,
    });
    expect(await s.exec('kubectl cp note.txt bb:/tmp/new/note.txt')).toMatchObject({ stderr: "tar: can't change directory to '/tmp/new': No such file or directory\ncommand terminated with exit code 1\n", exitCode: 1 });
    // into a directory that is there the file keeps its name
    expect((await s.exec('kubectl cp note.txt web:/usr/share/nginx/html')).exitCode).toBe(0);
    expect((await s.exec('kubectl exec web -- cat /usr/share/nginx/html/note.txt')).stdout).toBe('hello\n');
  });
});

describe('manifests from the network', () => {
  it('applies a URL from the same text curl downloads, so the file and the URL agree', async () => {
    const { createSession } = await import('../../../../src/sim/index');
    const s = await createSession({ lab: 'cluster', seed: 46 });
    const url = 'https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml';
    await s.exec(`curl -sLO ${url}`);
    const file = await s.exec('kubectl apply -f components.yaml');
    expect(file.stdout).toMatch(/^serviceaccount\/metrics-server created\n[\s\S]*deployment\.apps\/metrics-server created\n/);
    const again = await s.exec(`kubectl apply -f ${url}`);
    expect(again.stdout.split('\n').filter(Boolean).every((l) => l.endsWith(' unchanged'))).toBe(true);
    expect((await s.exec('kubectl apply -f https://k8s.io/examples/application/deployment.yaml')).stdout).toBe('deployment.apps/nginx-deployment created\n');
  });
});

describe('kubectl api-resources and api-versions', () => {
  it('list what the server serves, metrics.k8s.io only once metrics-server answers', () => {
    const { c, run } = makeCluster();
    const names = run('api-resources -o name').out.split('\n');
    expect(names).toContain('deployments.apps');
    expect(names.some((n) => n.endsWith('.metrics.k8s.io'))).toBe(false);
    expect(run('api-versions').out).not.toContain('metrics.k8s.io');
    const ns = run('api-resources --namespaced=true --no-headers').out.split('\n').filter(Boolean);
    expect(ns.every((l) => / true /.test(l))).toBe(true);
    expect(run('api-resources --namespaced=false -o name').out).toMatch(/^componentstatuses\nnamespaces\nnodes\n/);
    run('apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml');
    run(`patch deployment metrics-server -n kube-system --type=json -p=[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]`);
    c.advance(120_000);
    expect(run('top nodes').code).toBe(0);
    expect(run('api-versions').out).toContain('metrics.k8s.io/v1beta1\n');
    expect(run('api-resources --api-group=metrics.k8s.io -o name').out).toBe('nodes.metrics.k8s.io\npods.metrics.k8s.io\n');
  });
});

describe('kubectl auth can-i --list', () => {
  it('lists the rules bound to the user, one resource a row', () => {
    const { run } = makeCluster();
    run('create role pod-reader --verb=get,list --resource=pods,pods/log');
    run('create rolebinding read --role=pod-reader --user=jane');
    const out = run('auth can-i --list --as=jane').out.split('\n');
    expect(out.slice(4, 6)).toEqual(['pods/log                                        []                  []               [get list]', 'pods                                            []                  []               [get list]']);
  });
});

describe('kubectl create role', () => {
  it('makes one rule per API group, in the order of the groups', () => {
    const { run } = makeCluster();
    expect(run('create role r --verb=get --verb=list --resource=deploy.apps,pods,pods/log --dry-run=client -o yaml').out).toBe(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  creationTimestamp: null\n  name: r\nrules:\n- apiGroups:\n  - ""\n  resources:\n  - pods\n  - pods/log\n  verbs:\n  - get\n  - list\n- apiGroups:\n  - apps\n  resources:\n  - deployments\n  verbs:\n  - get\n  - list\n',
    );
    expect(run('create role r --resource=pods').err).toBe('error: at least one verb must be specified\n');
    expect(run('create clusterrole c --verb=get --resource=nodes').out).toBe('clusterrole.rbac.authorization.k8s.io/c created\n');
  });
});

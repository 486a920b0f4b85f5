import { describe, expect, it } from 'vitest';
import { makeCluster, drainFollow, cells } from './helpers';
import { Kubectl } from '../../../../src/sim/k8s/kubectl';

describe('kubectl get', () => {
  it('prints tables with kubectl columns, -o wide, -A, --show-labels and -l', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx:1.16.1 --replicas=2');
    c.advance(30_000);
    const t = run('get pods').out.split('\n');
    expect(t[0]).toMatch(/^NAME {19}READY {3}STATUS {4}RESTARTS {3}AGE$/);
    expect(cells(t[1])).toEqual([expect.stringMatching(/^web-/), '1/1', 'Running', '0', '30s']);
    const wide = run('get pods -o wide').out.split('\n')[0];
    expect(wide).toMatch(/AGE {3}IP {11}NODE {5}NOMINATED NODE {3}READINESS GATES$/);
    const all = run('get pods -A').out;
    expect(all.split('\n')[0]).toMatch(/^NAMESPACE {6}NAME/);
    expect(all).toContain('kube-system    etcd-m-k8s');
    expect(run('get pods --show-labels').out).toMatch(/LABELS\n.*app=web,pod-template-hash=\w{10}\n/);
    expect(run('get pods -l app=web -o name').out).toMatch(/^pod\/web-\w+-\w+\npod\/web-\w+-\w+\n$/);
    expect(run('get pods -l app=nothing').err).toBe('No resources found in default namespace.\n');
    expect(run('get nodes -o wide').out).toMatch(/INTERNAL-IP {6}EXTERNAL-IP {3}OS-IMAGE {22}KERNEL-VERSION {17}CONTAINER-RUNTIME\nm-k8s .*192\.168\.56\.10 {4}<none> {8}Rocky Linux 9\.5 \(Blue Onyx\) {3}5\.14\.0-503\.14\.1\.el9_5\.x86_64 {3}containerd:\/\/1\.7\.24\n/);
  });
  it('prints kinds with prefixes for several types and for all', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=1');
    run('expose deployment web --port=80');
    c.advance(20_000);
    const out = run('get all').out;
    expect(out).toMatch(/^NAME {23}READY/);
    expect(out).toContain('\n\nNAME                 TYPE        CLUSTER-IP');
    expect(out).toContain('service/kubernetes');
    expect(out).toContain('deployment.apps/web   1/1     1            1           20s');
    expect(out).toMatch(/replicaset\.apps\/web-\w{10} {3}1 {9}1 {9}1 {7}20s/);
  });
  it('prints yaml, json and jsonpath', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=1');
    c.advance(20_000);
    const y = run('get deploy web -o yaml').out;
    expect(y).toMatch(/^apiVersion: apps\/v1\nkind: Deployment\nmetadata:\n  annotations:\n    deployment.kubernetes.io\/revision: "1"\n  creationTimestamp: "2025-12-10T01:02:00Z"\n/);
    expect(y).toContain('  replicas: 1\n');
    expect(y).toContain('      containers:\n      - image: nginx\n        imagePullPolicy: Always\n        name: nginx\n');
    const j = JSON.parse(run('get deploy web -o json').out);
    expect(j.spec.template.spec.containers[0].image).toBe('nginx');
    expect(JSON.parse(run('get pods -o json').out).kind).toBe('List');
    expect(run("get nodes -o jsonpath={.items[*].metadata.name}").out).toBe('m-k8s w1-k8s w2-k8s');
    expect(run('get pods -o foo').err).toMatch(/^error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns/);
  });
  it('answers errors as kubectl does', () => {
    const { run } = makeCluster();
    expect(run('get pod nope')).toMatchObject({ err: 'Error from server (NotFound): pods "nope" not found\n', code: 1 });
    expect(run('get deploy nope').err).toBe('Error from server (NotFound): deployments.apps "nope" not found\n');
    expect(run('get foo')).toMatchObject({ err: 'error: the server doesn\'t have a resource type "foo"\n', code: 1 });
    expect(run('nonsense').err).toBe('error: unknown command "nonsense" for "kubectl"\n');
    expect(run('gte pods').err).toBe('error: unknown command "gte" for "kubectl"\n\nDid you mean this?\n\tget\n');
    expect(run('version --short')).toMatchObject({ err: "error: unknown flag: --short\nSee 'kubectl version --help' for usage.\n", code: 1 });
    expect(run('get').err).toMatch(/^You must specify the type of resource to get\. Use "kubectl api-resources" for a complete list of supported resources\.\n\nerror: Required resource not specified\./);
    expect(run('get pods -n nowhere').err).toBe('No resources found in nowhere namespace.\n');
    expect(run('get nodes -l x=y').err).toBe('No resources found\n');
    expect(run('create deployment x').err).toBe('error: required flag(s) "image" not set\n');
    expect(run('scale deployment x').err).toBe('error: required flag(s) "replicas" not set\n');
    expect(run('exec somepod').err).toBe('error: you must specify at least one command for the container\n');
  });
  it('refuses without a kubeconfig, and with an API server that is down', () => {
    const k = new Kubectl({ cluster: null, server: null, clientVersion: 'v1.28.15' });
    const r = k.run(['get', 'nodes']);
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toHaveLength(7);
    expect(r.err).toMatch(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ memcache\.go:265\] couldn't get current server API group list: Get "http:\/\/localhost:8080\/api\?timeout=32s": dial tcp \[::1\]:8080: connect: connection refused\n/);
    expect(r.err.endsWith('The connection to the server localhost:8080 was refused - did you specify the right host or port?\n')).toBe(true);
    const v = k.run(['version']);
    expect(v.out).toBe('Client Version: v1.28.15\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\n');
    expect(v.err).toBe('The connection to the server localhost:8080 was refused - did you specify the right host or port?\n');
    const k2 = new Kubectl({ cluster: null, server: 'https://192.168.56.10:6443', clientVersion: 'v1.28.15' });
    expect(k2.run(['get', 'pods']).err).toContain('The connection to the server 192.168.56.10:6443 was refused - did you specify the right host or port?');
  });
});

describe('kubectl mutations', () => {
  it('creates, applies, configures and deletes', () => {
    const { c, run } = makeCluster();
    expect(run('create namespace team').out).toBe('namespace/team created\n');
    expect(run('create namespace team').err).toBe('Error from server (AlreadyExists): namespaces "team" already exists\n');
    expect(run('apply -f https://k8s.io/examples/controllers/nginx-deployment.yaml').out).toBe('deployment.apps/nginx-deployment created\n');
    expect(run('apply -f https://k8s.io/examples/controllers/nginx-deployment.yaml').out).toBe('deployment.apps/nginx-deployment unchanged\n');
    expect(run('create -f https://k8s.io/examples/controllers/nginx-deployment.yaml').err).toBe('Error from server (AlreadyExists): error when creating "https://k8s.io/examples/controllers/nginx-deployment.yaml": deployments.apps "nginx-deployment" already exists\n');
    expect(run('apply -f https://example.com/nope.yaml').err).toBe('error: unable to read URL "https://example.com/nope.yaml", server reported 404 Not Found, status code=404\n');
    c.advance(30_000);
    expect(c.list('Pod', 'default').filter((p) => c.podReady(p))).toHaveLength(3);
    expect(run('create deployment web --image=nginx').out).toBe('deployment.apps/web created\n');
    expect(run('create deployment web --image=nginx').err).toBe('error: failed to create deployment: deployments.apps "web" already exists\n');
    expect(run('run solo --image=nginx').out).toBe('pod/solo created\n');
    expect(run('create service nodeport web --tcp=80:80').out).toBe('service/web created\n');
    expect(run('create configmap cfg --from-literal=a=1').out).toBe('configmap/cfg created\n');
    expect(run('delete deployment web').out).toBe('deployment.apps "web" deleted\n');
    expect(run('delete svc web').out).toBe('service "web" deleted\n');
    expect(run('delete pod nope').err).toBe('Error from server (NotFound): pods "nope" not found\n');
    const d = run('delete pod solo');
    expect(d.out).toBe('pod "solo" deleted\n');
    expect(drainFollow(c, d).done).toBe(0);
    expect(c.get('Pod', 'default', 'solo')).toBeUndefined();
    expect(run('delete ns kube-system').err).toBe('Error from server (Forbidden): namespaces "kube-system" is forbidden: this namespace may not be deleted\n');
  });
  it('labels, annotates, taints, cordons and autoscales', () => {
    const { run } = makeCluster();
    run('run solo --image=nginx');
    expect(run('label pod solo env=prod').out).toBe('pod/solo labeled\n');
    expect(run('label pod solo env=dev').err).toBe("error: 'env' already has a value (prod), and --overwrite is false\n");
    expect(run('label pod solo env=dev --overwrite').out).toBe('pod/solo labeled\n');
    expect(run('label pod solo env-').out).toBe('pod/solo unlabeled\n');
    expect(run('annotate pod solo note=hi').out).toBe('pod/solo annotated\n');
    expect(run('taint nodes w1-k8s gpu=true:NoSchedule').out).toBe('node/w1-k8s tainted\n');
    expect(run('taint nodes w1-k8s gpu=true:NoSchedule').err).toBe('error: node w1-k8s already has gpu taint(s) with same effect(s) and --overwrite is false\n');
    expect(run('taint nodes w1-k8s gpu:NoSchedule-').out).toBe('node/w1-k8s untainted\n');
    // taint.go's Complete returns a plain error (recorded from kubectl 1.28.15): no usage line after it
    expect(run('taint nodes w1-k8s')).toMatchObject({ out: '', err: 'error: at least one taint update is required\n', code: 1 });
    const all = run('taint nodes --all node-role.kubernetes.io/control-plane-');
    expect(all.out).toBe('node/m-k8s untainted\n');
    expect(all.err).toBe('error: taint "node-role.kubernetes.io/control-plane" not found\nerror: taint "node-role.kubernetes.io/control-plane" not found\n');
    expect(run('cordon w1-k8s').out).toBe('node/w1-k8s cordoned\n');
    expect(run('cordon w1-k8s').out).toBe('node/w1-k8s already cordoned\n');
    expect(run('get nodes').out).toMatch(/w1-k8s\s+Ready,SchedulingDisabled\s+<none>/);
    expect(run('uncordon w1-k8s').out).toBe('node/w1-k8s uncordoned\n');
    run('create deployment php --image=registry.k8s.io/hpa-example');
    expect(run('autoscale deployment php --cpu-percent=50 --min=1 --max=10').out).toBe('horizontalpodautoscaler.autoscaling/php autoscaled\n');
    expect(run('get hpa').out).toMatch(/^NAME {3}REFERENCE {8}TARGETS {9}MINPODS {3}MAXPODS {3}REPLICAS {3}AGE\nphp {4}Deployment\/php {3}<unknown>\/50% {3}1 {9}10 {8}0 {10}0s\n$/);
    expect(run('autoscale deployment php --min=1').err).toBe('error: required flag(s) "max" not set\n');
  });
  it('drains: refuses DaemonSet pods without --ignore-daemonsets, evicts the rest', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=4');
    c.advance(30_000);
    const r1 = run('drain w1-k8s');
    expect(r1.code).toBe(1);
    expect(r1.out).toBe('node/w1-k8s cordoned\n');
    expect(r1.err).toMatch(/^error: unable to drain node "w1-k8s" due to error:cannot delete DaemonSet-managed Pods \(use --ignore-daemonsets to ignore\): kube-flannel\/kube-flannel-ds-\w{5}, kube-system\/kube-proxy-\w{5}, continuing command\.\.\.\nThere are pending nodes to be drained:\n w1-k8s\n/);
    const r2 = run('drain w1-k8s --ignore-daemonsets');
    expect(r2.out.startsWith('node/w1-k8s already cordoned\n')).toBe(true);
    expect(r2.err).toMatch(/^Warning: ignoring DaemonSet-managed Pods: /);
    expect(r2.seq?.[1]?.[0]).toBe('err');
    const done = drainFollow(c, r2, 200);
    expect(done.done).toBe(0);
    expect(done.out).toMatch(/evicting pod default\/web-/);
    expect(done.out).toMatch(/pod\/web-\w+-\w+ evicted\n/);
    expect(done.out.endsWith('node/w1-k8s drained\n')).toBe(true);
    c.advance(30_000);
    expect(c.podsOn('w1-k8s').filter((p) => p.metadata.namespace === 'default')).toHaveLength(0);
    expect(c.list('Pod', 'default').filter((p) => c.podReady(p))).toHaveLength(4);
  });
  it('streams get -w rows and rollout status until done', () => {
    const { c, run } = makeCluster();
    const w = run('get pods -w');
    expect(w.err).toBe('');
    run('run watched --image=nginx');
    const out = drainFollow(c, w, 500, 40).out;
    const rows = out.trim().split('\n').map(cells);
    // nothing listed first: the header comes with the first event (tableprinter.go prints none for a table without rows)
    expect(rows.map((r) => r[2])).toEqual(['STATUS', 'Pending', 'Pending', 'ContainerCreating', 'Running']);
    run('create deployment web --image=nginx --replicas=3');
    const rs = drainFollow(c, run('rollout status deployment/web'), 500);
    expect(rs.done).toBe(0);
    expect(rs.out).toMatch(/^Waiting for deployment "web" rollout to finish: 0 of 3 updated replicas are available\.\.\.\n/);
    expect(rs.out.endsWith('deployment "web" successfully rolled out\n')).toBe(true);
  });
  it('shows logs and runs commands in containers', () => {
    const { c, run } = makeCluster();
    run('run web --image=nginx:1.25.3');
    expect(run('logs web').err).toBe('Error from server (BadRequest): container "web" in pod "web" is waiting to start: ContainerCreating\n');
    c.advance(20_000);
    const logs = run('logs web').out;
    expect(logs).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up\n');
    expect(logs).toContain('[notice] 1#1: nginx/1.25.3\n');
    expect(run('logs web --tail=1').out).toMatch(/start worker process \d+\n$/);
    expect(run('exec web -- env').out).toMatch(/^PATH=.*\nHOSTNAME=web\n[\s\S]*KUBERNETES_SERVICE_HOST=10\.96\.0\.1\n[\s\S]*NGINX_VERSION=1\.25\.3\n/);
    expect(run('exec web -- ls /').out).toContain('docker-entrypoint.sh\n');
    expect(run('exec web -- nope').err).toMatch(/exec: "nope": executable file not found in \$PATH: unknown/);
    expect(run('exec -it web -- sh').shell?.container).toBe('web');
    run('run bad --image=nginx:1.161');
    c.advance(10_000);
    expect(run('logs bad').err).toBe('Error from server (BadRequest): container "bad" in pod "bad" is waiting to start: trying and failing to pull image\n');
  });
  it('describes pods, deployments, nodes and services with their sections and events', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=1 --port=80');
    run('expose deployment web --port=80');
    c.advance(20_000);
    const pod = c.list('Pod', 'default')[0].metadata.name;
    const d = run(`describe pod ${pod}`).out;
    expect(d).toMatch(new RegExp(`^Name: {13}${pod}\nNamespace: {8}default\nPriority: {9}0\nService Account:  default\nNode: {13}w\\d-k8s/192\\.168\\.56\\.10\\d\n`));
    expect(d).toContain('\nControlled By:  ReplicaSet/web-');
    expect(d).toMatch(/\nConditions:\n  Type {24}Status\n  PodReadyToStartContainers   True \n/);
    expect(d).toMatch(/\nQoS Class: {19}BestEffort\nNode-Selectors: {14}<none>\nTolerations: {17}node\.kubernetes\.io\/not-ready:NoExecute op=Exists for 300s\n {29}node\.kubernetes\.io\/unreachable:NoExecute op=Exists for 300s\n/);
    expect(d).toMatch(/\nEvents:\n  Type {4}Reason {5}Age {3}From {15}Message\n  ---- {4}------ {5}---- {2}---- {15}-------\n  Normal  Scheduled  20s   default-scheduler  Successfully assigned default\//);
    const dd = run('describe deploy web').out;
    expect(dd).toContain('Replicas:               1 desired | 1 updated | 1 total | 1 available | 0 unavailable\n');
    expect(dd).toMatch(/Normal {2}ScalingReplicaSet {2}20s {3}deployment-controller {2}Scaled up replica set web-\w{10} to 1 from 0/);
    expect(run('describe node w1-k8s').out).toMatch(/Taints: {13}<none>\nUnschedulable: {6}false\n/);
    expect(run('describe svc web').out).toMatch(/Endpoints: {9}10\.244\.\d+\.\d+:80\n/);
    expect(run('describe pod nope').err).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
  it('prints version, cluster-info, api-resources and config view', () => {
    const { run } = makeCluster();
    expect(run('version').out).toBe('Client Version: v1.28.15\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3\nServer Version: v1.28.15\n');
    expect(run('cluster-info').out).toBe("Kubernetes control plane is running at https://192.168.56.10:6443\nCoreDNS is running at https://192.168.56.10:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n");
    const ar = run('api-resources').out.split('\n');
    expect(ar[0]).toMatch(/^NAME {30}SHORTNAMES {3}APIVERSION {29}NAMESPACED {3}KIND$/);
    expect(ar.find((l) => l.startsWith('deployments'))).toMatch(/^deployments\s+deploy\s+apps\/v1\s+true\s+Deployment$/);
    expect(run('config view').out).toContain('    certificate-authority-data: DATA+OMITTED\n    server: https://192.168.56.10:6443\n');
    expect(run('top nodes').err).toBe('error: Metrics API not available\n');
    const cs = run('get componentstatuses');
    expect(cs.err).toBe('Warning: v1 ComponentStatus is deprecated in v1.19+\n');
    // client-go prints the server's Warning header as the response arrives, before the table (as a recorded
    // v1.28.2 `kubectl get componentstatus` on a terminal shows: tests/golden/kube-apiserver/README.md)
    expect(cs.seq?.map(([stream]) => stream)).toEqual(['err', 'out']);
    expect(cs.out).toBe('NAME                 STATUS    MESSAGE                         ERROR\nscheduler            Healthy   ok                              \ncontroller-manager   Healthy   ok                              \netcd-0               Healthy   {"health":"true","reason":""}   \n');
  });
});

describe('metrics and autoscaling', () => {
  it('needs --kubelet-insecure-tls for metrics-server, then top works and the HPA follows the load', () => {
    const { c, run } = makeCluster();
    expect(run('apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml').out.split('\n')).toContain('deployment.apps/metrics-server created');
    c.advance(60_000);
    expect(run('get pods -n kube-system -l k8s-app=metrics-server').out).toMatch(/metrics-server-\w{10}-\w{5} {3}0\/1 {5}Running/);
    expect(run('top nodes').err).toBe('error: Metrics API not available\n');
    const patch = run(`patch deployment metrics-server -n kube-system --type=json -p=[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]`);
    expect(patch.out).toBe('deployment.apps/metrics-server patched\n');
    c.advance(60_000);
    expect(run('top nodes').out).toMatch(/^NAME {5}CPU\(cores\) {3}CPU% {3}MEMORY\(bytes\) {3}MEMORY% {3}\nm-k8s {4}\d+m/);
    run('apply -f https://k8s.io/examples/application/php-apache.yaml');
    run('autoscale deployment php-apache --cpu-percent=50 --min=1 --max=10');
    c.advance(60_000);
    expect(run('get hpa').out).toMatch(/php-apache {3}Deployment\/php-apache {3}\d%\/50% {4}1 {9}10 {8}1 /);
    run('run load-generator --image=busybox:1.28 --restart=Never -- /bin/sh -c "while sleep 0.01; do wget -q -O- http://php-apache; done"');
    c.advance(4 * 60_000);
    const replicas = c.get('Deployment', 'default', 'php-apache')!.spec.replicas;
    expect(replicas).toBeGreaterThanOrEqual(5);
    expect(replicas).toBeLessThanOrEqual(8);
    expect(c.eventsFor(c.get('HorizontalPodAutoscaler', 'default', 'php-apache')!).some((e) => /^New size: \d+; reason: cpu resource utilization \(percentage of request\) above target$/.test(e.message))).toBe(true);
    run('delete pod load-generator');
    c.advance(3 * 60_000);
    expect(c.get('Deployment', 'default', 'php-apache')!.spec.replicas).toBe(replicas);
    c.advance(6 * 60_000);
    expect(c.get('Deployment', 'default', 'php-apache')!.spec.replicas).toBe(1);
  });
  it('patches with merge and strategic patches', () => {
    const { run, c } = makeCluster();
    run('create deployment web --image=nginx');
    expect(run(`patch deployment web -p {"spec":{"replicas":3}}`).out).toBe('deployment.apps/web patched\n');
    expect(c.get('Deployment', 'default', 'web')!.spec.replicas).toBe(3);
    expect(run(`patch deployment web -p {"spec":{"replicas":3}}`).out).toBe('deployment.apps/web patched (no change)\n');
    run(`patch deployment web -p {"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.16.1"}]}}}}`);
    expect(c.get('Deployment', 'default', 'web')!.spec.template.spec.containers).toHaveLength(1);
    expect(c.get('Deployment', 'default', 'web')!.spec.template.spec.containers[0].image).toBe('nginx:1.16.1');
    expect(run('patch deployment web').err).toBe('error: must specify --patch or --patch-file containing the contents of the patch\n');
  });
});

describe('selectors and timeouts', () => {
  it('filters by field selector and gives up on a rollout after --timeout', () => {
    const { c, run } = makeCluster();
    run('create deployment web --image=nginx --replicas=4');
    c.advance(30_000);
    const onW1 = run('get pods -A --field-selector spec.nodeName=w1-k8s -o name').out.trim().split('\n');
    expect(onW1.length).toBeGreaterThan(2);
    for (const n of onW1) {
      const name = n.split('/')[1];
      const pod = c.list('Pod').find((p) => p.metadata.name === name)!;
      expect(pod.spec.nodeName).toBe('w1-k8s');
    }
    expect(run('get pods --field-selector status.phase!=Running').err).toBe('No resources found in default namespace.\n');
    expect(run('get pods --field-selector spec.foo=bar').err).toMatch(/"spec\.foo" is not a known field selector/);
    run('set image deployment/web nginx=nginx:1.161');
    const r = drainFollow(c, run('rollout status deployment/web --timeout=30s'), 1000);
    expect(r.done).toBe(1);
    expect(r.err).toBe('error: timed out waiting for the condition\n');
  });
});

describe('client-side dry runs', () => {
  it('prints the manifests kubectl would send', () => {
    const { run, c } = makeCluster({ network: false });
    expect(run('create deployment web --image=nginx --dry-run=client -o yaml').out).toBe(
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        resources: {}\nstatus: {}\n',
    );
    expect(run('run web --image=nginx --dry-run=client -o yaml').out).toBe(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    run: web\n  name: web\nspec:\n  containers:\n  - image: nginx\n    name: web\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Always\nstatus: {}\n',
    );
    expect(run('create deployment web --image=nginx --dry-run=client').out).toBe('deployment.apps/web created (dry run)\n');
    expect(c.get('Deployment', 'default', 'web')).toBeUndefined();
  });
});

#!/usr/bin/env node
// Re-records the kubectl golden fixtures from the real kubectl clients (no cluster needed):
//   node scripts/record-kubectl.mjs            (writes tests/golden/kubectl/<version>/<case>/)
// Each case directory holds `cmd` (the command line), `stdout`, `stderr` and `status` (exit code), plus `setup`
// when the case starts from a kubeconfig. HOME is an empty temporary directory, so nothing of this machine
// leaks into the output; its path is written as /root (the lab's shell is root's). Cases whose output
// depends on a server (connection refused) are left out: the fixtures cover the client side only.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const OUT = path.join(ROOT, 'tests/golden/kubectl');
const FILES = path.join(OUT, 'files');
const BIN = '/usr/lib/google-cloud-sdk/bin';
const VERSIONS = { '1.28': `${BIN}/kubectl.1.28`, '1.29': `${BIN}/kubectl.1.29` };
/** where the fixture files are in the simulated world (and in the temporary directory while recording) */
const WORK = '/root/golden';

function run(bin, home, argv) {
  const r = spawnSync(bin, argv, {
    cwd: path.join(home, 'golden'),
    env: { PATH: '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TERM: 'dumb' },
    encoding: 'utf8',
    timeout: 15000,
  });
  const norm = (s) => s.split(home).join('/root');
  return { stdout: norm(r.stdout ?? ''), stderr: norm(r.stderr ?? ''), status: r.status ?? 255 };
}

/** Every command path from the help's "Available Commands:" sections. */
function tree(bin, home) {
  const out = [];
  const walk = (p) => {
    out.push(p);
    const help = run(bin, home, [...p, '--help']).stdout;
    const m = /\nAvailable Commands:\n([\s\S]*?)\n\n/.exec(help);
    if (!m) return;
    for (const line of m[1].split('\n')) {
      const name = line.trim().split(/\s+/)[0];
      if (name) walk([...p, name]);
    }
  };
  const root = run(bin, home, ['--help']).stdout;
  for (const line of root.split('\n')) {
    const m = /^  ([a-z][a-z-]*)\s{2,}\S/.exec(line);
    if (m) walk([m[1]]);
  }
  return out;
}

/** argv of a case: words split on spaces; a `_` inside a word stands for a space (cron schedules) */
const words = (s) => s.split(' ').filter(Boolean).map((w) => w.replace(/_/g, ' '));
/** the command line as typed in a shell */
const quote = (argv) => ['kubectl', ...argv].map((w) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w}'`)).join(' ');

/** Usage errors and other client-side answers (command line after `kubectl`). */
const USAGE = [
  '', '--help', '-h', 'help', 'help get', 'help create deployment', 'get -h', 'options', 'gett pods', 'foo', 'rollout foo', 'create foo x',
  'get', 'describe', 'delete', 'edit', 'create', 'apply', 'expose', 'scale', 'scale deployment web', 'autoscale',
  'logs', 'exec', 'exec web', 'attach', 'port-forward', 'label', 'annotate', 'run', 'run web', 'set image',
  'rollout', 'rollout status', 'rollout undo', 'rollout history', 'rollout restart', 'cordon', 'uncordon', 'drain',
  'taint', 'top', 'set', 'config', 'create secret', 'create service', 'cp', 'wait', 'patch', 'replace', 'diff',
  'get pods --bogus', 'get pods -n', 'get pods -z', 'get pods --all-namespaces=maybe', 'get pods --chunk-size=x',
  'create deployment', 'create deployment web', 'create deployment web --image', 'create namespace',
  'create configmap', 'create secret generic', 'create secret tls', 'create secret tls t', 'create secret tls t --cert=tls.crt',
  'create secret docker-registry', 'create secret docker-registry r', 'create job', 'create job j',
  'create cronjob', 'create cronjob c --image=busybox', 'create cronjob c --schedule=* --image=busybox',
  'create service clusterip', 'create service nodeport', 'create service clusterip s --tcp=80', 'create service nodeport s',
  'create service clusterip s --tcp=x:80', 'create deployment web --image=nginx --replicas=x', 'create deployment web --image=nginx --port=http',
  'run web --image=nginx --restart=Sometimes --dry-run=client', 'run web --dry-run=client', 'create deployment web --image=nginx --dry-run=maybe',
  'create deployment web --image=nginx --dry-run=client -o yml', 'create namespace a b', 'version --client --bogus', 'version --client -o xml',
  'get pods -o', 'completion', 'completion fish2', 'apply -f', 'explain', 'api-versions --bogus', 'logs -f',
  'get -Az', 'get -Azq', 'rollout status --timeout=abc deploy/x', 'get pods -A -w=maybe',
  'events --types=Foo', 'events --for=pod', 'events -o foo', 'wait pod/x --for=foo', 'wait --for=condition=Ready', 'auth can-i', 'auth can-i get',
  'debug', 'debug mypod', 'cp a', 'proxy --port=x', 'label pods x', 'annotate pods x', 'run x --image=busybox --rm',
  'run x --image=busybox --rm -it --dry-run=client', 'logs --previous',
  'run x --image=busybox -t --dry-run=client', 'run x --image=busybox --expose', 'run x --image=busybox --image-pull-policy=Sometimes -i',
  'create configmap x --from-literal=b=<a&> --from-literal=a=1 --dry-run=client -o jsonpath={.data}',
  'create deployment web --image=nginx --dry-run=client -o jsonpath={.spec.template.metadata}',
  'run --image=busybox', 'run -- x --image=busybox', 'run x --image=busybox -i --attach=false --rm', 'run x --image=busybox --tty --expose',
  'create role', 'create role r', 'create role r --verb=get', 'create role r --resource=pods', 'create role r --verb=frob --resource=pods',
  'create role r --verb=get --non-resource-url=/healthz', 'create clusterrole', 'create clusterrole c', 'create clusterrole c --verb=get',
  'create clusterrole c --non-resource-url=healthz --verb=get', 'create clusterrole c --non-resource-url=/healthz --verb=list',
  'create rolebinding', 'create rolebinding b', 'create rolebinding b --role=r --clusterrole=c', 'create rolebinding b --role=r --serviceaccount=robot',
  'create clusterrolebinding', 'create clusterrolebinding b', 'create clusterrolebinding b --clusterrole=c --serviceaccount=x:y:z',
  'create serviceaccount', 'create serviceaccount a b', 'create token', 'create token a b', 'create token a --duration=x',
  'auth can-i --list get', 'auth can-i --list -A', 'auth can-i --list -q', 'auth can-i --list --subresource=log', 'auth whoami extra',
  'create token a --duration=1500ms', 'create token a --duration=-1s', 'create token a --audience=', 'create token a --bound-object-kind=Node',
  'create token a --bound-object-name=x', 'create token a --bound-object-uid=x', 'create token a --bound-object-kind=Pod',
  'create quota q --hard=cpu=abc', 'create quota q --hard=cpu', 'create quota q --hard=cpu=1=2',
  // delete's --cascade, parsed before anything else
  'delete pod x --cascade=bogus', 'delete --cascade=0', 'delete --cascade=True',
  // the checks of create configmap / secret generic on their sources (app.env and bad.env in files/)
  'create configmap lit --from-literal=a=1 --from-literal=a=2 --dry-run=client -o yaml', 'create secret generic lit --from-literal=a=1 --from-literal=a=2 --dry-run=client',
  'create configmap e --from-env-file=app.env --from-literal=a=b --dry-run=client', 'create configmap e --from-env-file=bad.env --dry-run=client',
  'create configmap e --from-env-file=nosuch.env --dry-run=client',
  // go-template over the object create builds (a failed execution also dumps the data on stdout: not recorded here)
  ...[
    '{{index_.data_"password"_|_base64decode}}', '{{range_$k,_$v_:=_.data}}{{$k}}={{$v_|_base64decode}}{{"\\n"}}{{end}}', '{{.data}}_{{.metadata}}',
    '{{if_.data.user}}yes{{else}}no{{end}}', '{{foo_.data}}', '{{.kind', '{{range_.data}}', '{{end}}', '{{len_.data}}_{{printf_"%s-%d"_.kind_3}}',
    '{{.data.nokey.deeper}}', '{{-_.kind_-}}_x_{{"a"}}', '{{with_.metadata}}{{.name}}{{end}}_{{$x_:=_.kind}}{{$x}}', '{{(index_.data_"user")}}',
  ].map((t) => `create secret generic db -o go-template=${t} --dry-run=client --from-literal=password=hunter2 --from-literal=user=admin`),
  'create deployment web -o go-template={{range_$i,_$c_:=_.spec.template.spec.containers}}{{$i}}={{$c.name}}_{{end}}{{.spec.replicas}} --image=nginx --replicas=3 --dry-run=client',
  'create configmap app --from-literal=mode=prod --dry-run=client -o go-template --template={{.data.mode}}',
  'create configmap app --from-literal=mode=prod --dry-run=client -o go-template',
];

/** `--dry-run=client -o yaml` (and other outputs) of every create sub-verb and of run. */
const DRY = [
  'create namespace dev', 'create ns dev', 'create deployment web --image=nginx', 'create deploy web --image=nginx:1.25 --replicas=3 --port=80',
  'create deployment web --image=nginx -n dev', 'create deployment multi --image=nginx --image=redis', 'create deployment web --image=busybox -- sleep 3600',
  'create configmap app --from-literal=mode=prod --from-literal=level=info', 'create configmap app --from-file=nginx.conf',
  'create configmap app --from-file=conf=nginx.conf', 'create configmap app --from-env-file=app.env', 'create cm app --from-literal=a=b -n dev',
  'create secret generic s --from-literal=password=s3cr3t', 'create secret generic s --from-literal=user=admin --from-literal=pass=p@ss',
  'create secret generic s --from-file=nginx.conf', 'create secret generic s --from-env-file=app.env', 'create secret generic s --type=Opaque --from-literal=k=v',
  'create secret tls t --cert=tls.crt --key=tls.key', 'create secret docker-registry r --docker-server=registry.example.com --docker-username=u --docker-password=p --docker-email=u@example.com',
  'create secret docker-registry r --docker-username=u --docker-password=p',
  'create job j --image=busybox', 'create job j --image=busybox -- echo hello', 'create cronjob c --image=busybox --schedule=*/1_*_*_*_*',
  'create cronjob c --image=busybox --schedule=*/5_*_*_*_* --restart=OnFailure -- date',
  'create service clusterip s --tcp=80:8080', 'create service clusterip s --clusterip=None', 'create service nodeport s --tcp=80:80 --node-port=30080',
  'create service loadbalancer s --tcp=80:80', 'create service externalname s --external-name=example.com', 'create svc clusterip s --tcp=5678:8080',
  'create serviceaccount sa', 'create sa sa -n dev', 'create quota q --hard=pods=10,cpu=2', 'create quota q --hard=cpu=1000m,memory=1024Mi,pods=2000,x=0.5,y=1.5Gi,z=0.5Ki', 'create priorityclass high --value=1000 --description=high',
  'create poddisruptionbudget pdb --selector=app=web --min-available=1', 'create pdb pdb --selector=app=web --max-unavailable=1',
  'create ingress web --rule=example.com/=web:80', 'create clusterrolebinding b --clusterrole=view --user=alice',
  'create rolebinding b --clusterrole=view --user=alice', 'create rolebinding b --role=r --serviceaccount=dev:sa',
  'create clusterrolebinding b --clusterrole=cluster-admin --group=ops --serviceaccount=kube-system:robot --user=bob',
  'create rolebinding b --clusterrole=edit --group=dev -n dev', 'create clusterrole c --non-resource-url=/healthz --non-resource-url=/metrics --verb=get',
  'create clusterrole agg --aggregation-rule=rbac.example.com/aggregate-to-monitoring=true',
  'run web --image=nginx', 'run web --image=nginx --port=80 --labels=app=web,tier=fe', 'run bb --image=busybox --restart=Never -- sleep 3600',
  'run bb --image=busybox --env=A=1 --command -- sh -c date', 'create deployment web --image=nginx', 'create namespace dev',
];
const DRY_OUT = [
  ['-o yaml', (c) => true],
  ['-o json', (c) => /^create (deployment web --image=nginx|namespace dev|secret generic s --from-literal=password|job j --image=busybox$)/.test(c) || c === 'run web --image=nginx'],
  ['-o name', (c) => /^create (deployment web --image=nginx$|namespace dev|configmap app --from-literal)/.test(c)],
  ['', (c) => /^create (deployment web --image=nginx$|namespace dev|secret generic s --from-literal=password|job j --image=busybox$|cronjob c --image=busybox --schedule=\*\/1)/.test(c) || c === 'run web --image=nginx'],
];

/** kubectl config against a kubeconfig file (setup: the kubeconfig; some cases run commands before). */
const CONFIG = [
  ['config view', ''], ['config view --minify', ''], ['config view --raw', ''], ['config view -o json', ''],
  ['config view -o jsonpath={.current-context}', ''], ['config view -o jsonpath={.clusters[0].cluster.server}', ''],
  ['config current-context', ''], ['config get-contexts', ''], ['config get-contexts -o name', ''], ['config get-contexts nope', ''],
  ['config get-clusters', ''], ['config get-users', ''], ['config use-context nope', ''],
  ['config use-context kubernetes-admin@kubernetes', ''],
  ['config set-context --current --namespace=kube-system', ''],
  ['config view --minify', 'config set-context --current --namespace=kube-system'],
  ['config get-contexts', 'config set-context --current --namespace=kube-system'],
  ['config set-context dev --cluster=kubernetes --user=kubernetes-admin --namespace=dev', ''],
  ['config get-contexts', 'config set-context dev --cluster=kubernetes --user=kubernetes-admin --namespace=dev'],
  ['config use-context dev', 'config set-context dev --cluster=kubernetes --user=kubernetes-admin --namespace=dev'],
  ['config current-context', 'config set-context dev --cluster=kubernetes --user=kubernetes-admin --namespace=dev;config use-context dev'],
  ['config rename-context kubernetes-admin@kubernetes admin', ''], ['config delete-context nope', ''],
  ['config set-cluster', ''], ['config use-context', ''], ['config set-context', ''], ['config current-context extra', ''],
  ['config view', 'config set-context dev --cluster=kubernetes --user=kubernetes-admin --namespace=dev;config use-context dev'],
  // a user with a client certificate, as Kubernetes' documentation adds one (files/jane.crt, files/jane.key)
  ['config set-credentials jane --client-certificate=jane.crt --client-key=jane.key', ''], ['config set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs=true', ''],
  ['config view', 'config set-credentials jane --client-certificate=jane.crt --client-key=jane.key'], ['config view --raw', 'config set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs=true'], ['config view', 'config set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs=true'],
  ['config view --flatten', 'config set-credentials jane --client-certificate=jane.crt --client-key=jane.key'], ['config view --flatten --minify', ''],
  ['config set-credentials bob --client-certificate=nope.crt --embed-certs=true', ''], ['config set-credentials', ''], ['config set-credentials a b', ''],
  ['config set-credentials tok --token=abc', ''], ['config view', 'config set-credentials tok --token=abc'],
  ['config set-context jane --cluster=kubernetes --user=jane', ''],
  ['config get-contexts', 'config set-credentials jane --client-certificate=jane.crt --client-key=jane.key;config set-context jane --cluster=kubernetes --user=jane --namespace=dev'], ['config view --minify --context=jane', 'config set-credentials jane --client-certificate=jane.crt --client-key=jane.key;config set-context jane --cluster=kubernetes --user=jane --namespace=dev'],
  ['config view --minify', 'config set-credentials jane --client-certificate=jane.crt --client-key=jane.key;config set-context jane --cluster=kubernetes --user=jane --namespace=dev;config use-context jane'],
  ['config set-cluster dev --server=https://10.0.0.1:6443', ''], ['config set-cluster kubernetes --server=https://10.0.0.1:6443', ''],
  ['config view', 'config set-cluster kubernetes --server=https://10.0.0.1:6443;config set-cluster dev --server=https://10.0.0.1:6443 --insecure-skip-tls-verify=true'],
  ['config delete-cluster nope', ''], ['config delete-cluster kubernetes', ''], ['config delete-cluster', ''],
  ['config delete-user nope', ''], ['config delete-user kubernetes-admin', ''], ['config delete-user', ''],
  ['config delete-context kubernetes-admin@kubernetes', ''], ['config delete-context', ''],
  ['config get-users', 'config set-credentials jane --client-certificate=jane.crt --client-key=jane.key;config delete-user kubernetes-admin'],
  ['config unset current-context', ''], ['config unset users.kubernetes-admin', ''], ['config unset', ''],
  ['config view', 'config unset contexts.kubernetes-admin@kubernetes.user'],
  ['config set contexts.kubernetes-admin@kubernetes.namespace dev', ''], ['config set', ''], ['config set a', ''],
  ['config view', 'config set contexts.kubernetes-admin@kubernetes.namespace dev'],
  ['config get-contexts', 'config rename-context kubernetes-admin@kubernetes admin'],
  // a kubeconfig file of one's own, made by kubectl config
  ['config view --kubeconfig=jane.conf', ''],
  ['config view --kubeconfig=jane.conf --raw', 'config --kubeconfig=jane.conf set-cluster kubernetes --server=https://192.168.56.10:6443;config --kubeconfig=jane.conf set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs=true'],
  ['config view --minify', 'config unset current-context'], ['config view --minify --context=nope', ''],
  // the remaining flags and paths of each sub-verb
  ['config set-cluster dev --certificate-authority=tls.crt --embed-certs=true', ''], ['config view --raw', 'config set-cluster dev --certificate-authority=tls.crt --embed-certs=true'],
  ['config set-cluster dev --certificate-authority=tls.crt', ''], ['config view', 'config set-cluster dev --certificate-authority=tls.crt'],
  ['config set-cluster dev --embed-certs=true', ''], ['config set-cluster dev --certificate-authority=nope.crt --embed-certs=true', ''],
  ['config set-cluster dev --server=https://10.0.0.1:6443 --tls-server-name=api.example --proxy-url=http://proxy:3128', ''],
  ['config view', 'config set-cluster dev --server=https://10.0.0.1:6443 --tls-server-name=api.example --proxy-url=http://proxy:3128'],
  ['config set-cluster a b', ''], ['config set-cluster dev --insecure-skip-tls-verify=maybe', ''],
  ['config set-credentials jane --username=jane --password=secret', ''], ['config view', 'config set-credentials jane --username=jane --password=secret'],
  ['config set-credentials jane --token=abc --username=jane', ''],
  ['config set-credentials jane --exec-command=kubelogin --exec-api-version=client.authentication.k8s.io/v1 --exec-arg=get-token --exec-env=A=B', ''],
  ['config view', 'config set-credentials jane --exec-command=kubelogin --exec-api-version=client.authentication.k8s.io/v1 --exec-arg=get-token --exec-env=A=B'],
  ['config set-credentials jane --auth-provider=oidc --auth-provider-arg=client-id=kube', ''],
  ['config view', 'config set-credentials jane --auth-provider=oidc --auth-provider-arg=client-id=kube'],
  ['config set-credentials jane --client-key=jane.key', ''], ['config set-credentials jane --embed-certs=true', ''],
  ['config set clusters.kubernetes.server https://10.0.0.9:6443', ''], ['config view', 'config set clusters.kubernetes.server https://10.0.0.9:6443'],
  ['config set contexts.new.cluster kubernetes', ''], ['config get-contexts', 'config set contexts.new.cluster kubernetes'],
  ['config set current-context new', ''], ['config current-context', 'config set current-context new'],
  ['config set users.kubernetes-admin.token abc', ''], ['config set bogus.x y', ''],
  ['config set clusters.kubernetes.insecure-skip-tls-verify true', ''], ['config set clusters.kubernetes.insecure-skip-tls-verify maybe', ''],
  ['config set users.kubernetes-admin.client-key-data aGVsbG8= --set-raw-bytes=true', ''],
  ['config set users.kubernetes-admin.client-key-data notbase64', ''], ['config set a b c', ''],
  ['config unset clusters.kubernetes.server', ''], ['config view', 'config unset clusters.kubernetes.server'],
  ['config unset contexts.nope', ''], ['config unset bogus', ''], ['config unset a b', ''], ['config unset users.kubernetes-admin.token', ''],
  ['config rename-context nope x', ''], ['config rename-context a', ''], ['config rename-context a b c', ''],
  ['config set-context dev --cluster=kubernetes', ''], ['config rename-context dev kubernetes-admin@kubernetes', 'config set-context dev --cluster=kubernetes'],
  ['config set-context --current --namespace=x', 'config unset current-context'], ['config set-context a b', ''],
  ['config get-contexts --no-headers', ''], ['config get-contexts -o wide', ''], ['config get-clusters extra', ''], ['config get-users extra', ''],
  ['config view -o yaml', ''], ['config view -o name', ''], ['config view --minify --raw', ''], ['config view --merge=false', ''],
  ['config view -o jsonpath={.users[*].name}', ''], ['config view extra', ''], ['config use-context a b', ''],
  ['config delete-context a b', ''], ['config delete-cluster a b', ''], ['config delete-user a b', ''],
  ['config current-context --kubeconfig=nope.conf', ''], ['config get-contexts --kubeconfig=nope.conf', ''],
  ['config set-context dev --kubeconfig=new.conf', ''], ['config view --kubeconfig=new.conf', 'config set-context dev --kubeconfig=new.conf'],
  ['config bogus', ''],
  // client-go's checks of the chosen entry, before any request
  ['get pods --context=nope', ''], ['get pods --user=nope', ''],
  ['get pods --context=jane', 'config set-credentials jane --client-certificate=/nonexist.crt --client-key=/nonexist.key;config set-context jane --cluster=kubernetes --user=jane'],
];
/** with no kubeconfig at all */
const NOCONFIG = ['config view', 'config current-context', 'config get-contexts', 'config get-clusters', 'config use-context x', 'version --client', 'version --client -o yaml', 'version --client -o json', 'version --client --short', 'version'];

function slug(cmd, setup) {
  const s = (cmd || 'no-args').replace(/[^A-Za-z0-9=.-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 120);
  return setup ? `${s}__after_${setup.replace(/[^A-Za-z0-9=.-]+/g, '_').slice(0, 60)}` : s;
}

function record(version, bin) {
  const dir = path.join(OUT, version);
  // ONLY=<text>: record just the cases whose command line holds it, leaving the others as they are
  const only = process.env.ONLY;
  if (!only) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const cases = [];
  const freshHome = () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'kubectl-golden-'));
    fs.mkdirSync(path.join(home, 'golden'));
    for (const f of fs.readdirSync(FILES)) if (f !== 'kubeconfig') fs.copyFileSync(path.join(FILES, f), path.join(home, 'golden', f));
    return home;
  };
  const home0 = freshHome();
  if (!only) for (const p of tree(bin, home0)) cases.push({ cmd: [...p, '--help'].join(' ') });
  for (const u of USAGE) cases.push({ cmd: u });
  for (const d of DRY)
    for (const [o, when] of DRY_OUT) {
      if (!when(d)) continue;
      const [head, tail] = d.split(' -- ');
      cases.push({ cmd: `${head} --dry-run=client ${o}`.trim() + (tail ? ` -- ${tail}` : '') });
    }
  for (const c of NOCONFIG) cases.push({ cmd: c });
  for (const [c, setup] of CONFIG) cases.push({ cmd: c, setup: ['kubeconfig', ...setup.split(';').filter(Boolean)].join(';') });
  fs.rmSync(home0, { recursive: true, force: true });

  const seen = new Set();
  let kept = 0;
  const dropped = [];
  for (const c of cases) {
    if (only && !c.cmd.includes(only)) continue;
    const name = slug(c.cmd, c.setup?.replace(/^kubeconfig;?/, ''));
    if (seen.has(name)) continue;
    seen.add(name);
    const home = freshHome();
    const steps = (c.setup ?? '').split(';').filter(Boolean);
    for (const s of steps) {
      if (s === 'kubeconfig') {
        fs.mkdirSync(path.join(home, '.kube'));
        fs.copyFileSync(path.join(FILES, 'kubeconfig'), path.join(home, '.kube/config'));
      } else run(bin, home, words(s));
    }
    const r = run(bin, home, words(c.cmd));
    fs.rmSync(home, { recursive: true, force: true });
    if (/memcache\.go|The connection to the server|connect: connection refused/.test(r.stderr) && c.cmd !== 'version') {
      dropped.push(c.cmd);
      continue;
    }
    const d = path.join(dir, name);
    fs.rmSync(d, { recursive: true, force: true });
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, 'cmd'), quote(words(c.cmd)) + '\n');
    if (c.setup) fs.writeFileSync(path.join(d, 'setup'), c.setup.split(';').map((s) => (s === 'kubeconfig' ? s : quote(words(s)))).join('\n') + '\n');
    fs.writeFileSync(path.join(d, 'stdout'), r.stdout);
    fs.writeFileSync(path.join(d, 'stderr'), r.stderr);
    fs.writeFileSync(path.join(d, 'status'), `${r.status}\n`);
    kept++;
  }
  console.log(`${version}: ${kept} cases recorded; left out (they need a server): ${dropped.join(' | ') || 'none'}`);
}

const only = process.argv[2];
for (const [v, bin] of Object.entries(VERSIONS)) {
  if (only && only !== v) continue;
  const ver = execFileSync(bin, ['version', '--client'], { encoding: 'utf8', env: { HOME: os.tmpdir() } }).split('\n')[0];
  console.log(`recording ${ver} from ${bin}`);
  record(v, bin);
}

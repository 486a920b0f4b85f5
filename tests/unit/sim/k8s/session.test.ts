import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

const MANIFEST = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.25\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n  - port: 80\n';

describe('kubectl in a shell on the lab cluster', () => {
  it('applies manifests written to the guest, from files and folders, and deletes them', async () => {
    const s = await createSession({ lab: 'cluster', seed: 12 });
    await s.exec(`cat <<EOF > web.yaml\n${MANIFEST}EOF`);
    expect((await s.exec('kubectl apply -f web.yaml')).stdout).toBe('deployment.apps/web created\nservice/web created\n');
    await s.advance(20_000);
    await s.exec("sed -i 's/replicas: 2/replicas: 4/' web.yaml");
    expect((await s.exec('kubectl apply -f web.yaml')).stdout).toBe('deployment.apps/web configured\nservice/web unchanged\n');
    await s.advance(20_000);
    expect((await s.exec('kubectl get deploy web')).stdout).toMatch(/web +4\/4/);
    expect((await s.exec('kubectl apply -f nope.yaml')).stderr).toBe('error: the path "nope.yaml" does not exist\n');
    await s.exec('mkdir app && cp web.yaml app/');
    expect((await s.exec('kubectl delete -f app/')).stdout).toBe('deployment.apps "web" deleted\nservice "web" deleted\n');
    await s.exec('cat <<EOF > bad.yaml\nkind: [\nEOF');
    expect((await s.exec('kubectl apply -f bad.yaml')).stderr).toMatch(/^error: error parsing bad\.yaml: error converting YAML to JSON: /);
  });
  it('opens a shell in a container with exec -it and leaves it with exit', async () => {
    const s = await createSession({ lab: 'cluster', seed: 13 });
    await s.exec('kubectl run web --image=nginx');
    await s.advance(20_000);
    const r = await s.exec('kubectl exec -it web -- bash', { answers: ['hostname', 'cat /etc/resolv.conf', 'ps', 'exit'] });
    expect(r.stdout).toBe('root@web:/# hostname\nweb\nroot@web:/# cat /etc/resolv.conf\nsearch default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\nroot@web:/# ps\nroot@web:/# exit\nexit\n');
    expect(r.stderr).toBe('bash: ps: command not found\n');
    expect(r.exitCode).toBe(0);
  });
  it('the shell in a container runs ; && || and writes files with > and >>, which exec and cp then read', async () => {
    const s = await createSession({ lab: 'cluster', seed: 13 });
    await s.exec('kubectl run web --image=nginx');
    await s.exec('kubectl run bb --image=busybox -- sleep 3600');
    await s.advance(30_000);
    const r = await s.exec('kubectl exec -it web -- sh', { answers: ['echo hi > /tmp/x', 'echo more >> /tmp/x; cat /tmp/x', 'head -2 /etc/os-release', 'nope && echo yes || echo no', 'exit'] });
    expect(r.stdout).toBe('# echo hi > /tmp/x\n# echo more >> /tmp/x; cat /tmp/x\nhi\nmore\n# head -2 /etc/os-release\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\n# nope && echo yes || echo no\nno\n# exit\n');
    // dash numbers the lines it has read (tests/golden/container-shell/dash-i)
    expect(r.stderr).toBe('sh: 4: nope: not found\n');
    expect((await s.exec("kubectl exec web -- sh -c 'echo a > /tmp/y && cat /tmp/y'")).stdout).toBe('a\n');
    expect((await s.exec('kubectl exec web -- cat /tmp/x')).stdout).toBe('hi\nmore\n');
    await s.exec('kubectl cp web:/tmp/x copied');
    expect((await s.exec('cat copied')).stdout).toBe('hi\nmore\n');
    const b = await s.exec('kubectl exec -it bb -- sh', { answers: ['echo hi > /tmp/x; cat /tmp/x', 'nope', 'exit'] });
    // busybox ash leaves without a word (tests/golden/container-shell/ash-i)
    expect(b.stdout).toBe('/ # echo hi > /tmp/x; cat /tmp/x\nhi\n/ # nope\n/ # exit\n');
    expect(b.stderr).toBe('sh: nope: not found\n');
  });
  it('leaving the shell of run -it ends the container: it restarts and its new shell waits on stdin; a node debugging pod completes', async () => {
    const s = await createSession({ lab: 'cluster', seed: 13 });
    // -i without --restart makes an OnFailure pod (getRestartPolicy): leaving its shell completes it, and attach
    // says "Session ended" only for a pod that restarts Always
    const once = await s.exec('kubectl run once --image=busybox -it -- sh', { answers: ['exit'] });
    expect(once.stdout).toBe('/ # exit\n');
    await s.advance(5_000);
    expect((await s.exec('kubectl get pod once --no-headers')).stdout).toMatch(/^once\s+0\/1\s+Completed\s+0\s+\d+s\n$/);
    const r = await s.exec('kubectl run bb --image=busybox --restart=Always -it -- sh', { answers: ['exit'] });
    expect(r.stdout).toBe("/ # exit\nSession ended, resume using 'kubectl attach bb -c bb -i -t' command when the pod is running\n");
    expect((await s.exec("kubectl get pod bb -o jsonpath='{.status.containerStatuses[0].state.terminated.reason}'")).stdout).toBe('Completed');
    await s.advance(60_000);
    expect((await s.exec('kubectl get pod bb --no-headers')).stdout).toMatch(/^bb\s+1\/1\s+Running\s+1 \(\d+s ago\)\s+\d+s\n$/);
    await s.exec('kubectl debug node/w1-k8s -it --image=busybox', { answers: ['exit'] });
    expect(plain((await s.exec('kubectl get pods --no-headers | grep node-debugger')).stdout)).toMatch(/^node-debugger-w1-k8s-\w{5}\s+0\/1\s+Completed\s+0\s+\d+s\n$/);
  });
  it('edits a deployment through the editor and rolls out the change', async () => {
    const s = await createSession({ lab: 'cluster', seed: 14, interactiveEditor: false });
    await s.exec('kubectl create deployment web --image=nginx --replicas=1');
    await s.advance(20_000);
    const yaml = (await s.exec('kubectl get deploy web -o yaml')).stdout.replace('  replicas: 1\n  revisionHistoryLimit', '  replicas: 3\n  revisionHistoryLimit');
    const r = await s.exec('kubectl edit deployment web', { answers: [...yaml.trimEnd().split('\n'), '.'] });
    expect(r.stdout).toContain('deployment.apps/web edited\n');
    await s.advance(20_000);
    expect((await s.exec('kubectl get deploy web')).stdout).toMatch(/web +3\/3/);
  });
  it('follows logs and watches until Ctrl+C', async () => {
    const s = await createSession({ lab: 'cluster', seed: 15 });
    await s.exec('kubectl run web --image=nginx');
    await s.advance(20_000);
    let out = '';
    s.on('output', (o) => (out += o.text));
    await s.submit('kubectl get pods -w');
    await s.advance(2000);
    expect(s.busy).toBe(true);
    await s.interrupt();
    expect(out).toMatch(/NAME +READY +STATUS +RESTARTS +AGE\nweb +1\/1 +Running/);
    expect(s.busy).toBe(false);
  });
});

describe('the cluster follows the VMs', () => {
  it('marks a halted worker NotReady, moves its pods after the eviction delay, and recovers after vagrant up', async () => {
    const s = await createSession({ lab: 'cluster', seed: 16 });
    await s.exec('kubectl create deployment web --image=nginx --replicas=4');
    await s.advance(30_000);
    await s.exec('exit');
    await s.exec('exit');
    expect((await s.exec('vagrant halt w1-k8s')).exitCode).toBe(0);
    await s.advance(50_000);
    await s.exec('vagrant ssh m-k8s');
    expect((await s.exec('kubectl get nodes')).stdout).toMatch(/w1-k8s +NotReady +<none>/);
    await s.advance(320_000);
    const pods = (await s.exec('kubectl get pods -o wide')).stdout;
    expect(pods).toMatch(/Terminating .* w1-k8s/);
    expect(pods.match(/1\/1 +Running .* w2-k8s/g)).toHaveLength(4);
    await s.exec('exit');
    expect((await s.exec('vagrant up w1-k8s')).exitCode).toBe(0);
    await s.advance(30_000);
    await s.exec('vagrant ssh m-k8s');
    expect((await s.exec('kubectl get nodes')).stdout).toMatch(/w1-k8s +Ready +<none>/);
    expect((await s.exec('kubectl get pods')).stdout).not.toContain('Terminating');
    const st = s.world.ext.get('k8s') as { cgroupLines(h: string, u: string): { tasks: number; lines: string[] } | null };
    const cg = st.cgroupLines(s.frame.hostId, 'containerd.service');
    expect(cg!.lines[0]).toMatch(/^\d+ \/usr\/bin\/containerd$/);
    expect(cg!.lines.slice(1).every((l) => /containerd-shim-runc-v2 -namespace k8s\.io -id [0-9a-f]{64} -address \/run\/containerd\/containerd\.sock$/.test(l))).toBe(true);
  }, 30_000);
});

describe('reaching services', () => {
  it('answers curl on a NodePort and a ClusterIP from the nodes, and wget inside a pod by service name', async () => {
    const s = await createSession({ lab: 'cluster', seed: 17 });
    await s.exec('kubectl create deployment web --image=nginx --replicas=2 --port=80');
    await s.exec('kubectl expose deployment web --type=NodePort --port=80');
    await s.advance(20_000);
    const port = (await s.exec('kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}')).stdout;
    expect(port).toMatch(/^3\d{4}$/);
    expect((await s.exec(`curl -s 192.168.56.102:${port}`)).stdout).toContain('<title>Welcome to nginx!</title>');
    const ip = (await s.exec('kubectl get svc web -o jsonpath={.spec.clusterIP}')).stdout;
    expect((await s.exec(`curl -s http://${ip}/`)).stdout).toContain('<h1>Welcome to nginx!</h1>');
    const r = await s.exec('kubectl run tmp --rm -it --image=busybox --restart=Never -- sh', { answers: ['wget -qO- http://web', 'wget -qO- http://nope', 'exit'] });
    expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(r.stderr).toContain("wget: bad address 'nope'");
    expect(r.stdout.endsWith('pod "tmp" deleted\n')).toBe(true);
    const logs = (await s.exec('kubectl logs -l app=web --tail=-1')).stdout;
    expect(logs.match(/Configuration complete; ready for start up/g)).toHaveLength(2);
    expect(logs).toMatch(/\n(192\.168\.56\.10|10\.244\.\d+\.\d+) - - \[\d\d\/Dec\/2025:\d\d:\d\d:\d\d \+0000\] "GET \/ HTTP\/1\.1" 200 615 "-" "curl\/7\.76\.1" "-"\n/);
    expect((await s.exec('kubectl logs -l app=web')).stdout.split('\n')).toHaveLength(21);
    await s.exec('kubectl scale deployment web --replicas=0');
    await s.advance(10_000);
    expect((await s.exec(`curl -s 192.168.56.102:${port}`)).exitCode).toBe(7);
  }, 30_000);
});

describe('nodes register themselves', () => {
  it('comes back after kubectl delete node while its kubelet runs, and stays away after kubeadm reset', async () => {
    const s = await createSession({ lab: 'cluster', seed: 18 });
    expect((await s.exec('kubectl delete node w2-k8s')).stdout).toBe('node "w2-k8s" deleted\n');
    await s.advance(5_000);
    expect((await s.exec('kubectl get nodes')).stdout).toMatch(/w2-k8s +(Ready|NotReady) +<none> +\d+s/);
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh w2-k8s');
    await s.exec('sudo -i');
    expect((await s.exec('kubeadm reset -f')).exitCode).toBe(0);
    await s.exec('exit');
    await s.exec('exit');
    await s.exec('vagrant ssh m-k8s');
    await s.exec('kubectl delete node w2-k8s');
    await s.advance(60_000);
    expect((await s.exec('kubectl get nodes')).stdout).not.toContain('w2-k8s');
  }, 30_000);
});

describe('determinism', () => {
  it('prints the same names, hashes, addresses and tokens for the same seed', async () => {
    const run = async (seed: number) => {
      const s = await createSession({ lab: 'cluster', seed });
      let out = '';
      for (const l of ['kubectl create deployment web --image=nginx --replicas=3', 'kubectl expose deployment web --port=80 --type=NodePort', 'kubeadm token create --print-join-command']) out += (await s.exec(l)).output;
      await s.advance(20_000);
      for (const l of ['kubectl get pods -o wide', 'kubectl get svc,ep', 'curl -s 10.244.1.2 | head -1', 'kubectl logs -l app=web --tail=1']) out += (await s.exec(l)).output;
      return out;
    };
    const a = await run(21);
    expect(await run(21)).toBe(a);
    expect(await run(22)).not.toBe(a);
    expect(a).toMatch(/web-\w{10}-\w{5} +1\/1 +Running/);
  }, 30_000);
});

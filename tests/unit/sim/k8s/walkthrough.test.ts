import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const PREP = [
  'sudo -i',
  'swapoff -a',
  "sed -i '/ swap / s/^/#/' /etc/fstab",
  'cat <<EOF > /etc/modules-load.d/k8s.conf\noverlay\nbr_netfilter\nEOF',
  'modprobe overlay',
  'modprobe br_netfilter',
  'cat <<EOF > /etc/sysctl.d/k8s.conf\nnet.bridge.bridge-nf-call-iptables  = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nnet.ipv4.ip_forward                 = 1\nEOF',
  'sysctl --system',
  'dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo',
  'cat <<EOF > /etc/yum.repos.d/kubernetes.repo\n[kubernetes]\nname=Kubernetes\nbaseurl=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/\nenabled=1\ngpgcheck=1\ngpgkey=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key\nexclude=kubelet kubeadm kubectl cri-tools kubernetes-cni\nEOF',
  'dnf install -y containerd.io iproute-tc',
  'containerd config default > /etc/containerd/config.toml',
  "sed -i 's/SystemdCgroup = false/SystemdCgroup = true/' /etc/containerd/config.toml",
  'systemctl enable --now containerd',
  'dnf install -y kubelet kubeadm kubectl --disableexcludes=kubernetes',
  'systemctl enable --now kubelet',
];

async function prep(sh: (l: string) => Promise<{ exitCode: number | null; output: string }>) {
  for (const line of PREP) {
    const r = await sh(line);
    expect(r.exitCode, `${line}\n${r.output}`).toBe(0);
  }
}

describe('walkthrough: the cluster built from the nodes lab', () => {
  it('prepares three nodes, initialises the control plane, joins the workers, applies flannel', async () => {
    const { s, sh } = await lab('nodes', 11);
    await prep(sh);
    const init = await sh('kubeadm init --pod-network-cidr=10.244.0.0/16 --apiserver-advertise-address=192.168.56.10');
    expect(init.exitCode, init.output).toBe(0);
    expect(init.stdout).toContain('Your Kubernetes control-plane has initialized successfully!');
    const join = /kubeadm join 192\.168\.56\.10:6443 --token [a-z0-9]{6}\.[a-z0-9]{16} \\\n\t--discovery-token-ca-cert-hash sha256:[0-9a-f]{64} /.exec(init.stdout)![0].replace(' \\\n\t', ' ');
    const refused = await sh('kubectl get nodes');
    expect(refused.stderr).toContain('The connection to the server localhost:8080 was refused - did you specify the right host or port?');
    for (const l of ['mkdir -p $HOME/.kube', 'cp -i /etc/kubernetes/admin.conf $HOME/.kube/config', 'chown $(id -u):$(id -g) $HOME/.kube/config']) expect((await sh(l)).exitCode).toBe(0);
    expect((await sh('kubectl get nodes')).stdout).toMatch(/^NAME {4}STATUS {5}ROLES {11}AGE {3}VERSION\nm-k8s   NotReady   control-plane   \d+s +v1\.28\.15\n$/);
    await sh('exit');
    await sh('exit');
    for (const w of ['w1-k8s', 'w2-k8s']) {
      expect((await sh(`vagrant ssh ${w}`)).exitCode).toBe(0);
      await prep(sh);
      const j = await sh(join);
      expect(j.exitCode, j.output).toBe(0);
      expect(j.stdout).toContain('This node has joined the cluster:');
      await sh('exit');
      await sh('exit');
    }
    await sh('vagrant ssh m-k8s');
    await sh('sudo -i');
    await s.advance(20_000);
    expect((await sh('kubectl get nodes')).stdout.match(/NotReady/g)).toHaveLength(3);
    // in the order of the documents in flannel's v0.26.1 kube-flannel.yml (the file curl downloads from the same URL)
    expect((await sh('kubectl apply -f https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml')).stdout).toBe(
      'namespace/kube-flannel created\nclusterrole.rbac.authorization.k8s.io/flannel created\nclusterrolebinding.rbac.authorization.k8s.io/flannel created\nserviceaccount/flannel created\nconfigmap/kube-flannel-cfg created\ndaemonset.apps/kube-flannel-ds created\n',
    );
    await s.advance(60_000);
    const nodes = (await sh('kubectl get nodes')).stdout;
    expect(nodes.match(/ Ready /g)).toHaveLength(3);
    const pods = (await sh('kubectl get pods -A')).stdout;
    expect(pods).toMatch(/kube-system +coredns-\w{10}-\w{5} +1\/1 +Running/);
    expect(pods.match(/kube-flannel-ds-\w{5} +1\/1 +Running/g)).toHaveLength(3);
    expect((await sh('crictl ps')).stdout).toMatch(/kube-apiserver/);
    // the kubelets' client CSRs: the control plane's own, then each worker's TLS bootstrap with the join token
    const id = /--token ([a-z0-9]{6})\./.exec(join)![1];
    const csrs = (await sh('kubectl get csr --sort-by=.metadata.creationTimestamp --no-headers')).stdout.trimEnd().split('\n').map((l) => l.split(/ +/));
    expect(csrs.map((c) => [c[2], c[3], c[5]])).toEqual([
      ['kubernetes.io/kube-apiserver-client-kubelet', 'system:node:m-k8s', 'Approved,Issued'],
      ['kubernetes.io/kube-apiserver-client-kubelet', `system:bootstrap:${id}`, 'Approved,Issued'],
      ['kubernetes.io/kube-apiserver-client-kubelet', `system:bootstrap:${id}`, 'Approved,Issued'],
    ]);
    expect((await sh('kubeadm token create --print-join-command')).stdout).toMatch(/^kubeadm join 192\.168\.56\.10:6443 --token [a-z0-9]{6}\.[a-z0-9]{16} --discovery-token-ca-cert-hash sha256:[0-9a-f]{64} \n$/);
  }, 60_000);
});

describe('walkthrough: Kubernetes basics on the cluster lab', () => {
  it('creates a deployment, exposes it, scales it, updates the image and rolls back', async () => {
    const { s, sh } = await lab('cluster', 3);
    expect((await sh('kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1')).stdout).toBe('deployment.apps/kubernetes-bootcamp created\n');
    await s.advance(30_000);
    expect((await sh('kubectl get deployments')).stdout).toMatch(/^NAME {18}READY {3}UP-TO-DATE {3}AVAILABLE {3}AGE\nkubernetes-bootcamp {3}1\/1 {5}1 {12}1 {11}30s\n$/);
    await sh(`export POD_NAME="$(kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\\n"}}{{end}}')"`);
    expect((await sh('echo $POD_NAME')).stdout).toMatch(/^kubernetes-bootcamp-\w{10}-\w{5}\n$/);
    expect((await sh('kubectl expose deployment/kubernetes-bootcamp --type="NodePort" --port 8080')).stdout).toBe('service/kubernetes-bootcamp exposed\n');
    await sh(`export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"`);
    expect((await sh('curl http://192.168.56.101:$NODE_PORT')).stdout).toMatch(/^Hello Kubernetes bootcamp! \| Running on: kubernetes-bootcamp-\w{10}-\w{5} \| v=1\n$/);
    const inside = await sh('kubectl exec -ti $POD_NAME -- bash', ['curl http://localhost:8080', 'exit']);
    expect(inside.stdout).toContain('| v=1\n');
    expect((await sh('kubectl logs $POD_NAME')).stdout).toMatch(/\| Total Requests: 2 \| App Uptime: [\d.]+ seconds \| Log Time: /);
    expect((await sh('kubectl label pods "$POD_NAME" version=v1')).stdout).toMatch(/^pod\/kubernetes-bootcamp-\w+-\w+ labeled\n$/);
    expect((await sh('kubectl get services')).stdout).toMatch(/kubernetes-bootcamp {3}NodePort {4}10\.\d+\.\d+\.\d+ +<none> {8}8080:3\d{4}\/TCP {3}0s/);
    expect((await sh('kubectl scale deployments/kubernetes-bootcamp --replicas=4')).stdout).toBe('deployment.apps/kubernetes-bootcamp scaled\n');
    await s.advance(30_000);
    expect((await sh('kubectl get pods -o wide')).stdout.match(/1\/1 +Running/g)).toHaveLength(4);
    expect((await sh('kubectl describe services/kubernetes-bootcamp')).stdout).toMatch(/Endpoints: +10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080,10\.244\.\d+\.\d+:8080 \+ 1 more\.\.\./);
    expect((await sh('kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=docker.io/jocatalin/kubernetes-bootcamp:v2')).stdout).toBe('deployment.apps/kubernetes-bootcamp image updated\n');
    const st = await sh('kubectl rollout status deployments/kubernetes-bootcamp');
    expect(st.stdout.trim().split('\n').pop()).toBe('deployment "kubernetes-bootcamp" successfully rolled out');
    expect((await sh('kubectl set image deployments/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10')).exitCode).toBe(0);
    await s.advance(20_000);
    expect((await sh('kubectl get pods')).stdout).toMatch(/ErrImagePull|ImagePullBackOff/);
    expect((await sh('kubectl rollout undo deployments/kubernetes-bootcamp')).stdout).toBe('deployment.apps/kubernetes-bootcamp rolled back\n');
    await s.advance(60_000);
    const pods = (await sh('kubectl get pods')).stdout;
    expect(pods.match(/1\/1 +Running/g)).toHaveLength(4);
    expect(pods).not.toMatch(/ImagePullBackOff|Terminating/);
    expect((await sh('kubectl describe pods')).stdout).toContain('Image:          docker.io/jocatalin/kubernetes-bootcamp:v2');
    expect((await sh('kubectl rollout history deployment/kubernetes-bootcamp')).stdout).toBe('deployment.apps/kubernetes-bootcamp \nREVISION  CHANGE-CAUSE\n1         <none>\n3         <none>\n4         <none>\n\n');
  }, 30_000);

  it('heals itself after kubectl delete pod', async () => {
    const { s, sh } = await lab('cluster', 4);
    await sh('kubectl create deployment nginx --image=nginx --replicas=3');
    await s.advance(30_000);
    const before = (await sh('kubectl get pods -o name')).stdout.trim().split('\n');
    const del = await sh(`kubectl delete ${before[0]}`);
    expect(del.stdout).toBe(`pod "${before[0].slice(4)}" deleted\n`);
    expect(del.exitCode).toBe(0);
    await s.advance(15_000);
    const after = (await sh('kubectl get pods -o name')).stdout.trim().split('\n');
    expect(after).toHaveLength(3);
    expect(after).not.toContain(before[0]);
    expect((await sh('kubectl get deploy nginx')).stdout).toMatch(/nginx {3}3\/3/);
  }, 30_000);
});

describe('walkthrough: drain and upgrade to 1.29', () => {
  it('upgrades the control plane and every kubelet, one node at a time', async () => {
    const { s, sh } = await lab('cluster', 5);
    await sh('kubectl create deployment web --image=nginx --replicas=4');
    await s.advance(30_000);
    expect((await sh("sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo")).exitCode).toBe(0);
    const skip = await sh('kubeadm upgrade apply v1.29.15 -y');
    expect(skip.exitCode).toBe(1);
    expect(skip.stderr).toContain('Specified version to upgrade to "v1.29.15" is higher than the kubeadm version "v1.28.15". Upgrade kubeadm first using the tool you used to install kubeadm');
    expect((await sh('dnf install -y kubeadm-1.29.15 --disableexcludes=kubernetes')).exitCode).toBe(0);
    expect((await sh('kubeadm upgrade plan')).stdout).toMatch(/kubelet {5}3 x v1\.28\.15 {3}v1\.29\.15/);
    const apply = await sh('kubeadm upgrade apply v1.29.15', ['y']);
    expect(apply.exitCode, apply.output).toBe(0);
    expect(apply.stdout).toContain('[upgrade/successful] SUCCESS! Your cluster was upgraded to "v1.29.15". Enjoy!');
    expect((await sh('kubectl version')).stdout).toContain('Server Version: v1.29.15');
    const upgradeNode = async (node: string) => {
      const d = await sh(`kubectl drain ${node} --ignore-daemonsets`);
      expect(d.exitCode, d.output).toBe(0);
      expect(d.stdout).toContain(`node/${node} drained`);
      return d;
    };
    await upgradeNode('m-k8s');
    for (const l of ['dnf install -y kubelet-1.29.15 kubectl-1.29.15 --disableexcludes=kubernetes', 'systemctl daemon-reload', 'systemctl restart kubelet']) expect((await sh(l)).exitCode).toBe(0);
    await s.advance(10_000);
    expect((await sh('kubectl uncordon m-k8s')).stdout).toBe('node/m-k8s uncordoned\n');
    expect((await sh('kubectl get nodes')).stdout).toMatch(/m-k8s {4}Ready {4}control-plane {3}\d+m {3}v1\.29\.15/);
    for (const w of ['w1-k8s', 'w2-k8s']) {
      await upgradeNode(w);
      await sh('exit');
      await sh('exit');
      await sh(`vagrant ssh ${w}`);
      await sh('sudo -i');
      await sh("sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo");
      expect((await sh('dnf install -y kubeadm-1.29.15 --disableexcludes=kubernetes')).exitCode).toBe(0);
      const un = await sh('kubeadm upgrade node');
      expect(un.stdout).toContain('[upgrade] The configuration for this node was successfully updated!');
      for (const l of ['dnf install -y kubelet-1.29.15 kubectl-1.29.15 --disableexcludes=kubernetes', 'systemctl daemon-reload', 'systemctl restart kubelet']) expect((await sh(l)).exitCode).toBe(0);
      await sh('exit');
      await sh('exit');
      await sh('vagrant ssh m-k8s');
      await sh('sudo -i');
      await s.advance(10_000);
      expect((await sh(`kubectl uncordon ${w}`)).stdout).toBe(`node/${w} uncordoned\n`);
    }
    const nodes = (await sh('kubectl get nodes')).stdout;
    expect(nodes.match(/ Ready .*v1\.29\.15/g)).toHaveLength(3);
    await s.advance(60_000);
    const dep = await sh('kubectl get deploy web; kubectl get pods -o wide; kubectl get nodes');
    expect(dep.stdout, dep.stdout).toMatch(/web +4\/4 +4 +4/);
    expect((await sh('kubectl get pods -n kube-system -o wide')).stdout).not.toMatch(/Terminating|Pending/);
  }, 60_000);
});

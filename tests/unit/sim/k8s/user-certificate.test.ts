// Kubernetes' documentation's "normal user" path on the cluster lab, from the key to a permitted `get pods`:
// openssl makes jane's key, request and a certificate the cluster CA signs; kubectl config adds her credentials and
// a context; the API server takes the certificate's common name and organizations as her user and groups, and RBAC
// answers her requests until a Role and RoleBinding let her list pods.
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

const CA = '-CA /etc/kubernetes/pki/ca.crt -CAkey /etc/kubernetes/pki/ca.key';
const UNAUTHORIZED = 'error: You must be logged in to the server (the server has asked for the client to provide credentials)\n';

async function jane(days = 365) {
  const { s, sh } = await lab('cluster', 3);
  await sh('sudo -i');
  await sh('openssl genrsa -out jane.key 2048');
  await sh('openssl req -new -key jane.key -out jane.csr -subj "/CN=jane/O=dev"');
  await sh(`openssl x509 -req -in jane.csr ${CA} -CAcreateserial -out jane.crt -days ${days}`);
  expect((await sh('kubectl config set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs=true')).stdout).toBe('User "jane" set.\n');
  expect((await sh('kubectl config set-context jane --cluster=kubernetes --user=jane')).stdout).toBe('Context "jane" created.\n');
  return { s, sh };
}

describe('a user with a client certificate the cluster CA signed', () => {
  it('is forbidden until a Role and RoleBinding grant her pods, and whoami and can-i follow', async () => {
    const { sh } = await jane();
    const denied = await sh('kubectl --context=jane get pods');
    expect([denied.stdout, denied.stderr, denied.exitCode]).toEqual(['', 'Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "default"\n', 1]);
    expect((await sh('kubectl --context=jane auth whoami')).stdout).toBe('ATTRIBUTE   VALUE\nUsername    jane\nGroups      [dev system:authenticated]\n');
    expect((await sh('kubectl --context=jane auth can-i list pods')).stdout).toBe('no\n');
    // the admin's own context is unchanged
    expect((await sh('kubectl auth whoami')).stdout).toContain('Username    kubernetes-admin\n');
    await sh('kubectl create role pod-reader --verb=get,list,watch --resource=pods');
    expect((await sh('kubectl create rolebinding jane-reads-pods --role=pod-reader --user=jane')).stdout).toBe('rolebinding.rbac.authorization.k8s.io/jane-reads-pods created\n');
    await sh('kubectl run web --image=nginx');
    const allowed = await sh('kubectl --context=jane get pods -o name');
    expect([allowed.stdout, allowed.exitCode]).toEqual(['pod/web\n', 0]);
    expect((await sh('kubectl --context=jane auth can-i list pods')).stdout).toBe('yes\n');
    expect((await sh('kubectl --context=jane auth can-i delete pods')).stdout).toBe('no\n');
    expect((await sh('kubectl --context=jane get pods -n kube-system')).stderr).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "kube-system"\n');
    // a binding to her organization works as well: the certificate's O is her group
    await sh('kubectl create clusterrolebinding dev-view --clusterrole=view --group=dev');
    expect((await sh('kubectl --context=jane get pods -n kube-system -o name')).exitCode).toBe(0);
    // use-context makes her the default user
    await sh('kubectl config use-context jane');
    expect((await sh('kubectl get pods -o name')).stdout).toBe('pod/web\n');
    expect((await sh('kubectl get nodes')).stderr).toBe('Error from server (Forbidden): nodes is forbidden: User "jane" cannot list resource "nodes" in API group "" at the cluster scope\n');
  });

  it('works from certificate files named in the kubeconfig, chosen with --user', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    await sh('openssl genrsa -out bob.key 2048');
    await sh('openssl req -new -key bob.key -out bob.csr -subj "/CN=bob/O=ops"');
    await sh(`openssl x509 -req -in bob.csr ${CA} -out bob.crt -days 30`);
    await sh('kubectl config set-credentials bob --client-certificate=bob.crt --client-key=bob.key');
    expect((await sh('kubectl --context=kubernetes-admin@kubernetes --user=bob auth whoami')).stdout).toContain('Username    bob\nGroups      [ops system:authenticated]\n');
  });

  it('works from a kubeconfig file of her own that kubectl config writes', async () => {
    const { sh } = await jane();
    const kc = 'kubectl config --kubeconfig=jane.conf';
    expect((await sh(`${kc} set-cluster kubernetes --server=https://192.168.56.10:6443 --certificate-authority=/etc/kubernetes/pki/ca.crt --embed-certs=true`)).stdout).toBe('Cluster "kubernetes" set.\n');
    await sh(`${kc} set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs=true`);
    await sh(`${kc} set-context jane@kubernetes --cluster=kubernetes --user=jane --namespace=dev`);
    expect((await sh(`${kc} use-context jane@kubernetes`)).stdout).toBe('Switched to context "jane@kubernetes".\n');
    expect((await sh('kubectl --kubeconfig=jane.conf auth whoami')).stdout).toContain('Username    jane\n');
    expect((await sh('kubectl --kubeconfig=jane.conf get pods')).stderr).toBe('Error from server (Forbidden): pods is forbidden: User "jane" cannot list resource "pods" in API group "" in the namespace "dev"\n');
    expect((await sh('KUBECONFIG=jane.conf kubectl auth can-i list pods')).stdout).toBe('no\n');
  });

  it('gets her certificate from the CSR API instead: the signer issues it as the cluster CA, so it verifies and authenticates', async () => {
    const { sh } = await lab('cluster', 3);
    await sh('sudo -i');
    await sh('openssl genrsa -out jane.key 2048');
    await sh('openssl req -new -key jane.key -out jane.csr -subj "/CN=jane/O=dev"');
    const manifest = 'apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\nmetadata:\n  name: jane\nspec:\n  request: REQ\n  signerName: kubernetes.io/kube-apiserver-client\n  expirationSeconds: 86400\n  usages:\n  - client auth\n';
    await sh(`printf '${manifest.replace(/\n/g, '\\n')}' | sed "s/REQ/$(base64 -w0 jane.csr)/" > csr.yaml`);
    expect((await sh('kubectl apply -f csr.yaml')).stdout).toBe('certificatesigningrequest.certificates.k8s.io/jane created\n');
    await sh('kubectl certificate approve jane');
    await sh("kubectl get csr jane -o jsonpath='{.status.certificate}' | base64 -d > jane.crt");
    const caSki = (await sh('openssl x509 -in /etc/kubernetes/pki/ca.crt -noout -ext subjectKeyIdentifier')).stdout.split('\n')[1].trim();
    expect((await sh('openssl x509 -in jane.crt -noout -ext authorityKeyIdentifier')).stdout).toBe(`X509v3 Authority Key Identifier: \n    ${caSki}\n`);
    expect((await sh('openssl verify -CAfile /etc/kubernetes/pki/ca.crt jane.crt')).stdout).toBe('jane.crt: OK\n');
    await sh('kubectl config set-credentials jane --client-key=jane.key --client-certificate=jane.crt --embed-certs=true');
    await sh('kubectl config set-context jane --cluster=kubernetes --user=jane');
    expect((await sh('kubectl --context=jane auth whoami')).stdout).toBe('ATTRIBUTE   VALUE\nUsername    jane\nGroups      [dev system:authenticated]\n');
  });

  it('is refused with 401 when the certificate is not the cluster CA\'s, or has expired', async () => {
    const { s, sh } = await jane(1);
    await sh('openssl genrsa -out evil.key 2048');
    await sh('openssl req -new -key evil.key -out evil.csr -subj /CN=mallory/O=system:masters');
    await sh('openssl x509 -req -in evil.csr -key evil.key -out evil.crt');
    await sh('kubectl config set-credentials mallory --client-certificate=evil.crt --client-key=evil.key');
    await sh('kubectl config set-context mallory --cluster=kubernetes --user=mallory');
    const r = await sh('kubectl --context=mallory get pods');
    expect(r.exitCode).toBe(1);
    expect(r.stderr.endsWith(UNAUTHORIZED)).toBe(true);
    expect((await sh('kubectl --context=jane auth whoami')).exitCode).toBe(0);
    await s.advance(2 * 86400_000);
    const late = await sh('kubectl --context=jane get pods');
    expect(late.stderr.endsWith(UNAUTHORIZED)).toBe(true);
    // the admin is still let in
    expect((await sh('kubectl get ns default -o name')).stdout).toBe('namespace/default\n');
  });
});

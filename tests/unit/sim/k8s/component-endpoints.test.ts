// curl on a node reaches the components ss lists there (src/sim/net/endpoints.ts): the kubelet's healthz, the API
// server as system:anonymous, the controller manager and scheduler, etcd, kube-proxy; TLS as curl 7.76.1 with
// OpenSSL 3.0 reports it. Texts: curl-7_76_1 src/tool_operate.c (CURL_CA_CERT_ERRORMSG) and lib/vtls/openssl.c
// (failf calls), OpenSSL 3.0's X509_verify_cert_error_string and ERR_error_string, k8s.io/apiserver
// responsewriters.forbiddenMessage with apierrors.NewForbidden, pkg/proxy/healthcheck/proxier_health.go, Go's
// net/http answer to plain HTTP on a TLS port.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const CA_CERT_ERRORMSG =
  'More details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.\n';

const status403 = (message: string, details: string) =>
  `{\n  "kind": "Status",\n  "apiVersion": "v1",\n  "metadata": {},\n  "status": "Failure",\n  "message": ${JSON.stringify(message)},\n  "reason": "Forbidden",\n  "details": ${details},\n  "code": 403\n}`;

async function cluster() {
  const s = await createSession({ lab: 'cluster', seed: 31 });
  return s;
}

describe('node components answer curl', () => {
  it('the kubelet healthz on 127.0.0.1:10248, refused once the kubelet stops', async () => {
    const s = await cluster();
    expect(await s.exec('curl -sSL http://localhost:10248/healthz')).toMatchObject({ stdout: 'ok', stderr: '', exitCode: 0 });
    expect((await s.exec('curl -s http://localhost:10248/other')).stdout).toBe('404 page not found\n');
    await s.exec('systemctl stop kubelet');
    expect(await s.exec('curl -sSL http://localhost:10248/healthz')).toMatchObject({ stdout: '', stderr: 'curl: (7) Failed to connect to localhost port 10248: Connection refused\n', exitCode: 7 });
  });

  it('the API server over TLS: error 60 without the cluster CA, the version and health for anyone with -k', async () => {
    const s = await cluster();
    expect(await s.exec('curl -s https://localhost:6443/version')).toMatchObject({ stdout: '', stderr: '', exitCode: 60 });
    expect(await s.exec('curl -sS https://localhost:6443/version')).toMatchObject({ stderr: `curl: (60) SSL certificate problem: unable to get local issuer certificate\n${CA_CERT_ERRORMSG}`, exitCode: 60 });
    expect((await s.exec('curl -k https://localhost:6443/version')).stdout).toBe(
      '{\n  "major": "1",\n  "minor": "28",\n  "gitVersion": "v1.28.15",\n  "gitCommit": "841856557ef0f6a399096c42635d114d6f2cf7f4",\n  "gitTreeState": "clean",\n  "buildDate": "2024-10-22T20:34:56Z",\n  "goVersion": "go1.22.8",\n  "compiler": "gc",\n  "platform": "linux/amd64"\n}',
    );
    for (const p of ['healthz', 'livez', 'readyz']) expect((await s.exec(`curl -k https://localhost:6443/${p}`)).stdout).toBe('ok');
    // the serving certificate names the node, its address and the kubernetes Service, not localhost
    expect(await s.exec('curl -s --cacert /etc/kubernetes/pki/ca.crt https://192.168.56.10:6443/healthz')).toMatchObject({ stdout: 'ok', exitCode: 0 });
    expect(await s.exec('curl -s --cacert /etc/kubernetes/pki/ca.crt https://m-k8s:6443/healthz')).toMatchObject({ stdout: 'ok', exitCode: 0 });
    expect((await s.exec('curl -sS --cacert /etc/kubernetes/pki/ca.crt https://localhost:6443/healthz')).stderr).toBe(
      `curl: (60) SSL: no alternative certificate subject name matches target host name 'localhost'\n${CA_CERT_ERRORMSG}`,
    );
    expect((await s.exec('curl -sS --cacert /etc/kubernetes/pki/etcd/ca.crt https://192.168.56.10:6443/healthz')).stderr).toBe(`curl: (60) SSL certificate problem: unable to get local issuer certificate\n${CA_CERT_ERRORMSG}`);
    expect(await s.exec('curl -sS --cacert /root/ca.pem https://192.168.56.10:6443/healthz')).toMatchObject({ stderr: 'curl: (77) error setting certificate verify locations:  CAfile: /root/ca.pem CApath: none\n', exitCode: 77 });
  });

  it('the API server forbids system:anonymous everything else, in its Status JSON', async () => {
    const s = await cluster();
    expect((await s.exec('curl -k https://localhost:6443/')).stdout).toBe(status403('forbidden: User "system:anonymous" cannot get path "/"', '{}'));
    expect((await s.exec('curl -k https://localhost:6443/api')).stdout).toBe(status403('forbidden: User "system:anonymous" cannot get path "/api"', '{}'));
    expect((await s.exec('curl -k https://localhost:6443/api/v1/namespaces/default/pods')).stdout).toBe(
      status403('pods is forbidden: User "system:anonymous" cannot list resource "pods" in API group "" in the namespace "default"', '{\n    "kind": "pods"\n  }'),
    );
    expect((await s.exec('curl -k https://localhost:6443/api/v1/nodes/m-k8s')).stdout).toBe(
      status403('nodes "m-k8s" is forbidden: User "system:anonymous" cannot get resource "nodes" in API group "" at the cluster scope', '{\n    "name": "m-k8s",\n    "kind": "nodes"\n  }'),
    );
    expect((await s.exec('curl -k https://localhost:6443/apis/apps/v1/namespaces/kube-system/deployments')).stdout).toBe(
      status403('deployments.apps is forbidden: User "system:anonymous" cannot list resource "deployments" in API group "apps" in the namespace "kube-system"', '{\n    "group": "apps",\n    "kind": "deployments"\n  }'),
    );
  });

  it('plain HTTP to a TLS port gets Go’s 400; https to a plain port fails the handshake', async () => {
    const s = await cluster();
    expect(await s.exec('curl -i http://localhost:6443/')).toMatchObject({ stdout: 'HTTP/1.0 400 Bad Request\r\n\r\nClient sent an HTTP request to an HTTPS server.\n', exitCode: 0 });
    expect(await s.exec('curl -sS https://localhost:10248/healthz')).toMatchObject({ stderr: 'curl: (35) error:0A00010B:SSL routines::wrong version number\n', exitCode: 35 });
  });

  it('the kubelet API wants credentials; its certificate is self-signed', async () => {
    const s = await cluster();
    expect(await s.exec('curl -sk https://localhost:10250/pods')).toMatchObject({ stdout: 'Unauthorized', exitCode: 0 });
    expect((await s.exec('curl -sS https://localhost:10250/pods')).stderr).toBe(`curl: (60) SSL certificate problem: self-signed certificate in certificate chain\n${CA_CERT_ERRORMSG}`);
    // from the control plane to a worker: *:10250 answers, the loopback-only healthz does not
    expect((await s.exec('curl -sk https://192.168.56.101:10250/healthz')).stdout).toBe('Unauthorized');
    expect((await s.exec('curl -sS http://192.168.56.101:10248/healthz')).stderr).toBe('curl: (7) Failed to connect to 192.168.56.101 port 10248: Connection refused\n');
  });

  it('the controller manager, the scheduler and kube-proxy', async () => {
    const s = await cluster();
    expect((await s.exec('curl -sk https://localhost:10257/healthz')).stdout).toBe('ok');
    expect((await s.exec('curl -sk https://127.0.0.1:10259/livez')).stdout).toBe('ok');
    expect((await s.exec('curl -sk https://localhost:10259/metrics')).stdout).toBe(status403('forbidden: User "system:anonymous" cannot get path "/metrics"', '{}'));
    expect((await s.exec('curl -s http://localhost:10249/healthz')).stdout).toBe('ok');
    expect((await s.exec('curl -s http://localhost:10249/proxyMode')).stdout).toBe('iptables');
    expect((await s.exec('curl -s http://localhost:10256/healthz')).stdout).toMatch(
      /^\{"lastUpdated": "(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \+0000 UTC m=\+\d+\.\d{9})","currentTime": "\1", "nodeEligible": true\}$/,
    );
    expect((await s.exec('curl -s http://192.168.56.102:10256/livez')).stdout).toMatch(/^\{"lastUpdated": "[^"]+","currentTime": "[^"]+"\}$/);
  });

  it('etcd wants a client certificate signed by its CA', async () => {
    const s = await cluster();
    expect(await s.exec('curl -sSk https://127.0.0.1:2379/health')).toMatchObject({ stderr: 'curl: (56) OpenSSL SSL_read: error:0A00045C:SSL routines::tlsv13 alert certificate required, errno 0\n', exitCode: 56 });
    const pki = '/etc/kubernetes/pki/etcd';
    expect(await s.exec(`curl -s --cacert ${pki}/ca.crt --cert ${pki}/healthcheck-client.crt --key ${pki}/healthcheck-client.key https://127.0.0.1:2379/health`)).toMatchObject({ stdout: '{"health":"true","reason":""}', exitCode: 0 });
    expect((await s.exec(`curl -sS --cacert ${pki}/ca.crt --cert ${pki}/healthcheck-client.crt https://127.0.0.1:2379/health`)).stderr).toBe(`curl: (58) unable to set private key file: '${pki}/healthcheck-client.crt' type PEM\n`);
    expect((await s.exec(`curl -sS -k --cert ${pki}/nope.crt --key ${pki}/healthcheck-client.key https://127.0.0.1:2379/health`)).stderr).toBe(
      'curl: (58) could not load PEM client certificate, OpenSSL error error:80000002:system library::No such file or directory, (no key found, wrong pass phrase, or wrong file format?)\n',
    );
    expect((await s.exec('curl -s http://127.0.0.1:2381/health')).stdout).toBe('{"health":"true","reason":""}');
  });

  it('wget 1.21.1 checks the certificate in its own words (src/openssl.c ssl_check_certificate)', async () => {
    const s = await cluster();
    await s.exec('dnf install -y wget');
    const r = await s.exec('wget -O - https://192.168.56.10:6443/healthz');
    expect(r.exitCode).toBe(5);
    expect(r.stderr).toContain(
      "Connecting to 192.168.56.10:6443... connected.\nERROR: cannot verify 192.168.56.10's certificate, issued by ‘CN=kubernetes’:\n  Unable to locally verify the issuer's authority.\nTo connect to 192.168.56.10 insecurely, use `--no-check-certificate'.\n",
    );
    const k = await s.exec('wget -O - https://127.0.0.1:10250/pods');
    expect(k.stderr).toContain(
      "connected.\nERROR: cannot verify 127.0.0.1's certificate, issued by ‘CN=m-k8s-ca@",
    );
    expect(k.stderr).toMatch(/:\n  Self-signed certificate encountered\.\n    ERROR: certificate common name ‘m-k8s@\d+’ doesn't match requested host name ‘127\.0\.0\.1’\.\nTo connect to 127\.0\.0\.1 insecurely, use `--no-check-certificate'\.\n$/);
    const w = await s.exec('wget -q -O - --ca-certificate=/etc/kubernetes/pki/ca.crt https://192.168.56.10:6443/version');
    expect(w).toMatchObject({ exitCode: 0 });
    expect(JSON.parse(w.stdout)).toMatchObject({ gitVersion: 'v1.28.15' });
    const n = await s.exec('wget -O - --no-check-certificate https://localhost:6443/livez');
    expect(n).toMatchObject({ stdout: 'ok', exitCode: 0 });
    expect(n.stderr).toContain(
      "connected.\nWARNING: cannot verify localhost's certificate, issued by ‘CN=kubernetes’:\n  Unable to locally verify the issuer's authority.\nWARNING: no certificate subject alternative name matches\n\trequested host name ‘localhost’.\nHTTP request sent, awaiting response... 200 OK\n",
    );
    expect((await s.exec('wget -O - https://localhost:10248/healthz')).stderr).toContain('connected.\nOpenSSL: error:0A00010B:SSL routines::wrong version number\nUnable to establish SSL connection.\n');
  });

  it('before kubeadm init the crash-looping kubelet listens nowhere: the check kubeadm names is refused', async () => {
    const s = await createSession({ lab: 'nodes', seed: 11 });
    const lines = [
      'sudo -i',
      'swapoff -a',
      'cat <<EOF > /etc/yum.repos.d/kubernetes.repo\n[kubernetes]\nname=Kubernetes\nbaseurl=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/\nenabled=1\ngpgcheck=1\ngpgkey=https://pkgs.k8s.io/core:/stable:/v1.28/rpm/repodata/repomd.xml.key\nexclude=kubelet kubeadm kubectl cri-tools kubernetes-cni\nEOF',
      'dnf config-manager --add-repo https://download.docker.com/linux/centos/docker-ce.repo',
      'dnf install -y containerd.io',
      'dnf install -y kubelet kubeadm kubectl --disableexcludes=kubernetes',
      'systemctl enable --now kubelet',
    ];
    for (const l of lines) expect((await s.exec(l)).exitCode, l).toBe(0);
    expect((await s.exec('ss -tlnp | grep -c 10248')).stdout).toBe('0\n');
    expect(await s.exec('curl -sSL http://localhost:10248/healthz')).toMatchObject({ stderr: 'curl: (7) Failed to connect to localhost port 10248: Connection refused\n', exitCode: 7 });
  });

  it('the API server reports the version it runs after kubeadm upgrade apply', async () => {
    const s = await cluster();
    for (const l of ["sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo", 'dnf install -y kubeadm-1.29.15 --disableexcludes=kubernetes']) expect((await s.exec(l)).exitCode, l).toBe(0);
    expect((await s.exec('kubeadm upgrade apply v1.29.15', { answers: ['y'] })).exitCode).toBe(0);
    // the kubeadm binary of the same release build
    expect((await s.exec('kubeadm version')).stdout).toBe('kubeadm version: &version.Info{Major:"1", Minor:"29", GitVersion:"v1.29.15", GitCommit:"0d0f172cdf9fd42d6feee3467374b58d3e168df0", GitTreeState:"clean", BuildDate:"2025-03-11T17:48:10Z", GoVersion:"go1.23.6", Compiler:"gc", Platform:"linux/amd64"}\n');
    await s.advance(60_000);
    expect(JSON.parse((await s.exec('curl -sk https://192.168.56.10:6443/version')).stdout)).toMatchObject({ minor: '29', gitVersion: 'v1.29.15', gitCommit: '0d0f172cdf9fd42d6feee3467374b58d3e168df0', buildDate: '2025-03-11T17:48:10Z', goVersion: 'go1.23.6' });
  });
});

// kubeadm 1.29's help where it differs from 1.28's (kubeadm/tree-v1-29.ts): the feature gates of 1.29's
// features.go, --certificate-key's key format sentence, init's super-admin phase and `certs renew super-admin.conf`.
import { describe, expect, it } from 'vitest';
import { lab } from './helpers';

async function node(kubeadm129: boolean) {
  const { sh } = await lab('cluster', 21);
  await sh('sudo -i');
  if (kubeadm129) {
    for (const l of ["sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo", 'dnf install -y kubeadm-1.29.15 --disableexcludes=kubernetes'])
      expect((await sh(l)).exitCode, l).toBe(0);
  }
  return sh;
}

const PAD = ' '.repeat(45);

describe('kubeadm 1.29 help', () => {
  it('lists 1.29’s feature gates under --feature-gates', async () => {
    const sh = await node(true);
    const gates = `      --feature-gates string                 A set of key=value pairs that describe feature gates for various features. Options are:\n${PAD}EtcdLearnerMode=true|false (BETA - default=true)\n${PAD}PublicKeysECDSA=true|false (DEPRECATED - default=false)\n${PAD}RootlessControlPlane=true|false (ALPHA - default=false)\n${PAD}UpgradeAddonsBeforeControlPlane=true|false (DEPRECATED - default=false)\n`;
    for (const l of ['kubeadm init --help', 'kubeadm help init']) expect((await sh(l)).stdout, l).toContain(gates);
    expect((await sh('kubeadm upgrade apply --help')).stdout).toContain('EtcdLearnerMode=true|false (BETA - default=true)\n');
    expect((await sh('kubeadm config images list --help')).stdout).not.toContain('(ALPHA - default=false)\nPublicKeysECDSA');
  });

  it('keeps 1.28’s gates and --certificate-key texts for kubeadm 1.28', async () => {
    const sh = await node(false);
    const init = (await sh('kubeadm init --help')).stdout;
    expect(init).toContain(`${PAD}EtcdLearnerMode=true|false (ALPHA - default=false)\n${PAD}PublicKeysECDSA=true|false (ALPHA - default=false)\n`);
    expect(init).toContain('      --certificate-key string               Key used to encrypt the control-plane certificates in the kubeadm-certs Secret.\n');
    expect(init).not.toContain('/super-admin');
    // cmd/kubeadm/app/cmd/join.go at 1.28.7
    expect((await sh('kubeadm join --help')).stdout).toMatch(/\n {6}--certificate-key string +Use this key to decrypt the certificate secrets uploaded by init\.\n/);
    const r = await sh('kubeadm certs renew super-admin.conf');
    expect(r.exitCode).toBe(1);
  });

  it('adds the key format to --certificate-key and the super-admin kubeconfig phase', async () => {
    const sh = await node(true);
    const init = (await sh('kubeadm init --help')).stdout;
    expect(init).toContain('      --certificate-key string               Key used to encrypt the control-plane certificates in the kubeadm-certs Secret. The certificate key is a hex encoded string that is an AES key of size 32 bytes.\n');
    expect(init).toContain(
      '  /admin                       Generate a kubeconfig file for the admin to use and for kubeadm itself\n  /super-admin                 Generate a kubeconfig file for the super-admin\n  /kubelet                     Generate',
    );
    expect((await sh('kubeadm join --help')).stdout).toMatch(
      /\n {6}--certificate-key string +Use this key to decrypt the certificate secrets uploaded by init\. The certificate key is a hex encoded string that is an AES key of size 32 bytes\.\n/,
    );
  });

  it('has `certs renew super-admin.conf`', async () => {
    const sh = await node(true);
    const list = (await sh('kubeadm certs renew --help')).stdout;
    expect(list).toContain('  scheduler.conf           Renew the certificate embedded in the kubeconfig file for the scheduler manager to use\n  super-admin.conf         Renew the certificate embedded in the kubeconfig file for the super-admin\n');
    const help = (await sh('kubeadm certs renew super-admin.conf --help')).stdout;
    expect(help.startsWith('Renew the certificate embedded in the kubeconfig file for the super-admin.\n\nRenewals run unconditionally')).toBe(true);
    expect(help).toContain('Usage:\n  kubeadm certs renew super-admin.conf [flags]\n');
  });
});

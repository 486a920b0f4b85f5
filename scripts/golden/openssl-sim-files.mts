// Writes the certificates the simulator's cluster lab (seed 1) holds into tests/golden/openssl/files/sim-*, for
// scripts/golden/openssl.sh to record Debian's openssl over them. Run: npx tsx scripts/golden/openssl-sim-files.mts
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import '../../src/sim/k8s/register';
import { createSession } from '../../src/sim/index';

const out = path.resolve(import.meta.dirname, '../../tests/golden/openssl/files');
const s = await createSession({ lab: 'cluster', seed: 1 });
await s.exec('sudo -i');
const files: Record<string, string> = {
  'sim-ca.crt': '/etc/kubernetes/pki/ca.crt',
  'sim-apiserver.crt': '/etc/kubernetes/pki/apiserver.crt',
  'sim-etcd-server.crt': '/etc/kubernetes/pki/etcd/server.crt',
  'sim-kubelet.crt': '/var/lib/kubelet/pki/kubelet.crt',
  'sim-kubelet-client.pem': '/var/lib/kubelet/pki/kubelet-client-current.pem',
};
for (const [name, p] of Object.entries(files)) writeFileSync(path.join(out, name), (await s.exec(`cat ${p}`)).stdout);

// kubectl on m-k8s pointed at the loopback (-s https://127.0.0.1:6443 or https://localhost:6443): the API server
// answers there (it binds *:6443) with a certificate whose SANs do not name it. Compared with the 1.28 and 1.29
// clients against a server holding the same SANs (scripts/golden/kubectl-loopback-tls.sh).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession } from '../../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../../golden/kubectl-loopback-tls');
const shape = (t: string) => t.replace(/^E\d{4} \d\d:\d\d:\d\d\.\d{6} +\d+ /gm, 'E<time> <pid> ');

describe('kubectl to the API server on the loopback', () => {
  for (const minor of ['1.28', '1.29']) {
    it(`refuses its certificate as the ${minor} client does`, async () => {
      const s = await createSession({ lab: 'cluster' });
      if (minor === '1.29') {
        await s.exec("sed -i 's/v1.28/v1.29/g' /etc/yum.repos.d/kubernetes.repo");
        await s.exec('dnf install -y kubectl-1.29.14 --disableexcludes=kubernetes');
      }
      const ip = await s.exec('kubectl get nodes -s https://127.0.0.1:6443');
      expect(shape(ip.stderr)).toBe(shape(readFileSync(path.join(DIR, `${minor}-ip.stderr`), 'utf8')));
      expect(ip.exitCode).toBe(1);
      const name = await s.exec('kubectl get nodes --server=https://localhost:6443');
      expect(shape(name.stderr)).toBe(shape(readFileSync(path.join(DIR, `${minor}-name.stderr`), 'utf8')));
      // another port: nothing listens
      expect((await s.exec('kubectl --server=https://192.168.56.10:6444 get nodes')).stderr).toMatch(/\nThe connection to the server 192\.168\.56\.10:6444 was refused - did you specify the right host or port\?\n$/);
      expect((await s.exec('kubectl -s https://192.168.56.10:6443 get nodes')).exitCode).toBe(0);
    });
  }
});

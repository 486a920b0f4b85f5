/**
 * Writes the pages curl and wget fetch from well-known URLs into src/sim/net/web/pages/*.ts (see
 * tests/golden/web/README.md for where each text comes from).
 *
 *   npx tsx scripts/golden/web-manifests.ts <flannel git dir> <metrics-server git dir>
 */
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const [flannel, metrics] = process.argv.slice(2);
if (!flannel || !metrics) {
  console.error('usage: web-manifests.ts <flannel git dir> <metrics-server git dir>');
  process.exit(2);
}
const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.28';
const out = (name: string, what: string, text: string) =>
  writeFileSync(path.join(root, 'src/sim/net/web/pages', name + '.ts'), `// ${what}\n// Written by scripts/golden/web-manifests.ts.\nexport const text = ${JSON.stringify(text)};\n`);

out('kube-flannel', "Flannel's kube-flannel.yml of v0.26.1 (Documentation/kube-flannel.yml at the tag).", execSync(`git -C ${flannel} show v0.26.1:Documentation/kube-flannel.yml`, { encoding: 'utf8' }));

const tmp = mkdtempSync(path.join(tmpdir(), 'ms-'));
execSync(`git -C ${metrics} archive v0.7.2 manifests | tar -x -C ${tmp}`);
const components = execSync(`${KUBECTL} kustomize ${tmp}/manifests/overlays/release`, { encoding: 'utf8' });
rmSync(tmp, { recursive: true });
out('metrics-server', "metrics-server v0.7.2's components.yaml (kubectl kustomize manifests/overlays/release, as its release does).", components);

out('k8s-example-deployment', 'https://k8s.io/examples/application/deployment.yaml (kubernetes/website content/en/examples).', readFileSync(path.join(root, 'tests/golden/web/k8s-examples/application/deployment.yaml'), 'utf8'));
console.log('wrote 3 pages');

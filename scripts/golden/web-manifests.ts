/**
 * Writes the pages curl and wget fetch from well-known URLs into src/sim/net/web/pages/*.ts (see
 * tests/golden/web/README.md for where each text comes from).
 *
 *   npx tsx scripts/golden/web-manifests.ts <flannel git dir> <metrics-server git dir> <calico git dir>
 * (a `-` in place of a directory leaves that source's pages as they are)
 */
import { execSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const [flannel, metrics, calico] = process.argv.slice(2);
const given = (dir: string | undefined) => !!dir && dir !== '-';
if (!flannel || !metrics || !calico) {
  console.error('usage: web-manifests.ts <flannel git dir> <metrics-server git dir> <calico git dir>');
  process.exit(2);
}
const KUBECTL = '/usr/lib/google-cloud-sdk/bin/kubectl.1.28';
const out = (name: string, what: string, text: string) =>
  writeFileSync(path.join(root, 'src/sim/net/web/pages', name + '.ts'), `// ${what}\n// Written by scripts/golden/web-manifests.ts.\nexport const text = ${JSON.stringify(text)};\n`);

if (given(flannel)) out('kube-flannel', "Flannel's kube-flannel.yml of v0.26.1 (Documentation/kube-flannel.yml at the tag).", execSync(`git -C ${flannel} show v0.26.1:Documentation/kube-flannel.yml`, { encoding: 'utf8' }));

if (given(metrics)) {
  const tmp = mkdtempSync(path.join(tmpdir(), 'ms-'));
  execSync(`git -C ${metrics} archive v0.7.2 manifests | tar -x -C ${tmp}`);
  const components = execSync(`${KUBECTL} kustomize ${tmp}/manifests/overlays/release`, { encoding: 'utf8' });
  rmSync(tmp, { recursive: true });
  out('metrics-server', "metrics-server v0.7.2's components.yaml (kubectl kustomize manifests/overlays/release, as its release does).", components);
}

out('k8s-example-deployment', 'https://k8s.io/examples/application/deployment.yaml (kubernetes/website content/en/examples).', readFileSync(path.join(root, 'tests/golden/web/k8s-examples/application/deployment.yaml'), 'utf8'));
// Calico's manifests at v3.26.4 (manifests/ at the tag); calico.yaml is about 240 kB, so it is kept gzip-compressed
// (base64, inflated on load by src/sim/net/web/inflate.ts) with its byte length beside it.
const CALICO_TAG = 'v3.26.4';
for (const [name, file] of given(calico) ? [['calico', 'calico.yaml'], ['calico-custom-resources', 'custom-resources.yaml']] : []) {
  const text = execSync(`git -C ${calico} show ${CALICO_TAG}:manifests/${file}`, { encoding: 'utf8', maxBuffer: 1 << 24 });
  const what = `Calico's manifests/${file} of ${CALICO_TAG}`;
  if (text.length > 16384)
    writeFileSync(path.join(root, 'src/sim/net/web/pages', name + '.ts'), `// ${what}, gzip-compressed (base64).\n// Written by scripts/golden/web-manifests.ts.\nexport const bytes = ${Buffer.byteLength(text)};\nexport const gz = ${JSON.stringify(gzipSync(text, { level: 9 }).toString('base64'))};\n`);
  else out(name, what + '.', text);
  console.log(name, Buffer.byteLength(text), 'bytes');
}
console.log('done');

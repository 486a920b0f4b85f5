/**
 * The part of the internet the guests reach: the well-known manifests the lessons and the docs fetch, with the
 * redirects their servers answer. Each page is a module of its own (pages/), loaded when a URL asks for it.
 */

export interface WebAnswer {
  status: number;
  /** Reason phrase as the server sends it (`OK`, `Found`, `Moved Permanently`). */
  reason: string;
  headers: Record<string, string>;
  /** The body; a page's text loads on demand. */
  body: () => Promise<string>;
}

import { googleMoved } from './google';

const empty = () => Promise.resolve('');
const page = (load: () => Promise<{ text: string }>) => () => load().then((m) => m.text);

function redirect(status: 301 | 302, location: string): WebAnswer {
  return { status, reason: status === 301 ? 'Moved Permanently' : 'Found', headers: { location, 'content-length': '0' }, body: empty };
}

function ok(type: string, body: () => Promise<string>, length: number): WebAnswer {
  return { status: 200, reason: 'OK', headers: { 'content-type': type, 'content-length': String(length) }, body };
}

const FLANNEL = page(() => import('./pages/kube-flannel'));
const METRICS = page(() => import('./pages/metrics-server'));
const K8S_DEPLOYMENT = page(() => import('./pages/k8s-example-deployment'));
const CALICO = () => import('./pages/calico').then(async (m) => (await import('./inflate')).inflate(m.gz));
const CALICO_CR = page(() => import('./pages/calico-custom-resources'));
/** Byte lengths of the pages (the Content-Length their servers send), kept here so a HEAD needs no page load. */
const LENGTH = { flannel: 4345, metrics: 4307, deployment: 371, calico: 244734, calicoCr: 824 };
const CALICO_RAW = 'https://raw.githubusercontent.com/projectcalico/calico/v3.26.4/manifests/';

/** GitHub's release downloads end on its object store, under a signed URL. */
const asset = (repo: string, tag: string, file: string) =>
  `https://objects.githubusercontent.com/github-production-release-asset-2e65be/${repo}/${tag}/${file}?X-Amz-Algorithm=AWS4-HMAC-SHA256&response-content-disposition=attachment%3B%20filename%3D${file}&response-content-type=application%2Foctet-stream`;

/** What a server answers for a URL, or null when the simulated internet has no such page (then: a generic page). */
export function webGet(raw: string, now = 0): WebAnswer | null {
  if (/^https?:\/\/google\.com\/$/.test(raw)) return googleMoved(raw.startsWith('https:'), now);
  const u = raw.replace(/^http:\/\/(github\.com|raw\.githubusercontent\.com|objects\.githubusercontent\.com)\//, 'https://$1/');
  if (u.startsWith('http://') && /^http:\/\/(k8s\.io|kubernetes\.io)\//.test(u)) return redirect(301, u.replace('http://', 'https://'));
  switch (u) {
    case 'https://github.com/flannel-io/flannel/releases/latest/download/kube-flannel.yml':
      return redirect(302, 'https://github.com/flannel-io/flannel/releases/download/v0.26.1/kube-flannel.yml');
    case 'https://github.com/flannel-io/flannel/releases/download/v0.26.1/kube-flannel.yml':
      return redirect(302, asset('flannel-io/flannel', 'v0.26.1', 'kube-flannel.yml'));
    case asset('flannel-io/flannel', 'v0.26.1', 'kube-flannel.yml'):
      return ok('application/octet-stream', FLANNEL, LENGTH.flannel);
    case 'https://raw.githubusercontent.com/flannel-io/flannel/master/Documentation/kube-flannel.yml':
      return ok('text/plain; charset=utf-8', FLANNEL, LENGTH.flannel);
    case 'https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml':
      return redirect(302, 'https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.7.2/components.yaml');
    case 'https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.7.2/components.yaml':
      return redirect(302, asset('kubernetes-sigs/metrics-server', 'v0.7.2', 'components.yaml'));
    case asset('kubernetes-sigs/metrics-server', 'v0.7.2', 'components.yaml'):
      return ok('application/octet-stream', METRICS, LENGTH.metrics);
    case CALICO_RAW + 'calico.yaml':
      return ok('text/plain; charset=utf-8', CALICO, LENGTH.calico);
    case CALICO_RAW + 'custom-resources.yaml':
      return ok('text/plain; charset=utf-8', CALICO_CR, LENGTH.calicoCr);
    case 'https://k8s.io/examples/application/deployment.yaml':
      return redirect(301, 'https://kubernetes.io/examples/application/deployment.yaml');
    case 'https://kubernetes.io/examples/application/deployment.yaml':
      return ok('application/x-yaml', K8S_DEPLOYMENT, LENGTH.deployment);
  }
  return null;
}

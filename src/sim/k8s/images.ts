/** Which images exist in the registries (a tag that is not here fails to pull), with their sizes. */

const NGINX_PATCH: Record<number, number> = { 7: 12, 9: 15, 10: 3, 11: 13, 12: 2, 13: 12, 14: 2, 15: 12, 16: 1, 17: 10, 18: 0, 19: 10, 20: 2, 21: 6, 22: 1, 23: 4, 24: 0, 25: 5, 26: 3, 27: 3 };

/** repository → tags (regexp source or list) and compressed size in bytes */
const REPOS: Record<string, { tags: RegExp; size: number }> = {
  'docker.io/library/nginx': { tags: /^(latest|stable|mainline|alpine|stable-alpine|perl)$/, size: 70542235 },
  'docker.io/library/busybox': { tags: /^(latest|1\.(2\d|3[0-7])(\.\d)?|stable|musl|glibc|uclibc)$/, size: 2231050 },
  'docker.io/library/httpd': { tags: /^(latest|2\.4(\.\d\d?)?|alpine)$/, size: 58129735 },
  'docker.io/library/redis': { tags: /^(latest|[67](\.\d)?(\.\d\d?)?|alpine)$/, size: 43382342 },
  'docker.io/library/alpine': { tags: /^(latest|3\.1?\d(\.\d\d?)?)$/, size: 3408729 },
  'docker.io/library/ubuntu': { tags: /^(latest|20\.04|22\.04|24\.04|jammy|focal|noble)$/, size: 29538961 },
  'docker.io/library/centos': { tags: /^(latest|7|8|centos7)$/, size: 83518086 },
  'docker.io/library/mysql': { tags: /^(latest|5\.7|8\.0|8)$/, size: 168433582 },
  // the docs' Job (perl:5.34) and StatefulSet (registry.k8s.io/nginx-slim) examples; sizes estimated (DIFFERENCES)
  'docker.io/library/perl': { tags: /^(latest|5(\.\d\d(\.\d\d?)?)?(-slim)?(-(bullseye|buster|bookworm))?)$/, size: 336284417 },
  'registry.k8s.io/nginx-slim': { tags: /^0\.(7|8|2[0-7])$/, size: 48620432 },
  'docker.io/jocatalin/kubernetes-bootcamp': { tags: /^v[12]$/, size: 70199435 },
  'gcr.io/google-samples/kubernetes-bootcamp': { tags: /^v1$/, size: 70199435 },
  // the kubernetes.io task pages' busybox (gcr.io/google_containers/busybox; docker images lists latest at 2.43 MB;
  // its compressed size is not recorded)
  'registry.k8s.io/busybox': { tags: /^(latest|1\.24|1\.27(\.2)?)$/, size: 2430000 },
  'registry.k8s.io/hpa-example': { tags: /^latest$/, size: 178487040 },
  'registry.k8s.io/e2e-test-images/agnhost': { tags: /^2\.[34]\d$/, size: 52112548 },
  // the docs' dnsutils pod (Debian jessie with bind's dnsutils); its compressed size is not recorded (estimated)
  'registry.k8s.io/e2e-test-images/jessie-dnsutils': { tags: /^1\.[3-7]$/, size: 112840000 },
  'registry.k8s.io/pause': { tags: /^3\.\d$/, size: 320368 },
  'registry.k8s.io/metrics-server/metrics-server': { tags: /^v0\.[67]\.\d$/, size: 19039018 },
  'registry.k8s.io/coredns/coredns': { tags: /^v1\.1[01]\.1$/, size: 16190758 },
  'registry.k8s.io/kube-proxy': { tags: /^v1\.(28|29)\.\d\d?$/, size: 28398345 },
  'registry.k8s.io/kube-apiserver': { tags: /^v1\.(28|29)\.\d\d?$/, size: 34679185 },
  'registry.k8s.io/kube-controller-manager': { tags: /^v1\.(28|29)\.\d\d?$/, size: 33396213 },
  'registry.k8s.io/kube-scheduler': { tags: /^v1\.(28|29)\.\d\d?$/, size: 18524216 },
  'registry.k8s.io/etcd': { tags: /^3\.5\.\d+-0$/, size: 102894559 },
  'docker.io/flannel/flannel': { tags: /^v0\.2\d\.\d$/, size: 31436640 },
  'docker.io/flannel/flannel-cni-plugin': { tags: /^v1\.\d\.\d(-flannel\d)?$/, size: 4559908 },
  'docker.io/calico/node': { tags: /^v3\.2\d\.\d$/, size: 117337718 },
  'docker.io/calico/cni': { tags: /^v3\.2\d\.\d$/, size: 94226476 },
  'docker.io/calico/kube-controllers': { tags: /^v3\.2\d\.\d$/, size: 33352540 },
};

export interface ImageRef {
  /** fully qualified, e.g. docker.io/library/nginx:1.14.2 */
  full: string;
  repo: string;
  tag: string;
}

export function parseImage(image: string): ImageRef {
  let name = image;
  let tag = 'latest';
  const at = name.indexOf('@');
  if (at >= 0) name = name.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) {
    tag = name.slice(colon + 1);
    name = name.slice(0, colon);
  }
  const first = name.split('/')[0];
  const hasRegistry = name.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost');
  let repo = hasRegistry ? name : 'docker.io/' + name;
  if (!hasRegistry && !name.includes('/')) repo = 'docker.io/library/' + name;
  if (repo.startsWith('k8s.gcr.io/')) repo = 'registry.k8s.io/' + repo.slice(11);
  return { full: `${repo}:${tag}`, repo, tag };
}

export type PullResult = { ok: true; size: number } | { ok: false; notFound: boolean };

export function pullable(image: string): PullResult {
  const r = parseImage(image);
  const e = REPOS[r.repo];
  if (!e) return { ok: false, notFound: false };
  if (r.repo === 'docker.io/library/nginx') {
    const m = /^1\.(\d+)(?:\.(\d+))?(-alpine|-perl)?$/.exec(r.tag);
    if (m) {
      const max = NGINX_PATCH[Number(m[1])];
      if (max !== undefined && (m[2] === undefined || Number(m[2]) <= max)) return { ok: true, size: e.size };
      return { ok: false, notFound: true };
    }
  }
  return e.tags.test(r.tag) ? { ok: true, size: e.size } : { ok: false, notFound: true };
}

/** The message kubelet reports when a pull fails. */
export function pullError(image: string): string {
  const r = parseImage(image);
  const p = pullable(image);
  if (!p.ok && p.notFound)
    return `rpc error: code = NotFound desc = failed to pull and unpack image "${r.full}": failed to resolve reference "${r.full}": ${r.full}: not found`;
  return `rpc error: code = Unknown desc = failed to pull and unpack image "${r.full}": failed to resolve reference "${r.full}": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`;
}

/** Pull duration in ms for an image of this size (a home connection). */
export function pullMs(size: number): number {
  return 900 + Math.round(size / 25000);
}

/**
 * kube-apiserver's /healthz, /livez and /readyz (k8s.io/apiserver pkg/server/healthz/healthz.go handleRootHealth
 * and adaptCheckToHandler): `ok`, or with `?verbose` one `[+]<check> ok` line per check and `<name> check passed`;
 * `?exclude=<check>` (repeatable) marks a check `excluded: ok` and names the ones that match nothing;
 * `/livez/<check>` answers `ok` for one check.
 *
 * The checks and their order are what a kubeadm cluster's API server lists: readyz?verbose recorded from a v1.28.2
 * kubeadm cluster and livez?verbose from a v1.28 server (both in tests/golden/net/apiserver-health). livez and healthz
 * hold the same checks; readyz adds etcd-readiness and informer-sync after etcd and shutdown at the end. 1.29 drops
 * the post-start hook start-deprecated-kube-apiserver-identity-lease-garbage-collector (kubernetes PR #119540).
 */

const HOOKS = [
  'start-kube-apiserver-admission-initializer',
  'generic-apiserver-start-informers',
  'priority-and-fairness-config-consumer',
  'priority-and-fairness-filter',
  'storage-object-count-tracker-hook',
  'start-apiextensions-informers',
  'start-apiextensions-controllers',
  'crd-informer-synced',
  'start-service-ip-repair-controllers',
  'rbac/bootstrap-roles',
  'scheduling/bootstrap-system-priority-classes',
  'priority-and-fairness-config-producer',
  'start-system-namespaces-controller',
  'bootstrap-controller',
  'start-cluster-authentication-info-controller',
  'start-kube-apiserver-identity-lease-controller',
  'start-deprecated-kube-apiserver-identity-lease-garbage-collector',
  'start-kube-apiserver-identity-lease-garbage-collector',
  'start-legacy-token-tracking-controller',
  'aggregator-reload-proxy-client-cert',
  'start-kube-aggregator-informers',
  'apiservice-registration-controller',
  'apiservice-status-available-controller',
  'kube-apiserver-autoregistration',
];

export type HealthEndpoint = 'healthz' | 'livez' | 'readyz';

/** The checks one endpoint runs, in the order it prints them. */
export function healthChecks(version: string, endpoint: HealthEndpoint): string[] {
  const minor = Number(version.split('.')[1]) || 28;
  const hooks = HOOKS.filter((h) => minor < 29 || h !== 'start-deprecated-kube-apiserver-identity-lease-garbage-collector').map((h) => `poststarthook/${h}`);
  return [
    'ping',
    'log',
    'etcd',
    ...(endpoint === 'readyz' ? ['etcd-readiness', 'informer-sync'] : []),
    ...hooks,
    'autoregister-completion',
    'poststarthook/apiservice-openapi-controller',
    'poststarthook/apiservice-openapiv3-controller',
    'poststarthook/apiservice-discovery-controller',
    ...(endpoint === 'readyz' ? ['shutdown'] : []),
  ];
}

/** The answer of a healthy API server to GET <path>?<query> under /healthz, /livez or /readyz; null for other paths. */
export function healthAnswer(version: string, path: string, query: URLSearchParams): { status: number; body: string } | null {
  const m = /^\/(healthz|livez|readyz)(?:\/(.+))?$/.exec(path);
  if (!m) return null;
  const endpoint = m[1] as HealthEndpoint;
  const checks = healthChecks(version, endpoint);
  // one check: its own handler, which ignores the query
  if (m[2] !== undefined) return checks.includes(m[2]) ? { status: 200, body: 'ok' } : null;
  const excluded = new Set(query.getAll('exclude'));
  let out = '';
  for (const c of checks) {
    if (excluded.delete(c)) out += `[+]${c} excluded: ok\n`;
    else out += `[+]${c} ok\n`;
  }
  // sets.String.List(): sorted, each quoted as %q, joined by commas
  if (excluded.size) out += `warn: some health checks cannot be excluded: no matches for ${[...excluded].sort().map((n) => JSON.stringify(n)).join(',')}\n`;
  if (!query.has('verbose')) return { status: 200, body: 'ok' };
  return { status: 200, body: `${out}${endpoint} check passed\n` };
}

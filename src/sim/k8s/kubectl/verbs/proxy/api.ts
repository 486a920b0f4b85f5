/**
 * The API server as `kubectl proxy` passes it on: /version, /healthz, the discovery documents, and GET of
 * lists and objects under /api/v1 and /apis/<group>/<version>. Bodies are JSON as the API server writes it
 * for curl and wget (indented by two spaces, no newline at the end).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../../../cluster';
import { toApi } from '../../../format';
import type { Obj } from '../../../objects';
import { apiVersionOf, RESOURCES, type ResourceInfo } from '../../../resources';
import { BUILDS } from '../version/run';
import { healthAnswer } from '../../../../net/apiserver-health';
import { rfc3339 } from '../../../format';
import { measured, nodeUsage, podUsage, usageJson } from '../top/metrics';
import { structOrdered } from '../../field-order';

export interface Reply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

// encoding/json escapes <, > and & for HTML
const json = (status: number, v: any): Reply => ({ status, body: JSON.stringify(v, null, 2).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`), headers: { 'Content-Type': 'application/json' } });

function status(code: number, reason: string, message: string, details?: any): Reply {
  return json(code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code });
}

/** kind and apiVersion first, the fields in the Go struct's order, as the API server's encoder writes an object */
function object(o: Obj, r: ResourceInfo): any {
  const { kind: _k, apiVersion: _a, ...rest } = toApi(o);
  void _k;
  void _a;
  return structOrdered({ kind: r.kind, apiVersion: apiVersionOf(r), ...rest }, r.kind);
}

/** A list as the API server answers it: items without kind and apiVersion, in the struct order of the typed list. */
export function list(c: Cluster, r: ResourceInfo, objs: Obj[]): any {
  return structOrdered({
    kind: `${r.kind}List`,
    apiVersion: apiVersionOf(r),
    // etcd's revision when the list was read: not older than any item in it
    metadata: { resourceVersion: String(c.rv) },
    items: objs.map((o) => {
      const { kind: _k, apiVersion: _a, ...rest } = toApi(o);
      void _k;
      void _a;
      return rest;
    }),
  }, `${r.kind}List`);
}

export function versionInfo(version: string): any {
  const b = BUILDS[version] ?? { gitCommit: '', buildDate: '', goVersion: 'go1.22.8' };
  return { major: '1', minor: version.split('.')[1], gitVersion: version, gitCommit: b.gitCommit, gitTreeState: 'clean', buildDate: b.buildDate, goVersion: b.goVersion, compiler: 'gc', platform: 'linux/amd64' };
}

/** A GET through the proxy (`query`: what follows the `?`). */
export function apiGet(c: Cluster, path: string, query = ''): Reply {
  const p = path.replace(/\/+$/, '') || '/';
  if (p === '/version') return json(200, versionInfo(c.version));
  const health = healthAnswer(c.version, path, new URLSearchParams(query));
  if (health) return { ...health, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
  if (p === '/api') return json(200, { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: `${c.nodeObj([...c.nodes.keys()][0])?.status?.addresses?.[0]?.address ?? '192.168.56.10'}:6443` }] });
  const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?(?:\/([^/]+))?(?:\/([^/]+))?$/.exec(p);
  if (!m) return status(404, 'NotFound', 'the server could not find the requested resource', undefined);
  const [, core, group = '', version = core] = m;
  if (group === 'metrics.k8s.io') {
    const metrics = metricsGet(c, m[4], m[5], m[6]);
    if (metrics) return metrics;
  }
  let [, , , , ns, res, name] = m;
  // /api/v1/namespaces and /api/v1/namespaces/NAME name the namespaces themselves
  if (ns !== undefined && res === undefined) {
    res = 'namespaces';
    name = ns;
    ns = undefined as unknown as string;
  }
  if (res === undefined) {
    const rs = RESOURCES.filter((r) => r.group === (core ? '' : group) && r.version === version);
    if (!rs.length) return status(404, 'NotFound', 'the server could not find the requested resource');
    return json(200, {
      kind: 'APIResourceList',
      groupVersion: core ? 'v1' : `${group}/${version}`,
      resources: rs.map((r) => ({ name: r.name, singularName: r.singular, namespaced: r.namespaced, kind: r.kind, verbs: r.verbs, ...(r.short.length ? { shortNames: r.short } : {}), ...(r.categories.length ? { categories: r.categories } : {}) })),
    });
  }
  const r = RESOURCES.find((x) => x.name === res && x.group === (core ? '' : group) && x.version === version);
  if (!r) return status(404, 'NotFound', 'the server could not find the requested resource');
  if (name !== undefined) {
    const o = c.get(r.kind, r.namespaced ? ns : undefined, name);
    if (!o) return status(404, 'NotFound', `${r.group ? `${r.name}.${r.group}` : r.name} "${name}" not found`, { name, ...(r.group ? { group: r.group } : {}), kind: r.name });
    return json(200, object(o, r));
  }
  const objs = c.list(r.kind, r.namespaced ? ns : undefined).sort((a, b) => ((a.metadata.namespace ?? '') + '/' + a.metadata.name < (b.metadata.namespace ?? '') + '/' + b.metadata.name ? -1 : 1));
  return json(200, list(c, r, objs));
}

/**
 * metrics.k8s.io through the aggregator: NotFound before metrics-server's APIService exists, ServiceUnavailable while it
 * is not available, then metrics-server's NodeMetrics and PodMetrics (sorted by namespace and name; a missing pod or
 * node, and one without metrics, NotFound in its words: pkg/api/node.go, pod.go). Null: discovery, answered above.
 */
function metricsGet(c: Cluster, ns: string | undefined, res: string | undefined, name: string | undefined): Reply | null {
  if (!c.get('APIService', undefined, 'v1beta1.metrics.k8s.io')) return status(404, 'NotFound', 'the server could not find the requested resource');
  if (!c.metricsAvailable()) return status(503, 'ServiceUnavailable', 'the server is currently unable to handle the request');
  if (res === undefined && ns === undefined) return null;
  const now = rfc3339(c.t);
  const meta = (o: Obj) => ({ name: o.metadata.name, ...(o.metadata.namespace ? { namespace: o.metadata.namespace } : {}), creationTimestamp: now, ...(o.metadata.labels ? { labels: o.metadata.labels } : {}) });
  const notFound = (gr: string, id: string, kind: string) => status(404, 'NotFound', `${gr} "${id}" not found`, { name: id, ...(gr.includes('.') ? { group: 'metrics.k8s.io' } : {}), kind });
  if (res === 'nodes' && ns === undefined) {
    const item = (n: Obj) => {
      const u = nodeUsage(c, n.metadata.name);
      return u && { metadata: meta(n), timestamp: rfc3339(c.t - 5000), window: '10.064s', usage: usageJson(u) };
    };
    if (name !== undefined) {
      const n = c.get('Node', undefined, name);
      if (!n) return notFound('nodes', name, 'nodes');
      const it = item(n);
      return it ? json(200, { kind: 'NodeMetrics', apiVersion: 'metrics.k8s.io/v1beta1', ...it }) : notFound('nodemetrics.metrics.k8s.io', name, 'nodemetrics');
    }
    const items = c.list('Node').sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1)).map(item).filter(Boolean);
    return json(200, { kind: 'NodeMetricsList', apiVersion: 'metrics.k8s.io/v1beta1', metadata: {}, items });
  }
  if (res === 'pods') {
    const item = (x: Obj) => ({ metadata: meta(x), timestamp: rfc3339(c.t - 5000), window: '15.018s', containers: podUsage(c, x).containers.map((ct) => ({ name: ct.name, usage: usageJson(ct.usage) })) });
    if (name !== undefined) {
      const x = c.get('Pod', ns, name);
      if (!x) return notFound('pods', `${ns}/${name}`, 'pods');
      return measured(c, x) ? json(200, { kind: 'PodMetrics', apiVersion: 'metrics.k8s.io/v1beta1', ...item(x) }) : notFound('podmetrics.metrics.k8s.io', `${ns}/${name}`, 'podmetrics');
    }
    const pods = c.list('Pod', ns).filter((x) => measured(c, x)).sort((a, b) => ((a.metadata.namespace ?? '') + '/' + a.metadata.name < (b.metadata.namespace ?? '') + '/' + b.metadata.name ? -1 : 1));
    return json(200, { kind: 'PodMetricsList', apiVersion: 'metrics.k8s.io/v1beta1', metadata: {}, items: pods.map(item) });
  }
  return status(404, 'NotFound', 'the server could not find the requested resource');
}

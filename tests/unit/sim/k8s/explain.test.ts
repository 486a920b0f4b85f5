// kubectl explain in the world: the Kubernetes 1.28 schemas of the kinds the cluster has.
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { lab, makeCluster } from './helpers';
import { webGet } from '../../../../src/sim/net/web';
import { upgradeControlPlane } from '../../../../src/sim/k8s/bootstrap';

const { run } = makeCluster({ workers: 1, network: false });
const GOLDEN = path.resolve(__dirname, '../../../golden/explain');
const read = (c: string, f: string) => fs.readFileSync(path.join(GOLDEN, c, f), 'utf8');

describe('kubectl explain (1.28 schemas)', () => {
  // parts of the API that did not change between the recorded servers (1.27) and 1.28 print the same; pod.spec,
  // containers, topologySpreadConstraints, service.spec and pv differ where 1.28 changed them (restartPolicy,
  // schedulingGates, lastPhaseTransitionTime, reworded texts); the autoscaling/v2 document predates 1.27's
  // lower-casing of field names in texts (hpa.spec.behavior.scaleUp)
  it.each(['job-resources', 'job-limits', 'job-probe-port', 'job-condition-time', 'job-labels', 'job-kind', 'cronjob-container-port', 'job-volumes-recursive', 'short-name', 'job-field-missing', 'two-args', 'no-args', 'unknown-resource', 'output-bad', 'output-plaintext', 'pods', 'pod-volumes-hostpath', 'service-type', 'node-capacity', 'node', 'secret', 'configmap-data', 'pvc-spec', 'namespace', 'serviceaccount', 'endpoints-subsets', 'event', 'pods-api-version', 'pods-wrong-group', 'api-version-core', 'hpa', 'hpa-metrics', 'hpa-recursive', 'v2-jobs', 'v2-job-suspend', 'v2-job-labels', 'v2-job-limits', 'v2-job-probe-port', 'v2-job-scalar-child', 'v2-job-missing', 'v2-job-api-version-bad', 'v2-pods', 'v2-service-type', 'v2-configmap-data', 'v2-node-capacity', 'v2-hpa'])(
    'prints what the real client printed for %s',
    (c) => {
      const line = read(c, 'cmd').trim().split(' ').slice(1).join(' ');
      const r = run(line);
      expect(r.out).toBe(read(c, 'stdout'));
      expect(r.err).toBe(read(c, 'stderr'));
      expect(String(r.code)).toBe(read(c, 'status').trim());
    },
  );

  it('explains a core kind without a GROUP line, with its fields and types', () => {
    const r = run('explain pods');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^KIND:       Pod\nVERSION:    v1\n\nDESCRIPTION:\n    Pod is a collection of containers that can run on a host\. This resource is\n    created by clients and scheduled onto hosts\.\n/);
    expect(r.out).toContain('\nFIELDS:\n  apiVersion\t<string>\n');
    expect(r.out).toContain('\n  metadata\t<ObjectMeta>\n');
    expect(r.out).toContain('\n  spec\t<PodSpec>\n');
    expect(r.out).toContain('\n  status\t<PodStatus>\n');
  });

  it('follows the field path of the docs example through the pod template', () => {
    const r = run('explain deployment.spec.template.spec.containers.resources');
    expect(r.out.split('\n').slice(0, 6)).toEqual(['GROUP:      apps', 'KIND:       Deployment', 'VERSION:    v1', '', 'FIELD: resources <ResourceRequirements>', '']);
    expect(r.out).toContain('  limits\t<map[string]Quantity>\n');
    expect(r.out).toContain('  requests\t<map[string]Quantity>\n');
    expect(r.out).toContain('  claims\t<[]ResourceClaim>\n');
  });

  it('marks required fields and lists enum values', () => {
    expect(run('explain pod.spec.containers').out).toContain('\n  name\t<string> -required-\n');
    expect(run('explain deploy.spec').out).toContain('\n  selector\t<LabelSelector> -required-\n');
    const t = run('explain svc.spec.type').out;
    expect(t).toContain('FIELD: type <string>');
    expect(t).toContain('Possible enum values:');
    expect(t).toMatch(/- `"NodePort"` /);
    // 1.28's fields are there
    expect(run('explain job.spec').out).toContain('\n  podReplacementPolicy\t<string>\n');
    expect(run('explain pod.spec.containers').out).toContain('\n  restartPolicy\t<string>\n');
  });

  it('covers every kind the world has, and the rest of what a kubeadm cluster serves', () => {
    for (const t of ['hpa', 'netpol', 'sc', 'limits', 'quota', 'rc', 'csr', 'leases', 'endpointslices', 'pc', 'ingressclasses', 'po', 'deploy', 'rs', 'svc', 'ep', 'no', 'ns', 'cm', 'secret', 'job', 'cj', 'sts', 'ds', 'pv', 'pvc', 'ing', 'sa', 'role', 'clusterrole', 'rolebinding', 'clusterrolebinding', 'pdb', 'events']) {
      const r = run(`explain ${t}`);
      expect(r.code, t).toBe(0);
      expect(r.out, t).toMatch(/KIND: {7}\w+\nVERSION: {4}v\d\n\nDESCRIPTION:\n {4}\S/);
    }
    expect(run('explain ing').out).toMatch(/^GROUP:      networking\.k8s\.io\nKIND:       Ingress\n/);
    expect(run('explain hpa.spec.metrics').out).toContain('FIELD: metrics <[]MetricSpec>');
    expect(run('explain sc').out).toMatch(/^GROUP:      storage\.k8s\.io\nKIND:       StorageClass\n/);
    expect(run('explain pdb').out).toMatch(/^GROUP:      policy\nKIND:       PodDisruptionBudget\n/);
  });

  it('prints nested fields with --recursive, stopping at cycles', () => {
    const r = run('explain deployment --recursive');
    expect(r.code).toBe(0);
    expect(r.out).toContain('\n  spec\t<DeploymentSpec>\n    minReadySeconds\t<integer>\n');
    expect(r.out).toContain('\n        containers\t<[]Container> -required-\n          args\t<[]string>\n');
    expect(r.out.endsWith('\n    updatedReplicas\t<integer>\n\n')).toBe(true);
  });

  it('answers errors as the client does', () => {
    expect(run('explain pods.spec.nope')).toMatchObject({ code: 1, err: 'error: field "nope" does not exist\n' });
    expect(run('explain pods.spec.nope').out).toBe('KIND:       Pod\nVERSION:    v1\n\n');
    expect(run('explain foo')).toMatchObject({ code: 1, err: 'the server doesn\'t have a resource type "foo"\n' });
    expect(run('explain pods --api-version=apps/v1')).toMatchObject({ code: 1, err: 'error: GVR (apps/v1, Resource=pods) not found in OpenAPI schema\n' });
    expect(run('explain deployments --api-version=apps/v2')).toMatchObject({ code: 1, err: 'error: couldn\'t find resource for "apps/v2, Resource=deployments"\n' });
    expect(run('explain deployments.apps.spec.replicas').out).toContain('FIELD: replicas <integer>\n');
  });
});

describe('kubectl explain for CustomResourceDefinitions (Calico v3.26.4)', () => {
  const CALICO = 'https://raw.githubusercontent.com/projectcalico/calico/v3.26.4/manifests/calico.yaml';
  const cluster = makeCluster({ workers: 1, network: false });
  const before = cluster.run('explain ippools');

  it('knows no ippools before the CRDs are applied', () => {
    expect(before).toEqual({ out: '', err: 'the server doesn\'t have a resource type "ippools"\n', code: 1 });
  });

  it.each(['v2-ippools', 'v2-felix-nat-port-range', 'v2-ipamblocks-recursive', 'crd-ippools', 'crd-ippool-spec', 'crd-ippools-cidr', 'crd-ippools-api-version', 'crd-ippools-missing', 'crd-felix-spec', 'crd-felix-nat-port-range', 'crd-netpol-qualified', 'crd-gnp-protocol', 'crd-ipamblocks-recursive', 'crd-bgppeers-recursive', 'crd-ippools-metadata'])(
    'prints what the real client printed for %s once calico.yaml is applied',
    async (c) => {
      const text = await webGet(CALICO)!.body();
      cluster.k.env.urlText = (u) => (u === CALICO ? text : null);
      cluster.k.env.parseYaml = (t) => parseAllDocuments(t).map((d) => d.toJS()).filter((d) => d);
      if (!cluster.c.list('CustomResourceDefinition').length) expect(cluster.run(`apply -f ${CALICO}`).code).toBe(0);
      const r = cluster.run(read(c, 'cmd').trim().split(' ').slice(1).join(' '));
      expect(r.out).toBe(read(c, 'stdout'));
      expect(r.err).toBe(read(c, 'stderr'));
      expect(String(r.code)).toBe(read(c, 'status').trim());
    },
  );
});

/** every module `entry` loads up front: its static value imports, followed (type imports and import() left out) */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [path.resolve(entry)];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = fs.readFileSync(f, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.[^']+)'/gms)) {
      const base = path.resolve(path.dirname(f), m[1]);
      const hit = [base + '.ts', base, path.join(base, 'index.ts')].find((c) => fs.existsSync(c) && fs.statSync(c).isFile());
      if (hit) todo.push(hit);
    }
  }
  return seen;
}

describe('kubectl explain in a lab', () => {
  it('answers in the lab shell', async () => {
    const { sh } = await lab('cluster');
    const r = await sh('kubectl explain deploy.spec.replicas');
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain('FIELD: replicas <integer>');
  });

  it('keeps the schemas out of what a lab loads before its first prompt', () => {
    // the kubectl client and everything it imports statically
    const up = staticClosure('src/sim/k8s/kubectl/client.ts');
    expect(up.has(path.resolve('src/sim/k8s/kubectl/verbs/explain/run.ts'))).toBe(true);
    for (const f of ['data/index.ts', 'data/core-v1.ts', 'data/meta.ts', 'parts.ts', 'render.ts']) expect(up.has(path.resolve('src/sim/k8s/kubectl/verbs/explain', f)), f).toBe(false);
  });
});

describe('kubectl explain after the control plane moves to 1.29', () => {
  const { c, run } = makeCluster({ workers: 1, network: false });
  const v128 = { flowschemas: run('explain flowschemas'), preStop: run('explain pod.spec.containers.lifecycle.preStop'), v1: run('explain flowschemas --api-version=flowcontrol.apiserver.k8s.io/v1') };
  upgradeControlPlane(c, 'm-k8s', 'v1.29.14');

  it('serves flowcontrol.apiserver.k8s.io/v1 as the preferred version, v1beta3 still', () => {
    expect(v128.flowschemas.out).toMatch(/^GROUP:      flowcontrol\.apiserver\.k8s\.io\nKIND:       FlowSchema\nVERSION:    v1beta3\n/);
    expect(v128.v1).toMatchObject({ code: 1, err: 'error: couldn\'t find resource for "flowcontrol.apiserver.k8s.io/v1, Resource=flowschemas"\n' });
    expect(run('explain flowschemas').out).toMatch(/^GROUP:      flowcontrol\.apiserver\.k8s\.io\nKIND:       FlowSchema\nVERSION:    v1\n/);
    expect(run('explain flowschemas --api-version=flowcontrol.apiserver.k8s.io/v1beta3').out).toMatch(/^GROUP:      flowcontrol\.apiserver\.k8s\.io\nKIND:       FlowSchema\nVERSION:    v1beta3\n/);
    // v1's PriorityLevelConfiguration: nominalConcurrencyShares only defaults to 30 when unset
    expect(run('explain prioritylevelconfigurations.spec.limited.nominalConcurrencyShares').out).toContain('FIELD: nominalConcurrencyShares <integer>');
  });

  it('answers with the 1.29 fields and texts where they changed, and as 1.28 elsewhere', () => {
    expect(v128.preStop.out).not.toContain('\n  sleep\t<SleepAction>\n');
    const preStop = run('explain pod.spec.containers.lifecycle.preStop');
    expect(preStop.out).toContain('\n  sleep\t<SleepAction>\n    Sleep represents the duration that the container should sleep before being\n    terminated.\n');
    expect(run('explain pvc.spec').out).toContain('\n  volumeAttributesClassName\t<string>\n');
    expect(run('explain svc.status.loadBalancer.ingress').out).toContain('\n  ipMode\t<string>\n');
    // JobStatus.ready lost its beta note in 1.29
    expect(run('explain job.status.ready').out).toBe('GROUP:      batch\nKIND:       Job\nVERSION:    v1\n\nFIELD: ready <integer>\n\nDESCRIPTION:\n    The number of pods which have a Ready condition.\n    \n\n');
    // unchanged parts print as the real client printed them
    for (const c of ['configmap-data', 'secret', 'namespace', 'hpa-metrics']) expect(run(read(c, 'cmd').trim().split(' ').slice(1).join(' ')).out, c).toBe(read(c, 'stdout'));
  });
});

describe('kubectl explain for metrics.k8s.io (metrics-server v0.7.2)', () => {
  const { c, run } = makeCluster({ workers: 1 });
  const before = run('explain podmetrics');
  run('apply -f https://github.com/kubernetes-sigs/metrics-server/releases/latest/download/components.yaml');
  run(`patch deployment metrics-server -n kube-system --type=json -p=[{"op":"add","path":"/spec/template/spec/containers/0/args/-","value":"--kubelet-insecure-tls"}]`);
  c.advance(120_000);

  it('knows no podmetrics until metrics-server answers', () => {
    expect(before).toEqual({ out: '', err: 'the server doesn\'t have a resource type "podmetrics"\n', code: 1 });
  });

  it.each(['metrics-podmetrics', 'metrics-nodemetrics', 'metrics-pod-containers', 'metrics-pod-window', 'metrics-node-usage', 'metrics-qualified', 'metrics-recursive', 'v2-podmetrics', 'v2-nodemetrics-usage'])('prints what the real client printed for %s', (name) => {
    expect(run('top nodes').code).toBe(0);
    const r = run(read(name, 'cmd').trim().split(' ').slice(1).join(' '));
    expect(r.out).toBe(read(name, 'stdout'));
    expect(r.err).toBe(read(name, 'stderr'));
    expect(String(r.code)).toBe(read(name, 'status').trim());
  });
});

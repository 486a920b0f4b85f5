/** kubectl set env: a workload's containers' environment (KEY=VALUE, KEY-, --list), as set_env.go does it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, nameOf } from '../../result';
import type { Parsed } from '../../cli';
import { clone, type Obj } from '../../../objects';
import { toApi, toYaml } from '../../../format';

const isEnv = (a: string) => a.includes('=') || (a.endsWith('-') && a.length > 1) || a === '-';
const VALID = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** The pod template's spec of a workload, or the pod's own. */
export function podSpecOf(o: Obj): any {
  if (o.kind === 'Pod') return o.spec;
  if (o.kind === 'CronJob') return o.spec.jobTemplate?.spec?.template?.spec;
  return o.spec?.template?.spec;
}

/** The containers `-c` names (a glob with *), init containers after them. */
export function selectContainers(spec: any, sel: string): any[] {
  const re = new RegExp('^' + sel.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$');
  return [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])].filter((c: any) => re.test(c.name));
}

/** After a template change: a new generation and, for a Deployment or DaemonSet, a rollout. */
export function templateChanged(k: Kubectl, o: Obj): void {
  if (['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'].includes(o.kind)) o.metadata.generation = (o.metadata.generation ?? 1) + 1;
  if (o.kind === 'Deployment' || o.kind === 'DaemonSet') k.c.resetProgress(o);
  k.c.touch(o);
}

export function setEnv(k: Kubectl, p: Parsed): KResult {
  // SplitEnvironmentFromResources: the resources first, then only environment changes
  const first = p.args.findIndex(isEnv);
  const resources = first < 0 ? p.args : p.args.slice(0, first);
  const envArgs = first < 0 ? [] : p.args.slice(first);
  if (envArgs.some((a) => !isEnv(a))) return fail(`error: all resources must be specified before environment changes: ${p.args.join(' ')}`);
  if (!resources.length && !p.flags.filename) return fail('error: one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (p.flags.list && p.flags.output) return fail('error: --list and --output may not be specified together');
  const keys = ((p.flags.keys as string[] | string | undefined) ?? []) as string[] | string;
  const keyList = (Array.isArray(keys) ? keys : [keys]).flatMap((x) => x.split(',')).filter(Boolean);
  if (keyList.length && !p.flags.from) return fail('error: when specifying --keys, a configmap or secret must be provided with --from');
  const env: { name: string; value?: string; valueFrom?: any }[] = [];
  const remove: string[] = [];
  for (const a of [...((p.flags.env as string[] | undefined) ?? []), ...envArgs]) {
    if (a.includes('=')) {
      const name = a.slice(0, a.indexOf('='));
      if (!VALID.test(name))
        return fail(`error: "${name}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`);
      env.push({ name, value: a.slice(a.indexOf('=') + 1) });
    } else if (a !== '-') remove.push(a.slice(0, -1));
  }
  let err = '';
  // --from: every key of the ConfigMap or Secret (or those --keys names) as a reference, the name upper-cased with
  // characters outside [a-zA-Z0-9_] turned into _ (keyToEnvName warns about it); Go walks the map in no fixed order,
  // the keys here come sorted
  if (p.flags.from) {
    const ft = k.targets([p.flags.from as string], p.path);
    if ('code' in ft) return ft;
    for (const { r, name } of ft) {
      const src = k.find(r, k.ns(p), name!);
      if (!src) return fail(k.notFound(r, name!));
      if (src.kind !== 'ConfigMap' && src.kind !== 'Secret') return fail('error: unsupported resource specified in --from');
      for (const key of Object.keys(src.data ?? {}).sort()) {
        if (keyList.length && !keyList.includes(key)) continue;
        const envName = key.replace(/[^a-zA-Z0-9_]/g, '_').toUpperCase();
        if (envName !== key) err += `Warning: key ${key} transferred to ${envName}\n`;
        const ref = { name: src.metadata.name, key };
        env.push({ name: envName, valueFrom: src.kind === 'Secret' ? { secretKeyRef: ref } : { configMapKeyRef: ref } });
      }
    }
  }
  if (typeof p.flags.prefix === 'string' && p.flags.prefix) for (const e of env) e.name = p.flags.prefix + e.name;
  const t = k.targets(resources, p.path);
  if ('code' in t) return t;
  const dry = p.flags['dry-run'] === 'client' || p.flags['dry-run'] === 'server' ? (p.flags['dry-run'] as string) : '';
  const sel = (p.flags.containers as string | undefined) ?? '*';
  const overwrite = p.flags.overwrite !== false;
  let out = '';
  for (const { r, name } of t) {
    const live = k.find(r, k.ns(p), name!);
    if (!live) return fail(k.notFound(r, name!));
    // a client dry run changes a copy and prints it; the server's copy is left as it was
    const o = dry ? clone(live) : live;
    const spec = podSpecOf(o);
    const cts = selectContainers(spec, sel);
    if (!cts.length) {
      err += `Warning: ${o.kind}/${o.metadata.name} does not have any containers matching "${sel}"\n`;
      continue;
    }
    const before = JSON.stringify(spec);
    for (const c of cts) {
      if (!overwrite)
        for (const e of env) {
          const had = (c.env ?? []).find((x: any) => x.name === e.name);
          if (had && had.value !== e.value) return { out, err: `${err}error: ${nameOf(o)}\n '${e.name}' already has a value (${had.value ?? ''}), and --overwrite is false\n`, code: 1 };
        }
      // updateEnv: existing variables in place (replaced or removed), new ones after them
      const covered = new Set(remove);
      const next: any[] = [];
      for (const e of c.env ?? []) {
        if (covered.has(e.name)) continue;
        const newer = env.find((x) => x.name === e.name);
        if (newer) {
          covered.add(e.name);
          next.push(newer.valueFrom ? { name: newer.name, valueFrom: newer.valueFrom } : { name: newer.name, value: newer.value });
        } else next.push(e);
      }
      for (const e of env) {
        if (covered.has(e.name)) continue;
        covered.add(e.name);
        next.push(e.valueFrom ? { name: e.name, valueFrom: e.valueFrom } : { name: e.name, value: e.value });
      }
      if (p.flags.list) {
        out += `# ${o.kind} ${o.metadata.name}, container ${c.name}\n`;
        for (const e of next) out += e.valueFrom ? `# ${e.name} from ${refString(e.valueFrom)}\n` : `${e.name}=${e.value ?? ''}\n`;
        continue;
      }
      if (next.length) c.env = next;
      else delete c.env;
    }
    if (p.flags.list) continue;
    if (JSON.stringify(spec) === before) continue;
    if (!dry) templateChanged(k, o);
    const fmt = p.flags.output as string | undefined;
    if (fmt === 'yaml') out += toYaml(toApi(o)) + '\n';
    else if (fmt === 'json') out += JSON.stringify(toApi(o), null, 4) + '\n';
    else if (fmt === 'name') out += `${nameOf(o)}\n`;
    else out += `${nameOf(o)} env updated${dry === 'client' ? ' (dry run)' : dry === 'server' ? ' (server dry run)' : ''}\n`;
  }
  // the warnings are printed as the changes are worked out, before the result
  return { out, err, code: 0, seq: [['err', err], ['out', out]] };
}

/** envutil.GetEnvVarRefString */
function refString(from: any): string {
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}`;
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
  if (from.resourceFieldRef) return `resource field ${from.resourceFieldRef.containerName ? from.resourceFieldRef.containerName + '/' : ''}${from.resourceFieldRef.resource}`;
  return 'invalid valueFrom';
}

/** kubectl set env: a workload's containers' environment (KEY=VALUE, KEY-, --list), as set_env.go does it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, nameOf } from '../../result';
import type { Parsed } from '../../cli';
import type { Obj } from '../../../objects';

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
  const env: { name: string; value: string }[] = [];
  const remove: string[] = [];
  for (const a of [...((p.flags.env as string[] | undefined) ?? []), ...envArgs]) {
    if (a.includes('=')) {
      const name = a.slice(0, a.indexOf('='));
      if (!VALID.test(name))
        return fail(`error: "${name}" is not a valid key name: a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')`);
      env.push({ name, value: a.slice(a.indexOf('=') + 1) });
    } else if (a !== '-') remove.push(a.slice(0, -1));
  }
  const t = k.targets(resources, p.path);
  if ('code' in t) return t;
  const sel = (p.flags.containers as string | undefined) ?? '*';
  const overwrite = p.flags.overwrite !== false;
  let out = '';
  let err = '';
  for (const { r, name } of t) {
    const o = k.find(r, k.ns(p), name!);
    if (!o) return fail(k.notFound(r, name!));
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
          next.push({ name: newer.name, value: newer.value });
        } else next.push(e);
      }
      for (const e of env) {
        if (covered.has(e.name)) continue;
        covered.add(e.name);
        next.push({ name: e.name, value: e.value });
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
    templateChanged(k, o);
    out += `${nameOf(o)} env updated\n`;
  }
  return { out, err, code: 0 };
}

/** envutil.GetEnvVarRefString */
function refString(from: any): string {
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name}, key ${from.configMapKeyRef.key}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name}, key ${from.secretKeyRef.key}`;
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
  if (from.resourceFieldRef) return `resource field ${from.resourceFieldRef.containerName ? from.resourceFieldRef.containerName + '/' : ''}${from.resourceFieldRef.resource}`;
  return 'invalid valueFrom';
}

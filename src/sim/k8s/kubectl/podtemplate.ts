/** The Pod Template block of `rollout history --revision` and `describe deployment`, and a pod's STATUS. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { podStatus } from '../format';
import type { Obj } from '../objects';
import { containerEnvText, mountsText, volumesText } from '../describe-parts';

/** the Pod Template block of rollout history --revision and describe deployment */
export function podTemplateText(t: any, indent = ''): string {
  const L: string[] = [];
  const labels = Object.keys(t.metadata?.labels ?? {}).sort();
  L.push('Pod Template:');
  L.push(`  Labels:\t${labels.length ? labels.map((k) => `${k}=${t.metadata.labels[k]}`).join('\n\t') : '<none>'}`.replace(/\n\t/g, '\n  \t'));
  const ann = Object.keys(t.metadata?.annotations ?? {}).sort();
  if (ann.length) L.push(`  Annotations:\t${ann.map((k) => `${k}: ${t.metadata.annotations[k]}`).join('\n  \t')}`);
  if (t.spec?.serviceAccountName) L.push(`  Service Account:\t${t.spec.serviceAccountName}`);
  L.push('  Containers:');
  for (const c of t.spec?.containers ?? []) {
    L.push(`   ${c.name}:`);
    L.push(`    Image:\t${c.image}`);
    const port = c.ports?.[0];
    L.push(`    Port:\t${port ? `${port.containerPort}/${port.protocol ?? 'TCP'}` : '<none>'}`);
    L.push(`    Host Port:\t${port ? `${port.hostPort ?? 0}/${port.protocol ?? 'TCP'}` : '<none>'}`);
    if (c.command) L.push(`    Command:\n${c.command.map((x: string) => `      ${x}`).join('\n')}`);
    if (c.args) L.push(`    Args:\n${c.args.map((x: string) => `      ${x}`).join('\n')}`);
    if (c.resources?.limits) L.push(`    Limits:\n${Object.entries(c.resources.limits).map(([k, v]) => `      ${k}:\t${v}`).join('\n')}`);
    if (c.resources?.requests) L.push(`    Requests:\n${Object.entries(c.resources.requests).map(([k, v]) => `      ${k}:\t${v}`).join('\n')}`);
    L.push(...containerEnvText(c), ...mountsText(c));
  }
  L.push(...volumesText(t.spec?.volumes, '  '));
  if (t.spec?.priorityClassName) L.push(`  Priority Class Name:\t${t.spec.priorityClassName}`);
  // kubectl 1.28 and 1.29 print no Node-Selectors or Tolerations in a pod template (1.30 added them)
  return L.map((l) => indent + l).join('\n');
}

/** STATUS column of a pod, for other modules */
export function podPhaseText(p: Obj): string {
  return podStatus(p).status;
}

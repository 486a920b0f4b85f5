/**
 * Step checks read the world's state through a small view, never the text a command printed. The view is
 * implemented over the simulator's session (see ./world-view.ts); tests may give their own.
 */
import type { Check } from './schema';

export interface PodView {
  name: string;
  namespace: string;
  phase: string;
  ready: boolean;
  labels: Record<string, string>;
  node: string | null;
  images: string[];
}

export interface LabWorldView {
  /** The file's text, or null when it does not exist. Relative paths start at the lab's first folder. */
  readFile(path: string, host?: string): string | null;
  /** Vagrant machine state in the lab's project folder. */
  machineState(name: string): string;
  /** The addresses of the machine's guest network interfaces (empty when it has no guest). */
  machineIps?(name: string): string[];
  /** A systemd unit on a Linux host, or null when it is not installed. */
  unit(host: string, name: string): { active: boolean; enabled: boolean } | null;
  /** The installed version of a package on a Linux host, or null. */
  packageVersion(host: string, name: string): string | null;
  /** Where the learner's shell is now. */
  shell(): { host: string; hostname: string; user: string };
  deployment(
    namespace: string,
    name: string,
  ): { replicas: number; ready: number; images: string[]; revision: number } | null;
  pods(namespace: string): PodView[];
  service(namespace: string, name: string): { type: string; endpoints: number } | null;
  /** A PodDisruptionBudget's spec, or null when there is none. */
  pdb?(namespace: string, name: string): { minAvailable?: number | string; maxUnavailable?: number | string } | null;
  node(name: string): { ready: boolean; schedulable: boolean; version: string } | null;
  /** A ConfigMap's or Secret's keys (and a Secret's type), or null when there is none. */
  config?(kind: 'ConfigMap' | 'Secret', namespace: string, name: string): { keys: string[]; type?: string; data?: Record<string, string> } | null;
}

export interface CheckContext {
  /** Lines submitted since the step became current. */
  lines: readonly string[];
}

export interface CheckResult {
  ok: boolean;
  /** Why it failed, for authors and tests (English). */
  reason?: string;
}

const pass: CheckResult = { ok: true };
const fail = (reason: string): CheckResult => ({ ok: false, reason });

export function evaluateCheck(check: Check, view: LabWorldView, ctx: CheckContext): CheckResult {
  if ('all' in check) {
    for (const c of check.all) {
      const r = evaluateCheck(c, view, ctx);
      if (!r.ok) return r;
    }
    return pass;
  }
  if ('any' in check) {
    const reasons: string[] = [];
    for (const c of check.any) {
      const r = evaluateCheck(c, view, ctx);
      if (r.ok) return pass;
      reasons.push(r.reason ?? '');
    }
    return fail(`none of: ${reasons.join('; ')}`);
  }
  if ('not' in check) {
    const r = evaluateCheck(check.not, view, ctx);
    return r.ok ? fail(`should not hold: ${JSON.stringify(check.not)}`) : pass;
  }
  if ('ran' in check) {
    const re = new RegExp(check.ran, 'i');
    return ctx.lines.some((l) => re.test(l)) ? pass : fail(`no line matching /${check.ran}/ was run`);
  }
  if ('file' in check) {
    const f = check.file;
    const content = view.readFile(f.path, f.host);
    const exists = content !== null;
    if (f.exists !== undefined && f.exists !== exists) {
      return fail(`${f.path} ${exists ? 'exists' : 'does not exist'}`);
    }
    if (f.contains !== undefined && !(content ?? '').includes(f.contains)) {
      return fail(`${f.path} does not contain ${JSON.stringify(f.contains)}`);
    }
    if (f.matches !== undefined && !new RegExp(f.matches, 'm').test(content ?? '')) {
      return fail(`${f.path} does not match /${f.matches}/`);
    }
    if (f.exists === undefined && f.contains === undefined && f.matches === undefined && !exists) {
      return fail(`${f.path} does not exist`);
    }
    return pass;
  }
  if ('machine' in check) {
    const name = check.machine.name ?? 'default';
    const state = view.machineState(name);
    if (state !== check.machine.state) return fail(`machine ${name} is ${state}, not ${check.machine.state}`);
    const ip = check.machine.ip;
    if (ip && !(view.machineIps?.(name) ?? []).includes(ip)) return fail(`machine ${name} has no interface with the address ${ip}`);
    return pass;
  }
  if ('shell' in check) {
    const sh = view.shell();
    if (check.shell.host !== undefined) {
      const want = check.shell.host.toLowerCase();
      if (sh.host.toLowerCase() !== want && sh.hostname.toLowerCase() !== want) {
        return fail(`the shell is on ${sh.hostname}, not ${check.shell.host}`);
      }
    }
    if (check.shell.user !== undefined && sh.user !== check.shell.user) {
      return fail(`the shell user is ${sh.user}, not ${check.shell.user}`);
    }
    return pass;
  }
  if ('unit' in check) {
    const u = check.unit;
    const unit = view.unit(u.host, u.name);
    if (!unit) return fail(`unit ${u.name} is not installed on ${u.host}`);
    if (u.active !== undefined && unit.active !== u.active) {
      return fail(`unit ${u.name} on ${u.host} is ${unit.active ? 'active' : 'not active'}`);
    }
    if (u.enabled !== undefined && unit.enabled !== u.enabled) {
      return fail(`unit ${u.name} on ${u.host} is ${unit.enabled ? 'enabled' : 'not enabled'}`);
    }
    return pass;
  }
  if ('package' in check) {
    const p = check.package;
    const version = view.packageVersion(p.host, p.name);
    if (p.installed === false) return version === null ? pass : fail(`${p.name} ${version} is installed on ${p.host}`);
    if (version === null) return fail(`${p.name} is not installed on ${p.host}`);
    if (p.version !== undefined && version !== p.version) return fail(`${p.name} on ${p.host} is ${version}, not ${p.version}`);
    return pass;
  }
  if ('deployment' in check) {
    const d = check.deployment;
    const dep = view.deployment(d.namespace ?? 'default', d.name);
    if (d.exists === false) return dep ? fail(`deployment ${d.name} exists`) : pass;
    if (!dep) return fail(`deployment ${d.name} does not exist`);
    if (d.replicas !== undefined && dep.replicas !== d.replicas) {
      return fail(`deployment ${d.name} wants ${dep.replicas} replicas, not ${d.replicas}`);
    }
    if (d.ready !== undefined && dep.ready !== d.ready) {
      return fail(`deployment ${d.name} has ${dep.ready} ready, not ${d.ready}`);
    }
    if (d.image !== undefined && !dep.images.includes(d.image)) {
      return fail(`deployment ${d.name} runs ${dep.images.join(', ')}, not ${d.image}`);
    }
    if (d.revision !== undefined && dep.revision !== d.revision) {
      return fail(`deployment ${d.name} is at revision ${dep.revision}, not ${d.revision}`);
    }
    return pass;
  }
  if ('pods' in check) {
    const p = check.pods;
    const pods = view
      .pods(p.namespace ?? 'default')
      .filter((pod) => !p.prefix || pod.name.startsWith(p.prefix))
      .filter((pod) => !p.selector || Object.entries(p.selector).every(([k, v]) => pod.labels[k] === v))
      .filter((pod) => !p.phase || pod.phase === p.phase)
      .filter((pod) => !p.node || pod.node === p.node)
      .filter((pod) => !p.image || pod.images.includes(p.image));
    if (p.count !== undefined && pods.length !== p.count) return fail(`${pods.length} pods match, not ${p.count}`);
    if (p.min !== undefined && pods.length < p.min) return fail(`${pods.length} pods match, fewer than ${p.min}`);
    if (p.count === undefined && p.min === undefined && pods.length === 0) return fail('no pod matches');
    return pass;
  }
  if ('pdb' in check) {
    const b = check.pdb;
    const found = view.pdb?.(b.namespace ?? 'default', b.name) ?? null;
    if (b.exists === false) return found ? fail(`PodDisruptionBudget ${b.name} exists`) : pass;
    if (!found) return fail(`PodDisruptionBudget ${b.name} does not exist`);
    for (const k of ['minAvailable', 'maxUnavailable'] as const) {
      if (b[k] !== undefined && String(found[k]) !== String(b[k])) return fail(`PodDisruptionBudget ${b.name} has ${k} ${found[k] ?? 'unset'}, not ${b[k]}`);
    }
    return pass;
  }
  if ('service' in check) {
    const s = check.service;
    const svc = view.service(s.namespace ?? 'default', s.name);
    if (s.exists === false) return svc ? fail(`service ${s.name} exists`) : pass;
    if (!svc) return fail(`service ${s.name} does not exist`);
    if (s.type !== undefined && svc.type !== s.type) return fail(`service ${s.name} is ${svc.type}, not ${s.type}`);
    if (s.endpoints !== undefined && svc.endpoints !== s.endpoints) {
      return fail(`service ${s.name} has ${svc.endpoints} endpoints, not ${s.endpoints}`);
    }
    return pass;
  }
  if ('configmap' in check || 'secret' in check) {
    const [kind, c] = 'configmap' in check ? (['ConfigMap', check.configmap] as const) : (['Secret', check.secret] as const);
    const found = view.config?.(kind, c.namespace ?? 'default', c.name) ?? null;
    if (c.exists === false) return found ? fail(`${kind} ${c.name} exists`) : pass;
    if (!found) return fail(`${kind} ${c.name} does not exist`);
    const missing = (c.keys ?? []).filter((k) => !found.keys.includes(k));
    if (missing.length > 0) return fail(`${kind} ${c.name} has no key ${missing.join(', ')}`);
    if ('data' in c && c.data) {
      for (const [k, v] of Object.entries(c.data)) {
        if (found.data?.[k] !== v) return fail(`${kind} ${c.name} has ${k}=${found.data?.[k] ?? '(none)'}, not ${v}`);
      }
    }
    if ('type' in c && c.type !== undefined && found.type !== c.type) return fail(`${kind} ${c.name} is of type ${found.type}, not ${c.type}`);
    return pass;
  }
  if ('node' in check) {
    const n = check.node;
    const node = view.node(n.name);
    if (!node) return fail(`node ${n.name} does not exist`);
    if (n.ready !== undefined && node.ready !== n.ready) return fail(`node ${n.name} ready=${node.ready}`);
    if (n.schedulable !== undefined && node.schedulable !== n.schedulable) {
      return fail(`node ${n.name} schedulable=${node.schedulable}`);
    }
    if (n.version !== undefined && node.version !== n.version) {
      return fail(`node ${n.name} runs ${node.version}, not ${n.version}`);
    }
    return pass;
  }
  return fail('unknown check');
}

/** kubectl rollout status|history|undo|pause|resume|restart. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage, gr, nameOf } from '../../result';
import type { Parsed } from '../../cli';
import { Cluster } from '../../../cluster';
import { renderRows } from '../../../format';
import { clone, type Obj } from '../../../objects';
import { podTemplateText } from '../../podtemplate';

export function run(k: Kubectl, p: Parsed, sub: string): KResult {
  const t = k.targets(p.args, p.path);
  if ('code' in t) return t;
  if (!t.length || !t[0].name) return fail(`error: required resource not specified\n${usage(p.path)}`);
  const { r, name } = t[0];
  // restart, pause and resume fetch the object, then polymorphichelpers' restarter / pauser / resumer refuse the kinds
  // they do not know (rollout_restart.go: `error: <resource>[.<group>] "<name>" restarting is not supported`)
  const supported: Record<string, string[]> = { restart: ['Deployment', 'DaemonSet', 'StatefulSet'], pause: ['Deployment'], resume: ['Deployment'] };
  if (supported[sub] && !supported[sub].includes(r.kind)) {
    if (!k.find(r, k.ns(p), name!)) return fail(k.notFound(r, name!));
    return fail(`error: ${gr(r)} "${name}" ${({ restart: 'restarting', pause: 'pausing', resume: 'resuming' } as Record<string, string>)[sub]} is not supported`);
  }
  if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(r.kind)) return fail(`error: no rollbacker has been implemented for "${r.group ? `${r.group}/${r.kind}` : r.kind}"`.replace('rollbacker', sub === 'history' ? 'history viewer' : sub === 'status' ? 'status viewer' : 'rollbacker'));
  const o = k.find(r, k.ns(p), name!);
  if (!o) return fail(k.notFound(r, name!));
  const q = nameOf(o);
  const c = k.c;
  switch (sub) {
    case 'status': {
      const st = () => rolloutStatus(k, o);
      const first = st();
      if (first.done !== undefined || p.flags.watch === false) return { out: first.msg, err: first.err ?? '', code: first.done ?? 0 };
      let lastMsg = first.msg;
      const tm = /^(\d+)(s|m|h)?$/.exec(String(p.flags.timeout ?? ''));
      const deadline = tm ? c.t + Number(tm[1]) * ({ s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[tm[2] ?? 's'] : Infinity;
      return {
        out: first.msg,
        err: '',
        code: 0,
        follow: {
          poll: () => {
            if (c.t >= deadline && tm && Number(tm[1]) > 0) return { err: 'error: timed out waiting for the condition\n', done: 1 };
            const s = st();
            const out = s.msg !== lastMsg ? s.msg : '';
            lastMsg = s.msg;
            if (s.done !== undefined) return { out, err: s.err, done: s.done };
            return { out };
          },
        },
      };
    }
    case 'history': {
      if (o.kind !== 'Deployment') return ok(`${q} \nREVISION  CHANGE-CAUSE\n1         <none>\n\n`);
      const rss = c.replicaSetsOf(o).sort((a, b) => Cluster.revision(a) - Cluster.revision(b));
      if (p.flags.revision !== undefined) {
        const rs = rss.find((x) => Cluster.revision(x) === p.flags.revision);
        if (!rs) return fail(`error: unable to find the specified revision`);
        return ok(`${q} with revision #${p.flags.revision}\n${podTemplateText(rs.spec.template)}\n`);
      }
      const rows = [['REVISION', 'CHANGE-CAUSE'], ...rss.map((rs) => [String(Cluster.revision(rs)), rs.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>'])];
      return ok(`${q} \n${renderRows(rows, 2, 0)}\n\n`);
    }
    case 'undo': {
      if (o.kind !== 'Deployment') return fail(`error: no rollbacker has been implemented for "apps/${o.kind}"`);
      if (o.spec.paused) return fail(`error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume ${q}' and try again`);
      const rss = c.replicaSetsOf(o).sort((a, b) => Cluster.revision(b) - Cluster.revision(a));
      let target: Obj | undefined;
      const to = (p.flags['to-revision'] as number) ?? 0;
      if (to) {
        target = rss.find((x) => Cluster.revision(x) === to);
        if (!target) return fail(`error: unable to find specified revision ${to} in history`);
      } else {
        target = rss.filter((x) => !Cluster.sameTemplate(x.spec.template, o.spec.template))[0] && rss[1];
        if (!target) return fail(`error: no rollout history found for ${o.kind.toLowerCase()} "${o.metadata.name}"`);
      }
      if (Cluster.sameTemplate(target.spec.template, o.spec.template)) return ok(`${q} skipped rollback (current template already matches revision ${Cluster.revision(target)})\n`);
      if (p.flags['dry-run']) return ok(`${q} Pod Template:\n${podTemplateText(target.spec.template).split('\n').slice(1).join('\n')}\n`);
      const tpl = clone(target.spec.template);
      delete tpl.metadata.labels['pod-template-hash'];
      o.spec.template = tpl;
      o.metadata.generation = (o.metadata.generation ?? 1) + 1;
      c.resetProgress(o);
      c.touch(o);
      return ok(`${q} rolled back\n`);
    }
    case 'pause':
    case 'resume': {
      if (o.kind !== 'Deployment') return fail(`error: ${sub === 'pause' ? 'pausing' : 'resuming'} is not supported`);
      const want = sub === 'pause';
      if (!!o.spec.paused === want) return fail(`error: ${gr(r)} "${o.metadata.name}" is ${want ? 'already paused' : 'not paused'}`);
      if (want) o.spec.paused = true;
      else {
        delete o.spec.paused;
        c.resetProgress(o);
      }
      c.touch(o);
      return ok(`${q} ${sub}d\n`);
    }
    case 'restart': {
      if (o.spec.paused) return fail(`error: ${gr(r)} "${o.metadata.name}" can't restart paused deployment (run rollout resume first)`);
      o.spec.template.metadata.annotations = { ...o.spec.template.metadata.annotations, 'kubectl.kubernetes.io/restartedAt': new Date(c.t).toISOString().replace(/\.\d+Z$/, 'Z').replace('Z', '+00:00') };
      o.metadata.generation = (o.metadata.generation ?? 1) + 1;
      c.resetProgress(o);
      c.touch(o);
      return ok(`${q} restarted\n`);
    }
  }
  return fail('error: unknown rollout command');
}

export function rolloutStatus(k: Kubectl, o: Obj): { msg: string; done?: number; err?: string } {
  const c = k.c;
  const cur = c.get(o.kind, o.metadata.namespace, o.metadata.name);
  if (!cur) return { msg: '', done: 1, err: `error: ${o.kind.toLowerCase()}s.apps "${o.metadata.name}" not found\n` };
  const n = cur.metadata.name;
  if (cur.kind === 'DaemonSet') {
    const s = cur.status ?? {};
    if ((s.updatedNumberScheduled ?? 0) < (s.desiredNumberScheduled ?? 0)) return { msg: `Waiting for daemon set "${n}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${s.desiredNumberScheduled} new pods have been updated...\n` };
    if ((s.numberAvailable ?? 0) < (s.desiredNumberScheduled ?? 0)) return { msg: `Waiting for daemon set "${n}" rollout to finish: ${s.numberAvailable ?? 0} of ${s.desiredNumberScheduled} updated pods are available...\n` };
    return { msg: `daemon set "${n}" successfully rolled out\n`, done: 0 };
  }
  const s = cur.status ?? {};
  const want = cur.spec.replicas ?? 1;
  if ((s.observedGeneration ?? 0) < (cur.metadata.generation ?? 1)) return { msg: `Waiting for deployment spec update to be observed...\n` };
  const prog = (s.conditions ?? []).find((x: any) => x.type === 'Progressing');
  if (prog?.reason === 'ProgressDeadlineExceeded') return { msg: '', done: 1, err: `error: deployment "${n}" exceeded its progress deadline\n` };
  const upd = s.updatedReplicas ?? 0;
  if (upd < want) return { msg: `Waiting for deployment "${n}" rollout to finish: ${upd} out of ${want} new replicas have been updated...\n` };
  if ((s.replicas ?? 0) > upd) return { msg: `Waiting for deployment "${n}" rollout to finish: ${(s.replicas ?? 0) - upd} old replicas are pending termination...\n` };
  if ((s.availableReplicas ?? 0) < upd) return { msg: `Waiting for deployment "${n}" rollout to finish: ${s.availableReplicas ?? 0} of ${upd} updated replicas are available...\n` };
  return { msg: `deployment "${n}" successfully rolled out\n`, done: 0 };
}

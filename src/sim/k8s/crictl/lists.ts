// The list commands' other forms (cri-tools v1.28.0 container.go ListContainers, sandbox.go ListPodSandboxes,
// image.go listImageCommand): `-o json|yaml` (jsonpb with every field, int64 as strings, then sigs.k8s.io/yaml), `-v`
// (the blocks of `ID: ...` lines), `--no-trunc`, `ps -r` and `images --digests`. The plain tables stay in ../runtime.ts.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../../types';
import type { K8sState } from '../world';
import type { Options } from '../../spec/types';
import { tabwrite, toYaml } from '../format';
import { hostname } from '../host';
import { parseImage, pullable } from '../images';
import { imageFilterId, imageId, unitsAgo } from '../runtime';
import { goTime, humanSize } from './views';
import { fnv32a } from '../rand';
import { containersHere, logLine, sandboxesHere, type Ctr } from './store';
import { ctrAnnotations, ctrLabels, goJson, repoDigest, sandboxAnnotations, sandboxLabels } from './status';

type Out = { out: string; err: string; code: number };
const ok = (out: string): Out => ({ out, err: '', code: 0 });
const fail = (m: string): Out => ({ out: '', err: logLine('FATA', m), code: 1 });
const ns = (ms: number) => String(ms * 1_000_000 + 123_456);
const table = (rows: string[][]) => (rows.length ? tabwrite(rows.map((r) => r.join('\t')).join('\n'), 3, 20) + '\n' : '');
const block = (title: string, m: Record<string, string>) => `${title}:\n` + Object.keys(m).sort().map((k) => `\t${k} -> ${m[k]}\n`).join('');
const STATE: Record<string, string> = { CONTAINER_CREATED: 'Created', CONTAINER_RUNNING: 'Running', CONTAINER_EXITED: 'Exited', CONTAINER_UNKNOWN: 'Unknown' };

function labelPairs(opts: Options): [string, string][] | string {
  const out: [string, string][] = [];
  for (const l of opts.all('label')) {
    const pair = l.split('=');
    if (pair.length !== 2) return `incorrectly specified label: ${l}`;
    out.push([pair[0], pair[1]]);
  }
  return out;
}
const regex = (v: string | undefined) => {
  if (!v) return null;
  try {
    return new RegExp(v);
  } catch {
    return /(?!)/;
  }
};

/** `crictl ps` with -o json|yaml, -v, --no-trunc or -r */
export function ps(st: K8sState, h: Host, opts: Options, now: number): Out {
  const state = opts.str('state');
  if (state && !['created', 'running', 'exited', 'unknown'].includes(state.toLowerCase())) return fail('--state should be one of created, running, exited or unknown');
  const labels = labelPairs(opts);
  if (typeof labels === 'string') return fail(labels);
  const last = Number(opts.str('last') ?? 0) || 0;
  const latest = opts.bool('latest');
  const want = latest || last > 0 ? undefined : state ? 'CONTAINER_' + state.toUpperCase() : opts.bool('all') ? undefined : 'CONTAINER_RUNNING';
  const id = opts.str('id') ?? '';
  const pod = opts.str('pod') ?? '';
  const name = regex(opts.str('name'));
  const imageWanted = opts.str('image') ? imageFilterId(st, h, opts.str('image')!) : undefined;
  const list = containersHere(st, h)
    .filter((c) => (imageWanted === undefined || imageWanted === imageId(c.image)) && (!want || c.state === want) && (!id || c.id.startsWith(id)) && (!pod || c.sandbox.startsWith(pod)) && labels.every(([k, v]) => ctrLabels(c)[k] === v) && (!name || name.test(c.name)))
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.createdAt - a.c.createdAt || a.i - b.i)
    .map((x) => x.c);
  const shown = list.slice(0, latest ? 1 : last > 0 ? last : list.length);
  const output = opts.str('output') ?? 'table';
  if (output === 'json' || output === 'yaml') {
    const containers = shown.map((c) => ({
      id: c.id,
      podSandboxId: c.sandbox,
      metadata: { name: c.name, attempt: c.attempt },
      image: { image: 'sha256:' + imageId(c.image), annotations: {}, userSpecifiedImage: '' },
      imageRef: 'sha256:' + imageId(c.image),
      state: c.state,
      createdAt: ns(c.createdAt),
      labels: ctrLabels(c),
      annotations: ctrAnnotations(c),
    }));
    return ok(output === 'json' ? goJson({ containers }) + '\n' : toYaml({ containers }) + '\n\n');
  }
  if (output !== 'table') return fail(`listing containers: unsupported output format "${output}"`);
  const verbose = opts.bool('verbose');
  const quiet = opts.bool('quiet');
  const rows: string[][] = verbose || quiet ? [] : [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD']];
  let text = '';
  for (const c of shown) {
    if (quiet) {
      text += c.id + '\n';
      continue;
    }
    const ago = unitsAgo(now - c.createdAt);
    if (!verbose) {
      const trunc = !opts.bool('no-trunc');
      let image = trunc ? imageId(c.image).slice(0, 13) : 'sha256:' + imageId(c.image);
      if (opts.bool('resolve-image-path')) image = parseImage(c.image).full;
      rows.push([trunc ? c.id.slice(0, 13) : c.id, image, ago, STATE[c.state], c.name, String(c.attempt), trunc ? c.sandbox.slice(0, 13) : c.sandbox, c.pod.metadata.name]);
      continue;
    }
    text += `ID: ${c.id}\nPodID: ${c.sandbox}\nName: ${c.name}\nAttempt: ${c.attempt}\nState: ${STATE[c.state]}\nImage: sha256:${imageId(c.image)}\nCreated: ${ago}\n${block('Labels', ctrLabels(c))}${block('Annotations', ctrAnnotations(c))}\n`;
  }
  return ok(text + table(rows));
}

/** `crictl pods` with -o json|yaml or -v */
export function pods(st: K8sState, h: Host, opts: Options): Out {
  const state = opts.str('state');
  if (state && !['ready', 'notready'].includes(state.toLowerCase())) return fail('--state should be ready or notready');
  const labels = labelPairs(opts);
  if (typeof labels === 'string') return fail(labels);
  const name = regex(opts.str('name'));
  const nsRe = regex(opts.str('namespace'));
  const id = opts.str('id') ?? '';
  const last = Number(opts.str('last') ?? 0) || 0;
  const list = sandboxesHere(st, h)
    .filter((s) => (!id || s.id.startsWith(id)) && (!state || (state.toLowerCase() === 'ready') === s.ready) && labels.every(([k, v]) => sandboxLabels(s.pod)[k] === v) && (!name || name.test(s.pod.metadata.name)) && (!nsRe || nsRe.test(s.pod.metadata.namespace ?? '')))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.createdAt - a.s.createdAt || a.i - b.i)
    .map((x) => x.s);
  const shown = list.slice(0, opts.bool('latest') ? 1 : last > 0 ? last : list.length);
  const output = opts.str('output') ?? 'table';
  if (output === 'json' || output === 'yaml') {
    const items = shown.map((s) => ({
      id: s.id,
      metadata: { name: s.pod.metadata.name, uid: s.pod.metadata.uid, namespace: s.pod.metadata.namespace, attempt: s.attempt },
      state: s.ready ? 'SANDBOX_READY' : 'SANDBOX_NOTREADY',
      createdAt: ns(s.createdAt),
      labels: sandboxLabels(s.pod),
      annotations: sandboxAnnotations(s.pod),
      runtimeHandler: s.made?.runtime ?? '',
    }));
    return ok(output === 'json' ? goJson({ items }) + '\n' : toYaml({ items }) + '\n\n');
  }
  if (output !== 'table') return fail(`listing pod sandboxes: unsupported output format "${output}"`);
  let text = '';
  for (const s of shown) {
    if (opts.bool('quiet')) {
      text += s.id + '\n';
      continue;
    }
    text += `ID: ${s.id}\nName: ${s.pod.metadata.name}\nUID: ${s.pod.metadata.uid}\nNamespace: ${s.pod.metadata.namespace}\n${s.attempt ? `Attempt: ${s.attempt}\n` : ''}Status: ${s.ready ? 'Ready' : 'NotReady'}\nCreated: ${goTime(s.createdAt, fnv32a(s.id + '#ns') % 1_000_000)}\n${block('Labels', sandboxLabels(s.pod))}${block('Annotations', sandboxAnnotations(s.pod))}Runtime: ${s.made?.runtime || '(default)'}\n\n`;
  }
  return ok(text);
}


/** `crictl images` with -o json|yaml, -v, --digests or --no-trunc */
export function images(st: K8sState, h: Host, opts: Options): Out {
  const refs = [...(st.cluster.nodes.get(hostname(h))?.images ?? [])].sort();
  const root = (r: string) => !/metrics-server|coredns|kube-(apiserver|controller|scheduler)/.test(r);
  const imgs = refs.map((r) => {
    const pr = pullable(r);
    return { ref: r, id: 'sha256:' + imageId(r), digest: repoDigest(r), size: pr.ok ? pr.size : 0, uid: root(r) ? '0' : null, pinned: /\/pause:/.test(r) };
  });
  const output = opts.str('output') ?? '';
  if (output === 'json' || output === 'yaml') {
    const images = imgs.map((i) => ({ id: i.id, repoTags: [parseImage(i.ref).full], repoDigests: [i.digest], size: String(i.size), uid: i.uid === null ? null : { value: i.uid }, username: '', spec: null, pinned: i.pinned }));
    return ok(output === 'json' ? goJson({ images }) + '\n' : toYaml({ images }) + '\n\n');
  }
  const verbose = opts.bool('verbose');
  const quiet = opts.bool('quiet');
  const digests = opts.bool('digests');
  const rows: string[][] = verbose || quiet ? [] : [digests ? ['IMAGE', 'TAG', 'DIGEST', 'IMAGE ID', 'SIZE'] : ['IMAGE', 'TAG', 'IMAGE ID', 'SIZE']];
  let text = '';
  for (const i of imgs) {
    if (quiet) {
      text += i.id + '\n';
      continue;
    }
    const ref = parseImage(i.ref);
    if (!verbose) {
      const trunc = !opts.bool('no-trunc');
      const id = trunc ? i.id.slice(7, 20) : i.id;
      const dg = i.digest.split('@')[1];
      rows.push(digests ? [ref.repo, ref.tag, trunc ? dg.slice(7, 20) : dg, id, humanSize(i.size, 3)] : [ref.repo, ref.tag, id, humanSize(i.size, 3)]);
      continue;
    }
    text += `ID: ${i.id}\nRepoTags: ${ref.full}\nRepoDigests: ${i.digest}\n${i.size ? `Size: ${i.size}\n` : ''}${i.uid !== null ? `Uid: &Int64Value{Value:${i.uid},}\n` : ''}\n`;
  }
  return ok(text + table(rows));
}

export type { Ctr };

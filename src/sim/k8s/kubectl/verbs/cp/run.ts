/**
 * kubectl cp: a file from this machine into a container, or out of one (kubectl runs tar in the container,
 * which notes that it drops the leading '/').
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, type KResult } from '../../result';
import { container } from '../../pods';
import { containerExec, containerFiles } from '../../../container';

const FORMAT = 'filespec must match the canonical format: [[namespace/]pod:]file/path';

/** `[namespace/]pod:path` → its parts, null for a local path, or kubectl's complaint */
function remote(spec: string): { ns?: string; pod: string; path: string } | null | string {
  const i = spec.indexOf(':');
  if (i === 0) return FORMAT;
  if (i < 0) return null;
  const pieces = spec.slice(0, i).split('/');
  if (pieces.length > 2) return FORMAT;
  return pieces.length === 1 ? { pod: pieces[0], path: spec.slice(i + 1) } : { ns: pieces[0], pod: pieces[1], path: spec.slice(i + 1) };
}

export function run(k: Kubectl, p: Parsed): KResult {
  const [src, dst] = p.args;
  const from = remote(src);
  const to = remote(dst);
  if (typeof from === 'string' || typeof to === 'string') return fail(`error: ${typeof from === 'string' ? from : to}`);
  if (from && to) return fail('error: one of src or dest must be a local file specification');
  if (!from && !to) return fail('error: one of src or dest must be a remote file specification');
  const r = (from ?? to)!;
  const ns = r.ns ?? k.ns(p);
  const pod = k.c.get('Pod', ns, r.pod);
  if (!pod) return fail(`Error from server (NotFound): pods "${r.pod}" not found`);
  const ct = container(k, pod, p.flags.container as string | undefined);
  if ('code' in ct) return ct;
  const note = ct.note;
  if (to) {
    const text = k.env.readFile?.(src);
    if (text === null || text === undefined) return fail(`error: ${src} doesn't exist in local filesystem`);
    const path = to.path.endsWith('/') || ['/tmp', '/root', '/'].includes(to.path) ? `${to.path.replace(/\/+$/, '')}/${src.split('/').pop()}` : to.path;
    containerFiles(pod, ct.c.name).set(path.startsWith('/') ? path : `/${path}`, text);
    return { out: '', err: note, code: 0 };
  }
  const got = containerExec(k.c, pod, ct.c, ['cat', from!.path]);
  const lead = from!.path.startsWith('/') ? "tar: Removing leading `/' from member names\n" : '';
  if (got.code !== 0) return { out: '', err: `${note}${lead}tar: ${from!.path}: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n`, code: 1 };
  const e = k.env.writeFile?.(dst, got.out);
  if (e) return fail(`error: ${e}`);
  return { out: '', err: note + lead, code: 0 };
}

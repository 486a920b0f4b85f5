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

/** the image's top directories: under these the image has more than the simulator knows of, so they are taken as there */
const IMAGE_DIRS = ['bin', 'boot', 'dev', 'etc', 'lib', 'lib64', 'proc', 'run', 'sbin', 'sys', 'usr', 'var'];
/** directories that start empty (or nearly): a subdirectory there exists only once something was copied into it */
const EMPTY_DIRS = ['/', '/tmp', '/root', '/home', '/mnt', '/media', '/opt', '/srv'];

const NGINX_DIRS = ['/usr/share/nginx/html', '/etc/nginx', '/etc/nginx/conf.d'];

/** A directory the simulator knows the container has: the image's top ones, volume mounts and what copies made. */
function knownDir(pod: any, ct: any, dir: string): boolean {
  const d = dir.replace(/\/+$/, '') || '/';
  if (EMPTY_DIRS.includes(d) || IMAGE_DIRS.some((x) => d === `/${x}`) || NGINX_DIRS.includes(d)) return true;
  if ((ct.volumeMounts ?? []).some((m: any) => m.mountPath.replace(/\/+$/, '') === d || m.mountPath.startsWith(d + '/'))) return true;
  return [...containerFiles(pod, ct.name).keys()].some((f) => f.startsWith(d + '/'));
}
/** A directory that may be there: a known one, or anything under the image's system directories. */
const mayExist = (pod: any, ct: any, dir: string) => knownDir(pod, ct, dir) || IMAGE_DIRS.includes(dir.split('/')[1] ?? '');

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
    // kubectl runs `test -d DEST` first: into a directory the file keeps its name; then `tar -xmf - -C <its directory>`
    const abs = to.path.startsWith('/') ? to.path : `/${to.path}`;
    const path = knownDir(pod, ct.c, abs) || (abs.endsWith('/') && mayExist(pod, ct.c, abs.replace(/\/+$/, ''))) ? `${abs.replace(/\/+$/, '')}/${src.split('/').pop()}` : abs;
    const dir = to.path.includes('/') ? to.path.slice(0, to.path.lastIndexOf('/')) || '/' : '';
    if (dir && !mayExist(pod, ct.c, path.slice(0, path.lastIndexOf('/')) || '/')) {
      // the container's tar cannot change into it: busybox's words, or GNU tar's (Debian images); kubectl then
      // reports the exit code as exec does
      const busybox = /busybox|alpine/.test(ct.c.image);
      const msg = busybox ? `tar: can't change directory to '${dir}': No such file or directory\n` : `tar: ${dir}: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n`;
      const code = busybox ? 1 : 2;
      return { out: '', err: `${note}${msg}command terminated with exit code ${code}\n`, code };
    }
    containerFiles(pod, ct.c.name).set(path, text);
    return { out: '', err: note, code: 0 };
  }
  const got = containerExec(k.c, pod, ct.c, ['cat', from!.path]);
  const lead = from!.path.startsWith('/') ? "tar: Removing leading `/' from member names\n" : '';
  if (got.code !== 0) return { out: '', err: `${note}${lead}tar: ${from!.path}: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n`, code: 1 };
  const e = k.env.writeFile?.(dst, got.out);
  if (e) return fail(`error: ${e}`);
  return { out: '', err: note + lead, code: 0 };
}

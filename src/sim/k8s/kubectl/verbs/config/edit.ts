/**
 * kubectl config sub-commands that change entries (staging/src/k8s.io/kubectl/pkg/cmd/config of 1.28):
 * set-credentials, set-cluster, delete-cluster, delete-user, set and unset. Paths to certificate files are kept
 * absolute (filepath.Abs) unless --embed-certs reads the file into the `-data` field; the messages and usage
 * errors are the ones recorded from kubectl 1.28 and 1.29 (tests/golden/kubectl).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Parsed } from '../../cli';
import type { ConfigIO, ConfigResult, KubeConfig } from './kubeconfig';

const ok = (out = ''): ConfigResult => ({ out, err: '', code: 0 });
const fail = (err: string, out = ''): ConfigResult => ({ out, err: err + '\n', code: 1 });
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const goList = (a: string[]) => `[${a.join(' ')}]`;
const flag = (p: Parsed, name: string): string | undefined => (typeof p.flags[name] === 'string' ? (p.flags[name] as string) : undefined);
const on = (p: Parsed, name: string) => p.flags[name] === true || p.flags[name] === 'true';

/** base64 of a file's bytes, as the client embeds it */
function b64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

function statError(io: ConfigIO, what: string, file: string): string | null {
  return io.readFile?.(file) == null ? `error: could not stat ${what} file ${file}: stat ${file}: no such file or directory` : null;
}

export function setCredentials(p: Parsed, io: ConfigIO, c: KubeConfig, help: () => string, save: (c: KubeConfig) => void): ConfigResult {
  if (p.args.length !== 1) return fail(`error: unexpected args: ${goList(p.args)}`, help());
  const name = p.args[0];
  const cert = flag(p, 'client-certificate');
  const key = flag(p, 'client-key');
  const embed = on(p, 'embed-certs');
  if (embed) {
    if (!cert && !key) return fail('error: you must specify a --client-certificate or --client-key to embed');
    const e = (cert && statError(io, 'client-certificate', cert)) || (key && statError(io, 'client-key', key));
    if (e) return fail(e);
  }
  let entry = c.users.find((u) => u.name === name);
  if (!entry) {
    entry = { name, user: {} };
    c.users = [...c.users, entry].sort(byName);
  }
  const u = entry.user;
  for (const [value, field] of [[cert, 'client-certificate'], [key, 'client-key']] as const) {
    if (value === undefined) continue;
    if (embed) {
      u[`${field}-data`] = b64(io.readFile!(value) ?? '');
      delete u[field];
    } else {
      u[field] = io.abs ? io.abs(value) : value;
      if (u[field]) delete u[`${field}-data`];
    }
  }
  for (const f of ['token', 'username', 'password'] as const) {
    const v = flag(p, f);
    if (v === undefined) continue;
    u[f] = v;
    if (f === 'token' && v) delete u.tokenFile;
  }
  save(c);
  return ok(`User "${name}" set.\n`);
}

export function setCluster(p: Parsed, io: ConfigIO, c: KubeConfig, help: () => string, save: (c: KubeConfig) => void): ConfigResult {
  if (p.args.length !== 1) return fail(`error: Unexpected args: ${goList(p.args)}`, help());
  const name = p.args[0];
  const ca = flag(p, 'certificate-authority');
  const embed = on(p, 'embed-certs');
  if (embed && ca) {
    const e = statError(io, 'certificate-authority', ca);
    if (e) return fail(e);
  }
  let entry = c.clusters.find((x) => x.name === name);
  if (!entry) {
    entry = { name, cluster: { server: '' } };
    c.clusters = [...c.clusters, entry].sort(byName);
  }
  const cl = entry.cluster;
  const server = flag(p, 'server');
  if (server !== undefined) cl.server = server;
  const tls = flag(p, 'tls-server-name');
  if (tls !== undefined) cl['tls-server-name'] = tls;
  if (p.flags['insecure-skip-tls-verify'] !== undefined) {
    const insecure = on(p, 'insecure-skip-tls-verify');
    if (insecure) {
      cl['insecure-skip-tls-verify'] = true;
      // insecure mode clears any certificate authority
      delete cl['certificate-authority'];
      delete cl['certificate-authority-data'];
    } else delete cl['insecure-skip-tls-verify'];
  }
  if (ca !== undefined) {
    if (embed) {
      cl['certificate-authority-data'] = b64(io.readFile!(ca) ?? '');
      delete cl['certificate-authority'];
    } else {
      cl['certificate-authority'] = io.abs ? io.abs(ca) : ca;
      if (ca) delete cl['certificate-authority-data'];
    }
    if (ca) delete cl['insecure-skip-tls-verify'];
  }
  save(c);
  return ok(`Cluster "${name}" set.\n`);
}

export function deleteEntry(kind: 'cluster' | 'user', p: Parsed, io: ConfigIO, c: KubeConfig, help: () => string, save: (c: KubeConfig) => void): ConfigResult {
  const name = p.args[0];
  if (!name) return kind === 'cluster' ? ok(help()) : fail("error: user to delete is required\nSee 'kubectl config delete-user -h' for help and examples");
  const list = kind === 'cluster' ? c.clusters : c.users;
  if (!list.some((x) => x.name === name)) return fail(`error: cannot delete ${kind} ${name}, not in ${io.path}`);
  if (kind === 'cluster') c.clusters = c.clusters.filter((x) => x.name !== name);
  else c.users = c.users.filter((x) => x.name !== name);
  save(c);
  return ok(`deleted ${kind} ${name} from ${io.path}\n`);
}

/** Go's zero values the kubeconfig keeps for fields without omitempty */
const REQUIRED: Record<string, Record<string, string>> = { clusters: { server: '' }, contexts: { cluster: '', user: '' }, users: {} };

/** `config set PROPERTY VALUE` and `config unset PROPERTY`: current-context, or <clusters|contexts|users>.NAME.FIELD */
export function setProperty(p: Parsed, c: KubeConfig, help: () => string, save: (c: KubeConfig) => void, unset: boolean): ConfigResult {
  const want = unset ? 1 : 2;
  if (p.args.length !== want) return fail(`error: Unexpected args: ${goList(p.args)}`, help());
  const [prop, value] = p.args;
  const steps = prop.split('.');
  if (steps[0] === 'current-context' && steps.length === 1) c['current-context'] = unset ? '' : value;
  else if (['clusters', 'contexts', 'users'].includes(steps[0]) && steps.length >= 2) {
    const kind = steps[0] as 'clusters' | 'contexts' | 'users';
    const field = kind === 'clusters' ? 'cluster' : kind === 'contexts' ? 'context' : 'user';
    const list: any[] = c[kind];
    let entry = list.find((x) => x.name === steps[1]);
    if (steps.length === 2) {
      if (unset) (c as any)[kind] = list.filter((x) => x.name !== steps[1]);
    } else {
      if (!entry) {
        if (unset) return ok(`Property "${prop}" unset.\n`);
        entry = { name: steps[1], [field]: { ...REQUIRED[kind] } };
        (c as any)[kind] = [...list, entry].sort(byName);
      }
      const key = steps.slice(2).join('.');
      if (unset) {
        if (key in REQUIRED[kind]) entry[field][key] = '';
        else delete entry[field][key];
      } else entry[field][key] = key === 'insecure-skip-tls-verify' ? value === 'true' : value;
    }
  }
  save(c);
  return ok(`Property "${prop}" ${unset ? 'unset' : 'set'}.\n`);
}

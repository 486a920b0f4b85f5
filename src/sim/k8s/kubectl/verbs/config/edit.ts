/**
 * kubectl config sub-commands that change entries (staging/src/k8s.io/kubectl/pkg/cmd/config of 1.28):
 * set-credentials, set-cluster, delete-cluster, delete-user, set and unset. Paths to certificate files are kept
 * absolute (filepath.Abs) unless --embed-certs reads the file into the `-data` field; the messages and usage
 * errors are the ones recorded from kubectl 1.28 and 1.29 (tests/golden/kubectl).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Parsed } from '../../cli';
import type { ConfigIO, ConfigResult, KubeConfig } from './kubeconfig';
import { modify } from './props';

const ok = (out = ''): ConfigResult => ({ out, err: '', code: 0 });
const fail = (err: string, out = ''): ConfigResult => ({ out, err: err + '\n', code: 1 });
const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const goList = (a: string[]) => `[${a.join(' ')}]`;
const flag = (p: Parsed, name: string): string | undefined => (typeof p.flags[name] === 'string' ? (p.flags[name] as string) : undefined);
const on = (p: Parsed, name: string) => p.flags[name] === true || p.flags[name] === 'true';
/** a repeatable flag's values */
const list = (p: Parsed, name: string): string[] => {
  const v = p.flags[name];
  return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
};

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
  // complete(): the key=value pairs (a trailing "-" removes a key)
  const pairs = (f: string) => {
    const set: [string, string][] = [];
    const remove: string[] = [];
    const bad: string[] = [];
    for (const a of list(p, f)) {
      if (a.includes('=') && a[0] !== '=') {
        const i = a.indexOf('=');
        set.push([a.slice(0, i), a.slice(i + 1)]);
      } else if (a.endsWith('-') && a !== '-') remove.push(a.slice(0, -1));
      else bad.push(a);
    }
    return { set, remove, bad };
  };
  const ap = pairs('auth-provider-arg');
  if (ap.bad.length) return fail(`error: invalid auth-provider-arg format: ${ap.bad.join(', ')}`);
  const ev = pairs('exec-env');
  if (ev.bad.length) return fail(`error: invalid exec-env format: ${ev.bad.join(', ')}`);
  // validate()
  if (!name) return fail('error: you must specify a non-empty user name');
  const methods: string[] = [];
  if (flag(p, 'token')) methods.push('--token');
  if (flag(p, 'username') || flag(p, 'password')) methods.push('--username/--password');
  if (methods.length > 1) return fail(`error: you cannot specify more than one authentication method at the same time: ${methods.join(', ')}`);
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
  // modifyAuthInfo(): a token and basic authentication exclude each other
  let setToken = false;
  let setBasic = false;
  for (const f of ['token', 'username', 'password'] as const) {
    const v = flag(p, f);
    if (v === undefined) continue;
    if (v) u[f] = v;
    else delete u[f];
    if (f === 'token') setToken = !!v;
    else setBasic ||= !!v;
  }
  const provider = flag(p, 'auth-provider');
  if (provider !== undefined && u['auth-provider']?.name !== provider) u['auth-provider'] = { name: provider };
  if (u['auth-provider']) {
    const conf = (u['auth-provider'].config ??= {});
    for (const k of ap.remove) delete conf[k];
    for (const [k, v] of ap.set) conf[k] = v;
  }
  const command = flag(p, 'exec-command');
  if (command !== undefined) {
    if (!u.exec) u.exec = { command, provideClusterInfo: false };
    else {
      u.exec.command = command;
      delete u.exec.args;
    }
  }
  if (u.exec) {
    const api = flag(p, 'exec-api-version');
    if (api !== undefined) u.exec.apiVersion = api;
    const args = list(p, 'exec-arg');
    if (args.length) u.exec.args = args;
    if (ev.remove.length) u.exec.env = (u.exec.env ?? []).filter((e: { name: string }) => !ev.remove.includes(e.name));
    if (ev.set.length) {
      const env: { name: string; value: string }[] = u.exec.env ?? [];
      for (const [k, v] of ev.set) {
        const have = env.find((e) => e.name === k);
        if (have) have.value = v;
        else env.push({ name: k, value: v });
      }
      u.exec.env = env;
    }
  }
  if (setToken || setBasic) {
    if (!setToken) delete u.token;
    if (!setBasic) delete u.username, delete u.password;
  }
  save(c);
  return ok(`User "${name}" set.\n`);
}

export function setCluster(p: Parsed, io: ConfigIO, c: KubeConfig, help: () => string, save: (c: KubeConfig) => void): ConfigResult {
  if (p.args.length !== 1) return fail(`error: Unexpected args: ${goList(p.args)}`, help());
  const name = p.args[0];
  const ca = flag(p, 'certificate-authority');
  const embed = on(p, 'embed-certs');
  // validate()
  if (!name) return fail('error: you must specify a non-empty cluster name');
  if (on(p, 'insecure-skip-tls-verify') && ca) return fail('error: you cannot specify a certificate authority and insecure mode at the same time');
  if (embed) {
    if (!ca) return fail('error: you must specify a --certificate-authority to embed');
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
  if (server !== undefined) {
    cl.server = server;
    delete cl['tls-server-name'];
  }
  const tls = flag(p, 'tls-server-name');
  if (tls) cl['tls-server-name'] = tls;
  else if (tls !== undefined) delete cl['tls-server-name'];
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
  const proxy = flag(p, 'proxy-url');
  if (proxy) cl['proxy-url'] = proxy;
  else if (proxy !== undefined) delete cl['proxy-url'];
  save(c);
  return ok(`Cluster "${name}" set.\n`);
}

export function deleteEntry(kind: 'cluster' | 'user', p: Parsed, io: ConfigIO, c: KubeConfig, help: () => string, save: (c: KubeConfig) => void): ConfigResult {
  // runDeleteCluster() prints the help unless there is one name; DeleteUserOptions.Complete() is a usage error
  if (p.args.length !== 1) return kind === 'cluster' ? ok(help()) : fail("error: user to delete is required\nSee 'kubectl config delete-user -h' for help and examples");
  const name = p.args[0];
  const list = kind === 'cluster' ? c.clusters : c.users;
  if (!list.some((x) => x.name === name)) return fail(`error: cannot delete ${kind} ${name}, not in ${io.path}`);
  if (kind === 'cluster') c.clusters = c.clusters.filter((x) => x.name !== name);
  else c.users = c.users.filter((x) => x.name !== name);
  save(c);
  return ok(`deleted ${kind} ${name} from ${io.path}\n`);
}

/** `config set PROPERTY VALUE` and `config unset PROPERTY` (props.ts walks the name) */
export function setProperty(p: Parsed, c: KubeConfig, help: () => string, save: (c: KubeConfig) => void, unset: boolean): ConfigResult {
  const want = unset ? 1 : 2;
  if (p.args.length !== want) return fail(`error: Unexpected args: ${goList(p.args)}`, help());
  const [prop, value] = p.args;
  // validate()
  if (!unset && !value) return fail('error: you cannot use set to unset a property');
  if (!prop) return fail('error: you must specify a property');
  const e = modify(c, prop, unset ? '' : value, unset, unset || on(p, 'set-raw-bytes'));
  if (e) return fail(`error: ${e}`);
  save(c);
  return ok(`Property "${prop}" ${unset ? 'unset' : 'set'}.\n`);
}

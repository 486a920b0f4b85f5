/**
 * What every `kubectl create <sub>` shares: the object it builds on the client (fields in the Go struct's
 * order, as `-o json` prints them) and the checks before it.
 */
import type { Parsed } from '../../cli';

/* eslint-disable @typescript-eslint/no-explicit-any */
export interface BuildIO {
  /** a file's text, or null when it cannot be read */
  readFile(path: string): string | null;
  /** the server's object named by `TYPE/NAME` (create job --from), or the error the builder prints */
  lookup?(ref: string, ns: string): { obj: any } | { error: string };
  /** the namespace the command works in */
  ns?: string;
}
export type Built = { obj: any; resource: string } | { error: string };
export type Builder = (p: Parsed, io: BuildIO) => Built;

export function meta(p: Parsed, name: string, labels?: Record<string, string>): any {
  const m: any = { name };
  if (typeof p.flags.namespace === 'string') m.namespace = p.flags.namespace;
  m.creationTimestamp = null;
  if (labels) m.labels = labels;
  return m;
}

export function strs(p: Parsed, flag: string): string[] {
  return (p.flags[flag] as string[] | undefined) ?? [];
}

/** IsEnvVarName's message (apimachinery validation.go), as cmdutil.AddFromEnvFile prints it for a bad key */
const ENV_NAME_MSG =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

/**
 * key=value pairs from --from-file, --from-literal and --from-env-file (configmap, secret generic), in that order,
 * with the checks of create_configmap.go / create_secret.go: env files stand alone, a key may come only once, and
 * each env-file line goes through cmdutil.processEnvFileLine (leading blanks trimmed, # comments skipped).
 */
export function sources(p: Parsed, io: BuildIO, kind: 'ConfigMap' | 'Secret' = 'ConfigMap'): { data: Record<string, string> } | { error: string } {
  const data: Record<string, string> = {};
  const files = strs(p, 'from-file');
  const literals = strs(p, 'from-literal');
  const envFiles = strs(p, 'from-env-file');
  if (envFiles.length && (files.length || literals.length)) return { error: 'error: from-env-file cannot be combined with from-file or from-literal' };
  const add = (key: string, value: string): string | null => {
    if (key in data)
      return kind === 'ConfigMap'
        ? `error: cannot add key "${key}", another key by that name already exists in Data for ConfigMap "${p.args[0]}"`
        : `error: cannot add key ${key}, another key by that name already exists`;
    data[key] = value;
    return null;
  };
  for (const f of files) {
    const eq = f.indexOf('=');
    const [k, path] = eq > 0 ? [f.slice(0, eq), f.slice(eq + 1)] : [f.split('/').pop()!, f];
    const text = io.readFile(path);
    if (text == null) return { error: `error: error reading ${path}: no such file or directory` };
    const e = add(k, text);
    if (e) return { error: e };
  }
  for (const l of literals) {
    const i = l.indexOf('=');
    if (i < 0) return { error: `error: invalid literal source ${l}, expected key=value` };
    const e = add(l.slice(0, i), l.slice(i + 1));
    if (e) return { error: e };
  }
  for (const path of envFiles) {
    const text = io.readFile(path);
    if (text == null) return { error: `error: error reading ${path}: no such file or directory` };
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const line of lines) {
      const t = line.replace(/^\s+/, '');
      if (!t || t.startsWith('#')) continue;
      const i = t.indexOf('=');
      const key = i < 0 ? t : t.slice(0, i);
      if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(key)) return { error: `error: "${key}" is not a valid key name: ${ENV_NAME_MSG}` };
      const e = add(key, i < 0 ? '' : t.slice(i + 1));
      if (e) return { error: e };
    }
  }
  return { data };
}

export function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function sorted<T>(o: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** a pod template's single container, as create job / cronjob build it */
export function jobTemplate(p: Parsed, name: string, restart: string): any {
  const c: any = { name, image: p.flags.image };
  if (p.rest.length) c.command = [...p.rest];
  c.resources = {};
  return { metadata: { creationTimestamp: null }, spec: { containers: [c], restartPolicy: restart } };
}

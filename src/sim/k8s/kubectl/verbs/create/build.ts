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

/** key=value pairs from --from-literal, --from-file and --from-env-file (configmap, secret generic) */
export function sources(p: Parsed, io: BuildIO): { data: Record<string, string> } | { error: string } {
  const data: Record<string, string> = {};
  for (const f of strs(p, 'from-file')) {
    const eq = f.indexOf('=');
    const [k, path] = eq > 0 ? [f.slice(0, eq), f.slice(eq + 1)] : [f.split('/').pop()!, f];
    const text = io.readFile(path);
    if (text == null) return { error: `error: error reading ${path}: no such file or directory` };
    data[k] = text;
  }
  for (const l of strs(p, 'from-literal')) {
    const i = l.indexOf('=');
    if (i <= 0) return { error: `error: invalid literal source ${l}, expected key=value` };
    data[l.slice(0, i)] = l.slice(i + 1);
  }
  for (const path of strs(p, 'from-env-file')) {
    const text = io.readFile(path);
    if (text == null) return { error: `error: open ${path}: no such file or directory` };
    for (const line of text.split('\n')) {
      const t = line.trim();
      if (!t || t.startsWith('#')) continue;
      const i = t.indexOf('=');
      data[i < 0 ? t : t.slice(0, i)] = i < 0 ? '' : t.slice(i + 1);
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

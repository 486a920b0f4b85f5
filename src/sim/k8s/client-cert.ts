/**
 * Who the API server takes a kubectl request for when it authenticates the kubeconfig's client certificate
 * (kube-apiserver's x509 authenticator, --client-ca-file=/etc/kubernetes/pki/ca.crt): the certificate must chain to
 * the cluster's CA and be within its dates, else every request is answered 401; the user is the subject's common
 * name and the groups its organizations. The kubeconfig entry is chosen as client-go does: --context (else the
 * current context), its cluster and user, --user and --cluster over them, --client-certificate over the user's
 * certificate (embedded data, or a file relative to the kubeconfig's folder).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { children, content, read, unbase64, type Bytes } from './pki/der';
import { extension, firstCert, nameAttrs, subjectKeyIdOf, type Certificate } from './pki/parse';

export interface Chosen {
  server: string | null;
  namespace?: string;
  /** the authenticated user, when the entry has a client certificate the authenticator accepts */
  identity?: { user: string; groups: string[] };
  /** the certificate is not the cluster CA's or is out of its dates: 401 */
  unauthorized?: boolean;
  /** client-go's refusal of the configuration itself (a context or user that is not there, unreadable files) */
  error?: string;
}

/** create rolebinding / clusterrolebinding and set subject have a --user of their own (the subject), not the kubeconfig's */
const ownUserFlag = (args: string[]) => args.some((a) => a === 'rolebinding' || a === 'clusterrolebinding' || a === 'subject' || a === 'config');

function flagValue(args: string[], name: string): string | undefined {
  if ((name === 'user' || name === 'cluster') && ownUserFlag(args)) return undefined;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

/** Whether the kubeconfig needs reading as YAML to know who the requests come from (kubeadm's admin.conf does not). */
export function needsIdentity(text: string, args: string[]): boolean {
  if (args.some((a) => /^--(context|client-certificate)(=|$)/.test(a) || (!ownUserFlag(args) && /^--(user|cluster)(=|$)/.test(a)))) return true;
  const users = text.match(/^- name: /gm)?.length ?? 0;
  return users > 1 || /^\s+client-certificate:/m.test(text) || (users === 1 && !/^- name: kubernetes-admin$/m.test(text));
}

const same = (a: Bytes, b: Bytes) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The authority key id's key identifier, or null. */
function authorityKeyId(c: Certificate): Bytes | null {
  const e = extension(c, '2.5.29.35');
  if (!e) return null;
  const id = children(read(e.value)).find((n) => n.tag === 0x80);
  return id ? content(id) : null;
}

/** Whether the CA issued the certificate (its name and key id) and the certificate is valid now. */
export function acceptedBy(c: Certificate, ca: Certificate, now: number): boolean {
  const aki = authorityKeyId(c);
  const caId = subjectKeyIdOf(ca);
  if (!same(c.issuer, ca.subject) || (aki && caId && !same(aki, caId))) return false;
  return now >= c.notBefore && now <= c.notAfter;
}

export function chooseIdentity(doc: any, args: string[], caPem: string | null, now: number, readFile: (path: string) => string | null, dir: string): Chosen {
  const ctxFlag = flagValue(args, 'context');
  const ctxName = ctxFlag || doc?.['current-context'];
  const ctxEntry = (doc?.contexts ?? []).find((x: any) => x?.name === ctxName);
  if (ctxFlag && !ctxEntry) return { server: null, error: `Error in configuration: context was not found for specified context: ${ctxFlag}` };
  const context = ctxEntry?.context ?? {};
  const clusterName = flagValue(args, 'cluster') || context.cluster;
  const cluster = (doc?.clusters ?? []).find((x: any) => x?.name === clusterName)?.cluster;
  const userName = flagValue(args, 'user') || context.user;
  const userEntry = (doc?.users ?? []).find((x: any) => x?.name === userName);
  if (flagValue(args, 'user') && !userEntry) return { server: null, error: `error: auth info "${userName}" does not exist` };
  const user = userEntry?.user ?? {};
  const out: Chosen = { server: cluster?.server ?? null, namespace: context.namespace || undefined };
  // files the entry names are read first, relative to the kubeconfig's folder: any that cannot be is reported
  const path = (f: string) => (f.startsWith('/') ? f : `${dir}/${f}`);
  const unreadable = (['client-certificate', 'client-key'] as const)
    .filter((k) => user[k] && readFile(path(String(user[k]))) === null)
    .map((k) => `* unable to read ${k === 'client-key' ? 'client-key' : 'client-cert'} ${path(String(user[k]))} for ${userName} due to open ${path(String(user[k]))}: no such file or directory`);
  if (unreadable.length) return { server: null, error: `Error in configuration: \n${unreadable.join('\n')}` };
  let pem: string | null = null;
  const certFlag = flagValue(args, 'client-certificate');
  if (certFlag) pem = readFile(certFlag);
  else if (user['client-certificate-data']) {
    const der = unbase64(String(user['client-certificate-data']));
    pem = der ? new TextDecoder().decode(der) : null;
  } else if (user['client-certificate']) pem = readFile(path(String(user['client-certificate'])));
  const cert = pem ? firstCert(pem) : null;
  if (!cert) return out;
  const attrs = nameAttrs(cert.subject);
  const cn = attrs.find(([o]) => o === '2.5.4.3')?.[1] ?? '';
  // a node's own credentials go through the Node authorizer, which is not simulated: they keep the admin's rights
  if (cn.startsWith('system:node:')) return out;
  const ca = caPem ? firstCert(caPem) : null;
  if (!ca || !acceptedBy(cert, ca, now)) return { ...out, unauthorized: true };
  return { ...out, identity: { user: cn, groups: attrs.filter(([o]) => o === '2.5.4.10').map(([, v]) => v) } };
}

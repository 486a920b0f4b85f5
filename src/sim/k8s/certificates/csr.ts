/**
 * CertificateSigningRequests (certificates.k8s.io/v1) and the controller manager's three certificate controllers:
 *   - the kubelets' client CSRs, made where kubeadm makes them: the control-plane kubelet, started with the client
 *     certificate kubeadm wrote into kubelet.conf, asks the certificate manager for a rotatable one as
 *     system:node:<name>; a joining kubelet asks with its bootstrap token, as system:bootstrap:<token-id>
 *     (client-go util/certificate: generateName "csr-", an ECDSA P-256 key, usages digital signature and client auth
 *     for a non-RSA key, DefaultKubeletClientGetUsages);
 *   - csrapproving (approver/sarapprove.go): a kubelet client CSR whose requester may create
 *     certificatesigningrequests/selfnodeclient (its own name) or /nodeclient gets Approved, reason AutoApproved;
 *   - csrsigning (signer/signer.go): an approved request for one of the kubernetes.io signers is issued, backdated
 *     5 minutes and valid for --cluster-signing-duration (8760h), or fails its signer's checks (SignerValidationFailure);
 *   - csrcleaner (cleaner/cleaner.go): every hour from the controller manager's start it deletes the CSRs issued or
 *     denied more than an hour before, and those still pending after 24 hours.
 * The cleaner runs as its polls come due when the CSRs are read (no timer: the cluster's schedule stays as it was).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { ALPHANUMS, fnv32a, nameUid } from '../rand';
import { authorize } from '../rbac/authorizer';
import { firstCert, subjectKeyIdOf } from '../pki/parse';
import { base64, certificate, certificateRequest, parseRequest, pem, unbase64, unpem, type AltNames, type ParsedRequest } from '../pki/csr';

export const KUBELET_CLIENT = 'kubernetes.io/kube-apiserver-client-kubelet';
export const API_CLIENT = 'kubernetes.io/kube-apiserver-client';
export const KUBELET_SERVING = 'kubernetes.io/kubelet-serving';
const LEGACY = 'kubernetes.io/legacy-unknown';
/** the group kubeadm's bootstrap tokens authenticate in */
const TOKEN_GROUP = 'system:bootstrappers:kubeadm:default-node-token';
const HOUR = 3600_000;
/** kube-controller-manager --cluster-signing-duration's default */
const SIGNING_TTL = 8760 * HOUR;
const BACKDATE = 5 * 60_000;

/** generateName "csr-" and five characters of utilrand's alphabet, drawn from a hash of what the CSR is for */
function csrName(c: Cluster, seed: string): string {
  for (let i = 0; ; i++) {
    let s = '';
    for (let j = 0; j < 5; j++) s += ALPHANUMS[fnv32a(`${seed}#${i}#${j}`) % ALPHANUMS.length];
    if (!c.store.get('CertificateSigningRequest')?.has(`csr-${s}`)) return `csr-${s}`;
  }
}

/** the request of a CSR as bytes parsed, or the reason x509 gives for refusing them */
export function requestOf(o: Obj): ParsedRequest | string {
  const raw = unbase64(String(o.spec?.request ?? ''));
  const block = raw ? unpem(new TextDecoder().decode(new Uint8Array(raw))) : null;
  if (!block || block.type !== 'CERTIFICATE REQUEST') return 'PEM block type must be CERTIFICATE REQUEST';
  return parseRequest(block.der) ?? 'x509: malformed certificate request';
}

/** the CONDITION column and describe's Status: Denied / Approved / Pending, then ,Failed and ,Issued */
export function csrStatus(o: Obj): string {
  const types = new Set((o.status?.conditions ?? []).map((x: any) => x.type));
  let s = types.has('Denied') ? 'Denied' : types.has('Approved') ? 'Approved' : 'Pending';
  if (types.has('Failed')) s += ',Failed';
  if (o.status?.certificate) s += ',Issued';
  return s;
}

export function hasCondition(o: Obj, type: string): boolean {
  return (o.status?.conditions ?? []).some((x: any) => x.type === type);
}

/** a condition as the API server stores it: both timestamps set to now where the writer left them out */
export function addCondition(c: Cluster, o: Obj, type: string, reason: string, message: string): void {
  o.status = { ...o.status, conditions: [...(o.status?.conditions ?? []), { lastTransitionTime: c.t, lastUpdateTime: c.t, message, reason, status: 'True', type }] };
}

function sameSet(a: string[] | undefined, b: string[]): boolean {
  return (a ?? []).length === b.length && b.every((x) => a!.includes(x));
}

/** capihelper.ValidateKubeletClientCSR */
function kubeletClientError(r: ParsedRequest, usages: string[]): string | null {
  if (!sameSet(r.subject.organization, ['system:nodes'])) return 'subject organization is not system:nodes';
  if (r.dnsNames.length) return 'dnsNames are not allowed';
  if (r.emailAddresses.length) return 'emailAddresses are not allowed';
  if (r.ipAddresses.length) return 'ipAddresses are not allowed';
  if (r.uris.length) return 'uriSANs are not allowed';
  if (!r.subject.commonName.startsWith('system:node:')) return 'subject common name does not begin with system:node:';
  const ok = usages.every((u) => ['key encipherment', 'digital signature', 'client auth'].includes(u)) && usages.includes('client auth') && usages.includes('digital signature');
  return ok ? null : `usages did not match [client auth digital signature key encipherment] or [client auth digital signature]`;
}

/** the signer's validation of a request for its signer name, or null */
function signerError(o: Obj, r: ParsedRequest): string | null {
  const usages: string[] = o.spec.usages ?? [];
  if (o.spec.signerName === KUBELET_CLIENT) return kubeletClientError(r, usages);
  if (o.spec.signerName === API_CLIENT) {
    for (const u of usages) if (!['digital signature', 'key encipherment', 'client auth'].includes(u)) return `invalid usage for client certificate: ${u}`;
    if (!usages.includes('client auth')) return 'missing required usage for client certificate: client auth';
  }
  return null;
}

/**
 * The CA the signer signs with (--cluster-signing-cert-file, kubeadm's /etc/kubernetes/pki/ca.crt): read from the
 * cluster-info ConfigMap kubeadm publishes it in. Its subject and subject key id name the issuer of what it signs.
 */
function clusterCA(c: Cluster): { name: number[]; keyId: number[] } | undefined {
  const kc = c.get('ConfigMap', 'kube-public', 'cluster-info')?.data?.kubeconfig ?? '';
  const data = /certificate-authority-data: (\S+)/.exec(kc)?.[1];
  const bytes = data ? unbase64(data) : null;
  const ca = bytes ? firstCert(new TextDecoder().decode(new Uint8Array(bytes))) : null;
  const keyId = ca ? subjectKeyIdOf(ca) : null;
  return ca && keyId ? { name: [...ca.subject], keyId: [...keyId] } : undefined;
}

/** csrsigning: an approved request for a kubernetes.io signer it knows is issued, or marked Failed */
export function signCsr(c: Cluster, o: Obj): void {
  if (!hasCondition(o, 'Approved') || hasCondition(o, 'Failed') || o.status?.certificate) return;
  if (![KUBELET_CLIENT, API_CLIENT, KUBELET_SERVING, LEGACY].includes(o.spec.signerName)) return;
  const r = requestOf(o);
  if (typeof r === 'string') return;
  const bad = signerError(o, r);
  if (bad) {
    addCondition(c, o, 'Failed', 'SignerValidationFailure', bad);
    c.touch(o);
    return;
  }
  const exp = o.spec.expirationSeconds;
  const ttl = exp === undefined ? SIGNING_TTL : Math.min(SIGNING_TTL, Math.max(10 * 60_000, exp * 1000));
  const der = certificate({ subject: r.subject, keyInfo: r.keyInfo, notBefore: c.t - BACKDATE, notAfter: c.t + ttl, usages: o.spec.usages ?? [], seed: `cert/${o.metadata.uid}`, alt: { dnsNames: r.dnsNames, ipAddresses: r.ipAddresses }, ca: clusterCA(c) });
  o.status = { ...o.status, certificate: base64([...new TextEncoder().encode(pem('CERTIFICATE', der))]) };
  c.touch(o);
}

/** csrapproving: a kubelet client request its requester may make (the node itself, or a bootstrapper, or an admin) */
export function autoApprove(c: Cluster, o: Obj): void {
  if (o.status?.certificate || hasCondition(o, 'Approved') || hasCondition(o, 'Denied') || o.spec.signerName !== KUBELET_CLIENT) return;
  const r = requestOf(o);
  if (typeof r === 'string' || kubeletClientError(r, o.spec.usages ?? [])) return;
  const groups: string[] = o.spec.groups ?? [];
  const self = o.spec.username === r.subject.commonName;
  // the SubjectAccessReview: create certificatesigningrequests/selfnodeclient (a CSR for the requester's own name) or
  // /nodeclient; the kubelets pass through kubeadm's bindings (kubeadm:node-autoapprove-certificate-rotation for
  // system:nodes, kubeadm:node-autoapprove-bootstrap for the bootstrap tokens' group), anyone else through RBAC
  const kubelet = self ? groups.includes('system:nodes') || groups.includes(TOKEN_GROUP) : groups.includes(TOKEN_GROUP);
  const attrs = { verb: 'create', group: 'certificates.k8s.io', resource: 'certificatesigningrequests', subresource: self ? 'selfnodeclient' : 'nodeclient' };
  if (!kubelet && !authorize(c, { user: o.spec.username, groups }, attrs).allowed) return;
  addCondition(c, o, 'Approved', 'AutoApproved', self ? 'Auto approving self kubelet client certificate after SubjectAccessReview.' : 'Auto approving kubelet client certificate after SubjectAccessReview.');
  c.touch(o);
}

/** a kubelet's CSR as its certificate manager posts it (generateName csr-, a new P-256 key), at `at` */
export function addKubeletCsr(c: Cluster, node: string, username: string, groups: string[], serving?: AltNames, at = c.t): Obj {
  const seed = `csr/${c.clusterName}/${c.endpoint}/${node}/${username}/${serving ? 'serving' : 'client'}/${at}`;
  const subject = { commonName: `system:node:${node}`, organization: ['system:nodes'] };
  // the key's seed is the uid's, so that the kubelet's key file can be written from the CSR
  const request = pem('CERTIFICATE REQUEST', certificateRequest(subject, `key/${nameUid(seed)}`, serving));
  const o = c.add({
    apiVersion: 'certificates.k8s.io/v1',
    kind: 'CertificateSigningRequest',
    metadata: { name: csrName(c, seed), generateName: 'csr-', uid: nameUid(seed), resourceVersion: '', creationTimestamp: at },
    spec: { groups, request: base64([...new TextEncoder().encode(request)]), signerName: serving ? KUBELET_SERVING : KUBELET_CLIENT, usages: ['digital signature', serving ? 'server auth' : 'client auth'], username },
    status: {},
  });
  csrCreated(c, o);
  return o;
}

/** a kubelet's client CSR, approved and issued as the controllers answer it within the same second */
export function addKubeletClientCsr(c: Cluster, node: string, username: string, groups: string[]): Obj {
  return addKubeletCsr(c, node, username, groups);
}

/** the controller manager's start: the cleaner's first pass, then one an hour */
function cleanerStart(c: Cluster): number | undefined {
  return c.get('Namespace', undefined, 'kube-system')?.metadata.creationTimestamp;
}

/** whether a poll of the cleaner came between `after` (exclusive) and now */
function polledSince(start: number, after: number, now: number): boolean {
  const k = Math.max(0, Math.floor((after - start) / HOUR) + 1);
  return start + k * HOUR <= now;
}

/** csrcleaner: the CSRs its hourly passes have deleted by now */
export function cleanCsrs(c: Cluster): void {
  const m = c.store.get('CertificateSigningRequest');
  if (!m?.size || !c.initialized) return;
  const start = cleanerStart(c);
  if (start === undefined) return;
  for (const o of [...m.values()]) {
    const conds: any[] = o.status?.conditions ?? [];
    let due: number | undefined;
    const approved = conds.find((x) => x.type === 'Approved');
    const denied = conds.find((x) => x.type === 'Denied');
    if (denied) due = denied.lastUpdateTime + HOUR;
    if (approved && o.status?.certificate) due = Math.min(due ?? Infinity, approved.lastUpdateTime + HOUR);
    if (!conds.length) due = o.metadata.creationTimestamp + 24 * HOUR;
    if (due !== undefined && polledSince(start, due, c.t)) c.remove(o);
  }
}

/** Go's %#v of a []byte */
function goBytes(b: number[]): string {
  return `[]byte{${b.map((x) => '0x' + x.toString(16)).join(', ')}}`;
}

/**
 * The API server's validation of a new CSR's request, usages, signer and duration (pkg/apis/certificates/validation,
 * apimachinery's ValidateSignerName: its first checks), or null. Requests whose base64 or DER does not decode are let
 * through (their texts are not modelled).
 */
export function csrInvalid(d: any): string | null {
  const errs: string[] = [];
  const text = String(d.spec?.request ?? '');
  const raw = unbase64(text);
  if (raw) {
    const block = unpem(new TextDecoder().decode(new Uint8Array(raw)));
    if (!block || block.type !== 'CERTIFICATE REQUEST') errs.push(`spec.request: Invalid value: ${goBytes(raw)}: PEM block type must be CERTIFICATE REQUEST`);
  }
  if (!d.spec?.usages?.length) errs.push('spec.usages: Required value');
  const signer = String(d.spec?.signerName ?? '');
  if (signer === LEGACY) errs.push(`spec.signerName: Invalid value: "${LEGACY}": the legacy signerName is not allowed via this API version`);
  else if (!signer) errs.push('spec.signerName: Required value');
  else if (signer.split('/').length !== 2) errs.push(`spec.signerName: Invalid value: "${signer}": must be a fully qualified domain and path of the form 'example.com/signer-name'`);
  const exp = d.spec?.expirationSeconds;
  if (typeof exp === 'number' && exp < 600) errs.push(`spec.expirationSeconds: Invalid value: ${exp}: may not specify a duration less than 600 seconds (10 minutes)`);
  return errs.length === 0 ? null : errs.length === 1 ? errs[0] : `[${errs.join(', ')}]`;
}

/** the controllers' answer to a CSR just stored: the approver, then the signer */
export function csrCreated(c: Cluster, o: Obj): void {
  autoApprove(c, o);
  signCsr(c, o);
}

/**
 * The CertificateSubjectRestriction admission plugin: no kube-apiserver-client certificate for system:masters, or null.
 */
export function subjectRestriction(d: any): string | null {
  if (d.spec?.signerName !== API_CLIENT) return null;
  const r = requestOf(d);
  if (typeof r === 'string' || !(r.subject.organization ?? []).includes('system:masters')) return null;
  return `certificatesigningrequests.certificates.k8s.io "${d.metadata.name}" is forbidden: use of ${API_CLIENT} signer with system:masters group is not allowed`;
}

/**
 * The CertificateApproval admission plugin: the approver needs `approve` on signers (certificates.k8s.io) named after
 * the CSR's signer, or its domain's wildcard (IsAuthorizedForSignerName), or null.
 */
export function approvalRefused(c: Cluster, who: { user: string; groups: string[] }, o: Obj): string | null {
  const signer: string = o.spec?.signerName ?? '';
  const may = (name: string) => authorize(c, who, { verb: 'approve', group: 'certificates.k8s.io', resource: 'signers', name }).allowed;
  if (may(signer) || may(`${signer.split('/')[0]}/*`)) return null;
  return `certificatesigningrequests.certificates.k8s.io "${o.metadata.name}" is forbidden: user not permitted to approve requests with signerName "${signer}"`;
}

/**
 * kubectl certificate approve|deny (staging/src/k8s.io/kubectl/pkg/cmd/certificates/certificates.go, 1.28): each CSR
 * named or in -f files gets the Approved (KubectlApprove) or Denied (KubectlDeny) condition unless it has it already
 * (--force sends the update anyway); a CSR with the opposite condition is an error. The object as read before the
 * update is printed (the name printer: "<type>/<name> approved").
 */
import type { Kubectl } from '../../client';
import { type KResult, fail, gr } from '../../result';
import type { Parsed } from '../../cli';
import { toApi, toYaml } from '../../../format';
import { sortKeys } from '../../../apiserver';
import { clone, type Obj } from '../../../objects';
import { lookupResource, qualified } from '../../../resources';
import { addCondition, approvalRefused, hasCondition, signCsr } from '../../../certificates/csr';
import { requester } from '../../../rbac/requests';

const CSRS = () => lookupResource('certificatesigningrequests')!;

function print(o: Obj, op: string, output: string | undefined): string {
  if (output === 'yaml') return toYaml(toApi(o)) + '\n';
  // the builder's unstructured object: a map, its keys in sorted order
  if (output === 'json') return JSON.stringify(sortKeys(toApi(o)), null, 4) + '\n';
  return `${qualified(CSRS())}/${o.metadata.name}${output === 'name' ? '' : ` ${op}`}\n`;
}

export function run(k: Kubectl, p: Parsed, approve: boolean): KResult {
  const files = p.flags.filename as string[] | undefined;
  if (!p.args.length && !files?.length) return fail('error: one or more CSRs must be specified as <name> or -f <filename>');
  const names: string[] = [];
  const errs: string[] = [];
  if (files?.length) {
    const r = k.readManifests(files, p);
    if ('code' in r) return r;
    for (const d of r.docs) {
      // schema.GroupKind's String(): Kind.group, the kind alone in the core group
      const group = String(d.apiVersion ?? '').includes('/') ? String(d.apiVersion).split('/')[0] : '';
      if (d.kind !== 'CertificateSigningRequest' || group !== 'certificates.k8s.io') errs.push(`error: can only handle CertificateSigningRequest.certificates.k8s.io objects, got ${d.kind}${group ? `.${group}` : ''}`);
      else names.push(d.metadata?.name);
    }
  }
  names.push(...p.args.map((a) => a.replace(/^(certificatesigningrequests?|csr)(\.certificates\.k8s\.io)?\//, '')));
  const [type, reason, message, opposite] = approve ? ['Approved', 'KubectlApprove', 'This CSR was approved by kubectl certificate approve.', 'Denied'] : ['Denied', 'KubectlDeny', 'This CSR was denied by kubectl certificate deny.', 'Approved'];
  let out = '';
  let found = 0;
  for (const name of names) {
    const o = k.c.get('CertificateSigningRequest', undefined, name);
    if (!o) {
      errs.push(`Error from server (NotFound): ${gr(CSRS())} "${name}" not found`);
      continue;
    }
    if (hasCondition(o, opposite)) {
      errs.push(`error: certificate signing request "${name}" is already ${opposite}`);
      continue;
    }
    const before = clone(o);
    const has = hasCondition(o, type);
    // a denial goes through the same approval subresource, and its admission check
    const refused = !has || p.flags.force ? approvalRefused(k.c, requester(k, p), o) : null;
    if (refused) {
      errs.push(`Error from server (Forbidden): ${refused}`);
      continue;
    }
    if (!has) addCondition(k.c, o, type, reason, message);
    if (!has || p.flags.force) {
      k.c.touch(o);
      // the controller manager's signer answers an approval at once
      if (approve) signCsr(k.c, o);
    }
    found++;
    out += print(before, approve ? 'approved' : 'denied', p.flags.output as string | undefined);
  }
  if (!found && !errs.length) out += 'No resources found\n';
  // the visitor's errors as one aggregate: alone, a plain error reads "error: ..."; several are printed one a line,
  // each as its own message (cmdutil.MultipleErrors)
  const lines = errs.length > 1 ? errs.map((e) => e.replace(/^error: /, '')) : errs;
  return { out, err: lines.length ? lines.join('\n') + '\n' : '', code: errs.length ? 1 : 0 };
}

/** kubectl describe csr: describeCertificateSigningRequest of kubectl 1.28 (pkg/describe/describe.go). */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { age, rfc1123 } from '../format';
import { eventsBlock } from '../describe-common';
import { csrStatus, requestOf } from './csr';
import type { Subject } from '../pki/csr';

/** labels.FormatLabels: key=value, sorted, comma-separated on one line */
function formatLabels(m: Record<string, string> | undefined): string {
  const keys = Object.keys(m ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${m![k]}`).join(',') : '<none>';
}

/** the describer's text (the API server only stores requests that parse) */
export function describeCsr(o: Obj, c: Cluster): string {
  const parsed = requestOf(o);
  const r = typeof parsed === 'string' ? { subject: { commonName: '' } as Subject, dnsNames: [], emailAddresses: [], ipAddresses: [], uris: [] } : parsed;
  const L = [`Name:\t${o.metadata.name}`, `Labels:\t${formatLabels(o.metadata.labels)}`, `Annotations:\t${formatLabels(o.metadata.annotations)}`, `CreationTimestamp:\t${rfc1123(o.metadata.creationTimestamp)}`, `Requesting User:\t${o.spec?.username ?? ''}`];
  if (o.spec?.signerName) L.push(`Signer:\t${o.spec.signerName}`);
  if (o.spec?.expirationSeconds !== undefined) L.push(`Requested Duration:\t${age(o.spec.expirationSeconds * 1000)}`);
  L.push(`Status:\t${csrStatus(o)}`, 'Subject:', `\tCommon Name:\t${r.subject.commonName}`, `\tSerial Number:\t${r.subject.serialNumber ?? ''}`);
  const list = (prefix: string, name: string, values: string[] | undefined) => {
    if (values?.length) L.push(`${prefix}${name}:\t${values.join(`\n${prefix}\t`)}`);
  };
  const s = r.subject;
  list('\t', 'Organization', s.organization);
  list('\t', 'Organizational Unit', s.organizationalUnit);
  list('\t', 'Country', s.country);
  list('\t', 'Locality', s.locality);
  list('\t', 'Province', s.province);
  list('\t', 'StreetAddress', s.streetAddress);
  list('\t', 'PostalCode', s.postalCode);
  if (r.dnsNames.length + r.emailAddresses.length + r.ipAddresses.length + r.uris.length > 0) {
    L.push('Subject Alternative Names:');
    list('\t', 'DNS Names', r.dnsNames);
    list('\t', 'Email Addresses', r.emailAddresses);
    list('\t', 'URIs', r.uris);
    list('\t', 'IP Addresses', r.ipAddresses);
  }
  L.push(eventsBlock(c, o));
  return L.join('\n');
}

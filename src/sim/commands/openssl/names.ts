// X509_NAME_print_ex as the apps call it (crypto/x509/a_strex.c). From OpenSSL 3.2 the apps' default is utf8
// ("C=KR, O=Org, CN=x": apps/lib/apps.c get_nameopt() returns XN_FLAG_SEP_CPLUS_SPC | ASN1_STRFLGS_UTF8_CONVERT,
// commit 86cfd132 "Use -nameopt utf8 by default"; 3.0 printed `oneline`, "C = KR, O = Org, CN = x"). `-nameopt`
// also selects oneline, RFC2253 (last RDN first, no spaces, RFC 2253 escapes), compat ("/C=KR/O=Org/CN=x") and
// multiline (long names padded, one per line, indented 4).
import { nameAttrs } from '../../k8s/pki/parse';

const SHORT: Record<string, [short: string, long: string]> = {
  '2.5.4.3': ['CN', 'commonName'],
  '2.5.4.6': ['C', 'countryName'],
  '2.5.4.7': ['L', 'localityName'],
  '2.5.4.8': ['ST', 'stateOrProvinceName'],
  '2.5.4.10': ['O', 'organizationName'],
  '2.5.4.11': ['OU', 'organizationalUnitName'],
  '2.5.4.5': ['serialNumber', 'serialNumber'],
  '1.2.840.113549.1.9.1': ['emailAddress', 'emailAddress'],
  '0.9.2342.19200300.100.1.25': ['DC', 'domainComponent'],
};

export type NameOpt = 'oneline' | 'RFC2253' | 'compat' | 'multiline' | 'utf8';

export const NAMEOPTS: Record<string, NameOpt> = { oneline: 'oneline', rfc2253: 'RFC2253', compat: 'compat', multiline: 'multiline', utf8: 'utf8', default: 'utf8' };

/** The apps' default name format (3.2's get_nameopt()). */
export const DEFAULT_NAMEOPT: NameOpt = 'utf8';

function rfc2253Escape(v: string): string {
  return v.replace(/([,+"\\<>;])/g, '\\$1').replace(/^([ #])/, '\\$1').replace(/ $/, '\\ ');
}

/** The name printed the way `opt` says (multiline: the lines after the label, each indented). */
export function printName(der: Uint8Array, opt: NameOpt = 'utf8', indent = 4): string {
  const attrs = nameAttrs(der).map(([oid, v]) => [SHORT[oid]?.[0] ?? oid, SHORT[oid]?.[1] ?? oid, v] as const);
  switch (opt) {
    case 'RFC2253':
      return [...attrs].reverse().map(([s, , v]) => `${s}=${rfc2253Escape(v)}`).join(',');
    case 'compat':
      return attrs.map(([s, , v]) => `/${s}=${v}`).join('');
    case 'multiline':
      return attrs.map(([, l, v]) => `${' '.repeat(indent)}${l.padEnd(26)}= ${v}`).join('\n');
    case 'oneline':
      return attrs.map(([s, , v]) => `${s} = ${v.includes(',') ? `"${v}"` : v}`).join(', ');
    default:
      return attrs.map(([s, , v]) => `${s}=${v}`).join(', ');
  }
}

/** `subject=` / `issuer=` lines as print_name() writes them (multiline puts the name on the lines below). */
export function labelled(label: string, der: Uint8Array, opt: NameOpt): string {
  return opt === 'multiline' ? `${label}=\n${printName(der, opt)}\n` : `${label}=${printName(der, opt)}\n`;
}

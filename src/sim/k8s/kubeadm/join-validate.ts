/**
 * kubeadm join's configuration checks, made before it prints anything (cmd/join.go newJoinData →
 * LoadOrDefaultJoinConfiguration → validation.ValidateJoinConfiguration, 1.28): the discovery's fields as
 * field.ErrorList, joined as an Aggregate error is ("[a, b]" for more than one, duplicates dropped).
 */
import type { Host } from '../../types';

/** cluster-bootstrap's BootstrapTokenRegexp, as IsValidBootstrapToken checks it */
const TOKEN = /^([a-z0-9]{6})\.([a-z0-9]{16})$/;

/** Go's %q of a plain string */
const q = (s: string) => JSON.stringify(s);

/** net.SplitHostPort's error for an endpoint, or null */
function splitHostPortError(hostport: string): string | null {
  const addr = (why: string) => `address ${hostport}: ${why}`;
  if (hostport.startsWith('[')) {
    const end = hostport.indexOf(']');
    if (end < 0) return addr('missing \']\' in address');
    if (end + 1 === hostport.length) return addr('missing port in address');
    if (hostport[end + 1] !== ':') return addr(hostport.slice(end + 1).includes(':') ? 'too many colons in address' : 'missing port in address');
    return null;
  }
  const i = hostport.lastIndexOf(':');
  if (i < 0) return addr('missing port in address');
  if (hostport.slice(0, i).includes(':')) return addr('too many colons in address');
  return null;
}

export interface JoinFlags {
  endpoint?: string;
  file?: string;
  token?: string;
  discoveryToken?: string;
  tlsBootstrapToken?: string;
  caCertHashes: string[];
  unsafeSkip: boolean;
}

/** The error newJoinData returns for these flags, or null. `cwd` resolves a discovery file on disk. */
export function joinConfigError(h: Host, cwd: string, j: JoinFlags): string | null {
  const errs: string[] = [];
  const bt = j.endpoint !== undefined;
  const file = !!j.file;
  // --token stands in for both tokens that are not given
  const discoveryToken = j.discoveryToken ?? j.token ?? '';
  const tls = j.tlsBootstrapToken ?? j.token ?? '';
  if (!bt && !file) errs.push('discovery: Invalid value: "": bootstrapToken or file must be set');
  if (bt && file) errs.push('discovery: Invalid value: "": bootstrapToken and file cannot both be set');
  if (bt) {
    const p = 'discovery.bootstrapToken';
    if (!j.endpoint) errs.push(`${p}: Required value: APIServerEndpoint is not set`);
    if (j.caCertHashes.length === 0 && !j.unsafeSkip)
      errs.push(`${p}.caCertHashes: Invalid value: "": using token-based discovery without caCertHashes can be unsafe. Set unsafeSkipCAVerification as true in your kubeadm config file or pass --discovery-token-unsafe-skip-ca-verification flag to continue`);
    if (!TOKEN.test(discoveryToken)) errs.push(`${p}.token: Invalid value: ${q(discoveryToken)}: the bootstrap token is invalid`);
    const hp = splitHostPortError(j.endpoint ?? '');
    if (hp) errs.push(`${p}.apiServerEndpoint: Invalid value: ${q(j.endpoint ?? '')}: ${hp}`);
    if (!TOKEN.test(tls)) errs.push(`discovery.tlsBootstrapToken: Invalid value: ${q(tls)}: the bootstrap token is invalid`);
  }
  if (file) {
    const path = j.file!;
    const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(path)?.[1];
    if (!scheme) {
      if (!h.fs.exists(h.fs.resolve(cwd, path))) errs.push(`discovery.file.kubeConfigPath: Invalid value: ${q(path)}: not a valid HTTPS URL or a file on disk`);
    } else if (scheme !== 'https') errs.push(`discovery.file.kubeConfigPath: Invalid value: ${q(path)}: if a URL is used, the scheme must be https`);
    if (j.tlsBootstrapToken !== undefined || j.token !== undefined) {
      if (!TOKEN.test(tls)) errs.push(`discovery.tlsBootstrapToken: Invalid value: ${q(tls)}: the bootstrap token is invalid`);
    }
  }
  const seen = [...new Set(errs)];
  if (seen.length === 0) return null;
  return seen.length === 1 ? seen[0] : `[${seen.join(', ')}]`;
}

/** pubkeypin.Set.Allow's error for the hashes given, or null */
export function caHashError(hashes: string[]): string | null {
  for (const hash of hashes) {
    const parts = hash.split(':');
    if (parts.length !== 2) return 'invalid hash, expected "format:hex-value". Known format(s) are: sha256';
    const [format, value] = parts;
    if (format.toLowerCase() !== 'sha256') return `unknown hash format ${q(format)}. Known format(s) are: sha256`;
    const len = Math.floor(value.length / 2);
    if (len !== 32) return `invalid hash ${q(hash)}, expected a 32 byte SHA-256 hash, found ${len} bytes`;
    const bad = /[^0-9a-fA-F]/.exec(value)?.[0];
    // hex.InvalidByteError's %#U
    if (bad) return `invalid hash ${q(hash)}, could not decode SHA-256 from hex: encoding/hex: invalid byte: U+${bad.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${bad}'`;
  }
  return null;
}

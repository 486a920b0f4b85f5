// The certificates the public sites present, as curl -v prints them (OpenSSL's one-line names). Sources:
// google.com: `curl -v https://google.com` recordings (subject CN=*.google.com, issuer C=US; O=Google Trust Services;
// CN=WR2, 84 days of validity, e.g. Sep 10 19:21:53 2026 GMT to Dec  3 19:21:52 2026 GMT); www.google.com: CN=www.google.com
// from the same issuer; github.com: CN=github.com from Sectigo's ECC DV CA, one year (tldr-pages/tlrc#75). The
// validity follows the world's clock: a certificate of the same lifetime that was issued before the world's now.
import type { TlsInfo } from '../../commands/lib/http';

const DAY = 86400_000;
const GTS = 'C=US; O=Google Trust Services; CN=WR2';
const SECTIGO = 'C=GB; ST=Greater Manchester; L=Salford; O=Sectigo Limited; CN=Sectigo ECC Domain Validation Secure Server CA';

const KNOWN: Record<string, { subject: string; issuer: string; days: number }> = {
  'google.com': { subject: 'CN=*.google.com', issuer: GTS, days: 84 },
  'www.google.com': { subject: 'CN=www.google.com', issuer: GTS, days: 84 },
  'github.com': { subject: 'CN=github.com', issuer: SECTIGO, days: 366 },
};

/** The certificate a public host presents at `now` (unrecorded hosts: their name as the subject, no issuer line). */
export function publicCert(host: string, now: number): TlsInfo {
  const k = KNOWN[host];
  const days = k?.days ?? 90;
  // issued on a whole second some weeks back, renewed before it runs out
  const period = Math.floor((days * 2) / 3) * DAY;
  const notBefore = Math.floor(now / period) * period - Math.floor(days / 6) * DAY + 30_637_000;
  return {
    cn: k ? k.subject.replace(/^CN=/, '') : host,
    issuer: k ? k.issuer.replace(/^.*CN=/, '') : '',
    subjectLine: k?.subject ?? `CN=${host}`,
    issuerLine: k?.issuer,
    notBefore,
    notAfter: notBefore + days * DAY - 1000,
    nameMismatch: false,
    altOfKind: true,
  };
}

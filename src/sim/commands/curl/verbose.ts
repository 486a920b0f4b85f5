// curl 7.76.1's -v trace (the tool's debug callback, src/tool_cb_dbg.c): `* ` before libcurl's informational text,
// `> ` before the request's header lines, `< ` before the response's, and, where the body does not go to a terminal
// (-o, a pipe), `} [n bytes data]` / `{ [n bytes data]` for what is sent and received. The texts are libcurl 7.76.1's
// (lib/connect.c, lib/url.c, lib/multi.c, lib/http.c, lib/http2.c, lib/vtls/openssl.c at tag curl-7_76_1); their
// order and the TLS record lines, which OpenSSL 3's message callback reports, are as curl 7.76.1 built from that tag
// against OpenSSL 3.0 and nghttp2 1.52 printed them against loopback servers (tests/golden/curl-v/README.md).
// Loaded with a -v request only.
import type { HttpResponse, TlsInfo } from '../lib/http';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** OpenSSL's ASN1_TIME_print: `Mar  7 00:00:00 2024 GMT`. */
export function asn1Time(ms: number): string {
  const d = new Date(ms);
  return `${MON[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${d.getUTCFullYear()} GMT`;
}

/** The trace's writer: `data` lines show only when the body does not go to a terminal. */
export class Trace {
  out = '';
  constructor(private readonly dataLines: boolean) {}
  info(s: string): void {
    this.out += `* ${s}\n`;
  }
  data(dir: '}' | '{', n: number): void {
    if (this.dataLines) this.out += `${dir} [${n} bytes data]\n`;
  }
  /** an OpenSSL message callback line and the record it reports */
  tls(s: string, dir: '}' | '{', n: number): void {
    this.info(s);
    this.data(dir, n);
  }
  take(): string {
    const s = this.out;
    this.out = '';
    return s;
  }
}

/** lib/connect.c: the connect attempt and its success. */
export function connected(t: Trace, host: string, addr: string, port: number, conn: number): void {
  t.info(`  Trying ${addr}:${port}...`);
  t.info(`Connected to ${host} (${addr}) port ${port} (#${conn})`);
}

/** lib/vtls/openssl.c ossl_connect_step1: ALPN and the CA file (OpenSSL 3: no CApath line when there is none). */
function hello(t: Trace, cafile: string): void {
  t.info('ALPN, offering h2');
  t.info('ALPN, offering http/1.1');
  t.info(` CAfile: ${cafile}`);
  t.tls('TLSv1.0 (OUT), TLS header, Certificate Status (22):', '}', 5);
  t.tls('TLSv1.3 (OUT), TLS handshake, Client hello (1):', '}', 512);
}

/** The server's TLS 1.3 flight up to its certificate. */
function serverFlight(t: Trace): void {
  t.tls('TLSv1.2 (IN), TLS header, Certificate Status (22):', '{', 5);
  t.tls('TLSv1.3 (IN), TLS handshake, Server hello (2):', '{', 155);
  t.tls('TLSv1.2 (IN), TLS header, Finished (20):', '{', 5);
  t.tls('TLSv1.2 (IN), TLS header, Unknown (23):', '{', 5);
  t.tls('TLSv1.3 (IN), TLS handshake, Encrypted Extensions (8):', '{', 15);
  t.tls('TLSv1.2 (IN), TLS header, Unknown (23):', '{', 5);
  t.tls('TLSv1.3 (IN), TLS handshake, Certificate (11):', '{', 435);
}

/** https to a plain-HTTP port: OpenSSL reads `HTTP/` as a record header. */
export function plainAnswer(t: Trace, cafile: string): void {
  hello(t, cafile);
  t.info('(2144) (IN), , Unknown (60):');
}

/** The chain does not verify: OpenSSL sends its alert during the handshake. */
export function untrusted(t: Trace, cafile: string): void {
  hello(t, cafile);
  serverFlight(t);
  t.tls('TLSv1.2 (OUT), TLS header, Unknown (21):', '}', 5);
  t.tls('TLSv1.3 (OUT), TLS alert, unknown CA (560):', '}', 2);
}

const VERIFY_CODE: Record<string, number> = { 'unable to get local issuer certificate': 20, 'self-signed certificate in certificate chain': 19, 'self-signed certificate': 18 };

/**
 * A TLS 1.3 handshake to its end and the server certificate (ossl_connect_step2, servercert); with a name the
 * certificate does not hold (and verification on) the session stops there: false.
 */
export function handshake(t: Trace, cafile: string, info: TlsInfo, host: string, verify: boolean, h2: boolean): boolean {
  hello(t, cafile);
  serverFlight(t);
  t.tls('TLSv1.2 (IN), TLS header, Unknown (23):', '{', 5);
  t.tls('TLSv1.3 (IN), TLS handshake, CERT verify (15):', '{', 78);
  t.tls('TLSv1.2 (IN), TLS header, Unknown (23):', '{', 5);
  t.tls('TLSv1.3 (IN), TLS handshake, Finished (20):', '{', 52);
  t.tls('TLSv1.2 (OUT), TLS header, Finished (20):', '}', 5);
  t.tls('TLSv1.3 (OUT), TLS change cipher, Change cipher spec (1):', '}', 1);
  t.tls('TLSv1.2 (OUT), TLS header, Unknown (23):', '}', 5);
  t.tls('TLSv1.3 (OUT), TLS handshake, Finished (20):', '}', 52);
  t.info('SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384');
  t.info(`ALPN, server accepted to use ${h2 ? 'h2' : 'http/1.1'}`);
  t.info('Server certificate:');
  t.info(` subject: ${info.subjectLine ?? `CN=${info.cn}`}`);
  if (info.notBefore !== undefined) t.info(` start date: ${asn1Time(info.notBefore)}`);
  if (info.notAfter !== undefined) t.info(` expire date: ${asn1Time(info.notAfter)}`);
  if (verify) {
    if (info.nameMismatch) {
      t.info(` subjectAltName does not match ${host}`);
      return false;
    }
    // lib/vtls/openssl.c verifyhost: the name the certificate lists (the public sites list the host itself)
    const ip = /^[\d.]+$/.test(host) || host.includes(':');
    t.info(ip ? ` subjectAltName: host "${host}" matched cert's IP address!` : ` subjectAltName: host "${host}" matched cert's "${host}"`);
  }
  const issuer = info.issuerLine ?? (info.issuer ? `CN=${info.issuer}` : '');
  if (issuer) t.info(` issuer: ${issuer}`);
  if (info.verifyError) t.info(` SSL certificate verify result: ${info.verifyError} (${VERIFY_CODE[info.verifyError] ?? 20}), continuing anyway.`);
  else t.info(' SSL certificate verify ok.');
  if (h2) {
    t.info('Using HTTP2, server supports multi-use');
    t.info('Connection state changed (HTTP/2 confirmed)');
    t.info('Copying HTTP/2 data in stream buffer to connection buffer after upgrade: len=0');
    for (let i = 0; i < 3; i++) t.tls('TLSv1.2 (OUT), TLS header, Unknown (23):', '}', 5);
  }
  return true;
}

/** A made-up but steady address for the easy handle curl prints. */
const HANDLE = '0x55d0c8e4aa40';

/** The request's header lines (lib/http.c; HTTP/2 sends the tool's headers in lower case). */
export function request(t: Trace, method: string, url: URL, h2: boolean, stream: number): void {
  if (h2) {
    t.info(`Using Stream ID: ${stream.toString(16)} (easy handle ${HANDLE})`);
    t.tls('TLSv1.2 (OUT), TLS header, Unknown (23):', '}', 5);
  }
  const path = (url.pathname || '/') + url.search;
  const host = url.host;
  t.out += `> ${method} ${path} HTTP/${h2 ? '2' : '1.1'}\n> Host: ${host}\n> ${h2 ? 'user-agent' : 'User-Agent'}: curl/7.76.1\n> ${h2 ? 'accept' : 'Accept'}: */*\n> \n`;
}

/** What comes back before the response's header lines, then those lines. */
export function response(t: Trace, r: HttpResponse, first: boolean): void {
  if (r.h2) {
    if (first) {
      for (let i = 0; i < 2; i++) {
        t.tls('TLSv1.2 (IN), TLS header, Unknown (23):', '{', 5);
        t.tls('TLSv1.3 (IN), TLS handshake, Newsession Ticket (4):', '{', 57);
      }
      t.info('old SSL session ID is stale, removing');
      t.tls('TLSv1.2 (IN), TLS header, Unknown (23):', '{', 5);
      t.tls('TLSv1.2 (OUT), TLS header, Unknown (23):', '}', 5);
    }
    t.tls('TLSv1.2 (IN), TLS header, Unknown (23):', '{', 5);
    t.tls('TLSv1.2 (IN), TLS header, Unknown (23):', '{', 5);
  } else {
    t.info('Mark bundle as not supporting multiuse');
    if (r.http10) t.info('HTTP 1.0, assume close after body');
  }
  t.out += headerBlock(r).replace(/^/gm, '< ').replace(/< $/, '');
}

/** The status line and header lines as curl shows them (-i, -I): HTTP/2 has no reason phrase and lower-case names. */
export function headerBlock(r: HttpResponse): string {
  const status = r.h2 ? `HTTP/2 ${r.status} ` : `HTTP/1.${r.http10 ? 0 : 1} ${r.status} ${r.reason}`;
  const lines = Object.entries(r.headers).map(([k, v]) => `${r.h2 ? k.toLowerCase() : k}: ${v}`);
  return [status, ...lines, ''].join('\n') + '\n';
}

/** The connection's end: kept for reuse, or closed (HTTP/1.0, failures). */
export function done(t: Trace, host: string, conn: number, keep: boolean): void {
  t.info(keep ? `Connection #${conn} to host ${host} left intact` : `Closing connection ${conn}`);
}

/** -L to a URL on the same connection (lib/url.c ConnectionExists) or a new one. */
export function reuse(t: Trace, host: string, addr: string, port: number, conn: number, h2: boolean): void {
  t.info(`Found bundle for host ${host}: 0x55d0c8e4b810 [${h2 ? 'can multiplex' : 'serially'}]`);
  if (h2) t.info('Multiplexed connection found!');
  else t.info('Can not multiplex, even if we wanted to!');
  t.info(`Re-using existing connection! (#${conn}) with host ${host}`);
  t.info(`Connected to ${host} (${addr}) port ${port} (#${conn})`);
}

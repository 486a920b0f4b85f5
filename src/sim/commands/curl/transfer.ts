// What curl does with its URLs, shared by the guests' curl 7.76.1 (run.ts) and the Windows host's curl.exe 8.9.1
// (cmd/curl): GET, HEAD, -o/-O into files with the progress meter, -L through redirects, -f, -s/-S, -i/-I,
// -m/--connect-timeout, TLS checks; failures with curl's exit codes and words. Where the request goes is the caller's.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { byteLength } from '../../fs';
import { canWrite } from '../../util';
import { httpRequest, type HttpResponse, type HttpResult, type TlsInfo } from '../lib/http';

/** lib/progress.c max5data: a number in at most 5 columns. */
function max5(n: number): string {
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return String(Math.floor(n / 1024)).padStart(4) + 'k';
  if (n < 100 * 1024 * 1024) return `${String(Math.floor(n / 1048576)).padStart(2)}.${Math.floor((n % 1048576) / 104858)}M`;
  return String(Math.floor(n / 1048576)).padStart(4) + 'M';
}

/** lib/progress.c time2str: at most 8 columns, `--:--:--` for none. */
function time2str(s: number): string {
  if (s <= 0) return '--:--:--';
  const h = Math.floor(s / 3600);
  return `${String(h).padStart(2)}:${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** One line of the progress meter (lib/progress.c progress_meter), after a carriage return. */
function meterLine(total: number, got: number, ms: number, done: boolean): string {
  const pct = total > 10000 ? Math.floor(got / Math.floor(total / 100)) : total > 0 ? Math.floor((got * 100) / total) : 0;
  const speed = done ? Math.floor((got * 1000) / Math.max(1, ms)) : 0;
  const secs = Math.floor(ms / 1000);
  const tot = done ? time2str(speed ? Math.floor(total / speed) : 0) : '--:--:--';
  const spent = done ? time2str(secs) : '--:--:--';
  return `\r${String(pct).padStart(3)} ${max5(total)}  ${String(pct).padStart(3)} ${max5(got)}    0 ${max5(0)}  ${max5(speed)}  ${max5(0)} ${tot} ${spent} --:--:-- ${max5(speed)}`;
}

/** src/tool_operate.c CURL_CA_CERT_ERRORMSG, after error 60. */
const CA_CERT_ERRORMSG =
  'More details here: https://curl.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.\n';

/** OpenSSL 3.0's ERR_error_string for a file the library could not open. */
const sysErr = (e: string) => `error:80000002:system library::${e === 'EACCES' ? 'Permission denied' : 'No such file or directory'}`;

const METER_HEAD = '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n';

/** A request's outcome as the caller's network gives it; `http09`: the server spoke first with no HTTP status line (sshd). */
export type TransferResult = HttpResult | { kind: 'http09'; addr?: string };

export interface TransferNet {
  request(ctx: CommandContext, url: URL, tls: Parameters<typeof httpRequest>[2]): Generator<import('../../types').Yield, TransferResult, unknown>;
  /** curl 8 (lib/connect.c): "Failed to connect to %s port %u after %d ms: Could not connect to server", and how long the OS took. */
  curl8?: { refusedMs: number; timeoutMs: number };
}

const GUEST_NET: TransferNet = { request: httpRequest };

export function* transfer(ctx: CommandContext, net: TransferNet = GUEST_NET): CommandRun {
  const o = ctx.opts!;
  const urls = ctx.operands ?? [];
  const silent = o.has('silent');
  const showErr = o.has('show-error');
  const fail = o.has('fail');
  const follow = o.has('location');
  const head = o.has('head');
  const include = o.has('include');
  const maxTime = Number(o.str('max-time') ?? o.str('connect-timeout') ?? 0);
  // -v (the guests' curl 7.76.1; curl.exe 8's trace reads differently and is not modeled): the trace goes to stderr
  const V = o.has('verbose') && !net.curl8 ? ((yield { load: () => import('./verbose') }) as typeof import('./verbose')) : null;
  let trace: import('./verbose').Trace | null = null;
  const flush = () => {
    if (trace?.out) ctx.err(trace.take().replace(/^([<>] .*)$/gm, '$1\r'));
  };
  const report = (code: number, msg: string, after = '') => {
    if (trace) {
      trace.info(msg);
      trace.info(`Closing connection ${conn}`);
      trace.out += after;
      flush();
    }
    if (!silent || showErr) ctx.err(`curl: (${code}) ${msg}\n${code === 60 ? CA_CERT_ERRORMSG : ''}`);
    return code;
  };
  let conn = 0;
  // lib/vtls/openssl.c: -k turns off both the chain and the host name checks
  const tls = { verify: !o.has('insecure'), cacert: o.str('cacert'), cert: o.str('cert')?.replace(/:[^/]*$/, ''), key: o.str('key') };
  /** The certificate's verdict (ossl_connect_step2, then verifyhost), or null when it passes. */
  const certProblem = (info: TlsInfo | undefined, host: string): string | null => {
    if (!tls.verify || !info) return null;
    if (info.verifyError) return `SSL certificate problem: ${info.verifyError}`;
    if (info.nameMismatch) return `SSL: no alternative certificate subject name matches target host name '${host}'`;
    return null;
  };
  if (!urls.length) {
    // curl alone: helpf(NULL) prints the hint only; with options, transfer_per_config finds no URL (tool_operate.c)
    ctx.err(`${ctx.args.length ? 'curl: no URL specified!\n' : ''}curl: try 'curl --help' or 'curl --manual' for more information\n`);
    return 2;
  }
  let last = 0;
  const outputs = o.all('output');
  for (const [i, raw] of urls.entries()) {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : 'http://' + raw);
    } catch {
      last = report(3, 'URL using bad/illegal format or missing URL');
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) {
      last = report(1, `Protocol "${url.protocol.slice(0, -1)}" not supported or disabled in libcurl`);
      continue;
    }
    const file = outputs[i] ?? (o.has('remote-name') ? url.pathname.split('/').pop() || '' : undefined);
    if (file === '') {
      last = report(23, 'Remote file name has no length!');
      continue;
    }
    const toFile = file !== undefined && file !== '-';
    const meter = !silent && (toFile || !ctx.tty) && !head;
    if (V) trace = new V.Trace(toFile || !ctx.tty);
    // with -v the meter starts after the first connect attempt's line
    let meterDue = meter;
    const startMeter = () => {
      if (!meterDue) return;
      meterDue = false;
      const first = trace?.out.indexOf('\n') ?? -1;
      if (trace && first >= 0) {
        ctx.err(trace.out.slice(0, first + 1));
        trace.out = trace.out.slice(first + 1);
      }
      ctx.err(METER_HEAD + meterLine(0, 0, 0, false));
    };
    if (!V) startMeter();
    let prev: { key: string; h2: boolean } | null = null;
    const start = ctx.world.now;
    let res: HttpResponse | null = null;
    let headers = '';
    for (let hops = 0; ; hops++) {
      const r = yield* net.request(ctx, url, tls);
      const port = url.port || (url.protocol === 'https:' ? '443' : '80');
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const bad = r.kind === 'response' || r.kind === 'tls-alert' ? certProblem(r.tls, host) : null;
      const https = url.protocol === 'https:';
      const key = `${url.protocol}//${host}:${port}`;
      if (V && trace) {
        if (hops > 0) trace.info(`Issue another request to this URL: '${url.href}'`);
        if (r.kind === 'resolve') {
          // report() writes libcurl's failf line
        } else if (prev && prev.key === key && r.kind === 'response') V.reuse(trace, host, r.addr, Number(port), conn, prev.h2);
        else {
          if (prev) conn++;
          trace.info(`  Trying ${r.addr ?? host}:${port}...`);
          startMeter();
          if (r.kind !== 'refused' && r.kind !== 'timeout') trace.info(`Connected to ${host} (${r.addr ?? host}) port ${port} (#${conn})`);
          else if (r.kind === 'refused') trace.info(`connect to ${r.addr ?? host} port ${port} failed: Connection refused`);
          const cafile = tls.cacert ?? '/etc/pki/tls/certs/ca-bundle.crt';
          if (https && r.kind === 'tls-plain') V.plainAnswer(trace, cafile);
          else if (https && bad && (r.kind === 'response' || r.kind === 'tls-alert') && r.tls?.verifyError) V.untrusted(trace, cafile);
          else if (https && (r.kind === 'response' || r.kind === 'tls-alert') && r.tls) {
            if (!V.handshake(trace, cafile, r.tls, host, tls.verify, r.kind === 'tls-alert' || !!r.h2)) {
              if (meter) ctx.err('\n');
              return report(60, bad!, '* TLSv1.2 (OUT), TLS header, Unknown (23):\n* TLSv1.3 (OUT), TLS alert, close notify (256):\n');
            }
          } else if (https && (r.kind === 'cafile' || r.kind === 'keyfile')) {
            trace.info('ALPN, offering h2');
            trace.info('ALPN, offering http/1.1');
          }
        }
        if (r.kind === 'response' || r.kind === 'tls-alert' || r.kind === 'empty' || r.kind === 'http09') {
          if (!bad) V.request(trace, head ? 'HEAD' : 'GET', url, r.kind === 'tls-alert' || (r.kind === 'response' && !!r.h2), prev?.key === key ? 3 : 1);
        }
        if (r.kind === 'response' && !bad) V.response(trace, r, prev?.key !== key);
        prev = r.kind === 'response' && !bad ? { key, h2: !!r.h2 } : null;
      }
      startMeter();
      flush();
      if (bad) {
        if (meter) ctx.err('\n');
        return report(60, bad);
      }
      if (r.kind !== 'response') {
        if (meter) ctx.err('\n');
        if (r.kind === 'tls-plain') return report(35, 'error:0A00010B:SSL routines::wrong version number');
        if (r.kind === 'cafile') return report(77, `error setting certificate verify locations:  CAfile: ${r.file} CApath: none`);
        if (r.kind === 'keyfile') {
          const e = ctx.host.fs.exists(ctx.resolve(r.file)) ? 'EACCES' : 'ENOENT';
          return report(58, r.cert ? `could not load PEM client certificate, OpenSSL error ${sysErr(e)}, (no key found, wrong pass phrase, or wrong file format?)` : `unable to set private key file: '${r.file}' type PEM`);
        }
        if (r.kind === 'tls-alert') return report(56, `OpenSSL SSL_read: ${r.alert}, errno 0`);
        if (r.kind === 'resolve') return report(6, `Could not resolve host: ${url.hostname}`);
        if (r.kind === 'http09') return report(1, 'Received HTTP/0.9 when not allowed');
        const v8 = net.curl8;
        if (v8 && (r.kind === 'refused' || r.kind === 'timeout')) {
          // Windows: a refused SYN is retried (about 2 s); an unanswered one gives up after about 21 s (WSAETIMEDOUT: 28)
          const ms = r.kind === 'refused' ? v8.refusedMs : v8.timeoutMs;
          if (maxTime > 0 && maxTime * 1000 < ms) {
            yield { wait: maxTime * 1000 };
            return report(28, `Failed to connect to ${url.hostname} port ${port} after ${Math.round(maxTime * 1000) + 1} ms: Timeout was reached`);
          }
          yield { wait: ms };
          return report(r.kind === 'refused' ? 7 : 28, `Failed to connect to ${url.hostname} port ${port} after ${ms} ms: Could not connect to server`);
        }
        if (r.kind === 'refused') return report(7, `Failed to connect to ${url.hostname} port ${port}: Connection refused`);
        if (r.kind === 'empty') return report(52, 'Empty reply from server');
        // no answer to the SYN: -m / --connect-timeout, else the kernel gives up after its SYN retries (about 127 s)
        if (maxTime > 0) {
          yield { wait: maxTime * 1000 };
          return report(28, `Connection timed out after ${Math.round(maxTime * 1000) + 1} milliseconds`);
        }
        yield { wait: 127_000 };
        trace?.info(`connect to ${r.addr ?? url.hostname} port ${port} failed: Connection timed out`);
        return report(7, `Failed to connect to ${url.hostname} port ${port}: Connection timed out`);
      }
      const status = r.h2 ? `HTTP/2 ${r.status} ` : `HTTP/1.${r.http10 ? 0 : 1} ${r.status} ${r.reason}`;
      // src/tool_cb_hdr.c: to a terminal, curl 7.76.1 prints the header names in bold
      const bold = ctx.tty && !toFile && !net.curl8;
      const name = (k: string) => (bold ? `\x1b[1m${k}\x1b[0m` : k);
      headers += `${status}\r\n` + Object.entries(r.headers).map(([k, v]) => `${name(r.h2 ? k.toLowerCase() : k)}: ${v}\r\n`).join('') + '\r\n';
      res = r;
      const location = r.headers.location ?? r.headers.Location;
      if (follow && r.status >= 300 && r.status < 400 && location && hops < 50) {
        if (trace) {
          if (r.h2 || !r.http10) trace.info(`Connection #${conn} to host ${host} left intact`);
          flush();
        }
        url = new URL(location, url);
        continue;
      }
      break;
    }
    const ms = Math.max(1, ctx.world.now - start);
    if (fail && res.status >= 400) {
      if (meter) ctx.err('\n');
      last = report(22, `The requested URL returned error: ${res.status}`);
      continue;
    }
    const body = head ? headers : include ? headers + res.body : res.body;
    const size = byteLength(head ? '' : res.body);
    if (trace && size) trace.data('{', size);
    flush();
    if (toFile) {
      const p = ctx.resolve(file!);
      if (!canWrite(ctx.frame.user, p) || !ctx.host.fs.isDir(ctx.host.fs.dirname(p))) {
        if (meter) ctx.err('\n');
        ctx.err(`Warning: Failed to create the file ${file}: ${ctx.host.fs.isDir(ctx.host.fs.dirname(p)) ? 'Permission denied' : 'No such file or directory'}\n`);
        last = report(23, 'Failure writing output to destination');
        continue;
      }
      ctx.host.fs.write(p, body);
    } else ctx.out(body);
    if (meter) ctx.err(meterLine(size, size, ms, true) + '\n');
    if (trace) {
      const host = url.hostname.replace(/^\[|\]$/g, '');
      trace.info(res.http10 && !res.h2 ? `Closing connection ${conn}` : `Connection #${conn} to host ${host} left intact`);
      flush();
    }
    last = 0;
  }
  return last;
}


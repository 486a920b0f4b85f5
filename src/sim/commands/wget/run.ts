// GNU Wget 1.21.1 (Rocky 9.5, once `dnf install wget`): downloads into a file with its log and progress bar,
// follows redirects, -O, -q, -T; failures in wget's words. Options and help come from spec.ts.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { byteLength } from '../../fs';
import { canWrite, tm, two } from '../../util';
import { def } from '../lib/guest';
import { hasCommand } from '../lib/packages';
import { httpRequest, type TlsInfo } from '../lib/http';
import { readPath } from '../lib/files';
import { spec } from './spec';

const stamp = (ms: number) => {
  const t = tm(ms);
  return `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`;
};

/** src/utils.c human_readable(n, acc, decimals). */
function human(n: number, acc: number, decimals: number): string {
  if (n < 1024) return String(n);
  const powers = 'KMGTPE';
  for (let i = 0; i < powers.length; i++) {
    if (n / 1024 < 1024 || i === powers.length - 1) {
      const v = n / 1024;
      return (v < acc ? v.toFixed(decimals) : String(Math.round(v))) + powers[i];
    }
    n = Math.floor(n / 1024);
  }
  return String(n);
}

/** src/progress.c create_image when done, for a terminal of `cols` columns. */
function barImage(name: string, size: number, cols: number): string {
  const width = cols - 1;
  const maxName = Math.floor(width / 4);
  let p = name.length < maxName ? name + ' '.repeat(maxName - name.length + 1) : name.slice(0, maxName) + ' ';
  const bar = width - (maxName + 1 + 4 + 2 + 8 + 10 + 15);
  p += '100%';
  if (bar >= 5) p += '[' + '='.repeat(bar - 1) + '>]';
  p += human(size, 1000, 2).padStart(8);
  p += '  --.-KB/s';
  p += '    in 0s'.padEnd(15);
  return p.padEnd(width);
}

/** src/retr.c retr_rate. */
function rate(bytes: number, secs: number): string {
  let r = bytes / Math.max(secs, 1e-4);
  const names = ['B/s', 'KB/s', 'MB/s', 'GB/s'];
  let u = 0;
  while (r >= 1024 && u < names.length - 1) {
    r /= 1024;
    u++;
  }
  return `${r.toFixed(r >= 99.95 ? 0 : r >= 9.995 ? 1 : 2)} ${names[u]}`;
}

function* wget(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const urls = ctx.operands ?? [];
  const quiet = o.has('quiet');
  const log = (s: string) => {
    if (!quiet) ctx.err(s);
  };
  if (!urls.length) {
    ctx.err("wget: missing URL\nUsage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n");
    return 1;
  }
  const timeout = Number(o.str('timeout') ?? o.str('connect-timeout') ?? 900);
  const tries = Number(o.str('tries') ?? 20);
  // src/openssl.c: --no-check-certificate still warns about every problem of the certificate
  const verify = !o.has('no-check-certificate');
  const caFile = o.str('ca-certificate');
  const caOk = caFile !== undefined && !['ENOENT', 'EACCES', 'EISDIR'].includes(readPath(ctx, ctx.resolve(caFile)));
  const tls = { verify, cacert: caOk ? caFile : undefined };
  /** ssl_check_certificate's messages; false when the connection must stop */
  const checkCert = (info: TlsInfo, host: string): boolean => {
    const sev = verify ? 'ERROR' : 'WARNING';
    let good = true;
    if (info.verifyError) {
      log(`${sev}: cannot verify ${host}'s certificate, issued by ‘CN=${info.issuer}’:\n`);
      log(info.verifyError === 'unable to get local issuer certificate' ? "  Unable to locally verify the issuer's authority.\n" : '  Self-signed certificate encountered.\n');
      good = false;
    }
    if (info.altOfKind && info.nameMismatch) {
      log(`${sev}: no certificate subject alternative name matches\n\trequested host name ‘${host}’.\n`);
      good = false;
    } else if (!info.altOfKind && info.cn !== host) {
      log(`    ${sev}: certificate common name ‘${info.cn}’ doesn't match requested host name ‘${host}’.\n`);
      good = false;
    }
    if (verify && !good) log(`To connect to ${host} insecurely, use \`--no-check-certificate'.\n`);
    return good || !verify;
  };
  let status = 0;
  for (const raw of urls) {
    let url: URL;
    try {
      url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : 'http://' + raw);
    } catch {
      ctx.err(`${raw}: Invalid URL ${raw}: Unsupported scheme\n`);
      status = 1;
      continue;
    }
    const first = url.pathname.split('/').pop() || 'index.html';
    for (let hops = 0; hops < 20; hops++) {
      log(`--${stamp(ctx.world.now)}--  ${url.href}\n`);
      const r = yield* httpRequest(ctx, url, tls);
      const host = url.hostname;
      const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      if (r.kind === 'resolve') {
        log(`Resolving ${host} (${host})... failed: Name or service not known.\nwget: unable to resolve host address ‘${host}’\n`);
        status = 4;
        break;
      }
      const addr = r.addr ?? host;
      const resolved = /^\d+\.\d+\.\d+\.\d+$/.test(host) ? '' : `Resolving ${host} (${host})... ${addr}\n`;
      const connecting = resolved ? `Connecting to ${host} (${host})|${addr}|:${port}... ` : `Connecting to ${addr}:${port}... `;
      log(resolved + connecting);
      if (r.kind === 'refused') {
        log('failed: Connection refused.\n');
        status = 4;
        break;
      }
      if (r.kind === 'timeout') {
        // -T bounds each connect; wget retries (20 tries by default) and a refused or timed-out connect is retried
        yield { wait: Math.min(timeout, 127) * 1000 };
        log('failed: Connection timed out.\nRetrying.\n\n');
        let n = 2;
        for (; n <= Math.min(tries, 3); n++) {
          yield { wait: (n - 1) * 1000 };
          log(`--${stamp(ctx.world.now)}--  (try:${String(n).padStart(2)})  ${url.href}\n${connecting}`);
          yield { wait: Math.min(timeout, 127) * 1000 };
          log('failed: Connection timed out.\nRetrying.\n\n');
        }
        status = 4;
        break;
      }
      if (r.kind === 'tls-plain') {
        log('connected.\nOpenSSL: error:0A00010B:SSL routines::wrong version number\nUnable to establish SSL connection.\n');
        status = 4;
        break;
      }
      if (r.kind === 'cafile' || r.kind === 'keyfile') {
        status = 4;
        break;
      }
      if ((r.kind === 'response' || r.kind === 'tls-alert') && r.tls) {
        log('connected.\n');
        if (!checkCert(r.tls, host)) {
          status = 5;
          break;
        }
        if (r.kind === 'tls-alert') {
          log(`HTTP request sent, awaiting response... Read error (${r.alert}) in headers.\nRetrying.\n\n`);
          status = 4;
          break;
        }
      }
      if (r.kind === 'tls-alert') break;
      if (r.kind === 'empty') {
        log('connected.\nHTTP request sent, awaiting response... No data received.\nRetrying.\n\n');
        status = 4;
        break;
      }
      log(`${r.tls ? '' : 'connected.\n'}HTTP request sent, awaiting response... ${r.status} ${r.reason}\n`);
      const location = r.headers.location ?? r.headers.Location;
      if (r.status >= 300 && r.status < 400 && location) {
        url = new URL(location, url);
        log(`Location: ${url.href} [following]\n`);
        continue;
      }
      if (r.status >= 400) {
        log(`${stamp(ctx.world.now)} ERROR ${r.status}: ${r.reason}.\n\n`);
        status = 8;
        break;
      }
      const size = byteLength(r.body);
      const type = r.headers['content-type'] ?? r.headers['Content-Type'];
      log(`Length: ${size}${size >= 1024 ? ` (${human(size, 10, 1)})` : ''}${type ? ` [${type}]` : ''}\n`);
      const out = o.str('output-document');
      let name = out ?? first;
      if (!out) {
        let n = 1;
        while (ctx.host.fs.exists(ctx.resolve(name))) name = `${first}.${n++}`;
      }
      const toStdout = name === '-';
      if (!toStdout) {
        const p = ctx.resolve(name);
        if (!canWrite(ctx.frame.user, p) || !ctx.host.fs.isDir(ctx.host.fs.dirname(p))) {
          ctx.err(`${name}: ${ctx.host.fs.isDir(ctx.host.fs.dirname(p)) ? 'Permission denied' : 'No such file or directory'}\n`);
          return 3;
        }
      }
      log(`Saving to: ‘${toStdout ? 'STDOUT' : name}’\n\n`);
      if (toStdout) ctx.out(r.body);
      else ctx.host.fs.write(ctx.resolve(name), r.body);
      log(`\r${barImage(toStdout ? '-' : name, size, 80)}\n\n`);
      log(`${stamp(ctx.world.now)} (${rate(size, 0.0002)}) - ${toStdout ? 'written to stdout ' : `‘${name}’ saved `}[${size}/${size}]\n\n`);
      break;
    }
  }
  return status;
}

def({ name: 'wget', summary: 'The non-interactive network downloader.', spec, available: (h) => hasCommand(h, 'wget'), run: wget });

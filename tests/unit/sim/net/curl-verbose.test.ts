// curl -v on a guest against the traces curl 7.76.1 printed (tests/golden/curl-v, recorded as its README says):
// the lines libcurl writes (`* `), the request (`> `) and the status line (`< HTTP…`) in their order. What differs
// between the recording's servers and the simulated ones is put aside first: addresses, ports, the certificate's
// names and dates, the easy handle's address, the recording build's `-DEV` version and its missing CA bundle.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { listen } from '../../../../src/sim/net/listeners';
import '../../../../src/sim/k8s/register';
import type { Session } from '../../../../src/sim/session';

const golden = (f: string) => fs.readFileSync(path.resolve(__dirname, '../../../golden/curl-v', f), 'utf8');

/** The trace's own lines, with what belongs to one server or one run made neutral. */
function shape(text: string, subst: [RegExp, string][] = []): string[] {
  let t = text.replace(/\r/g, '');
  for (const [re, to] of subst) t = t.replace(re, to);
  return t
    .split('\n')
    .map((l) => l.replace(/^.*(\* Connected to)/, '$1'))
    .filter((l) => /^(\* |> |< HTTP|[{}] \[)/.test(l))
    .filter((l) => !/^\* {2}(subject|issuer|start date|expire date):/.test(l) && !/^\* error setting certificate file/.test(l))
    .map((l) => l.replace(/curl\/7\.76\.1-DEV/, 'curl/7.76.1').replace(/0x[0-9a-f]+/g, '0xADDR').replace(/CAfile: .*/, 'CAfile: CA'));
}

let s: Session;
beforeAll(async () => {
  await loadGuest();
});

async function vm(): Promise<Session> {
  s = await createSession({ lab: 'vm', seed: 3 });
  const host = s.world.host('default');
  listen(s.world, {
    hostId: host.id, port: 8081, addr: '127.0.0.1', process: 'python3', pid: 4711,
    http: (req) => {
      const headers: Record<string, string> = req.url.pathname === '/r' ? { Location: 'http://localhost:8081/' } : { 'Content-Type': 'text/plain' };
      return req.url.pathname === '/r' ? { status: 301, body: '', headers } : { status: 200, body: 'hello\n', headers };
    },
  });
  return s;
}

describe('curl -v over plain HTTP/1.1', () => {
  it('GET, -I, -L and a piped -sv trace as curl 7.76.1 prints them', async () => {
    await vm();
    const get = await s.exec('curl -v http://localhost:8081/');
    expect(get.stdout).toBe('hello\n');
    expect(shape(get.stderr)).toEqual(shape(golden('h1-get')));
    expect(shape((await s.exec('curl -Iv http://localhost:8081/')).stderr)).toEqual(shape(golden('h1-head')));
    expect(shape((await s.exec('curl -Lv http://localhost:8081/r')).stderr)).toEqual(shape(golden('h1-redirect')));
    const piped = await s.exec('curl -sv http://localhost:8081/ | cat');
    expect(shape(piped.stderr)).toEqual(shape(golden('h1-sv-pipe')));
  });

  it('refused and unknown names: the trace, then curl’s own message', async () => {
    await vm();
    expect((await s.exec('curl -v http://localhost:9/')).stderr).toBe(golden('refused'));
    expect((await s.exec('curl -v http://nosuch.invalid/')).stderr).toBe(golden('resolve'));
  });
});

describe('curl -v over https with HTTP/2 (ALPN h2)', () => {
  const google: [RegExp, string][] = [[/127\.0\.0\.1:8443/g, 'ADDR:443'], [/\(127\.0\.0\.1\) port 8443/g, '(ADDR) port 443'], [/www\.google\.com:8443/g, 'google.com'], [/www\.google\.com/g, 'google.com'], [/\{ \[79 bytes/g, '{ [78 bytes'], [/< HTTP\/2 200 /g, '< HTTP/2 301 ']];
  const sim: [RegExp, string][] = [[/142\.250\.207\.46/g, 'ADDR']];

  it('-I -v: handshake, certificate, the HEAD request and HTTP/2 status line', async () => {
    await vm();
    const r = await s.exec('curl -Iv https://google.com');
    expect(r.exitCode).toBe(0);
    expect(shape(r.stderr, sim)).toEqual(shape(golden('h2-head'), google));
    expect(r.stderr).toContain('*  subject: CN=*.google.com\n');
    expect(r.stderr).toContain('*  issuer: C=US; O=Google Trust Services; CN=WR2\n');
    expect(r.stderr).toMatch(/\* {2}start date: \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT\n\* {2}expire date: /);
  });

  it('-o file -v: the record sizes and the progress meter between the lines', async () => {
    await vm();
    const r = await s.exec('curl -v -o moved.html https://google.com');
    const want = shape(golden('h2-get-o'), google).filter((l) => l !== '{ [6 bytes data]');
    expect(shape(r.stderr, sim).filter((l) => l !== '{ [220 bytes data]')).toEqual(want);
    expect(r.stderr).toMatch(/^\* {3}Trying 142\.250\.207\.46:443\.\.\.\n {2}% Total/);
  });
});

describe('curl -v to the cluster’s own TLS ports', () => {
  const api: [RegExp, string][] = [[/127\.0\.0\.1:6443/g, 'ADDR:PORT'], [/\(127\.0\.0\.1\) port 6443/g, '(ADDR) port PORT'], [/Connected to 127\.0\.0\.1/g, 'Connected to HOST'], [/host 127\.0\.0\.1 left/g, 'host HOST left']];
  const rec: [RegExp, string][] = [[/127\.0\.0\.1:8443/g, 'ADDR:PORT'], [/\(127\.0\.0\.1\) port 8443/g, '(ADDR) port PORT'], [/www\.google\.com:8443/g, 'HOST'], [/www\.google\.com/g, 'HOST'], [/\{ \[79 bytes/g, '{ [78 bytes']];

  it('the API server: its CA unknown to the bundle (the alert), then with -k (verify result, continuing)', async () => {
    const c = await createSession({ lab: 'cluster', seed: 17 });
    const bad = await c.exec('curl -v https://127.0.0.1:6443/healthz');
    expect(bad.exitCode).toBe(60);
    const unknownIssuer = (l: string) => l.replace('self-signed certificate', 'unable to get local issuer certificate');
    expect(shape(bad.stderr, api)).toEqual(shape(golden('h2-untrusted'), rec).map(unknownIssuer));
    const k = await c.exec('curl -kv https://127.0.0.1:6443/healthz');
    expect(k.stdout).toBe('ok');
    const want = shape(golden('h2-insecure'), rec)
      .map((l) => l.replace(/self-signed certificate \(18\)/, 'unable to get local issuer certificate (20)').replace('GET / HTTP/2', 'GET /healthz HTTP/2').replace('Host: HOST', 'Host: ADDR:PORT'))
      .map((l) => l.replace('< HTTP/2 200 ', '< HTTP/2 200 '));
    expect(shape(k.stderr, [...api, [/Host: 127\.0\.0\.1:6443/g, 'Host: ADDR:PORT']])).toEqual(want);
    expect(k.stderr).toContain('*  subject: CN=kube-apiserver\n*  issuer: CN=kubernetes\n');
  }, 60_000);
});

describe('curl -I to the public sites', () => {
  it('google.com answers its 301 over HTTP/2 (lower-case names) and over plain HTTP/1.1', async () => {
    await vm();
    // to a terminal the names are bold (the h1-head recording shows the escapes); into a pipe they are plain
    const h2 = await s.exec('curl -I https://google.com');
    expect(h2.stdout).toMatch(/^HTTP\/2 301 \r\n\x1b\[1mlocation\x1b\[0m: https:\/\/www\.google\.com\/\r\n\x1b\[1mcontent-type\x1b\[0m: text\/html; charset=UTF-8\r\n/);
    expect(golden('h1-head')).toContain('\n\x1b[1mServer\x1b[0m: ');
    const plain = await s.exec('curl -sI https://google.com | cat');
    expect(plain.stdout).toMatch(/^HTTP\/2 301 \r\nlocation: https:\/\/www\.google\.com\/\r\ncontent-type: text\/html; charset=UTF-8\r\n/);
    expect(plain.stdout).toContain('\r\ncontent-length: 220\r\n');
    const h1 = await s.exec('curl -si http://google.com | cat');
    expect(h1.stdout).toMatch(/^HTTP\/1\.1 301 Moved Permanently\r\nLocation: http:\/\/www\.google\.com\/\r\n/);
    expect(h1.stdout).toContain('\r\nContent-Length: 219\r\n');
    expect(h1.stdout).toContain('\r\n\r\n<HTML><HEAD><meta http-equiv="content-type" content="text/html;charset=utf-8">\n<TITLE>301 Moved</TITLE></HEAD><BODY>\n<H1>301 Moved</H1>\nThe document has moved\n<A HREF="http://www.google.com/">here</A>.\r\n</BODY></HTML>\r\n');
  });

  it('a site whose page the world holds no record of is not made up', async () => {
    await vm();
    expect(await s.exec('curl -I https://www.google.com')).toMatchObject({ stdout: '', stderr: 'curl: (6) Could not resolve host: www.google.com\n', exitCode: 6 });
    expect(await s.exec('curl -m 2 http://8.8.8.8/')).toMatchObject({ stdout: '', stderr: 'curl: (28) Connection timed out after 2001 milliseconds\n', exitCode: 28 });
  });
});

describe('wget to the public sites', () => {
  it('google.com’s 301 in wget 1.21.1’s words', async () => {
    await vm();
    await s.exec('sudo dnf install -y wget');
    const r = await s.exec('wget https://google.com');
    const log = r.stderr.replace(/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/g, 'DATE');
    expect(log).toBe(
      '--DATE--  https://google.com/\n' +
        'Resolving google.com (google.com)... 142.250.207.46\n' +
        'Connecting to google.com (google.com)|142.250.207.46|:443... connected.\n' +
        'HTTP request sent, awaiting response... 301 Moved Permanently\n' +
        'Location: https://www.google.com/ [following]\n' +
        '--DATE--  https://www.google.com/\n' +
        'Resolving www.google.com (www.google.com)... failed: Name or service not known.\n' +
        'wget: unable to resolve host address ‘www.google.com’\n',
    );
    expect(r.exitCode).toBe(4);
  });
});

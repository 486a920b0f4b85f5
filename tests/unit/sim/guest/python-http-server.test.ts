// python3 -m http.server of CPython 3.9 (Lib/http/server.py, recorded against 3.9.18 here): the listening socket
// that ss lists and curl reaches, SimpleHTTPRequestHandler's pages, the request log, Ctrl+C and a taken port.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { connectLocal } from '../../../../src/sim/net/listeners';
import '../../../../src/sim/k8s/register';

async function vm() {
  const s = await createSession({ lab: 'vm', seed: 3 });
  let out = '';
  s.on('output', (o) => (out += o.text));
  await s.exec('mkdir -p site/sub && echo hi > site/a.txt && ln -s a.txt site/link && echo "<b>x</b>" > site/sub/index.html && touch "site/sp ace&.json" site/data.json');
  return { s, out: () => out };
}

const LISTING =
  '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>Directory listing for /</title>\n</head>\n<body>\n<h1>Directory listing for /</h1>\n<hr>\n<ul>\n<li><a href="a.txt">a.txt</a></li>\n<li><a href="data.json">data.json</a></li>\n<li><a href="link">link@</a></li>\n<li><a href="sp%20ace%26.json">sp ace&amp;.json</a></li>\n<li><a href="sub/">sub/</a></li>\n</ul>\n<hr>\n</body>\n</html>\n';
const NOT_FOUND =
  '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"\n        "http://www.w3.org/TR/html4/strict.dtd">\n<html>\n    <head>\n        <meta http-equiv="Content-Type" content="text/html;charset=utf-8">\n        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: 404</p>\n        <p>Message: File not found.</p>\n        <p>Error code explanation: HTTPStatus.NOT_FOUND - Nothing matches the given URI.</p>\n    </body>\n</html>\n';

describe('python3 -m http.server', () => {
  it('serves the directory on 0.0.0.0:8000, logs each request and ends on Ctrl+C', async () => {
    const { s, out } = await vm();
    await s.submit('python3 -m http.server --directory site');
    await s.advance(1000);
    expect(out()).toContain('Serving HTTP on 0.0.0.0 port 8000 (http://0.0.0.0:8000/) ...\n');
    const l = connectLocal(s.world, s.frame.hostId, '127.0.0.1', 8000)!;
    expect(l.process).toBe('python3');
    const page = l.http!({ method: 'GET', url: new URL('http://localhost:8000/'), headers: {}, from: '127.0.0.1' });
    expect(page).toMatchObject({ status: 200, http10: true, body: LISTING });
    expect(page.headers).toMatchObject({ Server: 'SimpleHTTP/0.6 Python/3.9.21', 'Content-type': 'text/html; charset=utf-8', 'Content-Length': String(LISTING.length) });
    expect(Object.keys(page.headers!)).toEqual(['Server', 'Date', 'Content-type', 'Content-Length']);
    const missing = l.http!({ method: 'GET', url: new URL('http://localhost:8000/nope'), headers: {}, from: '127.0.0.1' });
    expect(missing).toMatchObject({ status: 404, reason: 'File not found', body: NOT_FOUND });
    expect(Object.keys(missing.headers!)).toEqual(['Server', 'Date', 'Connection', 'Content-Type', 'Content-Length']);
    expect(l.http!({ method: 'GET', url: new URL('http://localhost:8000/sub'), headers: {} })).toMatchObject({ status: 301, headers: { Location: '/sub/', 'Content-Length': '0' }, body: '' });
    expect(l.http!({ method: 'GET', url: new URL('http://localhost:8000/sub/'), headers: {} }).body).toBe('<b>x</b>\n');
    expect(l.http!({ method: 'GET', url: new URL('http://localhost:8000/data.json'), headers: {} }).headers).toMatchObject({ 'Content-type': 'application/json', 'Content-Length': '0' });
    expect(l.http!({ method: 'GET', url: new URL('http://localhost:8000/a.txt'), headers: {} }).headers).toMatchObject({ 'Content-type': 'text/plain', 'Content-Length': '3' });
    expect(out()).toMatch(/127\.0\.0\.1 - - \[\d\d\/\w{3}\/\d{4} \d\d:\d\d:\d\d\] "GET \/ HTTP\/1\.1" 200 -\n/);
    expect(out()).toMatch(/\] code 404, message File not found\n127\.0\.0\.1 - - \[[^\]]+\] "GET \/nope HTTP\/1\.1" 404 -\n/);
    await s.interrupt();
    expect(out()).toContain('\nKeyboard interrupt received, exiting.\n');
    expect(connectLocal(s.world, s.frame.hostId, '127.0.0.1', 8000)).toBeNull();
  });

  it('runs in the background: curl reaches it, ss lists it, a second server finds the port taken', async () => {
    const { s } = await vm();
    await s.exec('cd site && python3 -m http.server 8080 &');
    await s.exec('sleep 1');
    const r = await s.exec('curl -s localhost:8080/a.txt');
    expect(r).toMatchObject({ stdout: 'hi\n', exitCode: 0 });
    const head = await s.exec('curl -si localhost:8080/nope');
    expect(head.stdout.startsWith('HTTP/1.0 404 File not found\r\n')).toBe(true);
    expect(head.stdout.endsWith('\r\n\r\n' + NOT_FOUND)).toBe(true);
    expect((await s.exec('ss -tlnp')).stdout).toMatch(/LISTEN 0 +5 +0\.0\.0\.0:8080 +0\.0\.0\.0:\* +users:\(\("python3",pid=\d+,fd=3\)\)/);
    const busy = await s.exec('python3 -m http.server 8080');
    expect(busy.exitCode).toBe(1);
    expect(busy.stderr.startsWith('Traceback (most recent call last):\n  File "/usr/lib64/python3.9/runpy.py", line 197, in _run_module_as_main\n')).toBe(true);
    expect(busy.stderr.endsWith('    self.socket.bind(self.server_address)\nOSError: [Errno 98] Address already in use\n')).toBe(true);
    expect((await s.exec('python3 -m http.server 80')).stderr.endsWith('PermissionError: [Errno 13] Permission denied\n')).toBe(true);
    await s.exec('kill %1');
  });

  it('is reached from another lab machine, which the log names', async () => {
    const s = await createSession({ lab: 'nodes', seed: 3 });
    let out = '';
    s.on('output', (o) => (out += o.text));
    await s.exec('mkdir w && echo hi > w/a.txt && cd w');
    await s.exec('python3 -m http.server 8000 &');
    await s.exec('sleep 1');
    await s.exec('ssh -o StrictHostKeyChecking=no 192.168.56.101');
    await s.exec('vagrant');
    expect((await s.exec('hostname')).stdout).toBe('w1-k8s\n');
    expect(await s.exec('curl -s 192.168.56.10:8000/a.txt')).toMatchObject({ stdout: 'hi\n', exitCode: 0 });
    expect(out).toMatch(/192\.168\.56\.101 - - \[[^\]]+\] "GET \/a\.txt HTTP\/1\.1" 200 -\n/);
  });

  it('answers a bad port or option with argparse usage, status 2', async () => {
    const { s } = await vm();
    expect(await s.exec('python3 -m http.server eighty')).toMatchObject({ stderr: "usage: server.py [-h] [--cgi] [--bind ADDRESS] [--directory DIRECTORY] [port]\nserver.py: error: argument port: invalid int value: 'eighty'\n", exitCode: 2 });
  });
});

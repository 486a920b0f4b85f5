// `python3 -m http.server` of CPython 3.9 (Lib/http/server.py, read in 3.9.18): argparse's options (--bind/-b,
// --directory/-d, the port), test()'s "Serving HTTP on ..." line, a listening socket (net/listeners.ts: ss lists
// it, curl and wget on this guest and the other lab machines reach it) answered by SimpleHTTPRequestHandler as an
// HTTP/1.0 server (send_head, list_directory, translate_path, send_error with DEFAULT_ERROR_MESSAGE), each request
// logged on stderr by log_message, Ctrl+C ending it as test() does. A port that is taken or privileged raises in
// socket.bind: the traceback 3.9.18 prints, with the box's /usr/lib64/python3.9 paths.
import type { CommandContext } from '../../context';
import { Interrupt, type Yield } from '../../types';
import { listen, type HttpReply, type HttpRequest } from '../../net/listeners';
import { childPid } from '../lib/procs';
import { sockets } from '../lib/sockets';
import { guessType } from './mime';

const USAGE = 'usage: server.py [-h] [--cgi] [--bind ADDRESS] [--directory DIRECTORY] [port]\n';
const HELP = USAGE + '\npositional arguments:\n  port                  specify alternate port (default: 8000)\n\noptional arguments:\n  -h, --help            show this help message and exit\n  --cgi                 run as CGI server\n  --bind ADDRESS, -b ADDRESS\n                        specify alternate bind address (default: all\n                        interfaces)\n  --directory DIRECTORY, -d DIRECTORY\n                        specify alternate directory (default: current\n                        directory)\n';

const LIB = '/usr/lib64/python3.9';
const traceback = (last: string) =>
  'Traceback (most recent call last):\n' +
  `  File "${LIB}/runpy.py", line 197, in _run_module_as_main\n    return _run_code(code, main_globals, None,\n` +
  `  File "${LIB}/runpy.py", line 87, in _run_code\n    exec(code, run_globals)\n` +
  `  File "${LIB}/http/server.py", line 1308, in <module>\n    test(\n` +
  `  File "${LIB}/http/server.py", line 1259, in test\n    with ServerClass(addr, HandlerClass) as httpd:\n` +
  `  File "${LIB}/socketserver.py", line 452, in __init__\n    self.server_bind()\n` +
  `  File "${LIB}/http/server.py", line 1302, in server_bind\n    return super().server_bind()\n` +
  `  File "${LIB}/http/server.py", line 137, in server_bind\n    socketserver.TCPServer.server_bind(self)\n` +
  `  File "${LIB}/socketserver.py", line 466, in server_bind\n    self.socket.bind(self.server_address)\n` +
  last + '\n';

const ERROR_PAGE = (code: number, name: string, message: string, explain: string) =>
  `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"\n        "http://www.w3.org/TR/html4/strict.dtd">\n<html>\n    <head>\n        <meta http-equiv="Content-Type" content="text/html;charset=utf-8">\n        <title>Error response</title>\n    </head>\n    <body>\n        <h1>Error response</h1>\n        <p>Error code: ${code}</p>\n        <p>Message: ${message}.</p>\n        <p>Error code explanation: HTTPStatus.${name} - ${explain}.</p>\n    </body>\n</html>\n`;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');
/** log_date_time_string: the guest's local time (UTC on the box). */
const logDate = (ms: number) => {
  const d = new Date(ms);
  return `${p2(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()} ${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
};
const htmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** urllib.parse.quote(name): everything but letters, digits and _.-~/ percent-encoded as UTF-8. */
const quote = (s: string) => Array.from(new TextEncoder().encode(s), (b) => (/[A-Za-z0-9_.\-~/]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : '%' + b.toString(16).toUpperCase().padStart(2, '0'))).join('');
const unquote = (s: string) => s.replace(/(%[0-9a-fA-F]{2})+/g, (m) => { try { return decodeURIComponent(m); } catch { return m; } });

/** posixpath.normpath */
function normpath(p: string): string {
  if (!p) return '.';
  const initial = p.startsWith('/') ? (p.startsWith('//') && !p.startsWith('///') ? 2 : 1) : 0;
  const out: string[] = [];
  for (const c of p.split('/')) {
    if (!c || c === '.') continue;
    if (c !== '..' || (!initial && !out.length) || (out.length && out[out.length - 1] === '..')) out.push(c);
    else if (out.length) out.pop();
  }
  return '/'.repeat(initial) + out.join('/') || '.';
}

interface Served {
  reply: HttpReply;
  log: string[];
}

/** SimpleHTTPRequestHandler for one GET: the reply and what log_message writes. */
function handle(ctx: CommandContext, dir: string, req: HttpRequest, now: number): Served {
  const fs = ctx.host.fs;
  let path = req.url.pathname + req.url.search;
  const requestline = `${req.method} ${path} HTTP/1.1`;
  if (path.startsWith('//')) path = '/' + path.replace(/^\/+/, '');
  const date = new Date(now).toUTCString();
  const log: string[] = [];
  const base = { Server: 'SimpleHTTP/0.6 Python/3.9.21', Date: date };
  const send = (status: number, reason: string, headers: Record<string, string>, body: string): Served => {
    log.push(`"${requestline}" ${status} -`);
    return { reply: { status, reason, http10: true, headers: { ...base, ...headers }, body }, log };
  };
  const notFound = (message: string) => {
    log.push(`code 404, message ${message}`);
    const body = ERROR_PAGE(404, 'NOT_FOUND', message, 'Nothing matches the given URI');
    return send(404, message, { Connection: 'close', 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': String(new TextEncoder().encode(body).length) }, body);
  };
  // translate_path
  let p = path.split('?')[0].split('#')[0];
  const trailing = p.trimEnd().endsWith('/');
  p = normpath(unquote(p));
  let file = dir.replace(/\/+$/, '') || '/';
  for (const w of p.split('/').filter(Boolean)) if (w !== '.' && w !== '..') file = file === '/' ? '/' + w : `${file}/${w}`;
  if (trailing) file += '/';
  if (fs.isDir(file.replace(/(.)\/$/, '$1'))) {
    if (!req.url.pathname.endsWith('/')) return send(301, 'Moved Permanently', { Location: req.url.pathname + '/' + req.url.search, 'Content-Length': '0' }, '');
    const d = file.replace(/\/$/, '') || '/';
    const index = ['index.html', 'index.htm'].map((n) => (d === '/' ? '/' : d + '/') + n).find((n) => fs.get(n));
    if (!index) {
      const list = fs.list(d);
      if (typeof list === 'string') return notFound('No permission to list directory');
      const names = list.map((e) => e.name).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
      const display = htmlEscape(unquote(path));
      const title = `Directory listing for ${display}`;
      const r = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">', '<html>\n<head>', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">', `<title>${title}</title>\n</head>`, `<body>\n<h1>${title}</h1>`, '<hr>\n<ul>'];
      for (const name of names) {
        const full = (d === '/' ? '/' : d + '/') + name;
        let displayname = name;
        let linkname = name;
        if (fs.isDir(full)) displayname = linkname = name + '/';
        if (fs.lget(full)?.type === 'link') displayname = name + '@';
        r.push(`<li><a href="${quote(linkname)}">${htmlEscape(displayname)}</a></li>`);
      }
      r.push('</ul>\n<hr>\n</body>\n</html>\n');
      const body = r.join('\n');
      return send(200, 'OK', { 'Content-type': 'text/html; charset=utf-8', 'Content-Length': String(new TextEncoder().encode(body).length) }, body);
    }
    file = index;
  }
  const ctype = guessType(file);
  if (file.endsWith('/')) return notFound('File not found');
  const content = fs.isFile(file) ? fs.read(file) : null;
  if (typeof content !== 'string') return notFound('File not found');
  const node = fs.get(file);
  const mtime = node && 'mtime' in node ? node.mtime : now;
  return send(200, 'OK', { 'Content-type': ctype, 'Content-Length': String(new TextEncoder().encode(content).length), 'Last-Modified': new Date(mtime).toUTCString() }, content);
}

/** Runs the server; null where the simulator does not follow (--cgi, a bind address that is a name): code is not run. */
export function* httpServer(ctx: CommandContext, args: string[]): Generator<Yield, number | null, unknown> {
  const fail = (msg: string) => {
    ctx.err(USAGE + `server.py: error: ${msg}\n`);
    return 2;
  };
  let bind: string | null = null;
  let directory = ctx.frame.cwd;
  let port = 8000;
  let portSeen = false;
  const extras: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || (a.startsWith('--') && a.length > 2 && '--help'.startsWith(a))) {
      ctx.out(HELP);
      return 0;
    }
    const m = /^(--bind|--directory|-b|-d)(?:=(.*))?$/.exec(a) ?? (/^--(b|bi|bin|d|di|dir|dire|direc|direct|directo|director)(?:=(.*))?$/.exec(a) && [a, a.startsWith('--b') ? '--bind' : '--directory', a.split('=')[1]]);
    if (m) {
      const opt = m[1].startsWith('--b') || m[1] === '-b' ? '--bind' : '--directory';
      let v = m[2];
      if (v === undefined) {
        if (i + 1 >= args.length || (args[i + 1].startsWith('-') && args[i + 1] !== '-')) return fail(`argument ${opt === '--bind' ? '--bind/-b' : '--directory/-d'}: expected one argument`);
        v = args[++i];
      }
      if (opt === '--bind') bind = v;
      else directory = ctx.resolve(v);
      continue;
    }
    if (a === '--cgi') return null;
    if (a.startsWith('-') && a !== '-' && !/^-\d+$/.test(a)) {
      extras.push(a);
      continue;
    }
    if (portSeen) {
      extras.push(a);
      continue;
    }
    if (!/^\s*[+-]?\d+(_\d+)*\s*$/.test(a)) return fail(`argument port: invalid int value: '${a}'`);
    port = Number(a.replace(/_/g, ''));
    portSeen = true;
  }
  if (extras.length) return fail(`unrecognized arguments: ${extras.join(' ')}`);
  const addr = bind ?? '0.0.0.0';
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(addr)) return null;
  if (port < 0 || port > 65535) return null;
  const own = addr === '0.0.0.0' || addr.startsWith('127.') || ctx.host.ifaces.some((i) => i.addr === addr);
  if (!own) {
    ctx.err(traceback('OSError: [Errno 99] Cannot assign requested address'));
    return 1;
  }
  if (port > 0 && port < 1024 && ctx.frame.user !== 'root') {
    ctx.err(traceback('PermissionError: [Errno 13] Permission denied'));
    return 1;
  }
  const taken = sockets(ctx).some((s) => s.proto === 'tcp' && s.state === 'LISTEN' && s.port === port && (addr === '0.0.0.0' || ['*', '0.0.0.0', '[::]', addr].includes(s.local)));
  const close = taken
    ? null
    : listen(ctx.world, {
        hostId: ctx.host.id,
        port,
        addr,
        process: 'python3',
        // started with `&`, python3 is the job's process ($!); in the foreground a new child of the shell
        pid: ctx.frame.bashpid ?? childPid(ctx.world.seed, ctx.host.id, ctx.frame.pid ?? 1, ctx.world.now),
        backlog: 5,
        fd: 3,
        user: ctx.frame.user,
        http: (req) => {
          const now = ctx.world.now;
          const served = handle(ctx, directory, req, now);
          // stderr is line-buffered (3.9): each line is written as the request is handled
          for (const line of served.log) ctx.err(`${req.from ?? '127.0.0.1'} - - [${logDate(now)}] ${line}\n`);
          return served.reply;
        },
      });
  if (!close) {
    ctx.err(traceback('OSError: [Errno 98] Address already in use'));
    return 1;
  }
  // print() goes to a buffered stdout when it is not a terminal: written at the exit, lost if the process is killed
  const serving = `Serving HTTP on ${addr} port ${port} (http://${addr}:${port}/) ...\n`;
  if (ctx.tty) ctx.out(serving);
  try {
    for (;;) yield { wait: 1000 };
  } catch (err) {
    if (err instanceof Interrupt) {
      ctx.out((ctx.tty ? '' : serving) + '\nKeyboard interrupt received, exiting.\n');
      return 0;
    }
    throw err;
  } finally {
    close();
  }
}

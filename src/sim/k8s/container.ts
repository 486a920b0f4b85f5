/** What runs inside the containers: logs, `exec` of simple commands, the environment. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from './cluster';
import { parseImage } from './images';
import type { Obj } from './objects';
import { componentLogs } from './component-logs';
import { bpi } from './pi';
import { mountedFiles, resolveEnv } from './podconfig';
import { imageOs, lacks, notFoundMessage, shellFor, type ShellKind } from './container-shell';
import { componentProgram } from './components/index';
import { podProgram } from './pod-programs';
import { wgetNoConnect } from './pod-programs/busybox-net';
import type { Ticker } from './pod-programs/busybox';

function stamp(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}/${p(d.getUTCMonth() + 1)}/${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}

const NGINX_VERSIONS: Record<string, string> = { latest: '1.27.3', stable: '1.26.2', mainline: '1.27.3', alpine: '1.27.3' };
export function nginxVersion(image: string): string {
  const tag = parseImage(image).tag;
  if (NGINX_VERSIONS[tag]) return NGINX_VERSIONS[tag];
  const m = /^(\d+\.\d+)(\.\d+)?/.exec(tag);
  return m ? m[1] + (m[2] ?? '.0') : '1.27.3';
}

/** kubeadm's CoreDNS Corefile (cmd/kubeadm/app/phases/addons/dns/manifests.go, 1.28 and 1.29) */
export const DEFAULT_COREFILE = '.:53 {\n    errors\n    health {\n       lameduck 5s\n    }\n    ready\n    kubernetes cluster.local in-addr.arpa ip6.arpa {\n       pods insecure\n       fallthrough in-addr.arpa ip6.arpa\n       ttl 30\n    }\n    prometheus :9153\n    forward . /etc/resolv.conf {\n       max_concurrent 1000\n    }\n    cache 30\n    loop\n    reload\n    loadbalance\n}\n';

export function podLogs(c: Cluster, pod: Obj, ct: any, previous: boolean): { at: number; text: string }[] {
  const i = pod.spec.containers.indexOf(ct);
  const j = (pod.spec.initContainers ?? []).indexOf(ct);
  const cs = i >= 0 ? pod.status?.containerStatuses?.[i] : pod.status?.initContainerStatuses?.[j];
  // without --previous the kubelet reads the running container, else the one that ended last (a crash loop's)
  const started = previous ? cs?.lastState?.terminated?.startedAt : (cs?.state?.running?.startedAt ?? cs?.state?.terminated?.startedAt ?? cs?.lastState?.terminated?.startedAt);
  if (started === undefined) return [];
  const node = c.nodes.get(pod.spec.nodeName);
  const repo = parseImage(ct.image).repo;
  const component = componentLogs(c, pod, ct, repo, started);
  if (component) return component;
  const out: { at: number; text: string }[] = [];
  const L = (text: string, dt = 0) => out.push({ at: started + dt, text });
  if (/\/nginx$/.test(repo)) {
    const v = nginxVersion(ct.image);
    const modern = v >= '1.19';
    if (modern) {
      L('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
      L('/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/');
      L('/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh');
      L('10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf');
      L('10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf');
      if (v >= '1.25') L('/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh');
      L('/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh');
      L('/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh');
      L('/docker-entrypoint.sh: Configuration complete; ready for start up');
      const t = stamp(started);
      L(`${t} [notice] 1#1: using the "epoll" event method`);
      L(`${t} [notice] 1#1: nginx/${v}`);
      L(`${t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) `);
      L(`${t} [notice] 1#1: OS: Linux ${node?.kernel ?? '5.14.0-503.14.1.el9_5.x86_64'}`);
      L(`${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`);
      L(`${t} [notice] 1#1: start worker processes`);
      const cpus = node?.cpus ?? 2;
      for (let k = 0; k < cpus; k++) L(`${t} [notice] 1#1: start worker process ${29 + k}`);
    }
    for (const a of c.accessLog.get(pod.metadata.uid) ?? []) out.push({ at: a.at, text: a.text });
    return out;
  }
  if (/hpa-example|httpd/.test(repo)) {
    L(`AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${pod.status.podIP}. Set the 'ServerName' directive globally to suppress this message`);
    L(`AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${pod.status.podIP}. Set the 'ServerName' directive globally to suppress this message`);
    L(`[${new Date(started).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) /, '$1 $3 $2 ')}.000000 2025] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.10 (Debian) PHP/5.6.14 configured -- resuming normal operations`);
    return out;
  }
  if (/kubernetes-bootcamp/.test(repo)) {
    L(`Kubernetes Bootcamp App Started At: ${new Date(started).toISOString().replace('Z', 'Z')} | Running On:  ${pod.metadata.name} `);
    for (const a of c.accessLog.get(pod.metadata.uid) ?? []) out.push(a);
    return out;
  }
  if (/\/coredns\/coredns$/.test(repo)) {
    // CoreDNS's banner on stdout (coremain/run.go showVersion) after the reload plugin's line; the SHA512 is what real
    // kubeadm clusters print for kubeadm's default Corefile (the plugin hashes the parsed Corefile, not modelled for
    // another one). The builds: CoreDNS v1.10.1 (go1.20, 055b2c3) and v1.11.1 (go1.20.7, ae2bbc2), as their pods print.
    const build: Record<string, string> = { 'v1.10.1': 'go1.20, 055b2c3', 'v1.11.1': 'go1.20.7, ae2bbc2' };
    const tag = parseImage(ct.image).tag;
    L('.:53');
    const corefile = c.get('ConfigMap', 'kube-system', 'coredns')?.data?.Corefile;
    if (corefile === DEFAULT_COREFILE) L('[INFO] plugin/reload: Running configuration SHA512 = 591cf328cccc12bc490481273e738df59329c62c0b729d94e8b61db9961c2fa5f046dd37f1cf888b953814040d180f52594972691cd6ff41be96639138a43908');
    L(`CoreDNS-${tag.replace(/^v/, '')}`);
    if (build[tag]) L(`linux/amd64, ${build[tag]}`);
    return out;
  }
  if (/metrics-server/.test(repo)) {
    L(`I1210 ${stamp(started).slice(11)}.000000       1 serving.go:374] Generated self-signed cert (/tmp/apiserver.crt, /tmp/apiserver.key)`);
    if (!(ct.args ?? []).includes('--kubelet-insecure-tls'))
      for (let k = 0; k < Math.min(20, Math.floor((c.t - started) / 15000)); k++) {
        const n = [...c.nodes.values()][k % c.nodes.size];
        if (n) L(`E1210 ${stamp(started + k * 15000).slice(11)}.000000       1 scraper.go:149] "Failed to scrape node" err="Get \\"https://${n.ip}:10250/metrics/resource\\": tls: failed to verify certificate: x509: cannot validate certificate for ${n.ip} because it doesn't contain any IP SANs" node="${n.name}"`, k * 15000);
      }
    return out;
  }
  const cmd = [...(ct.command ?? []), ...(ct.args ?? [])].join(' ');
  // the docs' Job example: perl -Mbignum=bpi -wle 'print bpi(2000)'
  const pi = /^docker\.io\/library\/perl$/.test(repo) && /^perl .*-Mbignum=bpi .*print bpi\((\d+)\)/.exec(cmd);
  if (pi) {
    L(bpi(Number(pi[1])));
    return out;
  }
  const echo = /echo\s+["']?([^"';&]+)["']?/.exec(cmd);
  if (echo) L(echo[1].trim());
  return out;
}

/** Records an HTTP request served by a pod (curl to a service or pod IP), for its logs. */
export function recordAccess(c: Cluster, pod: Obj, from: string, at: number, path = '/'): void {
  const d = new Date(at);
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const p = (n: number) => String(n).padStart(2, '0');
  const l = c.accessLog.get(pod.metadata.uid) ?? [];
  l.push({ at, text: `${from} - - [${p(d.getUTCDate())}/${mon}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000] "GET ${path} HTTP/1.1" 200 615 "-" "curl/7.76.1" "-"` });
  c.accessLog.set(pod.metadata.uid, l);
}

export function containerEnv(c: Cluster, pod: Obj, ct: any): string[] {
  const env: string[] = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HOSTNAME=${pod.spec?.hostname ?? pod.metadata.name}`];
  // the variables the container started with (ConfigMaps and Secrets read then)
  const started = c.sim(pod).env?.[ct.name];
  const own = started ?? (() => {
    const r = resolveEnv(c, pod, ct);
    return 'env' in r ? r.env : [];
  })();
  for (const [k, v] of own) env.push(`${k}=${v}`);
  const svcs = c.list('Service', pod.metadata.namespace).filter((s) => s.metadata.creationTimestamp <= pod.metadata.creationTimestamp && s.spec.clusterIP && s.spec.clusterIP !== 'None');
  const kube = svcs.find((s) => s.metadata.name === 'kubernetes');
  for (const s of svcs) {
    const n = s.metadata.name.toUpperCase().replace(/-/g, '_');
    const port = s.spec.ports?.[0];
    if (!port) continue;
    const proto = (port.protocol ?? 'TCP').toLowerCase();
    env.push(`${n}_SERVICE_HOST=${s.spec.clusterIP}`, `${n}_SERVICE_PORT=${port.port}`);
    if (s === kube) env.push(`${n}_SERVICE_PORT_HTTPS=${port.port}`);
    env.push(`${n}_PORT=${proto}://${s.spec.clusterIP}:${port.port}`, `${n}_PORT_${port.port}_${proto.toUpperCase()}=${proto}://${s.spec.clusterIP}:${port.port}`, `${n}_PORT_${port.port}_${proto.toUpperCase()}_PROTO=${proto}`, `${n}_PORT_${port.port}_${proto.toUpperCase()}_PORT=${port.port}`, `${n}_PORT_${port.port}_${proto.toUpperCase()}_ADDR=${s.spec.clusterIP}`);
  }
  const repo = parseImage(ct.image).repo;
  if (/\/nginx$/.test(repo)) env.push(`NGINX_VERSION=${nginxVersion(ct.image)}`, 'NJS_VERSION=0.8.7', 'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm');
  env.push('HOME=/root');
  return env;
}

const BOOTCAMP_SERVER = `var http = require('http');
var requests=0;
var podname= process.env.HOSTNAME;
var startTime;
var host;
var handleRequest = function(request, response) {
  response.setHeader('Content-Type', 'text/plain');
  response.writeHead(200);
  response.write("Hello Kubernetes bootcamp! | Running on: ");
  response.write(host);
  response.end(" | v=1\\n");
  console.log("Running On:" ,host, "| Total Requests:", ++requests,"| App Uptime:", (new Date() - startTime)/1000 , "seconds", "| Log Time:",new Date());
}
var www = http.createServer(handleRequest);
www.listen(8080,function () {
    startTime = new Date();;
    host = process.env.HOSTNAME;
    console.log ("Kubernetes Bootcamp App Started At:",startTime, "| Running On: " ,host, "\\n" );
});
`;
const ROOT_LS = 'bin\nboot\ndev\ndocker-entrypoint.d\ndocker-entrypoint.sh\netc\nhome\nlib\nlib64\nmedia\nmnt\nopt\nproc\nroot\nrun\nsbin\nsrv\nsys\ntmp\nusr\nvar';
const NGINX_HTML = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;
function byteLen(s: string): number {
  return new TextEncoder().encode(s).length;
}
export function nginxPage(): string {
  return NGINX_HTML;
}

/** Runs one command line inside a container (exec). */
/** Files written into a container (kubectl cp), by pod, container and absolute path. */
const written = new WeakMap<Obj, Map<string, Map<string, string>>>();
export function containerFiles(pod: Obj, container: string): Map<string, string> {
  let byCt = written.get(pod);
  if (!byCt) written.set(pod, (byCt = new Map()));
  let files = byCt.get(container);
  if (!files) byCt.set(container, (files = new Map()));
  return files;
}

export function containerExec(c: Cluster, pod: Obj, ct: any, argv: string[], cols = 0, stdin: string | null = ''): { out: string; err: string; code: number; seq?: ['out' | 'err', string][]; ticker?: Ticker } {
  const os = imageOs(ct.image);
  // the container runtime starts argv[0] itself: a program the image lacks (a shell too) is runc's error
  if (argv[0] && lacks(os, argv[0])) return ociNotFound(c, argv[0]);
  // a control-plane program of its image (cols: the exec's terminal width, 0 without one)
  const comp = componentProgram(ct.image, argv, cols, { c, pod, ct, files: containerFiles(pod, ct.name), env: () => containerEnv(c, pod, ct), stdin });
  if (comp) return comp;
  const sh = argv[1] === '-c' ? shellFor(os, argv[0]) : null;
  if (sh) return shellLine(c, pod, ct, argv[2] ?? '', { kind: sh, argv0: argv[0], interactive: false, line: 1 });
  return runProgram(c, pod, ct, argv);
}

/** one line typed into an interactive shell of the container (kubectl exec -it POD -- sh), the lineth it read */
export function containerShellLine(c: Cluster, pod: Obj, ct: any, shell: { kind: ShellKind; argv0: string; line: number }, text: string): { out: string; err: string; code: number; seq: ['out' | 'err', string][]; ticker?: Ticker } {
  return shellLine(c, pod, ct, text, { ...shell, interactive: true });
}

function ociNotFound(c: Cluster, name: string): { out: string; err: string; code: number } {
  return {
    out: '',
    err: `error: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${c.rng.hex(64)}": OCI runtime exec failed: exec failed: unable to start container process: exec: "${name}": executable file not found in $PATH: unknown\n`,
    code: 1,
  };
}

/** a program of the image, started with these arguments (by the runtime or by a shell) */
function runProgram(c: Cluster, pod: Obj, ct: any, cmd: string[]): { out: string; err: string; code: number; ticker?: Ticker } {
  const nginx = /\/nginx$/.test(parseImage(ct.image).repo);
  const [name, ...args] = cmd;
  const own = name ? podProgram(c, pod, ct, cmd) : null;
  if (own) return own;
  const ok = (out: string) => ({ out, err: '', code: 0 });
  // a control-plane program started by the container's shell (no terminal width: sh -c runs it on a pipe)
  const comp = componentProgram(ct.image, cmd, 0, { c, pod, ct, files: containerFiles(pod, ct.name), env: () => containerEnv(c, pod, ct) });
  if (comp) return comp;
  const inVolume = (path: string) => (path.startsWith('/') ? mountedFiles(c, pod, ct, path) : undefined);
  switch (name) {
    case 'env': {
      // env NAME=value… COMMAND runs the command (the assignments are not modelled); without one it prints them too
      const set = args.findIndex((a) => !/^[A-Za-z_]\w*=/.test(a));
      if (set >= 0) return runProgram(c, pod, ct, args.slice(set));
      return ok([...containerEnv(c, pod, ct), ...args].join('\n') + '\n');
    }
    case 'printenv': {
      const all = containerEnv(c, pod, ct);
      if (!args.length) return ok(all.join('\n') + '\n');
      const found = args.map((a) => all.find((e) => e.startsWith(a + '='))).filter((e): e is string => e !== undefined);
      return { out: found.map((e) => e.slice(e.indexOf('=') + 1) + '\n').join(''), err: '', code: found.length === args.length ? 0 : 1 };
    }
    case 'hostname':
      return ok((pod.spec?.hostname ?? pod.metadata.name) + '\n');
    case 'ls': {
      const dir = args.find((a) => !a.startsWith('-')) ?? '/';
      const copied = [...containerFiles(pod, ct.name).keys()];
      if (copied.includes(dir)) return ok(dir + '\n');
      const inDir = copied.filter((f) => f.slice(0, f.lastIndexOf('/') || 1) === (dir.replace(/\/+$/, '') || '/')).map((f) => f.slice(f.lastIndexOf('/') + 1));
      if (inDir.length && dir !== '/') return ok(inDir.sort().join('\n') + '\n');
      const vol = inVolume(dir);
      if (vol) {
        const rel = dir.replace(/\/+$/, '').slice(vol.dir.length + 1);
        if (!rel) return ok([...vol.files.keys()].sort().map((f) => f + '\n').join(''));
        if (vol.files.has(rel)) return ok(dir + '\n');
        return { out: '', err: `ls: cannot access '${dir}': No such file or directory\n`, code: 2 };
      }
      if (dir === '/') return ok(ROOT_LS.replace(nginx ? '' : 'docker-entrypoint.d\ndocker-entrypoint.sh\n', '') + '\n');
      if (dir === '/usr/share/nginx/html' && nginx) return ok('50x.html\nindex.html\n');
      if (dir === '/etc/nginx' && nginx) return ok('conf.d\nfastcgi_params\nmime.types\nmodules\nnginx.conf\nscgi_params\nuwsgi_params\n');
      return { out: '', err: `ls: cannot access '${dir}': No such file or directory\n`, code: 2 };
    }
    case 'head':
    case 'tail': {
      // -n N, -N or the default 10 lines of a file the container has
      let n = 10;
      const files: string[] = [];
      for (let i = 0; i < args.length; i++) {
        if (args[i] === '-n') n = Number(args[++i]);
        else if (/^-n?\d+$/.test(args[i])) n = Number(args[i].replace(/^-n?/, ''));
        else files.push(args[i]);
      }
      const r = runProgram(c, pod, ct, ['cat', ...files.slice(0, 1)]);
      if (r.code !== 0) return { ...r, err: r.err.replace(/^cat: (.*): No such file or directory/, `${name}: cannot open '$1' for reading: No such file or directory`) };
      const lines = r.out.split('\n');
      if (lines[lines.length - 1] === '') lines.pop();
      const keep = name === 'head' ? lines.slice(0, n) : lines.slice(Math.max(0, lines.length - n));
      return ok(keep.length ? keep.join('\n') + '\n' : '');
    }
    case 'cat': {
      const f = args[0];
      const copied = f !== undefined ? containerFiles(pod, ct.name).get(f) : undefined;
      if (copied !== undefined) return ok(copied);
      const vol = f ? inVolume(f) : undefined;
      if (vol) {
        const rel = f.replace(/\/+$/, '').slice(vol.dir.length + 1);
        if (!rel) return { out: '', err: `cat: ${f}: Is a directory\n`, code: 1 };
        const text = vol.files.get(rel);
        if (text !== undefined) return ok(text);
      }
      if (f === '/etc/hostname') return ok((pod.spec?.hostname ?? pod.metadata.name) + '\n');
      if (f === '/etc/resolv.conf') return ok(`search ${pod.metadata.namespace}.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n`);
      if (f === '/etc/hosts') return ok(`# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${pod.status.podIP}\t${pod.metadata.name}\n`);
      if (f === '/usr/share/nginx/html/index.html' && nginx) return ok(NGINX_HTML);
      if (f === 'server.js' && /kubernetes-bootcamp/.test(ct.image)) return ok(BOOTCAMP_SERVER);
      if (f === '/etc/os-release' && nginx) return ok('PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\nVERSION_CODENAME=bookworm\nID=debian\nHOME_URL="https://www.debian.org/"\nSUPPORT_URL="https://www.debian.org/support"\nBUG_REPORT_URL="https://bugs.debian.org/"\n');
      return { out: '', err: `cat: ${f}: No such file or directory\n`, code: 1 };
    }
    case 'nginx':
      if (nginx && args[0] === '-v') return { out: '', err: `nginx version: nginx/${nginxVersion(ct.image)}\n`, code: 0 };
      break;
    case 'echo':
      return ok(args.join(' ') + '\n');
    case 'pwd':
      return ok('/\n');
    case 'whoami':
      return ok('root\n');
    case 'date':
      return ok(new Date(c.t).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $5 UTC $4') + '\n');
    case 'uname':
      return ok(args.includes('-r') ? (c.nodes.get(pod.spec.nodeName)?.kernel ?? '') + '\n' : 'Linux\n');
    case 'exit':
      return { out: '', err: '', code: Number(args[0] ?? 0) };
    case 'wget':
    case 'curl': {
      const raw = args.find((a, i) => !a.startsWith('-') && !/^(-[TOoUYPt]|--header|--user-agent|--timeout|--tries|--output-document)$/.test(args[i - 1] ?? ''));
      if (!raw) return { out: '', err: name === 'curl' ? "curl: try 'curl --help' or 'curl --manual' for more information\n" : 'BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n', code: 1 };
      if (name === 'curl' && /busybox|alpine/.test(ct.image)) break;
      if (name === 'wget' && !/busybox|alpine/.test(ct.image)) break;
      let url: URL;
      try {
        url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : 'http://' + raw);
      } catch {
        return { out: '', err: `wget: bad address '${raw}'\n`, code: 1 };
      }
      const port = Number(url.port || 80);
      const host = url.hostname === 'localhost' || url.hostname === '127.0.0.1' ? pod.status.podIP : url.hostname;
      const r = httpGet(c, host, port, url.pathname, url.hostname === 'localhost' || url.hostname === '127.0.0.1' ? '127.0.0.1' : pod.status.podIP, pod.metadata.namespace);
      const known = /^\d+\.\d+\.\d+\.\d+$/.test(url.hostname) || c.list('Service').some((s) => s.metadata.name === url.hostname.split('.')[0]);
      if (!r) {
        if (name === 'curl') return { out: '', err: known ? `curl: (7) Failed to connect to ${url.hostname} port ${port} after 0 ms: Couldn't connect to server\n` : `curl: (6) Could not resolve host: ${url.hostname}\n`, code: known ? 7 : 6 };
        // wget names the address it connected to: a Service name resolves to its cluster IP
        const svcIp = c.list('Service').find((s) => s.metadata.name === url.hostname.split('.')[0] && s.metadata.namespace === (url.hostname.split('.')[1] ?? pod.metadata.namespace))?.spec.clusterIP;
        const quiet = wgetNoConnect(c, pod, url.hostname, port, args);
        if (quiet) return quiet;
        return { out: '', err: known ? `wget: can't connect to remote host (${/^\d+\.\d+\.\d+\.\d+$/.test(url.hostname) ? url.hostname : svcIp ?? url.hostname}): Connection refused\n` : `wget: bad address '${url.hostname}'\n`, code: 1 };
      }
      if (name === 'curl') return { out: r.body, err: '', code: 0 };
      const quietOut = args.includes('-qO-') || (args.includes('-q') && args.includes('-O-')) || args.includes('-O-');
      if (quietOut) return { out: r.body, err: args.includes('-q') || args.includes('-qO-') ? '' : `Connecting to ${url.host}\nwriting to stdout\n-                    100% |********************************|   ${byteLen(r.body)}  0:00:00 ETA\nwritten to stdout\n`, code: 0 };
      return { out: '', err: `Connecting to ${url.host}\nsaving to 'index.html'\nindex.html           100% |********************************|   ${byteLen(r.body)}  0:00:00 ETA\n'index.html' saved\n`, code: 0 };
    }
  }
  if (!name) return ok('');
  return ociNotFound(c, name);
}

/** what dash, bash and busybox ash run themselves, whether or not the image has a program of that name */
const BUILTINS = new Set(['exit', 'echo', 'printf', 'pwd', 'cd', 'export', 'set', 'unset', 'test', '[', 'true', 'false', 'kill', 'read', 'type', 'command', 'alias', 'umask', 'wait', 'trap', 'shift', 'eval', 'exec', 'hash', 'ulimit', 'getopts', 'local', '.', ':']);

/**
 * A `sh -c` line with `;`, `&&`, `||` or a `>`/`>>` redirection: each command in turn, its output into a file
 * of the container when redirected; a command the image lacks answers as its shell does (dash, busybox ash).
 */
function shellLine(c: Cluster, pod: Obj, ct: any, line: string, sh: { kind: ShellKind; argv0: string; interactive: boolean; line: number }): { out: string; err: string; code: number; seq: ['out' | 'err', string][]; ticker?: Ticker } {
  const os = imageOs(ct.image);
  const parts: { op: string; text: string }[] = [];
  let cur = '';
  let op = '';
  let q = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (q) {
      if (ch === q) q = '';
      cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") q = ch;
    const two = line.slice(i, i + 2);
    if (ch === ';' || two === '&&' || two === '||') {
      parts.push({ op, text: cur });
      op = ch === ';' ? ';' : two;
      cur = '';
      if (ch !== ';') i++;
      continue;
    }
    cur += ch;
  }
  parts.push({ op, text: cur });
  let out = '';
  let err = '';
  let code = 0;
  // what the terminal shows, in the order written
  const seq: ['out' | 'err', string][] = [];
  for (const part of parts) {
    if ((part.op === '&&' && code !== 0) || (part.op === '||' && code === 0)) continue;
    let text = part.text;
    const red = /\s*(>>?)\s*([^\s>]+)\s*$/.exec(text);
    if (red) text = text.slice(0, red.index);
    const all = shellWords(text, containerEnv(c, pod, ct));
    // NAME=value words before a command go into its environment (not modelled: the programs here read none)
    const assigned = all.findIndex((w) => !/^[A-Za-z_]\w*=/.test(w));
    const words = assigned < 0 ? [] : all.slice(assigned);
    if (!words.length) continue;
    let r: { out: string; err: string; code: number; ticker?: Ticker } = lacks(os, words[0]) && !BUILTINS.has(words[0]) ? ociNotFound(c, words[0]) : runProgram(c, pod, ct, words);
    if (r.err.includes('executable file not found')) r = { out: '', err: notFoundMessage(sh.kind, sh.argv0, words[0], sh.interactive, sh.line), code: 127 };
    if (red) {
      const path = red[2].startsWith('/') ? red[2] : `/${red[2]}`;
      const files = containerFiles(pod, ct.name);
      files.set(path, (red[1] === '>>' ? (files.get(path) ?? '') : '') + r.out);
      r = { ...r, out: '' };
    }
    out += r.out;
    err += r.err;
    if (r.err) seq.push(['err', r.err]);
    if (r.out) seq.push(['out', r.out]);
    code = r.code;
    if (words[0] === 'exit') break;
    // a program that runs until interrupted holds the line there
    if (r.ticker && !red) return { out, err, code, seq, ticker: r.ticker };
  }
  return { out, err, code, seq };
}

/** a `sh -c` line as the container's shell splits it: quotes removed, $VAR and ${VAR} expanded */
function shellWords(line: string, env: string[]): string[] {
  const vars = new Map(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, string]));
  const sub = (s: string) => s.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => vars.get(a ?? b) ?? '');
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    if (m[2] !== undefined) out.push(m[2]);
    else if (m[1] !== undefined) out.push(sub(m[1]));
    else {
      const w = sub(m[3]);
      if (w) out.push(...w.split(/\s+/).filter(Boolean));
    }
  }
  return out;
}

const rr = new WeakMap<object, number>();
/** What a pod answers over HTTP, by its image (null when it does not serve HTTP on that port). */
function answer(c: Cluster, pod: Obj, port: number, from: string, path: string): { status: number; body: string } | null {
  const ct = pod.spec.containers?.[0];
  if (!ct || !c.podReady(pod)) return null;
  const repo = parseImage(ct.image).repo;
  const ports: number[] = (ct.ports ?? []).map((p: any) => p.containerPort);
  if (/\/nginx$/.test(repo) && port === 80) {
    recordAccess(c, pod, from, c.t, path);
    return path === '/' || path === '/index.html' ? { status: 200, body: NGINX_HTML } : { status: 404, body: `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/${nginxVersion(ct.image)}</center>\r\n</body>\r\n</html>\r\n` };
  }
  if (/kubernetes-bootcamp$/.test(repo) && port === 8080) {
    const l = c.accessLog.get(pod.metadata.uid) ?? [];
    const started = pod.status.containerStatuses?.[0]?.state?.running?.startedAt ?? c.t;
    const d = new Date(c.t).toUTCString().replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, '$1 $3 $2 $4 $5');
    l.push({ at: c.t, text: `Running On: ${pod.metadata.name} | Total Requests: ${l.length + 1} | App Uptime: ${(c.t - started) / 1000} seconds | Log Time: ${d} GMT+0000 (Coordinated Universal Time)` });
    c.accessLog.set(pod.metadata.uid, l);
    return { status: 200, body: `Hello Kubernetes bootcamp! | Running on: ${pod.metadata.name} | v=${parseImage(ct.image).tag === 'v2' ? 2 : 1}\n` };
  }
  if (/hpa-example$/.test(repo) && port === 80) return { status: 200, body: 'OK!' };
  if (/\/httpd$/.test(repo) && port === 80) return { status: 200, body: '<html><body><h1>It works!</h1></body></html>\n' };
  if (ports.includes(port) && /agnhost/.test(repo)) return { status: 200, body: `NOW: ${new Date(c.t).toISOString()}` };
  return null;
}

/**
 * An HTTP GET inside the cluster network: to a Service (name, ClusterIP, or NodePort on a node address) or
 * to a pod IP. `ns` is the namespace used to resolve short service names (from inside a pod).
 */
export function httpGet(c: Cluster, hostname: string, port: number, path: string, from: string, ns = 'default', nodeIps: string[] = []): { status: number; body: string } | null {
  if (!c.initialized) return null;
  const svcs = c.list('Service');
  let svc: Obj | undefined;
  let svcPort: any;
  const name = hostname.replace(/\.svc\.cluster\.local$|\.svc$/, '');
  const [sname, sns] = name.split('.');
  const byName = svcs.find((s) => s.metadata.name === sname && s.metadata.namespace === (sns ?? ns));
  if (byName) {
    svc = byName;
    svcPort = svc.spec.ports?.find((p: any) => p.port === port);
  } else {
    svc = svcs.find((s) => s.spec.clusterIP === hostname);
    if (svc) svcPort = svc.spec.ports?.find((p: any) => p.port === port);
    else if (nodeIps.includes(hostname) || hostname === 'localhost' || hostname === '127.0.0.1') {
      svc = svcs.find((s) => s.spec.ports?.some((p: any) => p.nodePort === port));
      svcPort = svc?.spec.ports?.find((p: any) => p.nodePort === port);
    }
  }
  if (svc) {
    if (!svcPort) return null;
    const ep = c.get('Endpoints', svc.metadata.namespace, svc.metadata.name);
    const addrs: any[] = ep?.subsets?.[0]?.addresses ?? [];
    if (!addrs.length) return null;
    const i = rr.get(svc) ?? 0;
    rr.set(svc, i + 1);
    const a = addrs[i % addrs.length];
    const pod = c.get('Pod', a.targetRef.namespace, a.targetRef.name);
    const target = ep!.subsets[0].ports?.find((p: any) => (svcPort.name ? p.name === svcPort.name : true))?.port ?? svcPort.targetPort;
    return pod ? answer(c, pod, Number(target), from, path) : null;
  }
  const pod = c.list('Pod').find((p) => p.status?.podIP === hostname && !p.spec.hostNetwork);
  return pod ? answer(c, pod, port, from, path) : null;
}

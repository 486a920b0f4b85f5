// crictl once its command line is read (spec.ts): the app's Before hook (the config file, then flags and environment
// over it), the connection to the CRI endpoints the way cri-tools v1.28.0 makes it (main.go getRuntimeService /
// getImageService, the kubelet's remote client and util_unix.go for the endpoint), then the command on this node.
import type { CommandContext } from '../../context';
import type { CommandRun, Host } from '../../types';
import { isRoot } from '../../commands/lib/guest';
import { k8sOf, unitActive } from '../world';
import { crictlCommand, podsHere } from '../runtime';
import { crictlLogs } from './logs';
import { madeOn } from './made';
import { G } from './spec';

const DEFAULT_ENDPOINTS = ['unix:///var/run/dockershim.sock', 'unix:///run/containerd/containerd.sock', 'unix:///run/crio/crio.sock', 'unix:///var/run/cri-dockerd.sock'];
const CONFIG_KEYS = ['runtime-endpoint', 'image-endpoint', 'timeout', 'debug', 'pull-image-on-create', 'disable-pull-on-run'];
const BOOL_KEYS = ['debug', 'pull-image-on-create', 'disable-pull-on-run'];
const GO_BOOL = /^(1|0|t|f|T|F|true|false|TRUE|FALSE|True|False)$/;
const goBool = (v: string) => /^(1|t|T|true|TRUE|True)$/.test(v);

type Config = Record<string, string>;

/** common.ReadConfig: `key: value` pairs; an unknown key or a bad number/bool is an error. */
export function readConfig(text: string): Config | string {
  const cfg: Config = {};
  for (const line of text.split('\n')) {
    const m = /^([^\s#:][^:]*):\s*(.*?)\s*$/.exec(line);
    if (!m) continue;
    const [, name, raw] = m;
    const value = raw.replace(/^"(.*)"$|^'(.*)'$/, '$1$2').replace(/\s+#.*$/, '');
    if (!CONFIG_KEYS.includes(name)) return `Config option '${name}' is not valid`;
    if (name === 'timeout' && !/^[+-]?\d+$/.test(value)) return `parsing config option '${name}': strconv.Atoi: parsing "${value}": invalid syntax`;
    if (BOOL_KEYS.includes(name) && !GO_BOOL.test(value)) return `parsing config option '${name}': strconv.ParseBool: parsing "${value}": invalid syntax`;
    cfg[name] = value;
  }
  return cfg;
}

/** common.WriteConfig: every option, the file's own order first, as yaml.v3 writes the scalars. */
export function writeConfig(cfg: Config, previous: string): string {
  const order = [...(previous.match(/^[^\s#:][^:]*(?=:)/gm) ?? []).filter((k) => CONFIG_KEYS.includes(k)), ...CONFIG_KEYS];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const k of order) {
    if (seen.has(k)) continue;
    seen.add(k);
    const v = cfg[k] ?? (k === 'timeout' ? '0' : k.endsWith('endpoint') ? '' : 'false');
    out.push(`${k}: ${v === '' ? '""' : v}`);
  }
  return out.join('\n') + '\n';
}

/** Where crictl reads its config: --config, $CRI_CONFIG_FILE, /etc/crictl.yaml (then beside the binary). */
function configFile(ctx: CommandContext): { path: string; isSet: boolean } {
  const flag = ctx.opts?.str(G('config'));
  const env = ctx.frame.env.CRI_CONFIG_FILE;
  return { path: flag ?? (env || '/etc/crictl.yaml'), isSet: flag !== undefined || !!env };
}

interface Settings {
  runtime: string;
  runtimeSet: boolean;
  image: string;
  imageSet: boolean;
  timeout: string;
  debug: boolean;
  /** pull-image-on-create, disable-pull-on-run of the config file (false without one) */
  pullOnCreate: boolean;
  disablePullOnRun: boolean;
}

/** app.Before: the config file (an error only matters when --config names it), flags and environment over it. */
function before(ctx: CommandContext): Settings | { fatal: string } {
  const h = ctx.host;
  const o = ctx.opts!;
  const env = ctx.frame.env;
  const { path, isSet } = configFile(ctx);
  let cfg: Config | null = null;
  const abs = h.fs.resolve(ctx.frame.cwd, path);
  let file = h.fs.read(abs);
  let where = abs;
  if (file === 'ENOENT') {
    // GetServerConfigFromFile: the program's directory as a fallback
    where = '/usr/bin/crictl.yaml';
    file = h.fs.read(where);
  }
  if (file === 'ENOENT' || file === 'EISDIR' || typeof file !== 'string' || /^E[A-Z]+$/.test(file)) {
    const why = file === 'EISDIR' ? `read ${where}: is a directory` : `stat ${where}: no such file or directory`;
    if (isSet) return { fatal: `load config file: ${why}` };
  } else {
    const r = readConfig(file);
    if (typeof r === 'string') {
      if (isSet) return { fatal: `load config file: ${r}` };
    } else cfg = r;
  }
  const flag = (name: string, envName?: string) => o.str(G(name)) ?? (envName && env[envName] ? env[envName] : undefined);
  const rtFlag = flag('runtime-endpoint', 'CONTAINER_RUNTIME_ENDPOINT');
  const imFlag = flag('image-endpoint', 'IMAGE_SERVICE_ENDPOINT');
  const toFlag = o.str(G('timeout'));
  const dbFlag = o.get(G('debug'));
  // getTimeout: 0 or less is the default
  const timeout = toFlag !== undefined && !toFlag.startsWith('-') && /[1-9]/.test(toFlag) ? toFlag : cfg?.timeout && Number(cfg.timeout) > 0 ? `${Number(cfg.timeout)}s` : '2s';
  return {
    runtime: rtFlag ?? cfg?.['runtime-endpoint'] ?? '',
    runtimeSet: rtFlag !== undefined || !!cfg?.['runtime-endpoint'],
    image: imFlag ?? cfg?.['image-endpoint'] ?? '',
    imageSet: imFlag !== undefined || !!cfg?.['image-endpoint'],
    timeout,
    debug: dbFlag !== undefined ? dbFlag === true || goBool(dbFlag) : cfg?.debug !== undefined && goBool(cfg.debug),
    pullOnCreate: !!cfg?.['pull-image-on-create'] && goBool(cfg['pull-image-on-create']),
    disablePullOnRun: !!cfg?.['disable-pull-on-run'] && goBool(cfg['disable-pull-on-run']),
  };
}

/** The containerd socket, the one CRI endpoint a node of the lab has. */
const CONTAINERD_SOCKETS = ['/run/containerd/containerd.sock', '/var/run/containerd/containerd.sock'];

/** util_unix.go parseEndpointWithFallbackProtocol + GetAddressAndDialer: the socket path, or the error. */
function endpointAddr(endpoint: string): { addr: string; fallback?: string } | { error: string } {
  const parse = (ep: string) => {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(ep);
    if (!m) return { scheme: '' };
    const rest = m[2];
    const path = rest.startsWith('//') ? rest.slice(2).replace(/^[^/]*/, '') : rest;
    return { scheme: m[1].toLowerCase(), path };
  };
  let u = parse(endpoint);
  let fallback: string | undefined;
  if (u.scheme === '') {
    fallback = 'unix://' + endpoint;
    u = parse(fallback);
  }
  if (u.scheme === 'tcp') return { error: 'only support unix socket endpoint' };
  if (u.scheme !== 'unix') return { error: `protocol "${u.scheme}" not supported` };
  return { addr: u.path ?? '', ...(fallback ? { fallback } : {}) };
}

type Service = 'runtime' | 'image';

/** NewRemoteRuntimeService / NewRemoteImageService against one endpoint: null when the runtime answers. */
function connect(ctx: CommandContext, endpoint: string, svc: Service, notes: string[]): string | null {
  const h = ctx.host;
  const ep = endpointAddr(endpoint);
  if ('error' in ep) return ep.error;
  if (ep.fallback) notes.push(klogInfo(ctx, `"Using this endpoint is deprecated, please consider using full URL format" endpoint="${endpoint}" URL="${ep.fallback}"`));
  const addr = ep.addr;
  const rpc = (desc: string) => `validate service connection: validate CRI v1 ${svc} API for endpoint "${endpoint}": rpc error: ${desc}`;
  const dial = (why: string) => rpc(`code = Unavailable desc = connection error: desc = "transport: Error while dialing: ${why}"`);
  if (addr === '') return dial('dial unix: missing address');
  const norm = h.fs.resolve('/', addr);
  if (CONTAINERD_SOCKETS.includes(norm) && h.sys?.packages.has('containerd.io') && unitActive(h, 'containerd.service')) {
    if (!isRoot(ctx)) return dial(`dial unix ${addr}: connect: permission denied`);
    if (/^\s*disabled_plugins\s*=\s*\[[^\]]*"cri"/m.test(String(h.fs.read('/etc/containerd/config.toml')))) return rpc(`code = Unimplemented desc = unknown service runtime.v1.${svc === 'runtime' ? 'Runtime' : 'Image'}Service`);
    return null;
  }
  return dial(`dial unix ${addr}: connect: ${h.fs.exists(norm) ? 'connection refused' : 'no such file or directory'}`);
}

function klogInfo(ctx: CommandContext, msg: string): string {
  const d = new Date(ctx.world.now);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const pid = 20000 + (Math.floor(ctx.world.now / 1000) % 9000);
  return `I${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${d.toISOString().slice(11, 19)}.${p((ctx.world.now % 1000) * 1000 + 417, 6)} ${String(pid).padStart(7)} util_unix.go:103] ${msg}\n`;
}

/** Which services each command opens, in order (cmd/crictl/*.go); commands not listed open the runtime's. */
const SERVICES: Record<string, Service[]> = {
  ps: ['runtime', 'image'],
  images: ['image'],
  image: ['image'],
  img: ['image'],
  pull: ['image'],
  inspecti: ['image'],
  imagefsinfo: ['image'],
  rmi: ['image'],
  completion: [],
};

/** What a command checks of its arguments before it connects: an error, its help, or nothing. */
function argCheck(cmd: string, n: number, first: string | undefined): 'help' | string | null {
  switch (cmd) {
    case 'inspect':
    case 'start':
    case 'stop':
    case 'update':
      return n === 0 ? 'ID cannot be empty' : null;
    case 'attach':
      return !first ? 'ID cannot be empty' : n !== 1 ? 'help' : null;
    case 'inspectp':
    case 'inspecti':
    case 'stopp':
      return n === 0 ? 'help' : null;
    case 'exec':
    case 'port-forward':
      return n < 2 ? 'help' : null;
    case 'stats':
    case 'statsp':
      return n > 1 ? 'help' : null;
    case 'info':
    case 'version':
      return n !== 0 ? 'help' : null;
    case 'runp':
      return n !== 1 || !first ? 'help' : null;
    case 'run':
      return n !== 2 ? 'help' : null;
    case 'create':
      return n !== 3 ? 'help' : null;
    case 'completion':
      return n > 1 ? 'help' : null;
    case 'metricsp':
      return n > 0 ? 'help' : null;
  }
  return null;
}

/** the commands runtime.ts answers (the others load with ./commands) */
const LISTS = ['ps', 'pods', 'images', 'image', 'img', 'pull', 'version'];

const log = (level: 'WARN' | 'ERRO' | 'FATA' | 'DEBU', msg: string) => `${level}[0000] ${msg} \n`;

/** getRuntimeService / getImageService: the client, or the error crictl dies with. Writes the log lines. */
function service(ctx: CommandContext, s: Settings, svc: Service): boolean | string {
  let endpoint = svc === 'runtime' ? s.runtime : s.image;
  let isSet = svc === 'runtime' ? s.runtimeSet : s.imageSet;
  if (svc === 'image' && endpoint === '') {
    if (s.runtimeSet && s.runtime === '') return '--image-endpoint is not set';
    endpoint = s.runtime;
    isSet = s.runtimeSet;
  }
  if (svc === 'runtime' && s.runtimeSet && s.runtime === '') return '--runtime-endpoint is not set';
  const debug = (m: string) => s.debug && ctx.err(log('DEBU', m));
  debug(`get ${svc} connection`);
  const notes: string[] = [];
  if (isSet) {
    const e = connect(ctx, endpoint, svc, notes);
    for (const n of notes) ctx.err(n);
    return e ?? true;
  }
  ctx.err(log('WARN', `${svc} connect using default endpoints: [${DEFAULT_ENDPOINTS.join(' ')}]. As the default settings are now deprecated, you should set the endpoint instead.`));
  debug('Note that performance maybe affected as each default connection attempt takes n-seconds to complete before timing out and going to the next in sequence.');
  let last: string | null = null;
  for (const ep of DEFAULT_ENDPOINTS) {
    debug(`Connect using endpoint "${ep}" with "${s.timeout}" timeout`);
    last = connect(ctx, ep, svc, notes);
    if (last) {
      ctx.err(log('ERRO', last));
      continue;
    }
    debug(`Connected successfully using endpoint: ${ep}`);
    break;
  }
  return last ?? true;
}

export function* crictlRun(ctx: CommandContext): CommandRun {
  const path = ctx.specPath ?? [];
  const cmd = path[1]?.name;
  const s = before(ctx);
  if ('fatal' in s) {
    ctx.err(log('FATA', s.fatal));
    return 1;
  }
  const ops = ctx.operands ?? [];
  if (cmd === 'config') return yield* configCommand(ctx, ops);
  const st = k8sOf(ctx.world);
  st.cluster.advanceTo(ctx.world.now);
  // logs.go checks its argument before it connects
  if (cmd === 'logs' && !ops[0]) {
    ctx.err(log('FATA', 'ID cannot be empty'));
    return 1;
  }
  // more than one argument (urfave/cli stops at the first one, so a flag after the ID is one): the command's help
  const help = () => import('./help').then((m) => m.commandHelp(m.findCommand(cmd ?? '')!));
  const check = cmd === 'logs' ? (ops.length > 1 ? 'help' : null) : argCheck(cmd ?? '', ops.length, ops[0]);
  if (check === 'help') {
    ctx.out((yield { load: help }) as string);
    return 0;
  }
  if (check) {
    ctx.err(log('FATA', check));
    return 1;
  }
  // create and run: the image service first when they pull (container.go)
  let pull = false;
  if (cmd === 'create' || cmd === 'run') {
    const o = ctx.opts!;
    if (o.bool('no-pull') && o.bool('with-pull')) {
      ctx.err(log('FATA', 'confict: no-pull and with-pull are both set'));
      return 1;
    }
    pull = cmd === 'create' ? (!o.bool('no-pull') && s.pullOnCreate) || o.bool('with-pull') : (!s.disablePullOnRun && !o.bool('no-pull')) || o.bool('with-pull');
  }
  const services = cmd === 'rmi' && ctx.opts!.bool('prune') ? (['image', 'runtime'] as Service[]) : pull ? (['image', 'runtime'] as Service[]) : (SERVICES[cmd ?? ''] ?? ['runtime']);
  for (const svc of services) {
    const r = service(ctx, s, svc);
    if (r !== true) {
      ctx.err(log('FATA', (cmd === 'metricsp' ? 'get runtime service: ' : cmd === 'runtime-config' ? 'get runtime client: ' : '') + (r as string)));
      return 1;
    }
  }
  if (cmd === 'logs') {
    // a container crictl created: its log path (the sandbox's log_directory and the container's log_path)
    const mine = madeOn(st, ctx.host as Host).containers.filter((c) => c.id.startsWith(ops[0]));
    if (mine.length === 1) {
      const c = mine[0];
      if (!c.sandboxConfig?.log_directory || !c.config.log_path) {
        ctx.err(log('FATA', 'The container has not set log path'));
        return 1;
      }
      if (ctx.opts!.bool('previous') && !c.config.metadata?.attempt) {
        ctx.err(log('FATA', `Previous terminated container ${c.config.metadata?.name ?? ''} not found`));
        return 1;
      }
      // what the container wrote is not modelled: the log is empty
      return 0;
    }
    const l = crictlLogs(st, podsHere(st, ctx.host as Host), ctx.opts!, ops, ctx.world.now);
    for (const [stream, text] of l.seq) (stream === 'out' ? ctx.out : ctx.err)(text);
    return l.code;
  }
  const o = ctx.opts!;
  const other = (o.str('output') ?? 'table') !== 'table' || o.bool('verbose') || o.bool('no-trunc') || (cmd === 'ps' && o.bool('resolve-image-path')) || (cmd !== 'ps' && cmd !== 'pods' && o.bool('digests'));
  if (!LISTS.includes(cmd ?? '') || (['ps', 'pods', 'images', 'image', 'img'].includes(cmd ?? '') && other)) {
    const m = (yield { load: () => import('./commands') }) as typeof import('./commands');
    return yield* m.crictlCommand(ctx, st, cmd ?? '', ops, help, pull);
  }
  const r = crictlCommand(st, ctx.host as Host, cmd ?? '', ctx.opts!, ops, ctx.world.now);
  ctx.out(r.out);
  ctx.err(r.err);
  return r.code;
}

/** `crictl config`: --get, --set k=v[,k=v], --list, or `config KEY VALUE`; the file is written whole (WriteConfig). */
function* configCommand(ctx: CommandContext, ops: string[]): CommandRun {
  const h = ctx.host;
  const o = ctx.opts!;
  const path = h.fs.resolve(ctx.frame.cwd, o.str(G('config')) ?? '/etc/crictl.yaml');
  const fatal = (m: string) => {
    ctx.err(log('FATA', m));
    return 1;
  };
  let text = h.fs.read(path);
  if (typeof text !== 'string' || /^E[A-Z]+$/.test(text)) text = '';
  const parsed = readConfig(text);
  if (typeof parsed === 'string') return fatal(`load config file: ${parsed}`);
  const cfg = parsed;
  const save = () => {
    if (!isRoot(ctx) && !path.startsWith((ctx.frame.env.HOME ?? ctx.user.home) + '/') && !path.startsWith('/tmp/')) return fatal(`open ${path}: permission denied`);
    h.fs.write(path, writeConfig(cfg, text as string));
    return 0;
  };
  const set = (k: string, v: string): string | null => {
    if (!CONFIG_KEYS.includes(k)) return `no configuration option named ${k}`;
    if (k === 'timeout' && !/^[+-]?\d+$/.test(v)) return `parse timeout value '${v}': strconv.Atoi: parsing "${v}": invalid syntax`;
    if (BOOL_KEYS.includes(k) && !GO_BOOL.test(v)) return `parse ${k} value '${v}': strconv.ParseBool: parsing "${v}": invalid syntax`;
    cfg[k] = k === 'timeout' ? String(Number(v)) : k.endsWith('endpoint') ? v : String(goBool(v));
    return null;
  };
  const get = o.str('get');
  if (get !== undefined) {
    if (!CONFIG_KEYS.includes(get)) return fatal(`no configuration option named ${get}`);
    ctx.out((cfg[get] ?? (get === 'timeout' ? '0' : get.endsWith('endpoint') ? '' : 'false')) + '\n');
    return 0;
  }
  const sets = o.all('set');
  if (sets.length) {
    for (const setting of sets)
      for (const option of setting.split(',')) {
        const pair = option.split('=');
        if (pair.length !== 2) return fatal(`incorrectly specified option: ${setting}`);
        const e = set(pair[0], pair[1]);
        if (e) return fatal(e);
      }
    return save();
  }
  if (o.bool('list')) {
    const rows = [['KEY', 'VALUE'], ...CONFIG_KEYS.map((k) => [k, cfg[k] ?? (k === 'timeout' ? '0' : k.endsWith('endpoint') ? '' : 'false')])];
    ctx.out(rows.map(([k, v]) => `${k.padEnd(23)}${v}`.replace(/\s+$/, '')).join('\n') + '\n');
    return 0;
  }
  if (!ops[0]) {
    const help = (yield { load: () => import('./help').then((m) => m.commandHelp(m.findCommand('config')!)) }) as string;
    ctx.out(help);
    return 0;
  }
  const e = set(ops[0], ops[1] ?? '');
  if (e) return fatal(e);
  return save();
}

/**
 * Sockets that programs listen on inside a guest, by host and port: what `ss -tlnp` lists and what curl or
 * wget on that host connects to. A program that listens (`kubectl proxy`, `kubectl port-forward`, a server
 * started in the background) registers here and closes its listener when it ends:
 *
 *   const close = listen(world, { hostId, port: 8001, addr: '127.0.0.1', process: 'kubectl', pid: 4711,
 *                                 http: (req) => ({ status: 200, body: '{...}' }) });
 *   ...
 *   close();
 *
 * The guest's own daemons (sshd, the kubelet, the control plane's containers) are not registered: they follow
 * the world's state (commands/lib/sockets.ts).
 */
import type { World } from '../world';

export interface HttpRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body?: string;
  /** The client's address as the server sees it (127.0.0.1 over loopback, the caller's own address otherwise). */
  from?: string;
}

export interface HttpReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
  /** The reason phrase when the server sends its own (else the standard one). */
  reason?: string;
  /** An HTTP/1.0 server: the status line says HTTP/1.0 and `headers` are sent exactly as given. */
  http10?: boolean;
}

export interface Listener {
  hostId: string;
  port: number;
  /** Local address: '127.0.0.1' (loopback only), '0.0.0.0' (every IPv4 address), '::' / '*' (every address), or one address. */
  addr: string;
  /** Program name as ss shows it in users:(("name",pid=…,fd=…)). */
  process: string;
  pid: number;
  fd?: number;
  /** The backlog it passed to listen(2), ss's Send-Q of a listening socket (default 4096, SOMAXCONN). */
  backlog?: number;
  /** The user the program runs as: ss -p shows that user its own sockets' processes. */
  user?: string;
  /** Answers HTTP requests; without it a connection is accepted and closed (curl: (52) Empty reply from server). */
  http?: (req: HttpRequest) => HttpReply;
}

const registry = new WeakMap<World, Listener[]>();

function listOf(world: World): Listener[] {
  let l = registry.get(world);
  if (!l) registry.set(world, (l = []));
  return l;
}

/** Start listening; returns the function that closes the socket. Listening twice on a port fails (EADDRINUSE): null. */
export function listen(world: World, l: Listener): (() => void) | null {
  const list = listOf(world);
  if (list.some((x) => x.hostId === l.hostId && x.port === l.port && overlaps(x.addr, l.addr))) return null;
  list.push(l);
  return () => {
    const i = list.indexOf(l);
    if (i >= 0) list.splice(i, 1);
  };
}

function wildcard(a: string): boolean {
  return a === '0.0.0.0' || a === '::' || a === '*';
}

function overlaps(a: string, b: string): boolean {
  return a === b || wildcard(a) || wildcard(b);
}

/** Everything listening on a host, by port. */
export function listenersOn(world: World, hostId: string): Listener[] {
  return listOf(world)
    .filter((l) => l.hostId === hostId)
    .sort((a, b) => a.port - b.port);
}

/**
 * The listener a connection from `hostId` to `addr`:`port` reaches on that same host, or null (connection
 * refused). `addr` is one of the host's own addresses; 127.x reaches loopback and wildcard listeners.
 */
export function connectLocal(world: World, hostId: string, addr: string, port: number): Listener | null {
  for (const l of listOf(world)) {
    if (l.hostId !== hostId || l.port !== port) continue;
    if (wildcard(l.addr) || l.addr === addr || (addr.startsWith('127.') && l.addr.startsWith('127.'))) return l;
  }
  return null;
}

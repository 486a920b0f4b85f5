/**
 * kubectl proxy: serves the API server on a local port until interrupted (curl localhost:8001/version).
 * It starts without asking the server anything; a request while the server is down gets 502 Bad Gateway.
 */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, type KResult } from '../../result';
import { apiGet } from './api';

export function run(k: Kubectl, p: Parsed): KResult {
  const addr = String(p.flags.address ?? '127.0.0.1');
  let port = Number(p.flags.port ?? 8001);
  if (port === 0) port = 32768 + ((k.env.now ?? 0) % 28000);
  let close: (() => void) | null = null;
  if (k.env.listen) {
    close = k.env.listen(port, addr, (req) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return { status: 405, body: 'Method Not Allowed' };
      const c = k.env.cluster;
      if (!c || !c.initialized || !c.apiserverUp) return { status: 502, body: '' };
      return apiGet(c, req.url.pathname, req.url.search.slice(1));
    });
    if (!close) return fail(`error: listen tcp ${addr}:${port}: bind: address already in use`);
  }
  return { out: `Starting to serve on ${addr}:${port}\n`, err: '', code: 0, follow: { poll: () => ({}), stop: () => close?.() } };
}

// Bootstrap-token details kubeadm keeps beside the tokens themselves, and Go's duration syntax for --ttl.
import type { K8sState } from '../world';

const DESCRIPTIONS = new WeakMap<K8sState, Map<string, string>>();

/** `kubeadm token create --description`, per token. */
export function descriptions(st: K8sState): Map<string, string> {
  let m = DESCRIPTIONS.get(st);
  if (!m) DESCRIPTIONS.set(st, (m = new Map()));
  return m;
}

const UNIT: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** time.ParseDuration: "24h0m0s", "2h", "1h30m", "0"; null when invalid. Milliseconds. */
export function goDuration(text: string): number | null {
  if (text === '0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/gy;
  let total = 0;
  let at = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    total += Number(m[1]) * UNIT[m[2]];
    at = re.lastIndex;
  }
  return at === text.length && at > 0 ? total : null;
}

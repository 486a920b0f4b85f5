/** What client-go logs while it finds the server's API groups. */
import type { KubectlEnv } from './client';

/** the five E-lines client-go's discovery cache logs when it cannot read the server's API group list */
export function discoveryLines(env: KubectlEnv, why: string): string {
  const t = new Date(env.now ?? Date.UTC(2025, 11, 10, 1, 12, 55));
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  let lines = '';
  for (let i = 0; i < 5; i++) {
    const us = (123456 + i * 2311) % 1000000;
    lines += `E${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}.${p(us, 6)} ${String(env.pid ?? 4242).padStart(7)} memcache.go:265] couldn't get current server API group list: ${why}\n`;
  }
  return lines;
}


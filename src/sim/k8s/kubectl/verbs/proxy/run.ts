/** kubectl proxy: serves the API on localhost until interrupted. */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import type { KResult } from '../../result';

export function run(k: Kubectl, p: Parsed): KResult {
  void k;
  const port = (p.flags.port as string) ?? '8001';
  return { out: `Starting to serve on 127.0.0.1:${port}\n`, err: '', code: 0, follow: { poll: () => ({}) } };
}

/** kubectl cluster-info. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok } from '../../result';

export function run(k: Kubectl): KResult {
  const s = k.env.server;
  const dns = k.c.get('Service', 'kube-system', 'kube-dns');
  return ok(`Kubernetes control plane is running at ${s}\n${dns ? `CoreDNS is running at ${s}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n` : ''}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
}

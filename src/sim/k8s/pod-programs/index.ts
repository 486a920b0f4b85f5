/** The programs of the images that look at the pod's world (DNS, network, processes): which image answers how. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { busyboxMinor, type RunOn } from './busybox';
import { etcHostsText, resolvConfText } from './dns';
import { nslookup } from './busybox-nslookup';
import { hostname, ip, nc, netstat, ping, route, traceroute } from './busybox-net';
import { date, id, ps, whoami } from './busybox-proc';
import { free, uptime } from './busybox-sys';
import { dig, host, nslookup as bindNslookup } from './bind';
import { parseImage } from '../images';

/** what a program of the pod's image prints, or null when this module does not model it */
export function podProgram(c: Cluster, pod: Obj, ct: any, argv: string[]): RunOn | null {
  const [name, ...args] = argv;
  const base = name.slice(name.lastIndexOf('/') + 1);
  // the files the kubelet writes into every container
  if (base === 'cat' && args.length === 1 && args[0] === '/etc/resolv.conf') return { out: resolvConfText(pod), err: '', code: 0 };
  if (base === 'cat' && args.length === 1 && args[0] === '/etc/hosts') return { out: etcHostsText(pod), err: '', code: 0 };
  if (base === 'date' && !args.length) return date(c.t);
  const bb = busyboxMinor(ct.image);
  if (bb !== null) {
    switch (base) {
      case 'nslookup':
        return nslookup(c, pod, bb, args);
      case 'ping':
        return ping(c, pod, bb, args);
      case 'nc':
        return nc(c, pod, bb, args);
      case 'hostname':
        return hostname(pod, ct, args);
      case 'ip':
        return ip(c, pod, args);
      case 'traceroute':
        return traceroute(c, pod, args);
      case 'netstat':
        return netstat(c, pod, args);
      case 'route':
        return route(c, pod, args);
      case 'ps':
        return ps(pod, ct, args);
      case 'id':
        return id(pod, ct, args);
      case 'whoami':
        return whoami(pod, ct, args);
      case 'uptime':
        return uptime(c, pod, bb, args);
      case 'free':
        return free(c, pod, bb, args);
    }
  }
  if (/\/jessie-dnsutils$/.test(parseImage(ct.image).repo)) {
    if (base === 'nslookup') return bindNslookup(c, pod, args);
    if (base === 'dig') return dig(c, pod, args);
    if (base === 'host') return host(c, pod, args);
  }
  return null;
}

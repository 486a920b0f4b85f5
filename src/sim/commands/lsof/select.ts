// lsof's selection of network files: -i [46][protocol][@host][:port[,port|-port]...] (main.c, arg.c enter_network_
// address()), -s protocol:state lists, -p, -u and -c lists with ^ exclusions. lsof ORs the kinds of selection unless
// -a is given (then every kind must match); an exclusion always applies.
import { SERVICES } from '../lib/services';

export interface NetSpec {
  family?: 4 | 6;
  proto?: 'tcp' | 'udp';
  host?: string;
  ports?: [number, number][];
}

export interface Selection {
  inet: NetSpec[];
  /** -i was given (with or without an address). */
  anyInet: boolean;
  pids: number[];
  notPids: number[];
  users: string[];
  notUsers: string[];
  cmds: string[];
  notCmds: string[];
  /** -s TCP:LISTEN,... as protocol -> wanted states and excluded ones. */
  states: Record<string, { want: string[]; not: string[] }>;
  and: boolean;
}

export const emptySelection = (): Selection => ({ inet: [], anyInet: false, pids: [], notPids: [], users: [], notUsers: [], cmds: [], notCmds: [], states: {}, and: false });

/** Parse one -i argument; a string is lsof's error message. */
export function parseInet(arg: string): NetSpec | string {
  const spec: NetSpec = {};
  let s = arg;
  if (s[0] === '4' || s[0] === '6') {
    spec.family = s[0] === '4' ? 4 : 6;
    s = s.slice(1);
  }
  const m = /^([A-Za-z]*)(@[^:]*|@\[[^\]]*\])?(?::(.*))?$/.exec(s);
  if (!m) return `unknown protocol name (${s})`;
  if (m[1]) {
    const p = m[1].toLowerCase();
    if (p !== 'tcp' && p !== 'udp') return `unknown protocol name (${m[1]})`;
    spec.proto = p;
  }
  if (m[2]) spec.host = m[2].slice(1).replace(/^\[|\]$/g, '');
  if (m[3] !== undefined) {
    const ports: [number, number][] = [];
    for (const part of m[3].split(',')) {
      const r = /^(\d+)(?:-(\d+))?$/.exec(part);
      if (r) ports.push([Number(r[1]), Number(r[2] ?? r[1])]);
      else {
        const n = Object.entries(SERVICES[spec.proto ?? 'tcp']).find(([, name]) => name === part) ?? Object.entries(SERVICES.udp).find(([, name]) => name === part);
        if (!n) return `unknown service ${part} in: -i ${arg}`;
        ports.push([Number(n[0]), Number(n[0])]);
      }
    }
    spec.ports = ports;
  }
  return spec;
}

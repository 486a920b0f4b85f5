/**
 * etcdctl v3.5.15 txn read from standard input (etcdctl/ctlv3/command/txn_command.go): compares up to an empty
 * line, the success requests up to the next, the failure requests up to the last; a line is read up to its newline
 * (bufio ReadString), so input that ends without one is "Error: EOF" (ExitInvalidInput, 3). A compare is
 * TARGET("KEY") OP "VALUE" with the targets ver/version, c/create, m/mod, val/value (and lease); a request is a put,
 * get or del command line (argify's words). The answer is printer_simple.go's Txn: SUCCESS or FAILURE, then for
 * each response an empty line and what put ("OK"), get (key and value lines) or del (the count) print.
 */
import type { Cluster } from '../cluster';
import { storeKeys, type EtcdServer } from './etcd-store';

type Out = { out: string; err: string; code: number };
const INVALID_INPUT = 3;
const fail = (msg: string, code: number, out = ''): Out => ({ out, err: `Error: ${msg}\n`, code });

/** Go's %q of a string (strconv.Quote for printable ASCII). */
const goQuote = (s: string) => JSON.stringify(s);

/** fmt's %q scan: a double-quoted (with escapes) or back-quoted string at the start; the value and what is left. */
function scanQuoted(s: string): [string, string] | null {
  const t = s.replace(/^\s+/, '');
  const d = /^"((?:[^"\\]|\\.)*)"/.exec(t);
  if (d) {
    try {
      return [JSON.parse(`"${d[1]}"`) as string, t.slice(d[0].length)];
    } catch {
      return null;
    }
  }
  const b = /^`([^`]*)`/.exec(t);
  return b ? [b[1], t.slice(b[0].length)] : null;
}

/** argify(): quoted words unquoted (a single-quoted word is cut by the number of words, as the code does) */
function argify(s: string): string[] {
  const words = s.match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^'"\s]\S*[^'"\s]?/g) ?? [];
  return words.map((w) => (w[0] === "'" ? w.slice(1, Math.max(1, words.length - 1)) : w[0] === '"' ? (scanQuoted(w)?.[0] ?? w) : w));
}

interface Cmp {
  target: 'version' | 'create' | 'mod' | 'value' | 'lease';
  key: string;
  op: string;
  val: string;
}

type Op = { kind: 'put'; key: string; value: string } | { kind: 'get' | 'del'; key: string; prefix: boolean };

/** parseCompare() */
function parseCompare(line: string): Cmp | string {
  const i = line.indexOf('(');
  if (i < 0) return `malformed comparison: ${line}`;
  const target = line.slice(0, i);
  const k = scanQuoted(line.slice(i + 1));
  const afterKey = k && k[1].startsWith(')') ? k[1].slice(1) : null;
  const opM = afterKey !== null ? /^\s*(\S+)/.exec(afterKey) : null;
  const v = opM ? scanQuoted(afterKey!.slice(opM[0].length)) : null;
  if (!k || afterKey === null || !opM || !v) return `malformed comparison: ${line}; got ${target}(${goQuote(k?.[0] ?? '')}) ${opM?.[1] ?? ''} ${goQuote(v?.[0] ?? '')}`;
  const t = ({ ver: 'version', version: 'version', c: 'create', create: 'create', m: 'mod', mod: 'mod', val: 'value', value: 'value', lease: 'lease' } as const)[target as 'ver'];
  if (!t) return `malformed comparison: ${line} (unknown target ${target})`;
  if ((t === 'version' || t === 'create' || t === 'mod') && !/^[+-]?\d+$/.test(v[0])) return `invalid txn compare request: ${line}`;
  return { target: t, key: k[0], op: opM[1], val: v[0] };
}

/** parseRequestUnion(): a put, get or del command line */
function parseRequest(line: string): Op | string {
  const args = argify(line);
  if (args.length < 2) return `invalid txn compare request: ${line}`;
  const [cmd, ...rest] = args;
  const prefix = rest.includes('--prefix');
  const words = rest.filter((w) => !w.startsWith('-'));
  if (cmd === 'put' && words.length === 2) return { kind: 'put', key: words[0], value: words[1] };
  if ((cmd === 'get' || cmd === 'del') && words.length >= 1) return { kind: cmd, key: words[0], prefix };
  return `invalid txn request: ${line}`;
}

export function txn(c: Cluster, srv: EtcdServer, args: string[], stdin: string, reach: boolean, interactive: boolean): Out {
  if (args.length) return fail('txn command does not accept argument', 128);
  // promptInteractive(): the three headings, each before its section is read
  let prompts = '';
  const prompt = (t: string) => {
    if (interactive) prompts += t + '\n';
  };
  let at = 0;
  const readLine = (): string | null => {
    const nl = stdin.indexOf('\n', at);
    if (nl < 0) return null;
    const l = stdin.slice(at, nl).trim();
    at = nl + 1;
    return l;
  };
  const cmps: Cmp[] = [];
  prompt('compares:');
  for (;;) {
    const l = readLine();
    if (l === null) return fail('EOF', INVALID_INPUT, prompts);
    if (!l) break;
    const cmp = parseCompare(l);
    if (typeof cmp === 'string') return fail(cmp, INVALID_INPUT, prompts);
    cmps.push(cmp);
  }
  const sections: Op[][] = [];
  for (let n = 0; n < 2; n++) {
    prompt(n ? 'failure requests (get, put, del):' : 'success requests (get, put, del):');
    const ops: Op[] = [];
    for (;;) {
      const l = readLine();
      if (l === null) return fail('EOF', INVALID_INPUT, prompts);
      if (!l) break;
      const op = parseRequest(l);
      if (typeof op === 'string') return fail(op, INVALID_INPUT, prompts);
      ops.push(op);
    }
    sections.push(ops);
  }
  if (!reach) return fail('context deadline exceeded', 1, prompts);
  // the compares against the store: a key that is not there has version, revisions and value zero
  const keys = new Map(storeKeys(c));
  const holds = (x: Cmp): boolean => {
    const m = srv.meta(x.key);
    const have = keys.has(x.key);
    const cmpNum = (a: number) => {
      const b = Number(x.val);
      return x.op === '=' ? a === b : x.op === '!=' ? a !== b : x.op === '>' ? a > b : x.op === '<' ? a < b : false;
    };
    if (x.target === 'value') {
      const v = keys.get(x.key) ?? '';
      // an object the API server wrote holds its protobuf, which no typed value equals here
      if (have && keys.get(x.key) === null) return x.op === '!=';
      return x.op === '=' ? have && v === x.val : x.op === '!=' ? !have || v !== x.val : x.op === '>' ? v > x.val : x.op === '<' ? v < x.val : false;
    }
    if (x.target === 'lease') return cmpNum(0);
    // a key the API server wrote: its revisions are not kept here; it has been written once at least, at or
    // before the current revision (DIFFERENCES.md)
    if (have && !m) return cmpNum(x.target === 'version' ? 1 : srv.status().revision);
    return cmpNum(m ? m[x.target] : 0);
  };
  const ok = cmps.every(holds);
  let out = prompts + (ok ? 'SUCCESS\n' : 'FAILURE\n');
  for (const op of sections[ok ? 0 : 1]) {
    out += '\n';
    if (op.kind === 'put') {
      srv.put(op.key, op.value);
      out += 'OK\n';
    } else if (op.kind === 'del') out += `${srv.del(op.key, op.prefix)}\n`;
    else {
      const now = storeKeys(c).filter(([k]) => (op.prefix ? k.startsWith(op.key) : k === op.key));
      out += now.map(([k, v]) => `${k}\n${v ?? ''}\n`).join('');
    }
  }
  return { out, err: '', code: 0 };
}

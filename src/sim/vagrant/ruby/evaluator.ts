// Vagrantfile reading, step 3: the syntax tree evaluated into configuration namespaces (config, config.vm, vb).
import type { Block, Node } from './parser';

export type Value = string | number | boolean | null | { sym: string } | Value[] | Map<string, Value> | RangeV | Obj;
export interface RangeV {
  range: [number, number];
}
export interface Obj {
  obj: ConfigObj;
}

export class NameErr extends Error {
  constructor(readonly line: number, msg: string, readonly cls = 'NameError') {
    super(msg);
  }
}

/** A configuration namespace (config, config.vm, vb) that records settings. */
export class ConfigObj {
  settings = new Map<string, Value>();
  calls: { name: string; args: Value[]; kwargs: Map<string, Value>; block: ((o: ConfigObj) => void) | null }[] = [];
  constructor(readonly kind: 'root' | 'vm' | 'ssh' | 'provider' | 'provision' | 'other', readonly section: string) {}
}

export const VM_SETTINGS = new Set(['box', 'box_version', 'box_url', 'box_check_update', 'hostname', 'host_name', 'boot_timeout', 'communicator', 'guest', 'graceful_halt_timeout', 'post_up_message', 'usable_port_range', 'base_mac', 'box_download_insecure', 'allow_hosts_modification', 'disk', 'cloud_init', 'ignore_box_vagrantfile', 'allowed_synced_folder_types', 'base_address']);
export const VM_CALLS = new Set(['define', 'network', 'provider', 'provision', 'synced_folder', 'disk', 'cloud_init']);
export const VB_SETTINGS = new Set(['memory', 'cpus', 'name', 'gui', 'linked_clone', 'check_guest_additions', 'default_nic_type', 'functional_vboxsf']);
export const VB_CALLS = new Set(['customize']);
export const SSH_SETTINGS = new Set(['insert_key', 'username', 'password', 'private_key_path', 'forward_agent', 'forward_x11', 'keep_alive', 'shell', 'port', 'host', 'connect_timeout']);
export const ROOT_SECTIONS = new Set(['vm', 'ssh', 'winrm', 'winssh', 'vagrant', 'push', 'trigger', 'package', 'nfs']);

export interface Env {
  vars: Map<string, Value>;
  parent: Env | null;
}

export function lookup(env: Env, name: string): Value | undefined {
  for (let e: Env | null = env; e; e = e.parent) if (e.vars.has(name)) return e.vars.get(name);
  return undefined;
}
export function assignVar(env: Env, name: string, v: Value): void {
  for (let e: Env | null = env; e; e = e.parent)
    if (e.vars.has(name)) {
      e.vars.set(name, v);
      return;
    }
  env.vars.set(name, v);
}

export function toS(v: Value): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return '[' + v.map(inspect).join(', ') + ']';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `${k}: ${inspect(x)}`).join(', ') + '}';
  if ('sym' in v) return v.sym;
  if ('range' in v) return `${v.range[0]}..${v.range[1]}`;
  return '#<Object>';
}
export function inspect(v: Value): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === null) return 'nil';
  if (typeof v === 'object' && !Array.isArray(v) && !(v instanceof Map) && 'sym' in v) return ':' + v.sym;
  return toS(v);
}
export function typeName(v: Value): string {
  if (v === null) return 'nil';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (Array.isArray(v)) return 'Array';
  if (v instanceof Map) return 'Hash';
  if ('sym' in v) return 'Symbol';
  if ('range' in v) return 'Range';
  return 'Object';
}
export function truthy(v: Value): boolean {
  return v !== null && v !== false;
}

export class Evaluator {
  root = new ConfigObj('root', 'root');
  configured = false;
  /**
   * A `Vagrant.configure` with a version config.rb registers no loader for ("1" and "2" only): Vagrant stores each
   * block with its version and config/loader.rb loads them in order after the file ran, calling `load` on the nil
   * loader for this one; the blocks after it are never loaded.
   */
  unknownVersion = false;
  steps = 0;

  run(body: Node[], env: Env): void {
    for (const n of body) this.eval(n, env);
  }

  eval(n: Node, env: Env): Value {
    if (++this.steps > 200_000) throw new NameErr(n.line, 'stack level too deep', 'SystemStackError');
    switch (n.t) {
      case 'lit':
        return n.v;
      case 'str':
        return n.parts.map((p) => (typeof p === 'string' ? p : toS(this.eval(p, env)))).join('');
      case 'arr':
        return n.items.map((x) => this.eval(x, env));
      case 'hash': {
        const m = new Map<string, Value>();
        for (const [k, v] of n.pairs) m.set(toS(this.eval(k, env)), this.eval(v, env));
        return m;
      }
      case 'range': {
        const a = this.eval(n.a, env);
        const b = this.eval(n.b, env);
        if (typeof a !== 'number' || typeof b !== 'number') throw new NameErr(n.line, 'bad value for range', 'ArgumentError');
        return { range: [a, n.excl ? b - 1 : b] };
      }
      case 'var': {
        const v = lookup(env, n.name);
        if (v !== undefined) return v;
        if (n.name.startsWith('@') || n.name.startsWith('$')) return null;
        if (/^[A-Z]/.test(n.name)) throw new NameErr(n.line, `uninitialized constant ${n.name}`);
        throw new NameErr(n.line, `undefined local variable or method \`${n.name}' for main:Object`);
      }
      case 'not':
        return !truthy(this.eval(n.a, env));
      case 'if':
        if (truthy(this.eval(n.cond, env))) {
          let last: Value = null;
          for (const s of n.then) last = this.eval(s, env);
          return last;
        } else {
          let last: Value = null;
          for (const s of n.else) last = this.eval(s, env);
          return last;
        }
      case 'index': {
        const r = this.eval(n.recv, env);
        const i = this.eval(n.idx, env);
        if (Array.isArray(r) && typeof i === 'number') return r[i < 0 ? r.length + i : i] ?? null;
        if (r instanceof Map) return r.get(toS(i)) ?? null;
        if (typeof r === 'string' && typeof i === 'number') return r[i] ?? null;
        throw new NameErr(n.line, `undefined method \`[]' for ${typeName(r)}`, 'NoMethodError');
      }
      case 'bin':
        return this.bin(n, env);
      case 'assign': {
        let v = this.eval(n.value, env);
        if (n.op !== '=') {
          const cur = this.eval(n.target, env);
          v = this.arith(n.op[0], cur, v, n.line);
        }
        if (n.target.t === 'var') {
          assignVar(env, n.target.name, v);
          return v;
        }
        if (n.target.t === 'call' && n.target.recv) {
          const obj = this.eval(n.target.recv, env);
          if (obj && typeof obj === 'object' && 'obj' in obj) {
            obj.obj.settings.set(n.target.name, v);
            return v;
          }
          throw new NameErr(n.line, `undefined method \`${n.target.name}=' for ${typeName(obj)}`, 'NoMethodError');
        }
        return v;
      }
      case 'call':
        return this.call(n, env);
    }
  }

  arith(op: string, a: Value, b: Value, line: number): Value {
    if (op === '+') {
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      if (typeof a === 'string' && typeof b === 'string') return a + b;
      if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
      if (typeof a === 'string') throw new NameErr(line, `no implicit conversion of ${typeName(b)} into String`, 'TypeError');
      throw new NameErr(line, `${typeName(b)} can't be coerced into ${typeName(a)}`, 'TypeError');
    }
    if (typeof a === 'number' && typeof b === 'number') {
      if (op === '-') return a - b;
      if (op === '*') return a * b;
      if (op === '/') {
        if (b === 0) throw new NameErr(line, 'divided by 0', 'ZeroDivisionError');
        return Number.isInteger(a) && Number.isInteger(b) ? Math.floor(a / b) : a / b;
      }
      if (op === '%') return a % b;
      if (op === '**') return a ** b;
    }
    if (op === '*' && typeof a === 'string' && typeof b === 'number') return a.repeat(Math.max(0, Math.min(b, 1000)));
    throw new NameErr(line, `undefined method \`${op}' for ${typeName(a)}`, 'NoMethodError');
  }

  bin(n: Extract<Node, { t: 'bin' }>, env: Env): Value {
    if (n.op === '&&' || n.op === 'and') return truthy(this.eval(n.a, env)) ? this.eval(n.b, env) : false;
    if (n.op === '||' || n.op === 'or') {
      const a = this.eval(n.a, env);
      return truthy(a) ? a : this.eval(n.b, env);
    }
    const a = this.eval(n.a, env);
    const b = this.eval(n.b, env);
    switch (n.op) {
      case '==':
        return toS(a) === toS(b) && typeName(a) === typeName(b);
      case '!=':
        return !(toS(a) === toS(b) && typeName(a) === typeName(b));
      case '<':
      case '>':
      case '<=':
      case '>=': {
        if (typeof a !== typeof b || (typeof a !== 'number' && typeof a !== 'string')) throw new NameErr(n.line, `comparison of ${typeName(a)} with ${typeName(b)} failed`, 'ArgumentError');
        const x = a as number | string;
        const y = b as number | string;
        return n.op === '<' ? x < y : n.op === '>' ? x > y : n.op === '<=' ? x <= y : x >= y;
      }
      default:
        return this.arith(n.op, a, b, n.line);
    }
  }

  callBlock(block: Block, args: Value[], env: Env): Value {
    const inner: Env = { vars: new Map(), parent: env };
    block.params.forEach((p, i) => inner.vars.set(p, args[i] ?? null));
    let last: Value = null;
    for (const s of block.body) last = this.eval(s, inner);
    return last;
  }

  call(n: Extract<Node, { t: 'call' }>, env: Env): Value {
    if (!n.recv) {
      // local variable shadowing a call without args
      if (!n.args.length && !n.kwargs.length && !n.block) {
        const v = lookup(env, n.name);
        if (v !== undefined) return v;
      }
      if (['puts', 'print', 'p', 'require', 'require_relative'].includes(n.name)) return null;
      if (n.name === 'raise') throw new NameErr(n.line, toS(n.args[0] ? this.eval(n.args[0], env) : 'unhandled exception'), 'RuntimeError');
      if (n.name === 'lambda' || n.name === 'proc') return null;
      throw new NameErr(n.line, `undefined ${n.args.length ? 'method' : 'local variable or method'} \`${n.name}' for main:Object`, n.args.length ? 'NoMethodError' : 'NameError');
    }
    if (n.recv.t === 'var' && n.recv.name === 'Vagrant' && lookup(env, 'Vagrant') === undefined) {
      if (n.name === 'configure') {
        const ver = n.args[0] ? toS(this.eval(n.args[0], env)) : '';
        if (this.unknownVersion) return null;
        if (ver !== '2' && ver !== '1') {
          this.unknownVersion = true;
          return null;
        }
        this.configured = true;
        if (n.block) this.callBlock(n.block, [{ obj: this.root }], env);
        return null;
      }
      if (n.name === 'has_plugin?') return false;
      if (n.name === 'require_version') return null;
      throw new NameErr(n.line, `undefined method \`${n.name}' for Vagrant:Module`, 'NoMethodError');
    }
    if (n.recv.t === 'var' && n.recv.name === 'ENV' && lookup(env, 'ENV') === undefined) return null;
    const recv = this.eval(n.recv, env);
    const args = n.args.map((a) => this.eval(a, env));
    const kwargs = new Map<string, Value>(n.kwargs.map(([k, v]) => [k, this.eval(v, env)]));
    if (recv && typeof recv === 'object' && 'obj' in recv) return this.configCall(recv.obj, n, args, kwargs, env);
    return this.builtinMethod(recv, n, args, env);
  }

  configCall(o: ConfigObj, n: Extract<Node, { t: 'call' }>, args: Value[], kwargs: Map<string, Value>, env: Env): Value {
    const name = n.name;
    if (o.kind === 'root') {
      let sub = o.settings.get(name);
      if (!sub) {
        const kind = name === 'vm' ? 'vm' : name === 'ssh' ? 'ssh' : 'other';
        sub = { obj: new ConfigObj(kind, name) };
        o.settings.set(name, sub);
      }
      return sub;
    }
    if (!args.length && !kwargs.size && !n.block && o.settings.has(name)) return o.settings.get(name)!;
    const block = n.block;
    o.calls.push({
      name,
      args,
      kwargs,
      block: block
        ? (child: ConfigObj) => {
            this.callBlock(block, [{ obj: child }, ...(name === 'provider' ? [{ obj: child }] : [])], env);
          }
        : null,
    });
    return null;
  }

  builtinMethod(recv: Value, n: Extract<Node, { t: 'call' }>, args: Value[], env: Env): Value {
    const name = n.name;
    const each = (items: Value[]) => {
      if (n.block) for (const it of items) this.callBlock(n.block, [it], env);
      return recv;
    };
    if (recv && typeof recv === 'object' && !Array.isArray(recv) && !(recv instanceof Map) && 'range' in recv) {
      const items: number[] = [];
      for (let i = recv.range[0]; i <= recv.range[1] && items.length < 1000; i++) items.push(i);
      if (name === 'each') return each(items);
      if (name === 'to_a') return items;
      if (name === 'map' && n.block) return items.map((x) => this.callBlock(n.block!, [x], env));
    }
    if (Array.isArray(recv)) {
      if (name === 'each') return each(recv);
      if (name === 'each_with_index') {
        if (n.block) recv.forEach((x, i) => this.callBlock(n.block!, [x, i], env));
        return recv;
      }
      if (name === 'map' && n.block) return recv.map((x) => this.callBlock(n.block!, [x], env));
      if (name === 'length' || name === 'size' || name === 'count') return recv.length;
      if (name === 'join') return recv.map(toS).join(args[0] !== undefined ? toS(args[0]) : '');
      if (name === 'first') return recv[0] ?? null;
      if (name === 'last') return recv[recv.length - 1] ?? null;
    }
    if (recv instanceof Map && name === 'each') {
      if (n.block) for (const [k, v] of recv) this.callBlock(n.block, [k, v], env);
      return recv;
    }
    if (typeof recv === 'number') {
      if (name === 'times') return each(Array.from({ length: Math.max(0, Math.min(recv, 1000)) }, (_, i) => i));
      if (name === 'to_s') return String(recv);
      if (name === 'to_i') return Math.trunc(recv);
      if (name === 'upto' && typeof args[0] === 'number') {
        const items: number[] = [];
        for (let i = recv; i <= args[0] && items.length < 1000; i++) items.push(i);
        return each(items);
      }
    }
    if (typeof recv === 'string') {
      if (name === 'to_s') return recv;
      if (name === 'to_i') return parseInt(recv, 10) || 0;
      if (name === 'upcase') return recv.toUpperCase();
      if (name === 'downcase') return recv.toLowerCase();
      if (name === 'strip') return recv.trim();
      if (name === 'length' || name === 'size') return recv.length;
    }
    if (name === 'to_s') return toS(recv);
    if (name === 'nil?') return recv === null;
    if (name === 'freeze') return recv;
    throw new NameErr(n.line, `undefined method \`${name}' for ${recv === null ? 'nil' : `an instance of ${typeName(recv)}`}`, 'NoMethodError');
  }
}


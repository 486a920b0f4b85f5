// The jq program as a tree (parser.ts builds it, interp.ts runs it).
import type { Value } from './values';

export type Pattern =
  | { t: 'var'; name: string }
  | { t: 'array'; items: Pattern[] }
  | { t: 'object'; entries: { key: Node | null; keyVar?: string; val: Pattern | null }[] };

export type Node =
  | { t: 'identity' }
  | { t: 'recurse' }
  | { t: 'literal'; v: Value }
  | { t: 'index'; target: Node; key: Node; opt?: boolean }
  | { t: 'slice'; target: Node; from: Node | null; to: Node | null }
  | { t: 'iterate'; target: Node }
  | { t: 'try'; body: Node; handler: Node | null }
  | { t: 'pipe'; l: Node; r: Node }
  | { t: 'comma'; l: Node; r: Node }
  | { t: 'neg'; e: Node }
  | { t: 'binop'; op: string; l: Node; r: Node }
  | { t: 'and' | 'or' | 'alt'; l: Node; r: Node }
  | { t: 'assign'; op: string; l: Node; r: Node }
  | { t: 'if'; cond: Node; then: Node; else: Node | null }
  | { t: 'reduce'; src: Node; pat: Pattern; init: Node; update: Node }
  | { t: 'foreach'; src: Node; pat: Pattern; init: Node; update: Node; extract: Node | null }
  | { t: 'def'; name: string; params: string[]; body: Node; rest: Node }
  | { t: 'call'; name: string; args: Node[]; pos: number }
  | { t: 'var'; name: string; pos: number }
  | { t: 'as'; src: Node; pats: Pattern[]; body: Node }
  | { t: 'label'; name: string; body: Node }
  | { t: 'break'; name: string }
  | { t: 'array'; e: Node | null }
  | { t: 'object'; entries: { key: Node; val: Node }[] }
  | { t: 'format'; name: string }
  | { t: 'string'; fmt: string | null; parts: (string | Node)[] };

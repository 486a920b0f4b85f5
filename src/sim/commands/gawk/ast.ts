// The parsed awk program: expressions, statements, rules and functions.

/** A variable: a global by name, or a function's parameter by its index. */
export interface VarRef {
  name: string;
  local?: number;
}

export type Expr = { line: number } & (
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 're'; src: string }
  | ({ k: 'var' } & VarRef)
  | ({ k: 'idx'; subs: Expr[] } & VarRef)
  | { k: 'field'; e: Expr }
  | { k: 'assign'; op: string; lhs: Expr; rhs: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'and' | 'or'; a: Expr; b: Expr }
  | ({ k: 'in'; subs: Expr[] } & VarRef)
  | { k: 'match'; neg: boolean; a: Expr; re: Expr }
  | { k: 'cmp'; op: string; a: Expr; b: Expr }
  | { k: 'concat'; a: Expr; b: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr }
  | { k: 'unary'; op: string; e: Expr }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; lhs: Expr }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'builtin'; name: string; args: Expr[]; parens: boolean }
  | { k: 'getline'; from: 'input' | 'file' | 'cmd'; lhs?: Expr; src?: Expr }
  | { k: 'group'; items: Expr[] }
);

export interface Redirect {
  op: '>' | '>>' | '|';
  e: Expr;
}

export type Stmt = { line: number } & (
  | { k: 'print' | 'printf'; args: Expr[]; redir?: Redirect }
  | { k: 'expr'; e: Expr }
  | { k: 'if'; c: Expr; t: Stmt; f?: Stmt }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; c: Expr }
  | { k: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | ({ k: 'forin'; v: Expr; body: Stmt } & { arr: VarRef })
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' | 'nextfile' | 'break' | 'continue' }
  | { k: 'exit' | 'return'; e?: Expr }
  | ({ k: 'delete'; subs?: Expr[] } & VarRef)
);

export interface Rule {
  kind: 'BEGIN' | 'END' | 'BEGINFILE' | 'ENDFILE' | 'main';
  pattern?: Expr;
  /** The end of a range pattern (`/a/,/b/`). */
  pattern2?: Expr;
  /** No action: print the record. */
  body?: Stmt[];
  line: number;
}

export interface Func {
  name: string;
  params: string[];
  body: Stmt[];
}

export interface Program {
  rules: Rule[];
  funcs: Map<string, Func>;
}

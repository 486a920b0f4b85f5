// Glue between the registry and the spec engine (first chunk: small; the engine loads on first use).
import type { CommandContext } from '../context';
import { isLazy, type AnyCommandDef, type CommandDef } from '../registry';
import type { CommandRun, Yield } from '../types';
import type { CommandSpec } from './types';

type Engine = typeof import('./engine');
let engine: Engine | null = null;
let engineLoading: Promise<Engine> | null = null;

/** Import the parser, error texts and completion (they come with the first command that has a spec). */
export function loadSpecEngine(): Promise<Engine> {
  if (engine) return Promise.resolve(engine);
  engineLoading ??= import('./engine').then((m) => (engine = m));
  return engineLoading;
}

export function specEngineIfLoaded(): Engine | null {
  return engine;
}

type Impl = Pick<CommandDef, 'run'> & Partial<Pick<CommandDef, 'complete' | 'spec'>>;
const lazyCache = new WeakMap<object, Impl>();

/** Load a lazy command's body on first use. */
export function* resolveDef(def: AnyCommandDef): Generator<Yield, Impl, unknown> {
  if (!isLazy(def)) return def;
  const cached = lazyCache.get(def);
  if (cached) return cached;
  const loaded = (yield { load: def.load }) as Impl;
  lazyCache.set(def, loaded);
  return loaded;
}

/** Load a lazy command's body outside a running command (Tab completion, tests); the same cache as resolveDef. */
export async function loadDef(def: AnyCommandDef): Promise<Impl> {
  if (!isLazy(def)) return def;
  const cached = lazyCache.get(def);
  if (cached) return cached;
  const loaded = await def.load();
  lazyCache.set(def, loaded);
  return loaded;
}

/** A command's body if it is loaded (eager commands always are). */
export function loadedImpl(def: AnyCommandDef): Impl | undefined {
  return isLazy(def) ? lazyCache.get(def) : def;
}

/** The spec of a command: declared with it, or brought by its lazy module once loaded. */
export function specOf(def: AnyCommandDef): CommandSpec | undefined {
  return def.spec ?? loadedImpl(def)?.spec;
}

/** Run a command: through its spec when it has one (help, usage errors, parsed options), else as is. */
export function* runDef(def: AnyCommandDef, ctx: CommandContext): CommandRun {
  const impl = yield* resolveDef(def);
  const base = impl.spec ?? def.spec;
  if (!base) return yield* impl.run(ctx);
  const spec = base.variant?.(ctx) ?? base;
  const e = engine ?? ((yield { load: loadSpecEngine }) as Engine);
  return yield* e.dispatch(spec, ctx, (c) => impl.run(c));
}

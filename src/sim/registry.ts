// Commands and labs are data: registered here, looked up by the shells.
import type { CommandRun, Host, ShellKind } from './types';
import type { CommandContext, CompleteContext } from './context';
import type { World } from './world';
import type { CommandSpec } from './spec/types';

export interface CommandDef {
  /** Lower-case name as typed (cmd.exe matches case-insensitively). */
  name: string;
  aliases?: string[];
  shell: ShellKind | 'both';
  summary: string;
  /** Whether the command exists on this host (e.g. kubectl once its package is installed). */
  available?: (host: Host, world: World) => boolean;
  /** Candidates for the word being completed; `args` are the words before it (without the name). */
  complete?: (args: string[], word: string, ctx: CompleteContext) => string[];
  /**
   * Flags, operands, sub-commands and help as data (spec/types.ts). With a spec, `--help`, usage errors and
   * flag completion come from it, and `run` sees ctx.opts / ctx.operands.
   */
  spec?: CommandSpec;
  run(ctx: CommandContext): CommandRun;
}

/** A command whose body is imported on first use (keeps heavy modules out of the first chunk). */
export interface LazyCommandDef extends Omit<CommandDef, 'run' | 'complete'> {
  /** The body, with its spec when the spec is too big for the first chunk (kubectl). */
  load: () => Promise<Pick<CommandDef, 'run'> & Partial<Pick<CommandDef, 'complete' | 'spec'>>>;
  /** Optional completion that works before the module is loaded. */
  complete?: CommandDef['complete'];
}

export type AnyCommandDef = CommandDef | LazyCommandDef;

const commands = new Map<string, AnyCommandDef>();

function keyOf(shell: ShellKind, name: string): string {
  return shell + ':' + name;
}

export function registerCommand(def: AnyCommandDef): void {
  const shells: ShellKind[] = def.shell === 'both' ? ['cmd', 'bash'] : [def.shell];
  for (const s of shells) {
    for (const n of [def.name, ...(def.aliases ?? [])]) {
      commands.set(keyOf(s, s === 'cmd' ? n.toLowerCase() : n), def);
    }
  }
}

export function registerLazyCommand(def: LazyCommandDef): void {
  registerCommand(def);
}

/**
 * Register a command from its spec: the name, aliases and summary come from the spec; the body from `run`
 * or, lazily, from `load` (help texts load with the command, via spec.help).
 */
export function registerSpecCommand(
  spec: CommandSpec,
  def: { shell: ShellKind | 'both'; summary?: string; available?: CommandDef['available']; complete?: CommandDef['complete'] } & (
    | { run: CommandDef['run'] }
    | { load: LazyCommandDef['load'] }
  ),
): void {
  registerCommand({ name: spec.name, aliases: spec.aliases, summary: def.summary ?? spec.summary ?? '', spec, ...def } as AnyCommandDef);
}

/** Every registered command of a shell, once each (for generic tests and listings). */
export function allCommands(shell: ShellKind): AnyCommandDef[] {
  const out = new Set<AnyCommandDef>();
  for (const [k, def] of commands) if (k.startsWith(shell + ':')) out.add(def);
  return [...out];
}

export function isLazy(def: AnyCommandDef): def is LazyCommandDef {
  return 'load' in def && typeof (def as LazyCommandDef).load === 'function';
}

export function findCommand(shell: ShellKind, name: string): AnyCommandDef | undefined {
  return commands.get(keyOf(shell, shell === 'cmd' ? name.toLowerCase() : name));
}

/** Every command name usable in a shell (for completion). */
export function commandNames(shell: ShellKind, host: Host, world: World): string[] {
  const out = new Set<string>();
  for (const [k, def] of commands) {
    const [s, n] = [k.slice(0, k.indexOf(':')), k.slice(k.indexOf(':') + 1)];
    if (s !== shell) continue;
    if (def.available && !def.available(host, world)) continue;
    out.add(n);
  }
  return [...out].sort();
}

// ---------------------------------------------------------------- labs

export interface LabStart {
  /** Host where the learner's shell starts (default: "host"). */
  hostId?: string;
  user?: string;
  cwd?: string;
  /** Shell frames to open above the host prompt, e.g. an ssh session on a guest. */
  stack?: { hostId: string; user: string; cwd?: string; via: 'ssh' | 'sudo' | 'su' }[];
}

export interface LabContext {
  world: World;
  seed: number;
  options: Record<string, unknown>;
}

export type LabFactory = (ctx: LabContext) => Promise<LabStart | void> | LabStart | void;

const labs = new Map<string, { factory: LabFactory; summary: string }>();

/** Register a lab id. The factory receives a fresh world (the Windows host exists) and prepares it. */
export function registerLab(id: string, factory: LabFactory, summary = ''): void {
  labs.set(id, { factory, summary: summary || labs.get(id)?.summary || '' });
}

export function findLab(id: string): LabFactory | undefined {
  return labs.get(id)?.factory;
}

export function labIds(): string[] {
  return [...labs.keys()].sort();
}

export function labSummary(id: string): string {
  return labs.get(id)?.summary ?? '';
}

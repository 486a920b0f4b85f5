// scripts/chunks.mjs: which modules may join the simulator's core chunk. The graph mimics the lab's: the lab chunk
// (app) imports the simulator (sim) dynamically, command modules load lazily from the simulator, and a quiz
// shares a parser with it.
import { describe, expect, it } from 'vitest';
import { onlyAfter } from '../../scripts/chunks.mjs';

type Node = { imports?: string[]; dynamic?: string[] };

function lookup(graph: Record<string, Node>) {
  const infos = new Map<string, { importedIds: string[]; dynamicallyImportedIds: string[]; importers: string[]; dynamicImporters: string[] }>();
  for (const id of Object.keys(graph)) infos.set(id, { importedIds: graph[id].imports ?? [], dynamicallyImportedIds: graph[id].dynamic ?? [], importers: [], dynamicImporters: [] });
  for (const [id, n] of Object.entries(graph)) {
    for (const d of n.imports ?? []) infos.get(d)!.importers.push(id);
    for (const d of n.dynamic ?? []) infos.get(d)!.dynamicImporters.push(id);
  }
  // Only the fields onlyAfter reads.
  return (id: string) => (infos.get(id) ?? null) as never;
}

const graph: Record<string, Node> = {
  boot: { dynamic: ['app'] },
  app: { imports: ['editor', 'store'], dynamic: ['sim'] },
  editor: { imports: ['width'] },
  width: {},
  store: {},
  sim: { imports: ['session', 'util', 'controller'] },
  controller: {},
  session: { imports: ['fs', 'complete', 'parse', 'a'], dynamic: ['cmd-ls', 'cmd-df'] },
  complete: { imports: ['width', 'fs'] },
  fs: { imports: ['clock'] },
  clock: {},
  a: { imports: ['b'] },
  b: { imports: ['a'] },
  util: { imports: ['pad'] },
  pad: {},
  parse: { imports: ['lexer'] },
  lexer: {},
  'cmd-ls': { imports: ['fs', 'util', 'ls-only'] },
  'cmd-df': { imports: ['clock', 'mounts'] },
  'ls-only': {},
  mounts: {},
  quiz: { imports: ['parse', 'util'], dynamic: ['late'] },
  late: {},
  page: { imports: ['store'], dynamic: ['session'] },
};

describe('onlyAfter: what the simulator imports that nothing loaded before it imports', () => {
  it('keeps modules shared with lazy command modules, and cycles among them', () => {
    const g = { ...graph, page: {} };
    expect([...onlyAfter('sim', lookup(g))].sort()).toEqual(['a', 'b', 'clock', 'complete', 'controller', 'fs', 'session']);
  });

  it('leaves out what another entry reaches without the simulator, and what only that reaches', () => {
    const group = onlyAfter('sim', lookup({ ...graph, page: {} }));
    // util and parse are the quiz's too; pad and lexer come only through them; width is the lab chunk's too.
    for (const id of ['util', 'pad', 'parse', 'lexer', 'width']) expect(group.has(id)).toBe(false);
    // The root is its own chunk; lazy modules keep theirs.
    for (const id of ['sim', 'cmd-ls', 'cmd-df', 'ls-only', 'mounts']) expect(group.has(id)).toBe(false);
  });

  it('leaves out a module another page imports dynamically, and everything it reaches', () => {
    // The page's import('session') reaches session and everything under it without the simulator.
    expect([...onlyAfter('sim', lookup(graph))]).toEqual(['controller']);
  });
});

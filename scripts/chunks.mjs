// @ts-check
// One chunk for the simulator's core (astro.config.mjs, output.codeSplitting). The lab chunk (lab-app.ts) imports
// the simulator (lab-sim.ts) after the first prompt, and Vite writes into lab-app the file name of every chunk
// lab-sim needs, so that the browser fetches them together. Left alone, the bundler splits lab-sim's small modules
// that lazy command modules share (fs, clock, http, var-log, ...) into a chunk each, and every one of those
// names costs first-load bytes. Such a module can only ever run after lab-sim has loaded, so it may as well
// travel inside one chunk with the rest of the simulator's core; the command modules keep loading lazily and
// import it from there. The group follows import statements, not what is used: a module that lab-sim's code
// reaches through a re-export it does not use (commands/linux.ts re-exports lib/guest.ts, which pulls in every
// coreutils spec) would join the chunk, so the simulator's core imports helpers from their own modules.
import { fileURLToPath } from 'node:url';

/** @typedef {import('rolldown').ModuleInfo} ModuleInfo */
/** @typedef {(id: string) => ModuleInfo | null} Lookup */

/**
 * The modules `root` imports statically that only code loaded after `root` imports, the root itself excepted:
 * every importer, static or dynamic, of such a module is itself reached only through the root. A module that
 * another entry (a quiz, the progress page, the lab chunk) reaches without the root stays out, so no page
 * fetches the group without the root.
 * @param {string} root
 * @param {Lookup} info
 * @returns {Set<string>}
 */
export function onlyAfter(root, info) {
  /** @param {string} id */
  const importersOf = (id) => {
    const m = info(id);
    return m ? [...m.importers, ...m.dynamicImporters] : [];
  };
  // Everything loaded after the root, through static and dynamic imports.
  const after = new Set([root]);
  for (const id of after) {
    const m = info(id);
    if (m) for (const dep of [...m.importedIds, ...m.dynamicallyImportedIds]) after.add(dep);
  }
  // Drop what something outside can import, and again for what that leaves outside, until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of after) {
      if (id !== root && importersOf(id).some((x) => !after.has(x))) {
        after.delete(id);
        changed = true;
      }
    }
  }
  // Of those, what the root imports statically.
  const out = new Set();
  const todo = [root];
  for (const id of todo) {
    for (const dep of info(id)?.importedIds ?? []) {
      if (after.has(dep) && !out.has(dep)) {
        out.add(dep);
        todo.push(dep);
      }
    }
  }
  return out;
}

const LAB_SIM = fileURLToPath(new URL('../src/terminal/lab-sim.ts', import.meta.url));

/** @type {WeakMap<ModuleInfo, Set<string>>} one answer per chunking pass (its module infos are reused within it) */
const memo = new WeakMap();

/** @type {import('rolldown').CodeSplittingGroup} */
const simCore = {
  name(id, ctx) {
    const root = ctx.getModuleInfo(LAB_SIM);
    if (!root) return null;
    let group = memo.get(root);
    if (!group) memo.set(root, (group = onlyAfter(LAB_SIM, (x) => ctx.getModuleInfo(x))));
    return group.has(id) ? 'sim-core' : null;
  },
  debugName: 'sim-core',
  // Only the modules named: a dependency that other pages share keeps its own chunk.
  includeDependenciesRecursively: false,
};

/**
 * The plugin that sets the group for the browser's build only. A group that takes no dependencies along needs
 * entry chunks that may export more than their modules do; the browser's entries (the pages' scripts) export
 * nothing, so that changes none of them.
 * @returns {import('vite').Plugin}
 */
export function simCoreChunk() {
  return {
    name: 'sim-core-chunk',
    apply: 'build',
    applyToEnvironment: (env) => env.name === 'client',
    options: (opts) => ({ ...opts, preserveEntrySignatures: 'allow-extension' }),
    outputOptions: (out) => ({ ...out, codeSplitting: { groups: [simCore] } }),
  };
}

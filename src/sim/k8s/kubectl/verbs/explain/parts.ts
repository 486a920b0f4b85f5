/** The server's OpenAPI v3 documents, one per group-version, put together from the generated parts (data/): each
 *  part holds one API package's schemas, and the paths of its group-version. A document loads only its parts.
 *  A CustomResourceDefinition's group-version needs the "meta" part (ObjectMeta, ListMeta) only: crd.ts builds the rest. */
import type { OpenAPIDoc, Part } from './render';
import { DOC_PARTS, GROUP_VERSIONS, LOAD_PART } from './data/index';

export { GROUP_VERSIONS };

const loaded = new Map<string, Part>();
const docs = new Map<string, OpenAPIDoc>();
/** the parts of a group-version: its own, or those a CRD's document points into */
const partsOf = (groupVersion: string) => DOC_PARTS[groupVersion] ?? ['meta'];

/** the parts loaded so far (tests) */
export function loadedParts(): string[] {
  return [...loaded.keys()].sort();
}

/** loads what the document of `groupVersion` ("api/v1", "apis/apps/v1") is made of */
export async function loadDoc(groupVersion: string): Promise<void> {
  for (const name of partsOf(groupVersion)) if (!loaded.has(name)) loaded.set(name, (await LOAD_PART[name]()).PART);
}

/** every part (Node: tests, the CLI) */
export async function loadAllDocs(): Promise<void> {
  for (const gv of GROUP_VERSIONS) await loadDoc(gv);
}

/** whether the document of `groupVersion` can be had without loading */
export function docLoaded(groupVersion: string): boolean {
  return partsOf(groupVersion).every((n) => loaded.has(n));
}

/** the meta package's schemas, once loaded (a CRD's document carries them) */
export function metaSchemas(): Part['schemas'] {
  const m = loaded.get('meta');
  if (!m) throw new Error('kubectl explain: the meta schemas are not loaded');
  return m.schemas;
}

/** the document of a built-in group-version once loaded; undefined when the server has none */
export function docOf(groupVersion: string): OpenAPIDoc | undefined {
  const names = DOC_PARTS[groupVersion];
  if (!names) return undefined;
  let d = docs.get(groupVersion);
  if (d) return d;
  const parts = names.map((n) => loaded.get(n));
  if (parts.some((p) => !p)) throw new Error(`kubectl explain: the document of ${groupVersion} is not loaded`);
  d = { paths: parts[0]!.paths, components: { schemas: Object.assign({}, ...parts.map((p) => p!.schemas)) } };
  docs.set(groupVersion, d);
  return d;
}

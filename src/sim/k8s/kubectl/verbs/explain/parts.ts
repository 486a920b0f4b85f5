/** The server's OpenAPI v3 documents, one per group-version, put together from the generated parts (data/): each
 *  part holds one API package's schemas, and the paths of its group-version. A document loads only its parts. */
import type { OpenAPIDoc, Part } from './render';
import { DOC_PARTS, GROUP_VERSIONS, LOAD_PART } from './data/index';

const loaded = new Map<string, Part>();
const docs = new Map<string, OpenAPIDoc>();

/** the parts loaded so far (tests) */
export function loadedParts(): string[] {
  return [...loaded.keys()].sort();
}

/** loads what the document of `groupVersion` ("api/v1", "apis/apps/v1") is made of; nothing for one the server lacks */
export async function loadDoc(groupVersion: string): Promise<void> {
  for (const name of DOC_PARTS[groupVersion] ?? []) if (!loaded.has(name)) loaded.set(name, (await LOAD_PART[name]()).PART);
}

/** every document (Node: tests, the CLI) */
export async function loadAllDocs(): Promise<void> {
  for (const gv of GROUP_VERSIONS) await loadDoc(gv);
}

/** whether the document of `groupVersion` can be had without loading */
export function docLoaded(groupVersion: string): boolean {
  return (DOC_PARTS[groupVersion] ?? []).every((n) => loaded.has(n));
}

/** the document of a group-version once loaded; undefined when the server has none */
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

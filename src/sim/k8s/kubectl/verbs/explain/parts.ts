/** The server's OpenAPI v3 documents, one per group-version, put together from the generated parts (data/): each
 *  part holds one API package's schemas, and the paths of its group-version. A document loads only its parts.
 *  A 1.29 server's part is the 1.28 part with 1.29's merge patch applied (data/v129/), or a part 1.29 adds.
 *  A CustomResourceDefinition's group-version needs the "meta" part (ObjectMeta, ListMeta) only: crd.ts builds the rest. */
import type { OpenAPIDoc, Part } from './render';
import { AGGREGATED_DOC_PARTS, DOC_PARTS, DOC_PARTS_129, GROUP_VERSIONS, GROUP_VERSIONS_129, LOAD_PART, LOAD_PATCH_129, PREFERRED_129 } from './data/index';

/** the server's minor version whose schemas these are: 28 or 29 (later ones answer as 1.29 does) */
export type Minor = number;
const is129 = (minor: Minor) => minor >= 29;

/** the group-versions a server of `minor` publishes documents for */
export const groupVersions = (minor: Minor): string[] => (is129(minor) ? GROUP_VERSIONS_129 : GROUP_VERSIONS);
/** the group-versions of aggregated APIs, published while their APIService is available (metrics.k8s.io) */
export const AGGREGATED: string[] = Object.keys(AGGREGATED_DOC_PARTS);
/** the groups whose preferred version differs from 1.28's */
export const preferredVersions = (minor: Minor): Record<string, string> => (is129(minor) ? PREFERRED_129 : {});

const base = new Map<string, Part>();
const patched = new Map<string, Part>();
const docs = new Map<string, OpenAPIDoc>();
/** the parts of a group-version: its own and those it points into, or those a CRD's document points into */
const partsOf = (minor: Minor, gv: string) => (is129(minor) ? DOC_PARTS_129[gv] : undefined) ?? DOC_PARTS[gv] ?? AGGREGATED_DOC_PARTS[gv] ?? ['meta'];

/** the parts loaded so far, 1.29's as "v129/name" (tests) */
export function loadedParts(): string[] {
  return [...[...base.keys()], ...[...patched.keys()].map((n) => `v129/${n}`)].sort();
}

/** RFC 7386: `patch` applied to a copy of `target` */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> = target && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

const partOf = (minor: Minor, name: string) => (is129(minor) && LOAD_PATCH_129[name] ? patched.get(name) : base.get(name));

/** loads what the document of `groupVersion` ("api/v1", "apis/apps/v1") is made of on a server of `minor` */
export async function loadDoc(minor: Minor, groupVersion: string): Promise<void> {
  for (const name of partsOf(minor, groupVersion)) {
    if (!base.has(name) && LOAD_PART[name]) base.set(name, (await LOAD_PART[name]()).PART);
    if (is129(minor) && LOAD_PATCH_129[name] && !patched.has(name)) {
      const { PATCH } = await LOAD_PATCH_129[name]();
      patched.set(name, mergePatch(base.get(name), PATCH) as Part);
    }
  }
}

/** every part of both versions (Node: tests, the CLI) */
export async function loadAllDocs(): Promise<void> {
  for (const gv of GROUP_VERSIONS) await loadDoc(28, gv);
  for (const gv of GROUP_VERSIONS_129) await loadDoc(29, gv);
  for (const gv of AGGREGATED) await loadDoc(28, gv);
}

/** whether the document of `groupVersion` can be had without loading */
export function docLoaded(minor: Minor, groupVersion: string): boolean {
  return partsOf(minor, groupVersion).every((n) => !!partOf(minor, n));
}

/** the meta package's schemas, once loaded (a CRD's document carries them; 1.29 does not change them) */
export function metaSchemas(): Part['schemas'] {
  const m = base.get('meta');
  if (!m) throw new Error('kubectl explain: the meta schemas are not loaded');
  return m.schemas;
}

/** the document of a built-in or aggregated group-version once loaded; undefined when there is none */
export function docOf(minor: Minor, groupVersion: string): OpenAPIDoc | undefined {
  if (!groupVersions(minor).includes(groupVersion) && !AGGREGATED_DOC_PARTS[groupVersion]) return undefined;
  const key = `${is129(minor) ? 29 : 28} ${groupVersion}`;
  let d = docs.get(key);
  if (d) return d;
  const parts = partsOf(minor, groupVersion).map((n) => partOf(minor, n));
  if (parts.some((p) => !p)) throw new Error(`kubectl explain: the document of ${groupVersion} is not loaded`);
  d = { paths: parts[0]!.paths, components: { schemas: Object.assign({}, ...parts.map((p) => p!.schemas)) } };
  docs.set(key, d);
  return d;
}

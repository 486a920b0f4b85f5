/** What `kubectl explain` loads when it first runs: the renderer, what says where the schemas are, and the builder
 *  of CRDs' documents; each group-version's schemas load when explain first needs them (parts.ts). */
export { explain, explainGroupVersion } from './explain';
export { AGGREGATED, docLoaded, docOf, groupVersions, loadAllDocs, loadDoc, loadedParts, metaSchemas, preferredVersions } from './parts';
export { crdGroupDocument, crdResources } from './crd';

/** What `kubectl explain` loads when it first runs: the renderer and what says where the schemas are; each
 *  group-version's document loads when explain first needs it (parts.ts). */
export { explain, explainGroupVersion } from './explain';
export { docLoaded, docOf, loadAllDocs, loadDoc, loadedParts } from './parts';

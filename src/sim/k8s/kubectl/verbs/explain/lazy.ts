/** What `kubectl explain` loads when it first runs: the 1.28 schemas and the renderer. */
export { DOC, GROUP_VERSIONS } from './data';
export { explain } from './explain';

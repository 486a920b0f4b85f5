// Former home of the guest commands, kept for extensions that import these helpers from here.
// The commands live one module each (see guest.ts); new code imports from lib/.
export { isRoot } from './lib/guest';
export { readPath, sysctlValue } from './lib/files';
export { polkit } from './lib/polkit';
export { registerHttpHandler, type HttpHandler } from './lib/http';

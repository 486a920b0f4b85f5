// Former home of the system-administration commands, kept for extensions that import these helpers from here.
// The commands live one module each (see guest.ts); new code imports from lib/.
export { hasCommand, installPackage, removePackage, enabledRepos } from './lib/packages';
export { setUnit } from './lib/units';

// Parts of the simulator loaded on first use, so the first chunk stays small:
// the guest commands (bash builtins, dnf, systemctl...) and the Vagrant command.
import type { Yield } from './types';
import { loadSpecEngine } from './spec/run';

let guestReady = false;
let guestLoading: Promise<void> | null = null;

/** Import the guest commands and then the bash builtins (they register themselves). */
export function loadGuest(): Promise<void> {
  if (guestReady) return Promise.resolve();
  // the guest commands have specs: their parser comes with them
  guestLoading ??= Promise.all([import('./commands/guest'), loadSpecEngine()]).then(() => import('./shell/builtins')).then(() => {
    guestReady = true;
  });
  return guestLoading;
}

/** Every guest command's module, not only the manifest (tests and benchmarks that go through all of them). */
export async function loadEveryGuestCommand(): Promise<void> {
  await loadGuest();
  const { GUEST_MANIFEST } = await import('./commands/guest');
  await Promise.all(GUEST_MANIFEST.map(([load]) => load()));
}

export function guestLoaded(): boolean {
  return guestReady;
}

/** For generators: make sure the guest commands are there before running bash. */
export function* needGuest(): Generator<Yield, void, unknown> {
  if (!guestReady) yield { load: loadGuest };
}

export type VagrantModule = typeof import('./vagrant/command');
let vagrant: VagrantModule | null = null;
let vagrantLoading: Promise<VagrantModule> | null = null;

export function loadVagrant(): Promise<VagrantModule> {
  if (vagrant) return Promise.resolve(vagrant);
  vagrantLoading ??= import('./vagrant/command').then((m) => (vagrant = m));
  return vagrantLoading;
}

/** The Vagrant module if it was loaded already. */
export function vagrantIfLoaded(): VagrantModule | null {
  return vagrant;
}

/**
 * What the page is built with for a lab's start: its first prompt, for the static placeholder shown before
 * the terminal loads, and its start world as a snapshot (src/sim/snapshot.ts), which the page restores
 * instead of replaying the lab's factory. Both are computed once per start lab.
 */
import { createSession, labSnapshot, SnapshotError, type WorldSnapshot } from '../index';
import '../k8s/register';

const prompts = new Map<string, Promise<string>>();
const worlds = new Map<string, Promise<WorldSnapshot | null>>();

export function firstPrompt(lab: string): Promise<string> {
  let p = prompts.get(lab);
  if (!p) {
    p = createSession({ lab }).then((s) => s.prompt());
    prompts.set(lab, p);
  }
  return p;
}

/** The lab's start world, or null when it holds state no snapshot part saves (the page then replays it). */
export function startWorld(lab: string): Promise<WorldSnapshot | null> {
  let p = worlds.get(lab);
  if (!p) {
    p = labSnapshot({ lab }).catch((e: unknown) => {
      if (e instanceof SnapshotError) return null;
      throw e;
    });
    worlds.set(lab, p);
  }
  return p;
}

/** Where the page finds a start world: `lab-worlds/<lab>.json` under the site's base. */
export const startWorldPath = (lab: string) => `/lab-worlds/${lab}.json`;

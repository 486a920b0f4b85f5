/**
 * Headless replay: runs a lab's solution against the simulator, step by step, and reports whether each
 * step's check holds afterwards (and did not already hold before, which would make the step meaningless).
 * Used by the tests of every lab, by the benchmark, and by the page to rebuild a learner's world from
 * saved progress.
 */
import type { Session } from '../session';
import type { EditRequest } from '../types';
import type { LabAction, LabScript } from './schema';
import { durationMs, solutionOf } from './actions';
import { StepTracker } from './tracker';
import { worldView } from './world-view';

export type SessionFactory = (lab: LabScript) => Promise<Session>;

export interface StepReplay {
  id: string;
  /** The check holds after the solution ran. */
  ok: boolean;
  /** The check already held before the step's solution ran. */
  heldBefore: boolean;
  reason?: string;
  output: string;
}

/** Remembers the last file an editor command opened, so that a `save` action knows where to write. */
export function trackEdits(session: Session): { last(): EditRequest | null; off(): void } {
  let last: EditRequest | null = null;
  const off = session.on('edit', (req) => {
    last = req;
  });
  return { last: () => last, off };
}

/** Runs one action headlessly; returns what it printed. */
export async function runAction(
  session: Session,
  action: LabAction,
  lastEdit: () => EditRequest | null,
): Promise<string> {
  if (typeof action === 'string') {
    const r = await session.exec(action);
    return r.output;
  }
  if ('save' in action) {
    const req = lastEdit();
    if (!req) throw new Error('a save action needs an editor opened by an earlier command');
    if (!session.saveFile(req.hostId, req.path, action.save.content)) {
      throw new Error(`could not save ${req.path}`);
    }
    return '';
  }
  await session.advance(durationMs(action.wait));
  await session.settle();
  return '';
}

/** Replays every step's solution in a fresh session. */
export async function replayLab(lab: LabScript, createSession: SessionFactory): Promise<StepReplay[]> {
  const session = await createSession(lab);
  const edits = trackEdits(session);
  const view = worldView(session);
  const tracker = new StepTracker(lab.steps);
  const results: StepReplay[] = [];
  try {
    for (const step of lab.steps) {
      const heldBefore = tracker.check(view).ok;
      let output = '';
      for (const action of solutionOf(step)) {
        if (typeof action === 'string') tracker.recordLine(action);
        output += await runAction(session, action, edits.last);
      }
      const r = tracker.check(view);
      results.push({ id: step.id, ok: r.ok, heldBefore, reason: r.reason, output });
      // Carry on in the state the solution reached, as a learner would.
      tracker.skip();
    }
  } finally {
    edits.off();
  }
  return results;
}

/** The prompt a lab starts at, for the static placeholder the page shows before the terminal loads. */
import { createSession } from '../index';
import '../k8s/register';

const cache = new Map<string, Promise<string>>();

export function firstPrompt(lab: string): Promise<string> {
  let p = cache.get(lab);
  if (!p) {
    p = createSession({ lab }).then((s) => s.prompt());
    cache.set(lab, p);
  }
  return p;
}

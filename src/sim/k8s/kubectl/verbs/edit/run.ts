/** kubectl edit without an editor (the shell runs the interactive edit itself). */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, type KResult } from '../../result';

export function run(k: Kubectl, p: Parsed): KResult {
  void k;
  void p;
  return fail(`error: kubectl edit needs an editor; use kubectl apply -f with a changed file instead`);
}

// true, false and `:`: nothing, with status 0 or 1, whatever the words.
import type { CommandRun } from '../../../types';

export function* run(): CommandRun {
  return 0;
}

export function* fail(): CommandRun {
  return 1;
}

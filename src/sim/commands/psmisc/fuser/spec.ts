// fuser of psmisc 23.4 (Rocky 9.5: psmisc-23.4-3.el9): main() reads its own words (long options spelt out in full,
// -SIGNAL, -n taking the next word), so the spec leaves them to run.ts; usage in help.ts.
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'fuser',
  style: 'gnu',
  rawArgs: true,
  helpFlags: [],
  synopsis: 'fuser [-fIMuvw] [-a|-s] [-4|-6] [-c|-m|-n SPACE] [-k [-i] [-SIGNAL]] NAME...',
};

// `pause`: cmd.exe hands it the words as typed and it reads them itself; its /? text is left out (tests/golden/cmd/SOURCES.md).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'pause',
  style: 'cmd',
  synopsis: 'PAUSE',
  summary: 'Suspends processing of a batch program and displays a message.',
  rawArgs: true,
};

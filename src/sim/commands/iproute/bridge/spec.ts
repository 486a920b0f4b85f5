// bridge of iproute2 6.2 (Rocky 9.5) reads its own words (main() of bridge/bridge.c: options by matches(), an
// object, a command), so the spec takes them raw; usage texts in help.ts (scripts/golden/bridge-spec.ts).
import type { CommandSpec } from '../../../spec/types';

export const spec: CommandSpec = {
  name: 'bridge',
  style: 'gnu',
  synopsis: 'bridge [ OPTIONS ] OBJECT { COMMAND | help }',
  rawArgs: true,
  help: () => import('./help').then((m) => m.usage.bridge),
};

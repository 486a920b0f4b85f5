// `kubectl auth --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl auth [flags] [options]",
  long: "Inspect authorization.",
  usage: {
  },
};

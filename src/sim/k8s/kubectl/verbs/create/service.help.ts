// `kubectl create service --help` as the 1.28 client prints it.
import type { HelpText } from '../../../cli/spec';

export const help: HelpText = {
  use: "kubectl create service [flags] [options]",
  long: "Create a service using a specified subcommand.",
  usage: {
  },
};

// The help texts of kubectl kustomize and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as kustomizeHelp } from './kustomize.help';

export const HELP: Record<string, HelpText> = {
  "kustomize": kustomizeHelp,
};

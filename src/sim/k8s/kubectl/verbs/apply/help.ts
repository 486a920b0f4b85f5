// The help texts of kubectl apply and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as applyHelp } from './apply.help';
import { help as editLastAppliedHelp } from './edit-last-applied.help';
import { help as setLastAppliedHelp } from './set-last-applied.help';
import { help as viewLastAppliedHelp } from './view-last-applied.help';

export const HELP: Record<string, HelpText> = {
  "apply": applyHelp,
  "apply edit-last-applied": editLastAppliedHelp,
  "apply set-last-applied": setLastAppliedHelp,
  "apply view-last-applied": viewLastAppliedHelp,
};

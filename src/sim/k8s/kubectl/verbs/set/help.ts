// The help texts of kubectl set and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as setHelp } from './set.help';
import { help as envHelp } from './env.help';
import { help as imageHelp } from './image.help';
import { help as resourcesHelp } from './resources.help';
import { help as selectorHelp } from './selector.help';
import { help as serviceaccountHelp } from './serviceaccount.help';
import { help as subjectHelp } from './subject.help';

export const HELP: Record<string, HelpText> = {
  "set": setHelp,
  "set env": envHelp,
  "set image": imageHelp,
  "set resources": resourcesHelp,
  "set selector": selectorHelp,
  "set serviceaccount": serviceaccountHelp,
  "set subject": subjectHelp,
};

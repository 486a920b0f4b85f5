// The help texts of kubectl rollout and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as rolloutHelp } from './rollout.help';
import { help as historyHelp } from './history.help';
import { help as pauseHelp } from './pause.help';
import { help as restartHelp } from './restart.help';
import { help as resumeHelp } from './resume.help';
import { help as statusHelp } from './status.help';
import { help as undoHelp } from './undo.help';

export const HELP: Record<string, HelpText> = {
  "rollout": rolloutHelp,
  "rollout history": historyHelp,
  "rollout pause": pauseHelp,
  "rollout restart": restartHelp,
  "rollout resume": resumeHelp,
  "rollout status": statusHelp,
  "rollout undo": undoHelp,
};

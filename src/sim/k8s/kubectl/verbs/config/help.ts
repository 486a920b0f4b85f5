// The help texts of kubectl config and its sub-commands (loaded with the verb).
import type { HelpText } from '../../../cli/spec';
import { help as configHelp } from './config.help';
import { help as currentContextHelp } from './current-context.help';
import { help as deleteClusterHelp } from './delete-cluster.help';
import { help as deleteContextHelp } from './delete-context.help';
import { help as deleteUserHelp } from './delete-user.help';
import { help as getClustersHelp } from './get-clusters.help';
import { help as getContextsHelp } from './get-contexts.help';
import { help as getUsersHelp } from './get-users.help';
import { help as renameContextHelp } from './rename-context.help';
import { help as setHelp } from './set.help';
import { help as setClusterHelp } from './set-cluster.help';
import { help as setContextHelp } from './set-context.help';
import { help as setCredentialsHelp } from './set-credentials.help';
import { help as unsetHelp } from './unset.help';
import { help as useContextHelp } from './use-context.help';
import { help as viewHelp } from './view.help';

export const HELP: Record<string, HelpText> = {
  "config": configHelp,
  "config current-context": currentContextHelp,
  "config delete-cluster": deleteClusterHelp,
  "config delete-context": deleteContextHelp,
  "config delete-user": deleteUserHelp,
  "config get-clusters": getClustersHelp,
  "config get-contexts": getContextsHelp,
  "config get-users": getUsersHelp,
  "config rename-context": renameContextHelp,
  "config set": setHelp,
  "config set-cluster": setClusterHelp,
  "config set-context": setContextHelp,
  "config set-credentials": setCredentialsHelp,
  "config unset": unsetHelp,
  "config use-context": useContextHelp,
  "config view": viewHelp,
};

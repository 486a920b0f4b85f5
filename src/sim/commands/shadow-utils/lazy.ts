// The shadow-utils commands of the guest (/usr/sbin): their specs here, each body loads on first use.
import { registerSpecCommand, type CommandDef } from '../../registry';
import type { CommandSpec } from '../../spec/types';
import { spec as useradd } from './useradd/spec';
import { spec as userdel } from './userdel/spec';
import { spec as usermod } from './usermod/spec';
import { spec as groupadd } from './groupadd/spec';
import { spec as groupdel } from './groupdel/spec';
import { spec as groupmod } from './groupmod/spec';
import { spec as chage } from './chage/spec';
import { spec as chpasswd } from './chpasswd/spec';
import { spec as gpasswd } from './gpasswd/spec';
import { spec as lastlog } from './lastlog/spec';
import { spec as newgrp } from './newgrp/spec';

type Body = () => Promise<Pick<CommandDef, 'run'>>;

const TOOLS: [CommandSpec, string, Body][] = [
  [useradd, 'create a new user or update default new user information', () => import('./useradd/run')],
  [userdel, 'delete a user account and related files', () => import('./userdel/run')],
  [usermod, 'modify a user account', () => import('./usermod/run')],
  [groupadd, 'create a new group', () => import('./groupadd/run')],
  [groupdel, 'delete a group', () => import('./groupdel/run')],
  [groupmod, 'modify a group definition on the system', () => import('./groupmod/run')],
  [chage, 'change user password expiry information', () => import('./chage/run')],
  [chpasswd, 'update passwords in batch mode', () => import('./chpasswd/run')],
  [gpasswd, 'administer /etc/group and /etc/gshadow', () => import('./gpasswd/run')],
  [lastlog, 'reports the most recent login of all users or of a given user', () => import('./lastlog/run')],
  [newgrp, 'log in to a new group', () => import('./newgrp/run')],
];

for (const [spec, summary, load] of TOOLS) registerSpecCommand(spec, { shell: 'bash', summary, load });

// The GNU coreutils commands of the guest, by name: their specs (help loads with each command).
// Written by scripts/golden/gnu-specs.ts.
import type { CommandSpec } from '../../spec/types';
import { spec as ls } from './ls/spec';
import { spec as cat } from './cat/spec';
import { spec as touch } from './touch/spec';
import { spec as mkdir } from './mkdir/spec';
import { spec as rm } from './rm/spec';
import { spec as cp } from './cp/spec';
import { spec as mv } from './mv/spec';
import { spec as head } from './head/spec';
import { spec as tail } from './tail/spec';
import { spec as wc } from './wc/spec';
import { spec as sort } from './sort/spec';
import { spec as uniq } from './uniq/spec';
import { spec as tee } from './tee/spec';
import { spec as env } from './env/spec';
import { spec as chown } from './chown/spec';
import { spec as chmod } from './chmod/spec';
import { spec as id } from './id/spec';
import { spec as whoami } from './whoami/spec';
import { spec as uname } from './uname/spec';
import { spec as date } from './date/spec';
import { spec as sleep } from './sleep/spec';
import { spec as df } from './df/spec';
import { spec as base64 } from './base64/spec';
import { spec as printenv } from './printenv/spec';
import { spec as cut } from './cut/spec';
import { spec as tr } from './tr/spec';
import { spec as seq } from './seq/spec';
import { spec as basename } from './basename/spec';
import { spec as dirname } from './dirname/spec';
import { spec as tac } from './tac/spec';

export const COREUTILS: Record<string, CommandSpec> = { ls, cat, touch, mkdir, rm, cp, mv, head, tail, wc, sort, uniq, tee, env, chown, chmod, id, whoami, uname, date, sleep, df, base64, printenv, cut, tr, seq, basename, dirname, tac };

// halt of systemd 252 (systemctl under that name; options and help in spec.ts).
import { def, linuxOnly } from '../../lib/guest';
import { haltLike } from '../power/halt-like';
import { spec } from './spec';

def({ name: 'halt', summary: 'Halt the machine', available: linuxOnly, spec, run: (ctx) => haltLike(ctx, 'halt') });

// complete, the bash builtin (accepted, no effect).
import { def } from '../lib/guest';

def({ name: 'complete', summary: 'specify how arguments are to be completed', *run() { return 0; } });

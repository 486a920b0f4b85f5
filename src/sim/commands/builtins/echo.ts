// echo, the bash builtin.
import { def } from '../lib/guest';

def({
  name: 'echo',
  summary: 'display a line of text',
  *run(ctx) {
    let args = ctx.args;
    let newline = true;
    let escapes = false;
    while (args.length && /^-[neE]+$/.test(args[0])) {
      if (args[0].includes('n')) newline = false;
      if (args[0].includes('e')) escapes = true;
      args = args.slice(1);
    }
    let text = args.join(' ');
    if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
    ctx.out(text + (newline ? '\n' : ''));
    return 0;
  },
});

// printf, the bash builtin.
import { def } from '../lib/guest';

def({
  name: 'printf',
  summary: 'format and print data',
  *run(ctx) {
    const [format = '', ...rest] = ctx.args;
    let i = 0;
    const text = format
      .replace(/%[sd]/g, () => rest[i++] ?? '')
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t');
    ctx.out(text);
    return 0;
  },
});

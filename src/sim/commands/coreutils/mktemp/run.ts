// mktemp of GNU coreutils 8.32 (options and help in spec.ts): a new file (or -d directory) from TEMPLATE, by
// default tmp.XXXXXXXXXX in $TMPDIR or /tmp; its name printed.
import { def } from '../../lib/guest';

const CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

def({
  name: 'mktemp',
  summary: 'create a temporary file or directory',
  *run(ctx) {
    const o = ctx.opts!;
    // -p DIR / --tmpdir[=DIR]: that directory, else $TMPDIR or /tmp; without a template, the same.
    // -p takes the next word (getopt's `p:`), --tmpdir only an attached value
    const pAt = ctx.args.indexOf('-p');
    const tmpdirFlag = pAt >= 0 && ctx.args[pAt + 1] !== undefined ? ctx.args[pAt + 1] : o.get('tmpdir');
    const ops = (ctx.operands ?? []).filter((x, i, all) => pAt < 0 || x !== ctx.args[pAt + 1] || all.indexOf(x) !== i);
    if (ops.length > 1) {
      ctx.err("mktemp: too many templates\nTry 'mktemp --help' for more information.\n");
      return 1;
    }
    const given: string | undefined = ops[0];
    const tmpl = () => given ?? 'tmp.XXXXXXXXXX';
    const dir = typeof tmpdirFlag === 'string' && tmpdirFlag ? tmpdirFlag : given === undefined || tmpdirFlag !== undefined ? ctx.frame.env.TMPDIR || '/tmp' : undefined;
    const template = tmpl();
    const xs = /X*$/.exec(template)![0].length;
    if (xs < 3) {
      ctx.err(`mktemp: too few X's in template ‘${template}’\n`);
      return 1;
    }
    const name = template.slice(0, template.length - xs) + ctx.world.rng.str(xs, CHARS);
    const path = dir !== undefined ? `${dir.replace(/\/+$/, '')}/${name}` : name;
    const abs = ctx.resolve(path);
    const err = o.has('dry-run') ? null : o.has('directory') ? ctx.host.fs.mkdir(abs) : ctx.host.fs.write(abs, '', false, 0o600);
    // a directory only its owner may enter, as mkdtemp makes it
    const node = !err && o.has('directory') ? ctx.host.fs.get(abs) : null;
    if (node) node.mode = 0o700;
    if (err) {
      if (!o.has('quiet')) ctx.err(`mktemp: failed to create ${o.has('directory') ? 'directory' : 'file'} via template ‘${dir !== undefined ? `${dir.replace(/\/+$/, '')}/${template}` : template}’: ${err === 'ENOENT' ? 'No such file or directory' : 'Permission denied'}\n`);
      return 1;
    }
    ctx.out(path + '\n');
    return 0;
  },
});

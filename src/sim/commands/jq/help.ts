// jq 1.6's usage() (src/main.c at tag jq-1.6), with the name it was run as ("jq"): the whole text for --help and
// -h (stdout), the short one ending in "For a listing of options" when no program was given (stderr).
const HEAD =
  'jq - commandline JSON processor [version 1.6]\n\nUsage:\tjq [options] <jq filter> [file...]\n\tjq [options] --args <jq filter> [strings...]\n\tjq [options] --jsonargs <jq filter> [JSON_TEXTS...]\n\n' +
  "jq is a tool for processing JSON inputs, applying the given filter to\nits JSON text inputs and producing the filter's results as JSON on\nstandard output.\n\n" +
  "The simplest filter is ., which copies jq's input to its output\nunmodified (except for formatting, but note that IEEE754 is used\nfor number representation internally, with all that that implies).\n\n" +
  'For more advanced filters see the jq(1) manpage ("man jq")\nand/or https://stedolan.github.io/jq\n\n' +
  'Example:\n\n\t$ echo \'{"foo": 0}\' | jq .\n\t{\n\t\t"foo": 0\n\t}\n\n';

const OPTIONS =
  'Some of the options include:\n' +
  '  -c               compact instead of pretty-printed output;\n' +
  '  -n               use `null` as the single input value;\n' +
  '  -e               set the exit status code based on the output;\n' +
  '  -s               read (slurp) all inputs into an array; apply filter to it;\n' +
  '  -r               output raw strings, not JSON texts;\n' +
  '  -R               read raw strings, not JSON texts;\n' +
  '  -C               colorize JSON;\n' +
  "  -M               monochrome (don't colorize JSON);\n" +
  '  -S               sort keys of objects on output;\n' +
  '  --tab            use tabs for indentation;\n' +
  '  --arg a v        set variable $a to value <v>;\n' +
  '  --argjson a v    set variable $a to JSON value <v>;\n' +
  '  --slurpfile a f  set variable $a to an array of JSON texts read from <f>;\n' +
  '  --rawfile a f    set variable $a to a string consisting of the contents of <f>;\n' +
  '  --args           remaining arguments are string arguments, not files;\n' +
  '  --jsonargs       remaining arguments are JSON arguments, not files;\n' +
  '  --               terminates argument processing;\n\n' +
  'Named arguments are also available as $ARGS.named[], while\npositional arguments are available as $ARGS.positional[].\n\nSee the manpage for more options.\n';

export const usage = (short: boolean) => HEAD + (short ? 'For a listing of options, use jq --help.\n' : OPTIONS);
export const help = usage(false);

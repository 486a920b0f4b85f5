// `ps --help` of procps-ng 3.3.17 (ps/help.c, do_help without a section; the same text as 4.0.2's, recorded).
export const help = "\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";

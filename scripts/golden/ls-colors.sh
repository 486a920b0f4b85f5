#!/bin/sh
# Records what colorls.sh evaluates on the guest for TERM=xterm-256color: `dircolors --sh /etc/DIR_COLORS` over
# the el9 file (src/sim/data/dir-colors.ts), run by this machine's GNU dircolors (same parser for this file).
#   sh scripts/golden/ls-colors.sh
set -e
cd "$(dirname "$0")/../.."
tmp=$(mktemp)
npx tsx -e "import { DIR_COLORS } from './src/sim/data/dir-colors.ts'; process.stdout.write(DIR_COLORS)" > "$tmp"
TERM=xterm-256color dircolors --sh "$tmp" > tests/golden/etc/dircolors-sh-xterm-256color.txt
rm -f "$tmp"

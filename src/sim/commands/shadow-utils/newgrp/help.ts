// usage() of newgrp in shadow-utils 4.9 (src/newgrp.c), written to stderr.
export const usage = 'Usage: newgrp [-] [group]\n';

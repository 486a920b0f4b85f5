// true and false.
import { def } from '../lib/guest';

def({ name: 'true', summary: 'do nothing, successfully', *run() { return 0; } });


def({ name: 'false', summary: 'do nothing, unsuccessfully', *run() { return 1; } });

// curl 7.76.1 (curl-minimal of Rocky 9.5) on the guests: what it does is transfer.ts; options and help come from spec.ts.
import { def } from '../lib/guest';
import { transfer } from './transfer';
import { spec } from './spec';

def({ name: 'curl', summary: 'transfer a URL', spec, run: (ctx) => transfer(ctx) });

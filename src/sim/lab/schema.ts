import { z } from 'zod';

// Placeholder shape until the lab script format lands; see content/labs.
export const labSchema = z.object({}).passthrough();

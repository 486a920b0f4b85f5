/**
 * Lab scripts: content/labs/<id>.yaml. A lab is data: where the world starts, then steps. Each step has
 * narration (English and Korean), the actions a replay performs, a check on the world's state that says
 * when the step is done, hints that open one at a time, and a solution.
 */
import { z } from 'zod';

export { durationMs, solutionOf } from './actions';

const text = z
  .object({
    en: z.string().trim().min(1, 'English text is required'),
    ko: z.string().trim().min(1, 'Korean text is required'),
  })
  .strict();
export type LocalText = z.infer<typeof text>;

/** "30s", "2m", "1500ms" or a number of milliseconds. */
export const durationSchema = z.union([
  z.number().int().nonnegative(),
  z.string().regex(/^\d+(\.\d+)?(ms|s|m)$/, 'expected a duration such as 500ms, 30s or 2m'),
]);


/** One thing a replay (or the headless runner) does. */
export const actionSchema = z.union([
  /** A line typed at the prompt and submitted with Enter (also answers a question such as [y/N]). */
  z.string().min(1, 'a command line must not be empty'),
  /** In the editor the last command opened: replace the text, save, and return to the terminal. */
  z.object({ save: z.object({ content: z.string() }).strict() }).strict(),
  /** Let simulated time pass. */
  z.object({ wait: durationSchema }).strict(),
]);
export type LabAction = z.infer<typeof actionSchema>;

const machineState = z.enum(['not_created', 'running', 'poweroff', 'saved']);
const labels = z.record(z.string(), z.string());

export type Check =
  | { file: { path: string; host?: string; exists?: boolean; contains?: string; matches?: string } }
  | { machine: { name?: string; state: z.infer<typeof machineState>; ip?: string } }
  | { shell: { host?: string; user?: string } }
  | { unit: { host: string; name: string; active?: boolean; enabled?: boolean } }
  | { package: { host: string; name: string; version?: string; installed?: boolean } }
  | { ran: string }
  | {
      deployment: {
        name: string;
        namespace?: string;
        exists?: boolean;
        replicas?: number;
        ready?: number;
        image?: string;
        revision?: number;
      };
    }
  | {
      pods: {
        namespace?: string;
        selector?: Record<string, string>;
        prefix?: string;
        phase?: string;
        node?: string;
        image?: string;
        count?: number;
        min?: number;
      };
    }
  | { service: { name: string; namespace?: string; exists?: boolean; type?: string; endpoints?: number } }
  | { pdb: { name: string; namespace?: string; exists?: boolean; minAvailable?: number | string; maxUnavailable?: number | string } }
  | { configmap: { name: string; namespace?: string; exists?: boolean; keys?: string[]; data?: Record<string, string> } }
  | { secret: { name: string; namespace?: string; exists?: boolean; keys?: string[]; type?: string } }
  | { node: { name: string; ready?: boolean; schedulable?: boolean; version?: string } }
  | { all: Check[] }
  | { any: Check[] }
  | { not: Check };

function isRegex(value: string): boolean {
  try {
    new RegExp(value);
    return true;
  } catch {
    return false;
  }
}
const regex = z.string().min(1).refine(isRegex, 'not a valid regular expression');

export const checkSchema: z.ZodType<Check> = z.lazy(() =>
  z.union([
    z
      .object({
        file: z
          .object({
            path: z.string().min(1),
            host: z.string().optional(),
            exists: z.boolean().optional(),
            contains: z.string().optional(),
            matches: regex.optional(),
          })
          .strict(),
      })
      .strict(),
    z.object({ machine: z.object({ name: z.string().optional(), state: machineState, ip: z.string().optional() }).strict() }).strict(),
    z.object({ shell: z.object({ host: z.string().optional(), user: z.string().optional() }).strict() }).strict(),
    z.object({ ran: regex }).strict(),
    z
      .object({
        package: z
          .object({
            host: z.string().min(1),
            name: z.string().min(1),
            version: z.string().optional(),
            installed: z.boolean().optional(),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        unit: z
          .object({
            host: z.string().min(1),
            name: z.string().min(1),
            active: z.boolean().optional(),
            enabled: z.boolean().optional(),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        deployment: z
          .object({
            name: z.string().min(1),
            namespace: z.string().optional(),
            exists: z.boolean().optional(),
            replicas: z.number().int().nonnegative().optional(),
            ready: z.number().int().nonnegative().optional(),
            image: z.string().optional(),
            revision: z.number().int().positive().optional(),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        pods: z
          .object({
            namespace: z.string().optional(),
            selector: labels.optional(),
            prefix: z.string().optional(),
            phase: z.string().optional(),
            node: z.string().optional(),
            image: z.string().optional(),
            count: z.number().int().nonnegative().optional(),
            min: z.number().int().nonnegative().optional(),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        service: z
          .object({
            name: z.string().min(1),
            namespace: z.string().optional(),
            exists: z.boolean().optional(),
            type: z.string().optional(),
            /** How many ready pod addresses its Endpoints list (kubectl get endpoints). */
            endpoints: z.number().int().nonnegative().optional(),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        pdb: z
          .object({
            name: z.string().min(1),
            namespace: z.string().optional(),
            exists: z.boolean().optional(),
            minAvailable: z.union([z.number(), z.string()]).optional(),
            maxUnavailable: z.union([z.number(), z.string()]).optional(),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        configmap: z
          .object({
            name: z.string().min(1),
            namespace: z.string().optional(),
            exists: z.boolean().optional(),
            /** Keys it must hold (under data or binaryData); others may be there too. */
            keys: z.array(z.string().min(1)).min(1).optional(),
            /** Values some keys must hold. */
            data: z.record(z.string(), z.string()).optional(),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        secret: z
          .object({
            name: z.string().min(1),
            namespace: z.string().optional(),
            exists: z.boolean().optional(),
            keys: z.array(z.string().min(1)).min(1).optional(),
            /** Opaque, kubernetes.io/tls, … */
            type: z.string().optional(),
          })
          .strict(),
      })
      .strict(),
    z
      .object({
        node: z
          .object({
            name: z.string().min(1),
            ready: z.boolean().optional(),
            schedulable: z.boolean().optional(),
            version: z.string().optional(),
          })
          .strict(),
      })
      .strict(),
    z.object({ all: z.array(checkSchema).min(1) }).strict(),
    z.object({ any: z.array(checkSchema).min(1) }).strict(),
    z.object({ not: checkSchema }).strict(),
  ]),
);

const fileSpec = z
  .object({
    /** Host id; the lab's starting host when absent. */
    host: z.string().optional(),
    path: z.string().min(1),
    content: z.string(),
  })
  .strict();

export const stepSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'step ids are lower-case words joined by hyphens'),
    title: text,
    narration: text,
    /** What the replay does, in order. */
    commands: z.array(actionSchema).min(1, 'a step needs at least one command'),
    check: checkSchema,
    hints: z.array(text).min(1, 'give at least one hint'),
    /** What "show me" offers; the commands when absent. */
    solution: z.array(actionSchema).min(1).optional(),
  })
  .strict();
export type LabStep = z.infer<typeof stepSchema>;

export const labSchema = z
  .object({
    title: text,
    summary: text,
    start: z
      .object({
        /** A lab of the simulated world: host, nodes, cluster, … */
        lab: z.string().min(1),
        files: z.array(fileSpec).default([]),
      })
      .strict(),
    steps: z.array(stepSchema).min(1, 'a lab needs at least one step'),
  })
  .strict()
  .superRefine((lab, ctx) => {
    const seen = new Set<string>();
    lab.steps.forEach((step, i) => {
      if (seen.has(step.id)) {
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'id'], message: `duplicate step id "${step.id}"` });
      }
      seen.add(step.id);
    });
  });
export type LabScript = z.infer<typeof labSchema>;


/** Readable list of problems for a file that fails validation: `steps.2.check.machine.state: …`. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Grading with command answers judged by the simulator's parsers: see grading.ts. */
import { useCommandJudge } from './grading';
import { sameCommand } from './command';

useCommandJudge(sameCommand);

export * from './grading';

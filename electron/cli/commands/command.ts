// The shape of one subcommand module, and the wrapper that turns what an action throws into a message and exit code.
import type { Command } from 'commander';
import { describeFailure, type CliContext } from '../context';

/** Receives the exit code of the command that ran. */
export type Done = (exitCode: number) => void;

export interface CliCommand {
  readonly name: string;
  /** Adds the subcommand to `program`. */
  register(program: Command, ctx: CliContext, done: Done): void;
}

/** Runs a command's work; a failure is printed (translated) on stderr and becomes the exit code. */
export async function runAction(ctx: CliContext, done: Done, work: () => Promise<number> | number): Promise<void> {
  try {
    done(await work());
  } catch (error) {
    const failure = describeFailure(ctx, error);
    ctx.io.err(failure.message);
    for (const line of failure.details) ctx.io.err(line);
    done(failure.exitCode);
  }
}

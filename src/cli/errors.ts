// Typed errors that carry their exit code, so every failure ends in one line and the right status.

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export class NewsfactsError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The command line itself is wrong: bad option, unknown format. Exit 2. */
export class UsageError extends NewsfactsError {
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

/** One input could not be read or processed; the batch goes on. Exit 1 at the end. */
export class InputError extends NewsfactsError {
  constructor(
    readonly source: string,
    problem: string,
  ) {
    super(`${source}: ${problem}`, EXIT_FAILURE);
  }
}

/** The message of anything thrown, without a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

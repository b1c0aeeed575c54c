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

/** A problem that stops a command from doing its job: one line on stderr, exit code 2 (CLI.md). */
export class UsageError extends Error {}

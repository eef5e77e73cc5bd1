/** The command line was not understood: exit 2, with the usage. */
export class UsageError extends Error {}

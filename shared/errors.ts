/**
 * An error whose message is meant for the user: one Chinese sentence naming the problem and its place. The one
 * type every layer throws for what the user can act on (a report that cannot be summed, a source that is no report,
 * a register that cannot be counted); the IPC hub, the command line and the shells show its message as it is, and
 * anything else as a general failure without a stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** An error whose message is meant for the user: one Chinese sentence naming the problem and its place. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The services throw the one user-error type of shared/ (shared/errors.ts). */
export { UserError } from '../../shared/errors';

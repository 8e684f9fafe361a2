// Errors a client may see. Each carries an `extensions.code`; everything else is masked by Yoga
// (see maskError in src/server.ts) so stack traces and Cypher never leave the server.
import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'DATABASE_UNAVAILABLE' | 'TIMEOUT';

export function clientError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string) => clientError('BAD_USER_INPUT', message);
export const notFound = (message: string) => clientError('NOT_FOUND', message);
export const unauthenticated = (message: string) => clientError('UNAUTHENTICATED', message);

import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { InvalidInputException } from '@app/common';
import { runWithRequestId } from '@app/logging';
import { graphqlErrorFormatter } from './error-format';

/** An error as graphql-js reports one thrown by a resolver at `path`. */
const fromResolver = (original: Error) => new GraphQLError(original.message, { path: ['contacts', 0, 'interactions'], originalError: original });

describe('GraphQL error formatting', () => {
  const format = graphqlErrorFormatter({ suggestions: false });
  let logged: jest.SpyInstance;
  beforeEach(() => {
    logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('maps a domain error that reached Apollo unfiltered like the exception filter does', () => {
    const error = fromResolver(InvalidInputException.field('limit', 'must be between 1 and 200'));
    const formatted = format({ message: error.message, path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({
      message: 'limit: must be between 1 and 200',
      path: ['contacts', 0, 'interactions'],
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'limit', message: 'must be between 1 and 200' }] },
    });
  });

  it('hides and logs anything unexpected, with a reference', () => {
    const error = fromResolver(new Error('relation "secret_table" does not exist'));
    const formatted = format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted.message).not.toMatch(/secret_table/);
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reference: expect.any(String) });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('secret_table'));

    const nonNull = new GraphQLError('Cannot return null for non-nullable field Contact.name.', { path: ['contact', 'name'] });
    const hidden = format({ message: nonNull.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, nonNull);
    expect(hidden.message).toMatch(/^Internal error \(reference \w+\)/);
  });

  it('names the request id in an unexpected error, so that the user can quote it', () => {
    const error = fromResolver(new Error('boom'));
    const formatted = runWithRequestId('req-42', () => format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error));
    expect(formatted.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reference: expect.any(String), requestId: 'req-42' });
    expect(format({ message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error).extensions).not.toHaveProperty('requestId');
  });

  it('keeps the code our validation rules set, which Apollo replaces', () => {
    const ours = new GraphQLError('Query depth limit of 10 exceeded, found 11.', { extensions: { code: 'QUERY_TOO_DEEP', maximumDepth: 10 } });
    const asApolloReportsIt = new GraphQLError(ours.message, { originalError: ours, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maximumDepth: 10 } });
    expect(format({ message: ours.message, extensions: asApolloReportsIt.extensions }, asApolloReportsIt).extensions).toEqual({
      code: 'QUERY_TOO_DEEP',
      maximumDepth: 10,
    });
  });

  it('drops "Did you mean" hints when introspection is off, and keeps them otherwise', () => {
    const message = 'Cannot query field "contactz" on type "Query". Did you mean "contact" or "contacts"?';
    const error = new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format({ message, extensions: error.extensions }, error).message).toBe('Cannot query field "contactz" on type "Query".');
    expect(graphqlErrorFormatter({ suggestions: true })({ message, extensions: error.extensions }, error).message).toBe(message);
  });
});

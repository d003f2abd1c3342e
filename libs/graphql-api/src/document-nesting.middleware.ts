import { Injectable, NestMiddleware } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { documentNestingError } from './document-nesting';

interface GraphqlHttpRequest {
  body?: unknown;
  query?: unknown;
}

interface JsonResponse {
  status(code: number): JsonResponse;
  type(contentType: string): JsonResponse;
  send(body: string): void;
}

/** The `query` of a GraphQL-over-HTTP request: the JSON body's for POST, the URL's for GET. */
function sourceOf(req: GraphqlHttpRequest): string | null {
  for (const params of [req.body, req.query]) {
    const query = params && typeof params === 'object' && 'query' in params ? params.query : undefined;
    if (typeof query === 'string') return query;
  }
  return null;
}

/**
 * Refuses documents nested too deep for the (recursive) graphql-js parser
 * before Apollo parses them. It has to run ahead of Apollo: Apollo answers
 * any error raised before parsing with a 500, and has no hook that may
 * refuse a request between reading its source and parsing it.
 */
@Injectable()
export class DocumentNestingMiddleware implements NestMiddleware {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  use(req: GraphqlHttpRequest, res: JsonResponse, next: () => void): void {
    const source = sourceOf(req);
    const error = source === null ? null : documentNestingError(this.schemaHost.schema, source);
    if (!error) return next();
    const { http: _http, ...extensions } = error.extensions;
    res
      .status(400)
      .type('application/json')
      .send(JSON.stringify({ errors: [{ message: error.message, extensions }] }));
  }
}

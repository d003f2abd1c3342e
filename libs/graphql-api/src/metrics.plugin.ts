import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { LabelCap, Metrics } from '@app/metrics';

/** Distinct operation names and error codes kept as labels; past these, "other". */
const MAX_OPERATION_NAMES = 200;
const MAX_ERROR_CODES = 50;

/**
 * Times each GraphQL operation by name and type, and counts the errors of
 * its answer by code, as the client receives them (after formatError).
 * Names come from clients, so they are capped: a name that is not a plain
 * identifier, or one beyond the first MAX_OPERATION_NAMES, counts as "other".
 */
@Plugin()
export class MetricsPlugin implements ApolloServerPlugin {
  private readonly operationNames = new LabelCap(/^[A-Za-z_]\w{0,63}$/, MAX_OPERATION_NAMES);
  private readonly errorCodes = new LabelCap(/^[A-Z][A-Z0-9_]{0,63}$/, MAX_ERROR_CODES);

  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const stop = this.metrics.graphqlOperationDuration.startTimer();
    return {
      willSendResponse: async ({ request, operation, operationName, response }) => {
        const name = operationName ?? request.operationName;
        stop({ operation_name: name ? this.operationNames.label(name) : 'anonymous', operation_type: operation?.operation ?? 'unknown' });
        if (response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          const code = error.extensions?.code;
          this.metrics.graphqlErrors.inc({ code: typeof code === 'string' ? this.errorCodes.label(code) : 'none' });
        }
      },
    };
  }
}

import { DataSource } from 'typeorm';

/**
 * Counts the SQL statements the app sends. TypeORM hands every statement to
 * `dataSource.logger.logQuery` before running it, whatever the logging
 * settings, so wrapping that one method sees them all.
 */
export function countStatements(dataSource: DataSource): { readonly count: number; reset(): void; statements: string[] } {
  const statements: string[] = [];
  const logger = dataSource.logger;
  const original = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return original(query, parameters, runner);
  };
  return {
    get count() {
      return statements.length;
    },
    reset: () => void statements.splice(0),
    statements,
  };
}

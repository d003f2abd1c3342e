import { DataSource, DataSourceOptions } from 'typeorm';
import { buildDataSourceOptions } from '@app/database';
import { MIGRATIONS } from '../../../migrations';
import { ENTITIES } from './entities';

export function appDataSourceOptions(url: string, poolSize = 10, applicationName = 'topofmind', statementTimeoutMs = 0): DataSourceOptions {
  return buildDataSourceOptions({ url, poolSize, entities: ENTITIES, migrations: MIGRATIONS, applicationName, statementTimeoutMs });
}

export function createAppDataSource(url: string, poolSize?: number, applicationName?: string): DataSource {
  return new DataSource(appDataSourceOptions(url, poolSize, applicationName));
}

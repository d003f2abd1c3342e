import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/** Property names of `T` whose values are of type `V` (e.g. the uuid columns of an entity). */
export type KeysOfType<T, V> = { [K in keyof T]-?: T[K] extends V ? K : never }[keyof T] & string;

/** A row read with `EntitySql.select`: the entity's properties, as plain data. */
export type RowOf<T, K extends keyof T> = { [P in K]: T[P] };

/**
 * Hand-written SQL for one entity with its table and column names taken from
 * TypeORM's metadata, for reads too hot for entity hydration. Properties are
 * named by key, so renaming one fails to compile, and a renamed column
 * follows the entity. Rows come back under their property names, the shape
 * of the entity, as pg parses them: `date` columns are read as text
 * ("YYYY-MM-DD", as TypeORM hands them out) rather than as midnight Dates.
 */
export class EntitySql<T extends ObjectLiteral> {
  /** The table's name, as SQL. */
  readonly table: string;
  private readonly columns: Map<string, ColumnMetadata>;

  constructor(dataSource: DataSource, entity: EntityTarget<T>) {
    const metadata = dataSource.getMetadata(entity);
    this.table = metadata.tablePath;
    this.columns = new Map(metadata.columns.map((c) => [c.propertyName, c]));
  }

  /** Every column property of the entity (relations excluded), in metadata order. */
  get properties(): (keyof T & string)[] {
    return [...this.columns.keys()] as (keyof T & string)[];
  }

  /** The database name of a column, qualified with `alias` when given. */
  column(property: keyof T & string, alias?: string): string {
    const column = this.columns.get(property);
    if (!column) throw new Error(`${this.table} has no column for the property ${property}`);
    return alias ? `${alias}.${column.databaseName}` : column.databaseName;
  }

  /** `alias.column AS "property", …`: a select list whose rows are `RowOf<T, K>`. */
  select<K extends keyof T & string>(alias: string, properties: readonly K[]): string {
    return properties
      .map((property) => {
        const sql = this.column(property, alias);
        return `${this.columns.get(property)?.type === 'date' ? `CAST(${sql} AS text)` : sql} AS "${property}"`;
      })
      .join(', ');
  }
}

import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { createTestDatabase, type TestDatabase } from './support/database';

interface DbColumn {
  table: string;
  column: string;
  type: string;
  nullable: boolean;
  length: number | null;
}

const TYPE_ALIASES: Record<string, string> = {
  uuid: 'uuid',
  varchar: 'character varying',
  'character varying': 'character varying',
  text: 'text',
  boolean: 'boolean',
  integer: 'integer',
  int: 'integer',
  timestamptz: 'timestamp with time zone',
  'timestamp with time zone': 'timestamp with time zone',
  jsonb: 'jsonb',
  bigint: 'bigint',
  date: 'date',
  smallint: 'smallint',
  numeric: 'numeric',
};

/** Entities and migrations must describe the same tables, columns and named indexes. */
describe('entities and migrations agree', () => {
  let db: TestDatabase;
  let ds: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    ds = new DataSource(dataSourceOptions(db.ownerUrl));
    await ds.initialize();
  });
  afterAll(async () => {
    await ds.destroy();
    await db.drop();
  });

  it('has every entity column in the migrated database with the same type, length and nullability, and nothing more', async () => {
    const rows: DbColumn[] = await ds.query(`
      SELECT table_name AS table, column_name AS column,
             CASE WHEN data_type = 'ARRAY' THEN udt_name ELSE data_type END AS type,
             is_nullable = 'YES' AS nullable, character_maximum_length AS length
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    const fromDb = rows.map((r) => `${r.table}.${r.column}: ${r.type}${r.length ? `(${r.length})` : ''}${r.nullable ? ' null' : ''}`).sort();
    const fromEntities = ds.entityMetadatas
      .flatMap((m) =>
        m.columns.map((c) => {
          const raw =
            typeof c.type === 'string' ? c.type : c.type === Number ? 'integer' : c.type === Boolean ? 'boolean' : c.type === Date ? 'timestamptz' : 'text';
          // An array column reads as its element type's array name (uuid[] is _uuid).
          const type = c.isArray ? `_${raw}` : c.isVersion ? 'integer' : c.isGenerated && c.generationStrategy === 'uuid' ? 'uuid' : (TYPE_ALIASES[raw] ?? raw);
          const length = c.length ? `(${c.length})` : '';
          return `${m.tableName}.${c.databaseName}: ${type}${length}${c.isNullable ? ' null' : ''}`;
        }),
      )
      .sort();
    expect(fromDb).toEqual(fromEntities);
  });

  it('has every index an entity names', async () => {
    const indexes: { indexname: string }[] = await ds.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`);
    const names = new Set(indexes.map((i) => i.indexname));
    const wanted = ds.entityMetadatas.flatMap((m) => m.indices.map((i) => i.name)).filter((n) => !/^IDX_[0-9a-f]+$/.test(n));
    expect(wanted.length).toBeGreaterThan(5);
    expect(wanted.filter((n) => !names.has(n))).toEqual([]);
  });

  it('has no pending migration', async () => {
    expect(await ds.showMigrations()).toBe(false);
  });
});

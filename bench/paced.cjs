// An evenly paced, open-loop load: request i is due at start + i / rate, sent when due whether or
// not earlier ones have been answered, and its latency counts from when it was due (so a late
// client or a queue in the server both show in it). This is what "N requests per second sustained"
// means; autocannon's overallRate instead lets every connection send its share of each second as
// fast as it can at the start of the second, then wait: bursts as deep as the connection count.
const http = require('node:http');
const { percentile, sleep } = require('./lib.cjs');

/**
 * @param {object} o url, rate (per second), durationS, next() → {headers, body} for each request,
 *   onResponse(status, body)
 */
async function pacedLoad(o) {
  const target = new URL(o.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const total = Math.round(o.rate * o.durationS);
  const latencies = [];
  let non2xx = 0;
  let errors = 0;
  const answered = [];
  const start = performance.now();
  const send = (due) =>
    new Promise((resolve) => {
      const { headers, body } = o.next();
      const req = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            latencies.push(performance.now() - due);
            if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
            o.onResponse(res.statusCode, Buffer.concat(chunks).toString('utf8'));
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  for (let i = 0; i < total;) {
    const now = performance.now();
    while (i < total && start + (i * 1000) / o.rate <= now) answered.push(send(start + (i++ * 1000) / o.rate));
    if (i < total) await sleep(Math.max(0, Math.min(1, start + (i * 1000) / o.rate - performance.now())));
  }
  await Promise.all(answered);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    connections: null,
    seconds,
    ok: latencies.length - non2xx,
    rps: (latencies.length - non2xx) / seconds,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
    max: Math.max(...latencies),
    non2xx,
    errors,
    timeouts: 0,
  };
}

module.exports = { pacedLoad };

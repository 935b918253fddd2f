// One load run with autocannon against 127.0.0.1. Latencies are taken from autocannon's per-response
// event in fractional milliseconds (its own histogram keeps whole milliseconds only, too coarse for
// requests of a few ms), successful (2xx) responses only.
const { percentile } = require('./lib.cjs');

function autocannon() {
  return require('autocannon');
}

/**
 * @param {object} o url, connections, durationS, and either body (fixed request) or requests
 *   (autocannon request objects, e.g. with setupRequest/onResponse); overallRate caps the rate.
 */
function load(o) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(o.url)) throw new Error(`load only to 127.0.0.1, not ${o.url}`);
  return new Promise((resolve, reject) => {
    const samples = [];
    const started = Date.now();
    const instance = autocannon()(
      {
        url: o.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(o.headers ?? {}) },
        body: o.body,
        requests: o.requests,
        connections: o.connections,
        duration: o.durationS,
        overallRate: o.overallRate,
        timeout: 10,
      },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (Date.now() - started) / 1000;
        resolve({
          connections: o.connections,
          overallRate: o.overallRate ?? null,
          seconds,
          ok: samples.length,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          rps: samples.length / seconds,
          p50: percentile(samples, 50),
          p90: percentile(samples, 90),
          p99: percentile(samples, 99),
          max: Math.max(...samples),
          bytesPerResponse: result.requests.total ? result.throughput.total / result.requests.total : 0,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode >= 200 && statusCode < 300) samples.push(responseTime);
    });
  });
}

module.exports = { load };

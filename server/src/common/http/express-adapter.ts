import * as http from 'node:http';
import type { NestApplicationOptions } from '@nestjs/common';
import { ExpressAdapter } from '@nestjs/platform-express';
import type { Express } from 'express';

type Callable = (this: object, first: unknown, second: unknown) => void;

/**
 * A constructor for Node's HTTP server that makes instances of Base with `prototype` (which inherits
 * from Base.prototype) as their prototype, running Base's body on them the way Node's own
 * constructors call their parents'. Null when Base is a class, whose body cannot be called so.
 * (Reflect.construct with a new.target would work for classes too, but kept less than half of the
 * gain described below: 14 full collections against 6 over the same report load.)
 */
function constructingWith<C extends new (...args: never[]) => object>(Base: C, prototype: object): C | null {
  if (Function.prototype.toString.call(Base).startsWith('class')) return null;
  function Construct(this: object, first: unknown, second: unknown): void {
    (Base as unknown as Callable).call(this, first, second);
  }
  Construct.prototype = prototype;
  return Construct as unknown as C;
}

/**
 * Nest's Express adapter, with an HTTP server that creates each request and response with the
 * Express app's prototypes (app.request, app.response) from the start.
 *
 * Why: Express gives every request and response a new prototype (`Object.setPrototypeOf` in
 * app.handle). Under 500 reports per second, with that call, what the middleware hangs on each
 * request reached V8's old generation (its sampling heap profiler: the allocations of the request
 * logger, compression, cookie parser and router first): a full garbage collection every ~2.7 s, with
 * the report load's latency spikes lined up with them. With the prototype already the one Express
 * sets, that call changes nothing: about a quarter of the full collections, 0.8 instead of 1.1 ms of
 * server CPU per report, p99 ~8–19 instead of ~42–135 ms (docs/benchmarks.md).
 * The options this does not handle (HTTPS, connection tracking, 503 on closing) keep Nest's own server.
 */
export class PrototypedExpressAdapter extends ExpressAdapter {
  override initHttpServer(options: NestApplicationOptions): void {
    const app = this.getInstance<Express>();
    const IncomingMessage = constructingWith<typeof http.IncomingMessage>(http.IncomingMessage, app.request);
    const ServerResponse = constructingWith<typeof http.ServerResponse>(http.ServerResponse, app.response);
    if (options.httpsOptions || options.forceCloseConnections || options.return503OnClosing || !IncomingMessage || !ServerResponse) {
      super.initHttpServer(options);
      return;
    }
    this.httpServer = http.createServer({ IncomingMessage, ServerResponse }, app);
  }
}

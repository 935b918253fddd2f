/**
 * For tests of work spread over animation frames: requestAnimationFrame only queues its callback
 * and performance.now() reads a clock the test moves (`frames.now += 3`). Call inside a describe;
 * it starts afresh before each test and restores the real functions after.
 */
export function handDrivenFrames() {
  const frames = {
    queue: [] as FrameRequestCallback[],
    now: 0,
    /** Runs queued frames, and those they queue, until none is left. */
    runAll() {
      while (frames.queue.length) frames.queue.shift()!(frames.now);
    },
    /** Runs the frame queued last, leaving the queue as it is. */
    runLast() {
      frames.queue[frames.queue.length - 1](frames.now);
    },
  };
  beforeEach(() => {
    frames.queue = [];
    frames.now = 0;
    jest.spyOn(performance, 'now').mockImplementation(() => frames.now);
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.queue.push(callback));
  });
  afterEach(() => jest.restoreAllMocks());
  return frames;
}

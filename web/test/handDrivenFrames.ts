/** A clock and a frame queue the test drives by hand. */
export interface HandDrivenFrames {
  queue: FrameRequestCallback[];
  now: number;
  /**
   * Runs one frame: the callbacks queued so far, each with the frame's start (the clock as the
   * frame begins, or `startedAt` for a frame the page began earlier) as browsers pass it. What they
   * queue waits for the next frame.
   */
  runFrame(startedAt?: number): void;
  /** Runs frames until nothing is queued. */
  runAll(): void;
}

/**
 * For tests of work spread over animation frames: requestAnimationFrame only queues its callback
 * and performance.now() reads a clock the test moves (`frames.now += 3`). Call inside a describe;
 * it starts afresh before each test and restores the real functions after.
 */
export function handDrivenFrames(): HandDrivenFrames {
  const frames: HandDrivenFrames = {
    queue: [],
    now: 0,
    runFrame(startedAt = frames.now) {
      for (const callback of frames.queue.splice(0)) callback(startedAt);
    },
    runAll() {
      while (frames.queue.length) frames.runFrame();
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

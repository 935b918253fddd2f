import { runInFrames } from './runInFrames';

describe('runInFrames', () => {
  let now: number;
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    now = 0;
    frames = [];
    jest.spyOn(performance, 'now').mockImplementation(() => now);
    jest.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    // A frame queued before a cancel may still run: the runner must not rely on the cancel.
    jest.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());
  const nextFrame = () => frames[frames.length - 1](now);

  it('does the first batch at once and the rest over later frames, within the budget each', () => {
    const done: number[] = [];
    const onDone = jest.fn();
    // Each item takes 3 ms: two fit in a budget of 5 ms (the second starts at 3 ms), then a frame.
    runInFrames(
      [1, 2, 3, 4, 5],
      (item) => {
        done.push(item);
        now += 3;
      },
      { budgetMs: 5, onDone },
    );
    expect(done).toEqual([1, 2]);
    expect(frames).toHaveLength(1);
    nextFrame();
    expect(done).toEqual([1, 2, 3, 4]);
    expect(onDone).not.toHaveBeenCalled();
    nextFrame();
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(2);
  });

  it('does at least one item per frame however slow, and stops when cancelled', () => {
    const done: number[] = [];
    const onDone = jest.fn();
    const cancel = runInFrames(
      [1, 2, 3],
      (item) => {
        done.push(item);
        now += 100;
      },
      { budgetMs: 5, onDone },
    );
    expect(done).toEqual([1]);
    nextFrame();
    expect(done).toEqual([1, 2]);
    cancel();
    nextFrame();
    expect(done).toEqual([1, 2]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('is done at once with nothing to do', () => {
    const onDone = jest.fn();
    runInFrames([], () => undefined, { onDone });
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(frames).toHaveLength(0);
  });
});

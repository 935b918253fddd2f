import { handDrivenFrames } from './handDrivenFrames';
import { runInFrames } from './runInFrames';

describe('runInFrames', () => {
  const frames = handDrivenFrames();
  beforeEach(() => {
    // A frame queued before a cancel may still run: the runner must not rely on the cancel.
    jest.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  });
  const nextFrame = () => frames.runLast();

  it('does the first batch at once and the rest over later frames, within the budget each', () => {
    const done: number[] = [];
    const onDone = jest.fn();
    // Each item takes 3 ms: two fit in a budget of 5 ms (the second starts at 3 ms), then a frame.
    runInFrames(
      [1, 2, 3, 4, 5],
      (item) => {
        done.push(item);
        frames.now += 3;
      },
      { budgetMs: 5, onDone },
    );
    expect(done).toEqual([1, 2]);
    expect(frames.queue).toHaveLength(1);
    nextFrame();
    expect(done).toEqual([1, 2, 3, 4]);
    expect(onDone).not.toHaveBeenCalled();
    nextFrame();
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(frames.queue).toHaveLength(2);
  });

  it('does at least one item per frame however slow, and stops when cancelled', () => {
    const done: number[] = [];
    const onDone = jest.fn();
    const cancel = runInFrames(
      [1, 2, 3],
      (item) => {
        done.push(item);
        frames.now += 100;
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
    expect(frames.queue).toHaveLength(0);
  });
});

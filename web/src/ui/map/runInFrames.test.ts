import { handDrivenFrames } from '../../../test/handDrivenFrames';
import { runInFrames } from './runInFrames';

describe('runInFrames', () => {
  const frames = handDrivenFrames();
  beforeEach(() => {
    // A frame queued before a cancel may still run: the runner must not rely on the cancel.
    jest.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
  });
  /** Work whose items each take `ms` on the test's clock, remembering which were done. */
  const timedWork = (ms: number) => {
    const done: number[] = [];
    return { done, work: (item: number) => (done.push(item), (frames.now += ms)) };
  };

  it('starts in the next frame, not in the task that asked, and spreads the rest within the budget of each frame', () => {
    const { done, work } = timedWork(3);
    const onDone = jest.fn();
    // Each item takes 3 ms: two fit in a budget of 5 ms (the second starts at 3 ms), then a frame.
    runInFrames([1, 2, 3, 4, 5], work, { budgetMs: 5, onDone });
    expect(done).toEqual([]);
    frames.runFrame();
    expect(done).toEqual([1, 2]);
    frames.runFrame();
    expect(done).toEqual([1, 2, 3, 4]);
    expect(onDone).not.toHaveBeenCalled();
    frames.runFrame();
    expect(done).toEqual([1, 2, 3, 4, 5]);
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(frames.queue).toHaveLength(0);
  });

  it('shares one frame budget between runners: the second gets what the first left, at least one item', () => {
    const first = timedWork(3);
    const second = timedWork(3);
    runInFrames([1, 2, 3, 4, 5], first.work, { budgetMs: 5 });
    runInFrames([10, 20, 30], second.work, { budgetMs: 5 });
    frames.runFrame();
    expect(first.done).toEqual([1, 2]);
    expect(second.done).toEqual([10]);
  });

  it('does one item in a frame the page has already spent beyond the budget (a long React render before it)', () => {
    const { done, work } = timedWork(1);
    runInFrames([1, 2, 3, 4, 5, 6, 7, 8], work, { budgetMs: 5 });
    frames.now = 30;
    frames.runFrame(10);
    expect(done).toEqual([1]);
    frames.runFrame();
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('does at least one item per frame however slow, and stops when cancelled', () => {
    const { done, work } = timedWork(100);
    const onDone = jest.fn();
    const cancel = runInFrames([1, 2, 3], work, { budgetMs: 5, onDone });
    frames.runFrame();
    expect(done).toEqual([1]);
    frames.runFrame();
    expect(done).toEqual([1, 2]);
    cancel();
    frames.runFrame();
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

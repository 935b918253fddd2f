import { tileHealth } from './tileHealth';

describe('tileHealth', () => {
  it('tells once that the tiles are unreachable after errors in a row, not after a missing tile now and then', () => {
    const unreachable = jest.fn();
    const health = tileHealth(unreachable, 3);
    health.failed();
    health.failed();
    health.loaded();
    health.failed();
    health.failed();
    expect(unreachable).not.toHaveBeenCalled();
    health.failed();
    health.failed();
    expect(unreachable).toHaveBeenCalledTimes(1);
  });
});

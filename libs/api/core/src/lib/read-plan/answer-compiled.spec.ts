import { shapeComputed } from './answer-compiled';

describe('shapeComputed', () => {
  it('shapes a kept (frozen) value once per selection, and anything else every time', () => {
    let calls = 0;
    const shape = (value: unknown) => {
      calls++;
      return (value as { n: number }[]).map((v) => ({ n: v.n }));
    };
    const other = (value: unknown) => {
      calls++;
      return (value as unknown[]).length;
    };
    const kept = Object.freeze([Object.freeze({ n: 1 }), Object.freeze({ n: 2 })]);
    const first = shapeComputed(shape, kept);
    expect(shapeComputed(shape, kept)).toBe(first);
    expect(first).toEqual([{ n: 1 }, { n: 2 }]);
    expect(calls).toBe(1);
    expect(shapeComputed(other, kept)).toBe(2);
    expect(calls).toBe(2);
    const fresh = [{ n: 3 }];
    expect(shapeComputed(shape, fresh)).not.toBe(shapeComputed(shape, fresh));
    expect(calls).toBe(4);
  });
});

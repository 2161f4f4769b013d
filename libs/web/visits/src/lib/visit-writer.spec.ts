import { VisitWriter } from './visit-writer';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('VisitWriter', () => {
  it('sends one write at a time, each with the version the previous one returned', async () => {
    const writer = new VisitWriter(3);
    const seen: number[] = [];
    const write = (label: string) =>
      writer.run(async (version) => {
        seen.push(version);
        await tick();
        return { result: label, version: version + 1 };
      });
    const results = await Promise.all([write('plan'), write('answers'), write('submit')]);
    expect(results).toEqual(['plan', 'answers', 'submit']);
    expect(seen).toEqual([3, 4, 5]);
    expect(writer.version).toBe(6);
  });

  it('keeps the version when a write fails, and goes on with the next', async () => {
    const writer = new VisitWriter(1);
    await expect(writer.run(async () => Promise.reject(new Error('CONFLICT')))).rejects.toThrow('CONFLICT');
    expect(writer.version).toBe(1);
    await expect(writer.run(async (version) => ({ result: version, version: version + 1 }))).resolves.toBe(1);
    expect(writer.version).toBe(2);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_NODE_MAJOR, runtimeProblem } from './runtime';

const ROOT = join(__dirname, '../../../../../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the Node runtime', () => {
  it('refuses Node lines older than the minimum, naming the version', () => {
    expect(runtimeProblem('20.20.2')).toMatch(/^Node 20\.20\.2 is too old: Kijkje runs on Node 24 LTS or newer/);
    expect(runtimeProblem('22.22.0')).toMatch(/Node 22\.22\.0 is too old/);
    expect(runtimeProblem('24.0.0')).toBeNull();
    expect(runtimeProblem('26.1.0')).toBeNull();
  });

  it('these tests themselves run on it (npm test runs Jest on the Node from node_modules)', () => {
    expect(runtimeProblem()).toBeNull();
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(MIN_NODE_MAJOR);
  });

  it('package.json engines, the pinned node dependency, .nvmrc and every Dockerfile stage say the same line', () => {
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.engines.node).toBe(`>=${MIN_NODE_MAJOR}`);
    expect(pkg.devDependencies.node).toMatch(new RegExp(`^${MIN_NODE_MAJOR}\\.\\d+\\.\\d+$`));
    expect(read('.nvmrc').trim()).toBe(String(MIN_NODE_MAJOR));
    const stages = [...read('Dockerfile').matchAll(/^FROM (\S+)/gm)].map(([, image]) => image);
    expect(stages.length).toBeGreaterThan(0);
    for (const image of stages) expect(image).toMatch(new RegExp(`^node:${MIN_NODE_MAJOR}-`));
  });
});

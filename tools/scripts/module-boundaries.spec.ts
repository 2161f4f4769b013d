import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The web app's contexts are bound by the same lint rules as the API's: arrows point down the life
 * cycle, the web never reaches into the API, shared UI never reaches into data. Each case lints a
 * small fixture as if it were a file in the named library.
 */
const root = join(__dirname, '..', '..');

const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };

/** ESLint as `npm run lint` runs it (its own process: the config is an ES module), fed the fixture on stdin. */
async function boundaryErrors(file: string, source: string): Promise<string[]> {
  let output: string;
  try {
    // The fixture is not on disk, so no tsconfig holds it: lint it without type information.
    const untyped = [
      '--parser-options',
      'projectService:false',
      '--rule',
      '@typescript-eslint/no-floating-promises: off',
      '--rule',
      '@typescript-eslint/no-misused-promises: off',
    ];
    output = execFileSync(bin('eslint'), ['--format', 'json', ...untyped, '--stdin', '--stdin-filename', join(root, file)], {
      cwd: root,
      env,
      input: source,
      encoding: 'utf8',
    });
  } catch (error) {
    // Exit code 1: lint errors, the report is still on stdout.
    output = (error as { stdout: string }).stdout;
  }
  const [result] = JSON.parse(output) as { messages: { ruleId: string | null; message: string; fatal?: boolean }[] }[];
  // A fixture that does not even parse proves nothing either way.
  expect(result.messages.filter((m) => m.fatal)).toEqual([]);
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

beforeAll(() => {
  // The rule reads the cached project graph, as `npm run lint` does.
  execFileSync(bin('nx'), ['show', 'projects'], { cwd: root, env });
}, 120_000);

describe('module boundaries of the web app', () => {
  it('refuses a programme page that imports from harvests (up the life cycle)', async () => {
    const errors = await boundaryErrors(
      'libs/web/programmes/src/lib/fixture.ts',
      "import { HarvestsPage } from '@kijkje/web/harvests';\nexport const x = HarvestsPage;\n",
    );
    expect(errors.join('\n')).toMatch(/ctx:programmes.*can not depend on.*ctx:harvests/s);
  });

  it('refuses visits importing findings', async () => {
    const errors = await boundaryErrors(
      'libs/web/visits/src/lib/fixture.ts',
      "import { FindingsBoardPage } from '@kijkje/web/findings';\nexport const x = FindingsBoardPage;\n",
    );
    expect(errors.join('\n')).toMatch(/ctx:visits.*can not depend on.*ctx:findings/s);
  });

  it('refuses a web library that imports an API library', async () => {
    const errors = await boundaryErrors(
      'libs/web/findings/src/lib/fixture.ts',
      "import { FindingsService } from '@kijkje/api/findings';\nexport const x = FindingsService;\n",
    );
    expect(errors.join('\n')).toMatch(/scope:web.*can only depend on.*scope:web.*scope:shared/s);
  });

  it('refuses shared UI that imports the data layer', async () => {
    const errors = await boundaryErrors('libs/web/ui/src/fixture.ts', "import { useSession } from '@kijkje/web/data-access';\nexport const x = useSession;\n");
    expect(errors.join('\n')).toMatch(/type:ui.*can only depend on/s);
  });

  it('refuses a relative import into another library', async () => {
    const errors = await boundaryErrors(
      'libs/web/rounds/src/lib/fixture.ts',
      "import { ProgrammesPage } from '../../../programmes/src/lib/programmes-page';\nexport const x = ProgrammesPage;\n",
    );
    expect(errors.join('\n')).toMatch(/relative or absolute path/);
  });

  it('allows reports to use findings (down the life cycle) and any feature to use ui and data-access', async () => {
    const errors = await boundaryErrors(
      'libs/web/reports/src/lib/fixture.ts',
      "import { FindingEditor } from '@kijkje/web/findings';\nimport { useSession } from '@kijkje/web/data-access';\nimport { LoadingState } from '@kijkje/web/ui';\nexport const x = [FindingEditor, useSession, LoadingState];\n",
    );
    expect(errors).toEqual([]);
  });
});

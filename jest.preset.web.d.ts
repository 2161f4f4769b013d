// Types of jest.preset.web.js for the project configs (jest.config.ts) that spread it.
import type { Config } from 'jest';

declare const preset: Config;
export default preset;

/** One Jest run over every workspace, so CI reads one summary. */
const swc = (tsx) => [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];
/** ESM-only packages the server loads (Nest 12; sanitize-html's HTML parser): SWC makes them CommonJS for Jest. */
const serverEsmPackages = ['/node_modules/(?!(@nestjs|htmlparser2|domhandler|domutils|dom-serializer|domelementtype|entities)/)'];
const sharedSource = { '^@flaskhals/shared$': '<rootDir>/shared/src/index.ts' };

module.exports = {
  maxWorkers: 2,
  // Per-project testTimeout is ignored by Jest 30; the browser tests raise theirs in web/e2e/support.ts.
  testTimeout: 30000,
  globalSetup: '<rootDir>/server/test/global-setup.cjs',
  globalTeardown: '<rootDir>/server/test/global-teardown.cjs',
  projects: [
    {
      displayName: 'shared',
      testMatch: ['<rootDir>/shared/src/**/*.test.ts'],
      transform: { '^.+\\.(ts|js|mjs)$': swc(false) },
    },
    {
      displayName: 'server',
      testMatch: ['<rootDir>/server/src/**/*.test.ts', '<rootDir>/server/test/**/*.test.ts'],
      transform: { '^.+\\.(ts|js|mjs)$': swc(false) },
      transformIgnorePatterns: serverEsmPackages,
      moduleNameMapper: sharedSource,
    },
    {
      displayName: 'web',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/web/src/**/*.test.{ts,tsx}'],
      transform: { '^.+\\.(ts|tsx|js|mjs)$': swc(true) },
      // ECharts and zrender ship ES modules only (the dashboard imports its parts from echarts/core).
      transformIgnorePatterns: ['/node_modules/(?!(react-leaflet|@react-leaflet|echarts|zrender)/)'],
      moduleNameMapper: {
        ...sharedSource,
        '\\.(css|png|svg)$': '<rootDir>/web/test/asset-stub.cjs',
      },
      setupFilesAfterEnv: ['<rootDir>/web/test/setup.ts'],
    },
    {
      displayName: 'browser',
      testMatch: ['<rootDir>/web/e2e/**/*.e2e.ts'],
      transform: { '^.+\\.(ts|js|mjs)$': swc(false) },
      transformIgnorePatterns: serverEsmPackages,
      moduleNameMapper: sharedSource,
    },
  ],
};

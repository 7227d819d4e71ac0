import packageJson from '../package.json';

// What ships to browsers is a short, reviewed list, pinned exactly. The Workbox modules are built into the
// service worker (dist/sw.js), so they ship too.
const allowedRuntimeDependencies = [
  '@tanstack/react-query',
  'react',
  'react-dom',
  'recharts',
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
  'zod',
];

it('has only the named runtime dependencies', () => {
  expect(Object.keys(packageJson.dependencies).sort()).toEqual(allowedRuntimeDependencies);
});

it('pins every dependency to an exact version', () => {
  const all = { ...packageJson.dependencies, ...packageJson.devDependencies } as Record<string, string>;
  const ranged = Object.entries(all).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
  expect(ranged).toEqual([]);
});

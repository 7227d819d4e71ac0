import packageJson from '../package.json';

// What ships to browsers is a short, reviewed list, pinned exactly (issue 6: runtime deps stay the named ones).
const allowedRuntimeDependencies = ['@tanstack/react-query', 'react', 'react-dom', 'recharts', 'zod'];

it('has only the named runtime dependencies', () => {
  expect(Object.keys(packageJson.dependencies).sort()).toEqual(allowedRuntimeDependencies);
});

it('pins every dependency to an exact version', () => {
  const all = { ...packageJson.dependencies, ...packageJson.devDependencies } as Record<string, string>;
  const ranged = Object.entries(all).filter(([, version]) => !/^\d+\.\d+\.\d+$/.test(version));
  expect(ranged).toEqual([]);
});

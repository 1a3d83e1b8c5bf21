/** The uncertainty of the Monte Carlo bench (monte-carlo-bench.ts and its memory child). */
import type { UncertaintySpec } from '../models/index';

export const benchSpec: UncertaintySpec = {
  shocks: [
    { indicator: 'gdp', sd: 0.02 },
    { indicator: 'income_urban', sd: 0.015 },
    { indicator: 'income_rural', sd: 0.015 },
  ],
  correlations: [
    { a: 'gdp', b: 'income_urban', rho: 0.8 },
    { a: 'gdp', b: 'income_rural', rho: 0.7 },
    { a: 'income_urban', b: 'income_rural', rho: 0.6 },
  ],
};

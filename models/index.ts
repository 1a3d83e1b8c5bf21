/** The public surface of models/: what the CLI, the renderer and workers import. */
export * from './plan-schema';
export * from './units';
export * from './validate-plan';
export * from './validation-messages';
export * from './projection';
export * from './targets';
export * from './growth-math';
export * from './solver';
export * from './consistency';
export * from './format';
export * from './export/csv';
export * from './export/export-tables';

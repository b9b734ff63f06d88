export { fitDailyModel, holm, type DailyModelOptions } from './fit-daily.js';
export { backfit, type BackfitModel, type BackfitOptions } from './backfit.js';
export { buildBaseDesign } from './design.js';
export { partialFTest, type GroupTest } from './group-test.js';
export { permutationImportance, type ImportanceOptions, type PermutationImportance } from './importance.js';
export { DEFAULT_MEDIA_GRID, fitMediaStep, mediaColumn, searchMediaTransforms, type MediaGrid } from './media-search.js';
export { roasPosterior, type RoasPosterior } from './roas-posterior.js';
export * from './types.js';

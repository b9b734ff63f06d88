export { fitDailyModel, type DailyModelOptions } from './fit-daily.js';
export { backfit, type BackfitModel, type BackfitOptions } from './backfit.js';
export { buildBaseDesign } from './design.js';
export { permutationImportance, type ImportanceOptions, type PermutationImportance } from './importance.js';
export { DEFAULT_MEDIA_GRID, fitMediaStep, mediaColumn, searchMediaTransforms, type MediaGrid } from './media-search.js';
export * from './types.js';

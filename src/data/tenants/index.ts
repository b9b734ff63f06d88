/** Weather brands (tenants): generator, checks and model validation. */
export { generateTenants, DEFAULT_DAYS, DEFAULT_START, TRAIN_SHARE, type GenerateTenantsOptions, type TenantsReport } from './generate.js';
export { tenantChecks } from './checks.js';
export { validateTenants, type ValidateTenantsOptions, type ValidationReport, type BrandValidation } from './validate.js';
export { BRANDS, BRAND_IDS, selectBrands } from './brands.js';
export { readIndex, readTruth, tenantsDir } from './read-files.js';
export { readBrandDaily, type BrandDaily } from './brand-data.js';
export type { GroundTruth } from './ground-truth.js';
export type { TenantsIndex } from './schemas.js';
export type { BrandSpec, Sensitivity, Tier, ChannelId, Affinity } from './types.js';

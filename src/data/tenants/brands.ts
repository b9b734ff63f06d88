/** The brand catalogue: one source of truth for every weather brand (tenant). */
import { MixError } from '../../errors.js';
import { HIGH_BRANDS } from './brands-high.js';
import { LOW_BRANDS, MEDIUM_BRANDS } from './brands-other.js';
import type { BrandSpec } from './types.js';

export const BRANDS: readonly BrandSpec[] = [...HIGH_BRANDS, ...MEDIUM_BRANDS, ...LOW_BRANDS];
export const BRAND_IDS: readonly string[] = BRANDS.map((b) => b.id);

/** The brands named by id (all when `ids` is empty or undefined), in catalogue order. */
export function selectBrands(ids?: readonly string[]): BrandSpec[] {
  if (!ids || ids.length === 0) return [...BRANDS];
  const unknown = ids.filter((id) => !BRAND_IDS.includes(id));
  if (unknown.length) {
    throw new MixError('INPUT_INVALID', `unknown brand id(s): ${unknown.join(', ')}`, {
      userMessage: `I don't know the brand(s) ${unknown.join(', ')}. Known brands: ${BRAND_IDS.join(', ')}.`,
    });
  }
  return BRANDS.filter((b) => ids.includes(b.id));
}

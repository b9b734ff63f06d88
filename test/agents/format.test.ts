import { describe, expect, it } from 'vitest';
import { articleFor, listAnd, listOr } from '../../src/agents/format.js';

describe('articleFor', () => {
  it('says "an" before numbers that sound like a vowel, "a" before the rest', () => {
    expect([8, 11, 18, 80, 86, 800, 8000, 11000, 18500].map(articleFor)).toEqual(Array(9).fill('an'));
    expect([1, 5, 13, 52, 104, 110, 180, 1100, 1800].map(articleFor)).toEqual(Array(9).fill('a'));
  });
});

describe('lists', () => {
  it('joins with commas and a last word', () => {
    expect(listAnd(['TV', 'OOH', 'Meta'])).toBe('TV, OOH and Meta');
    expect(listOr(['metta', 'youtub'])).toMatch(/metta.*or.*youtub/);
  });
});

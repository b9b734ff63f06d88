/** docs/data-dictionary.md documents every CSV and every column of the data contract. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONTRACT_FILES } from '../../src/data/brand/files.js';
import { CSV_COLUMNS } from '../../src/data/brand/schema.js';
import { BRAND_CHECKS } from '../../src/data/validate/index.js';

describe('data dictionary', () => {
  it('names every CSV, column, contract and check', async () => {
    const doc = await readFile('docs/data-dictionary.md', 'utf8');
    for (const [file, columns] of Object.entries(CSV_COLUMNS)) {
      expect(doc, file).toContain(file.split('/').pop()!);
      for (const c of columns) expect(doc, `${file}: ${c}`).toMatch(new RegExp(`\\b${c}\\b`));
    }
    for (const f of CONTRACT_FILES) expect(doc).toContain(f.split('/').pop()!);
    for (const c of BRAND_CHECKS) expect(doc).toContain(`| ${c.name} |`);
  });
});

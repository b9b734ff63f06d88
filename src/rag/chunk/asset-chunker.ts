/**
 * The creative manifest: one document per asset with its description and fields in words; the payload
 * keeps `image_path` so the bot can upload the PNG. Columns are found by header name.
 */
import { CHANNEL_LABELS, VEHICLE_MODELS } from '../../data/brand/catalog.js';
import type { CsvTable } from '../ingest/csv-table.js';
import { normaliseChannel, normaliseVehicleModel } from '../synonyms.js';
import type { Chunk, ChunkMetadata } from '../types.js';
import { humanise, rowLocator } from './format.js';

function findColumn(columns: string[], re: RegExp): string | undefined {
  return columns.find((c) => re.test(c));
}

export function chunkAssets(table: CsvTable): Chunk[] {
  const cols = table.columns;
  const pathCol = findColumn(cols, /image_path|^path$|file_path|^file$|image/i);
  const descCol = findColumn(cols, /description|caption|alt_text/i);
  const channelCol = findColumn(cols, /channel|platform/i);
  const modelCol = findColumn(cols, /vehicle|model/i);
  const typeCol = findColumn(cols, /creative_type|format|type/i);
  const campaignCol = findColumn(cols, /campaign/i);
  const audienceCol = findColumn(cols, /audience|segment/i);
  const described = new Set([pathCol, descCol, channelCol, modelCol, typeCol, campaignCol, audienceCol]);
  return table.rows.map((row, i) => {
    const channel = normaliseChannel(channelCol ? row[channelCol] : undefined);
    const modelId = normaliseVehicleModel(modelCol ? row[modelCol] : undefined);
    const model = VEHICLE_MODELS.find((m) => m.id === modelId);
    const creativeType = typeCol ? row[typeCol] : undefined;
    const campaign = campaignCol ? row[campaignCol] : undefined;
    const imagePath = pathCol ? row[pathCol] : undefined;
    const parts = [
      descCol && row[descCol] ? `${row[descCol]!.replace(/[.\s]*$/, '')}.` : '',
      channel ? `Channel: ${CHANNEL_LABELS[channel]}.` : '',
      model ? `Vehicle model: ${model.name}, the ${model.segment}.` : '',
      creativeType ? `Creative type: ${humanise(creativeType)}.` : '',
      audienceCol && row[audienceCol] ? `Audience: ${humanise(row[audienceCol]!)}.` : '',
      campaign ? `Campaign ${campaign}.` : '',
      ...cols.filter((c) => !described.has(c) && row[c]).map((c) => `${humanise(c)}: ${row[c]}.`),
      imagePath ? `File ${imagePath}.` : '',
    ];
    const metadata: ChunkMetadata = {
      source: table.source,
      category: 'assets',
      ...(channel ? { channel } : {}),
      ...(modelId ? { vehicle_model: modelId } : {}),
      ...(campaign ? { campaign_id: campaign } : {}),
      ...(creativeType ? { creative_type: creativeType } : {}),
      ...(imagePath ? { image_path: imagePath } : {}),
      ...(audienceCol && row[audienceCol] ? { audience_segment: row[audienceCol] } : {}),
      locator: rowLocator([i]),
      granularity: 'asset',
    };
    return { id: `${table.source}#${imagePath ?? i}`, text: parts.filter(Boolean).join(' '), metadata };
  });
}

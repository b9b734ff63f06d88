/** The manifest's description: one rich sentence a person would type into a search box. */
import { CHANNEL_LABELS, modelById } from '../brand/catalog.js';
import { AUDIENCE_LABELS } from './copy.js';
import { SCENE_LABELS } from './scenes.js';
import type { CreativeSpec } from './types.js';

const KIND_LABELS = { launch: 'launch', always_on: 'always-on', seasonal: 'seasonal', conquest: 'conquest' } as const;

export function describeCreative(spec: CreativeSpec): string {
  const { campaign: c, format: f } = spec;
  const model = modelById(c.model);
  const size = f.realFormat ?? `${f.width}x${f.height} px`;
  const look = f.usesScene ? `${SCENE_LABELS[spec.scene]} with the car in ${spec.paint.name}` : `brand-blue card`;
  return (
    `${f.label} (${size}) for the ${model.name} ${model.segment} aimed at ${AUDIENCE_LABELS[c.audience]}, ` +
    `${look}, headline '${c.headline}', '${c.cta}' call to action; ${f.features}. ` +
    `Creative ${spec.creativeId} of the '${c.name}' ${KIND_LABELS[c.kind]} campaign on ${CHANNEL_LABELS[c.channel]}, ${c.start} to ${c.end}.`
  );
}

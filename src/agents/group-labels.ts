/** How a metric group's key is said back in replies and chart axes: channel, model and region names from the catalogue. */
import { regionName, VEHICLE_MODELS } from '../data/brand/catalog.js';
import { channelName } from './entities/lexicon.js';

export function modelName(id: string): string {
  return VEHICLE_MODELS.find((m) => m.id === id)?.name ?? id;
}

export function groupLabel(groupBy: string | undefined, group: string): string {
  if (groupBy === 'channel') return channelName(group);
  if (groupBy === 'vehicle_model') return modelName(group);
  if (groupBy === 'region') return regionName(group);
  return group;
}

/** The shapes shared by the creative plan, the format renderers and the manifest. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { AssetChannel, Campaign } from '../brand/catalog.js';
import type { Rng } from '../../util/rng.js';
import type { CreativeCopy } from './copy.js';
import type { SceneId } from './scenes.js';

export interface RenderInput {
  ctx: SKRSContext2D;
  w: number;
  h: number;
  spec: CreativeSpec;
  copy: CreativeCopy;
  rng: Rng;
}

export interface FormatDef {
  /** Unique key, e.g. `meta_story`. */
  key: string;
  channel: AssetChannel;
  /** File-name suffix, e.g. `story` → `HM-META-TERRA-24Q2-C1_story.png`. */
  slug: string;
  /** The manifest's creative_type. */
  creativeType: string;
  /** How a marketer names it: "Vertical Instagram and Facebook story ad". */
  label: string;
  /** Rendered pixels (what the PNG header says). */
  width: number;
  height: number;
  /** The real trafficked format when the PNG is a scaled proof, e.g. "6096 x 3048 mm 48-sheet". */
  realFormat?: string;
  /** The UI chrome and layout details a person might search for. */
  features: string;
  /** Whether the layout shows a scene at all (radio cards do not). */
  usesScene: boolean;
  render(r: RenderInput): void;
}

export interface CreativeSpec {
  creativeId: string;
  campaign: Campaign;
  format: FormatDef;
  scene: SceneId;
  paint: { name: string; hex: string };
  /** `assets/meta/HM-META-TERRA-24Q2-C1_story.png`, relative to the data dir. */
  imagePath: string;
}

/**
 * One-time chart.js setup for server rendering: registers only the controllers/elements/scales we draw,
 * our plugins, and the bundled Inter font (from npm, so CI renders the same glyphs as a laptop).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  ScatterController,
} from 'chart.js';
import { MixError } from '../errors.js';
import { INK } from './palette.js';
import { barLabels, errorBars, frame, refLines, pointNotes } from './plugins.js';

export const FONT_FAMILY = 'Mix Chart Sans';

const FACES = ['400Regular/Inter_400Regular.ttf', '600SemiBold/Inter_600SemiBold.ttf', '700Bold/Inter_700Bold.ttf'];

let ready = false;

export function ensureChartSetup(): void {
  if (ready) return;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
  for (const face of FACES) {
    if (!GlobalFonts.registerFromPath(join(root, face), FONT_FAMILY)) {
      throw new MixError('INTERNAL', `could not register chart font ${face}`, {
        userMessage: 'The bundled chart font is missing; run npm install.',
      });
    }
  }
  // grouped by role: what we draw, then the plugins (Legend first: plugin hooks run in registration order)
  Chart.register(
    [BarController, LineController, ScatterController],
    [BarElement, LineElement, PointElement],
    [CategoryScale, LinearScale],
    [Legend, frame, errorBars, refLines, barLabels, pointNotes],
  );
  Chart.defaults.font.family = FONT_FAMILY;
  Chart.defaults.font.size = 15;
  Chart.defaults.color = INK.text;
  Chart.defaults.borderColor = INK.grid;
  ready = true;
}

/** A CSS font string in the chart family. */
export function chartFont(size: number, weight: 400 | 600 | 700 = 400): string {
  return `${weight} ${size}px "${FONT_FAMILY}"`;
}

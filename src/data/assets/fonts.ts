/**
 * Bundled Inter TTFs (from @expo-google-fonts/inter) registered under our own family names, so creatives
 * render identical text on every machine instead of whatever system fonts happen to be installed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { MixError } from '../../errors.js';

export type Weight = 400 | 500 | 600 | 700 | 800 | 900;

const FILES: Record<Weight, string> = {
  400: '400Regular/Inter_400Regular.ttf',
  500: '500Medium/Inter_500Medium.ttf',
  600: '600SemiBold/Inter_600SemiBold.ttf',
  700: '700Bold/Inter_700Bold.ttf',
  800: '800ExtraBold/Inter_800ExtraBold.ttf',
  900: '900Black/Inter_900Black.ttf',
};
const ITALIC_FILE = '400Regular_Italic/Inter_400Regular_Italic.ttf';
const ITALIC_FAMILY = 'Halden Sans Italic';

let registered = false;

/** Registers every face once per process, before any text is measured (skia caches font lookups). */
export function ensureFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@expo-google-fonts/inter/package.json'));
  const register = (file: string, family: string) => {
    const key = GlobalFonts.registerFromPath(join(root, file), family);
    if (!key) {
      throw new MixError('INTERNAL', `could not register font ${file}`, {
        userMessage: 'The bundled creative fonts are missing; run npm install.',
      });
    }
  };
  for (const [weight, file] of Object.entries(FILES)) register(file, familyFor(Number(weight) as Weight));
  register(ITALIC_FILE, ITALIC_FAMILY);
  registered = true;
}

function familyFor(weight: Weight): string {
  return `Halden Sans ${weight}`;
}

/** A CSS font string for the canvas, e.g. font(64, 800). */
export function font(sizePx: number, weight: Weight = 400, italic = false): string {
  const size = Math.max(1, Math.round(sizePx * 10) / 10);
  if (italic) return `italic 400 ${size}px "${ITALIC_FAMILY}"`;
  return `${weight} ${size}px "${familyFor(weight)}"`;
}

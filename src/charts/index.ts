/** Server-side charts: `renderChart(spec)` → PNG, `chartTitleAndAlt(spec)` → Slack title + alt text. */
export { renderChart, buildChart } from './render.js';
export { chartTitleAndAlt } from './alt-text.js';
export { validateSpec } from './validate.js';
export { CHANNEL_COLORS, CHANNEL_SHORT, SERIES_COLORS, channelId, channelLabel, colorFor } from './palette.js';
export { compact, currency, currencyDelta, formatValue, multiple, multipleRange, percent } from './format.js';
export type { ChartKind, ChartSpec, RenderOptions, RoiBar, ValueFormat } from './types.js';

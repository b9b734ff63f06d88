/** ROI by channel: horizontal bars sorted high→low, interval whiskers, a 1.0x break-even line. */
import type { ChartSpec } from '../types.js';
import { multiple, multipleRange } from '../format.js';
import { channelLabel, colorFor, INK, withAlpha } from '../palette.js';
import { axisTitle, baseOptions, defaultSubtitle, valueAxisGrid, type Built, categoryAxis } from './common.js';

type RoiSpec = Extract<ChartSpec, { kind: 'roi' }>;

export function buildRoi(spec: RoiSpec): Built {
  const bars = [...spec.bars].sort((a, b) => b.roi - a.roi || a.channel.localeCompare(b.channel));
  const colors = bars.map((b, i) => (b.roi >= 1 ? colorFor(b.channel, i) : withAlpha(colorFor(b.channel, i), 0.45)));
  const hasIntervals = bars.some((b) => b.low !== undefined && b.high !== undefined);
  const top = Math.max(1, ...bars.map((b) => Math.max(b.roi, b.high ?? b.roi)));
  const bottom = Math.min(0, ...bars.map((b) => Math.min(b.roi, b.low ?? b.roi)));
  const options = baseOptions(
    {
      title: spec.title,
      subtitle: defaultSubtitle(
        spec.subtitle,
        `Return per ${spec.currency ?? '£'}1 of media spend${hasIntervals ? ' · whiskers show the uncertainty interval' : ''}`,
      ),
    },
    false,
    18,
  );
  return {
    layout: 'single',
    config: {
      type: 'bar',
      data: {
        labels: bars.map((b) => channelLabel(b.channel)),
        datasets: [
          {
            label: 'ROI',
            data: bars.map((b) => b.roi),
            backgroundColor: colors,
            borderRadius: 3,
            barPercentage: 0.78,
            categoryPercentage: 0.9,
          },
        ],
      },
      options: {
        ...options,
        indexAxis: 'y',
        scales: {
          x: {
            min: bottom < 0 ? bottom * 1.1 : 0,
            // room on the right for the value labels
            suggestedMax: top * (hasIntervals ? 1.25 : 1.12),
            grid: valueAxisGrid(),
            border: { display: false },
            ticks: { callback: (v) => `${Number(Number(v).toFixed(2))}x`, color: INK.muted, padding: 8, maxTicksLimit: 8 },
            title: axisTitle(`Return on investment (incremental revenue ÷ spend)`),
          },
          y: categoryAxis({ font: { size: 15, weight: 600 as const } }),
        },
        plugins: {
          ...options.plugins,
          errorBars: { datasetIndex: 0, low: bars.map((b) => b.low), high: bars.map((b) => b.high), color: INK.text },
          refLines: { lines: [{ axis: 'x', value: 1, label: 'Break-even 1.0x' }] },
          barLabels: {
            datasetIndex: 0,
            at: bars.map((b) => Math.max(b.roi, b.high ?? b.roi)),
            texts: bars.map((b) =>
              b.low !== undefined && b.high !== undefined
                ? `${multiple(b.roi)}  (${multipleRange(b.low, b.high)})`
                : multiple(b.roi),
            ),
            colors: bars.map((b) => (b.roi >= 1 ? INK.text : INK.muted)),
          },
        },
      },
    },
  };
}

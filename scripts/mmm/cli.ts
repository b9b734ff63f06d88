/**
 * `npm run mmm -- <command> [options]` — the marketing-mix model from the command line; JSON to stdout,
 * errors to stderr with a non-zero exit.
 *
 * Commands and output shapes:
 *   summary     MmmSummary: total_spend, total_units, total_revenue, weeks_of_data, channel_breakdown
 *               [{channel, spend, share}], weekly_spend [{week, spend}], date_range {from, to}
 *   regression  {kpi, weeks, r_squared, holdout_r_squared, cv_r_squared, mape, nrmse, durbin_watson,
 *               ljung_box, lambda, coefficients: {baseline: {name: coef}, media: {channel: {beta_units,
 *               decay, half_saturation, slope}}}, warnings, decomposition: {kpi, weeks[], actual[], fitted[],
 *               baseline[], channels: [{channel, units[], revenue[]}]}}
 *   roi         {level, channels: [{channel, spend, contribution, roi, marginalRoi, calibrated?, warnings}],
 *               diagnostics, charts}
 *   optimize    OptimizeResult + {objective, baselineValue, optimizedValue, weeks, warnings}
 *               [--budget N] [--bounds 0.3] [--lock tv] [--bound tv=0.5:1.2] [--objective revenue|units|profit]
 *               [--period-weeks 52]
 *   curves      CurvesResult {channels: [{channel, spend[], response[], current, decay, adstockWeights[]}], charts}
 *               [--channel tv]
 *   scenario    ScenarioResult + {spendBefore, spendAfter, weeks}
 *               --move tv:meta:0.1 | --move tv:meta:£500000 | --change tv=-0.2 | --cut radio | --absolute youtube=250000
 *
 * Data: --data-dir D (reads D/mmm/model_ready.csv; default config DATA_DIR) or --input file.csv with an
 * optional mapping: --date col --media tv=col,meta=col --units col --revenue col --price col
 * --controls a,b --target units|revenue. --calibration lift-tests.json, --seed N, --no-cache.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../src/config/index.js';
import { asMixError, MixError } from '../../src/errors.js';
import { join } from 'node:path';
import { loadMmmService, parseLiftTests, parseWeeklyCsv, summarise, type MmmServiceDetail } from '../../src/mmm/index.js';
import { OPTIONS, mappingFrom, num, optimizeRequestFrom, scenarioRequestFrom, type Values } from './args.js';

const COMMANDS = ['summary', 'regression', 'roi', 'optimize', 'curves', 'scenario'] as const;
type Command = (typeof COMMANDS)[number];

function regression(svc: MmmServiceDetail): unknown {
  const { fit } = svc;
  const d = fit.diagnostics;
  return {
    kpi: fit.kpiName,
    weeks: fit.weeks.length,
    r_squared: d.r2,
    holdout_r_squared: Number.isFinite(d.holdoutR2) ? d.holdoutR2 : null,
    cv_r_squared: d.cvR2,
    mape: d.mape,
    nrmse: d.nrmse,
    durbin_watson: d.durbinWatson,
    ljung_box: d.ljungBox,
    lambda: fit.lambda,
    coefficients: {
      baseline: fit.baselineCoefficients,
      media: Object.fromEntries(
        fit.channels.map((c, i) => {
          const cv = fit.curves[i]!;
          return [c, { beta_units: cv.beta, decay: cv.decay, half_saturation: cv.halfSaturation, slope: cv.slope }];
        }),
      ),
    },
    warnings: d.warnings,
    decomposition: svc.decomposition(),
  };
}

function run(command: Command, svc: MmmServiceDetail, values: Values): unknown {
  switch (command) {
    case 'summary':
      return svc.summary();
    case 'regression':
      return regression(svc);
    case 'roi':
      return { level: svc.fit.level, ...svc.roi() };
    case 'optimize':
      return svc.optimize(optimizeRequestFrom(values));
    case 'curves':
      return svc.curves(typeof values.channel === 'string' ? values.channel : undefined);
    case 'scenario':
      return svc.scenario(scenarioRequestFrom(values));
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: OPTIONS, allowPositionals: true });
  const command = positionals[0] as Command | undefined;
  if (values.help || !command) {
    process.stderr.write(`usage: npm run mmm -- <${COMMANDS.join('|')}> [options]  (see scripts/mmm/cli.ts)\n`);
    return values.help ? 0 : 2;
  }
  if (!COMMANDS.includes(command)) {
    throw new MixError('INPUT_INVALID', `unknown command ${command}`, { userMessage: `Unknown command "${command}"; use one of ${COMMANDS.join(', ')}.` });
  }
  const config = loadConfig();
  const dataDir = (values['data-dir'] as string | undefined) ?? config.DATA_DIR;
  let calibration;
  if (typeof values.calibration === 'string') {
    let text: string;
    try {
      text = readFileSync(values.calibration, 'utf8');
    } catch {
      throw new MixError('INPUT_INVALID', `cannot read ${values.calibration}`, { userMessage: `I could not read the calibration file ${values.calibration}.` });
    }
    calibration = parseLiftTests(text, values.calibration);
  }
  if (command === 'summary') {
    // No model needed: read and validate the table only.
    const path = (values.input as string | undefined) ?? join(dataDir, 'mmm', 'model_ready.csv');
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      throw new MixError('DATA_MISSING', `cannot read ${path}`, { userMessage: `I could not read ${path}; run \`npm run generate\` or pass --input.` });
    }
    process.stdout.write(JSON.stringify(summarise(parseWeeklyCsv(text, mappingFrom(values))), null, 2) + '\n');
    return 0;
  }
  const svc = await loadMmmService({
    dataDir,
    input: values.input as string | undefined,
    mapping: mappingFrom(values),
    seed: num(values.seed, 'seed') ?? config.SEED,
    calibration,
    cache: values['no-cache'] ? false : undefined,
  });
  const out = run(command, svc, values);
  process.stdout.write(JSON.stringify(out, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2) + '\n');
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const e = asMixError(err);
    process.stderr.write(`error (${e.code}): ${e.userMessage}\n`);
    process.exitCode = 1;
  },
);

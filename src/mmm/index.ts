/**
 * Marketing-mix model: the facade (`loadMmmService`) and the pure functions behind it.
 * The shared transforms (transforms.ts) and bounded ridge (ridge.ts) are also used by src/mmm/daily.
 */
export { loadMmmService, createMmmService, type Decomposition, type LoadMmmServiceOptions, type MmmServiceDetail } from './service.js';
export { fitMmm, FIT_VERSION, DEFAULT_DRAWS } from './fit.js';
export { optimizeBudget, resolveBounds, type OptimizeDetail, type OptimizeInputs } from './optimizer.js';
export { allocate, roundToCents, randomFeasible, projectToBudget, HermiteTable, type Objective1D } from './optimizer-core.js';
export { runScenario, scenarioSpend, type ScenarioDetail } from './scenario.js';
export { responseCurves, adstockLags, type ChannelCurveData } from './curves.js';
export { summarise } from './summary.js';
export { ResponseModel } from './response.js';
export { parseWeeklyCsv, inferMapping, parseCsvColumns, tableFromColumns } from './table-load.js';
export { validateTable, MIN_WEEKS, COMFORTABLE_WEEKS } from './table-validate.js';
export { parseLiftTests, LIFT_TESTS_FILE } from './lift-tests.js';
export { readLiftTestsFile, writeLiftTestsFile, liftTestsPath } from './lift-tests-store.js';
export { prepareLiftTests } from './calibration.js';
export { roiChart, responseCurvesChart, adstockChart, spendVsSalesChart } from './chart-specs.js';
export type * from './types.js';
export type * from './service-types.js';

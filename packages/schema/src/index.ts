export {
  findParadigm,
  findParadigmByZh,
  PARADIGM_IDS,
  PARADIGMS,
  ZParadigm,
  ZParadigmInfo,
} from './paradigm.ts';
export type { Paradigm, ParadigmInfo } from './paradigm.ts';

export {
  findPlatform,
  isPlatformId,
  PLATFORM_IDS,
  PLATFORMS,
  ZBilingualText,
  ZPlatform,
  ZPlatformKind,
} from './platform.ts';
export type { BilingualText, Platform, PlatformKind } from './platform.ts';

export {
  findKpi,
  KPI_CATALOG_VERSION,
  KPI_NAMES,
  KPIS,
  ZKpi,
  ZKpiKind,
  ZKpiName,
  ZKpiUnit,
} from './kpi.ts';
export type { Kpi, KpiKind, KpiName, KpiUnit } from './kpi.ts';

export { ZFloat } from './records/float.ts';
export type { Float } from './records/float.ts';
export { ZResource } from './records/resource.ts';
export type { Resource } from './records/resource.ts';
export { ZHistogramPoint, ZKpiSample, ZSummaryPoint } from './records/samples.ts';
export type { HistogramPoint, KpiSample, SummaryPoint } from './records/samples.ts';
export { findHistogramProblems, ZHistogramPointChecked } from './records/histogram-check.ts';
export {
  ZColdStartEvent,
  ZEvent,
  ZFleetEvent,
  ZInvocationEvent,
  ZQuantumJobEvent,
  ZQuantumJobStatus,
} from './records/events.ts';
export type {
  ColdStartEvent,
  FleetEvent,
  FleetEventType,
  InvocationEvent,
  QuantumJobEvent,
  QuantumJobStatus,
} from './records/events.ts';

export {
  ZClaim,
  ZLevel,
  ZLevelScale,
  ZMaturityStage,
  ZResourceLevel,
  ZStartupBand,
} from './reference/claims.ts';
export type {
  Claim,
  ClaimKind,
  Level,
  LevelScale,
  MaturityStage,
  ResourceLevel,
  StartupBand,
} from './reference/claims.ts';
export {
  findStartupBand,
  LEVELS,
  MATURITY_STAGES,
  RESOURCE_LEVELS,
  STARTUP_BANDS,
} from './reference/scales.ts';
export { SECONDS_PER_MONTH } from './reference/cells.ts';
export { ZAxisLabel, ZCell, ZReferenceMatrix, ZReferenceMatrixId } from './reference/matrix.ts';
export type { AxisLabel, Cell, ReferenceMatrix, ReferenceMatrixId } from './reference/matrix.ts';
export { CONTAINER_VS_WASM } from './reference/container-vs-wasm.ts';
export type { ContainerVsWasmColumn, ContainerVsWasmRow } from './reference/container-vs-wasm.ts';
export { MATURITY } from './reference/maturity.ts';
export type { EmergingParadigm, MaturityColumn } from './reference/maturity.ts';
export { FEATURES } from './reference/features.ts';
export type { FeaturesColumn, FeaturesRow } from './reference/features.ts';
export { SCENARIO_FIT } from './reference/scenario-fit.ts';
export type { FitColumn, ScenarioRow } from './reference/scenario-fit.ts';
export { MARKET_SIZE } from './reference/market-size.ts';
export type { MarketColumn } from './reference/market-size.ts';
export { INVESTMENT } from './reference/investment.ts';
export type { InvestmentColumn } from './reference/investment.ts';
export {
  findReferenceCell,
  listReferenceCells,
  REFERENCE,
  ZReferenceCell,
} from './reference/index.ts';
export type { ReferenceCell } from './reference/index.ts';

export { ALERT_OPERATORS, ALERT_REDUCERS } from './alerting.ts';
export type { AlertOperator, AlertReducer } from './alerting.ts';

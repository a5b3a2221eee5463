export { QueryError } from './errors.ts';
export { LABEL_NAME, RESOURCE_FIELDS } from './label-name.ts';
export type { ResourceField } from './label-name.ts';
export { listEvents } from './list-events.ts';
export type { EventInfo, ListEventsParams } from './list-events.ts';
export { countResourcesBy, listResources } from './list-resources.ts';
export type {
  CountResourcesOptions,
  ResourceCount,
  ResourceFilters,
  ResourceInfo,
} from './list-resources.ts';
export { DEFAULT_SERIES_LIMIT, listSeries, MAX_SERIES_LIMIT } from './list-series.ts';
export type { LatestValue, ListSeriesParams, SeriesInfo } from './list-series.ts';
export { histogramQuantile, PERCENTILES, quantile } from './percentiles.ts';
export type { CumulativeBucket, PercentileAgg } from './percentiles.ts';
export { DEFAULT_MAX_SERIES, queryRange } from './query-range.ts';
export { chooseResolution, RAW_MAX_RANGE_NS } from './resolution.ts';
export type { ResolutionInput } from './resolution.ts';
export type { ResourceIdentityFields, SeriesFilters, SeriesMeta } from './series-filter.ts';
export {
  DEFAULT_LOOKBACK_NS,
  NS_PER_DAY,
  NS_PER_HOUR,
  NS_PER_MINUTE,
  NS_PER_SECOND,
} from './time.ts';
export { AGGS } from './types.ts';
export type {
  Agg,
  QueryRangeParams,
  QueryRangeResult,
  QuerySource,
  RangeSeries,
  Resolution,
} from './types.ts';

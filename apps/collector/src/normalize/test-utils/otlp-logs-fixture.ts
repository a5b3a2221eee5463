import type {
  OtlpAnyValue,
  OtlpAttributes,
  OtlpLogRecord,
  OtlpLogsRequest,
} from '../../decode/types.ts';

export const LOG_TIME_NS = 1_714_564_812_000_000_001n;

export const createLogRecord = (
  body: OtlpAnyValue,
  attributes: OtlpAttributes = {},
  eventName?: string,
): OtlpLogRecord => ({
  timeUnixNano: LOG_TIME_NS,
  observedTimeUnixNano: LOG_TIME_NS + 5_000_000n,
  severityNumber: 9,
  severityText: 'INFO',
  body,
  attributes,
  ...(eventName === undefined ? {} : { eventName }),
});

export const createLogsRequest = (
  resource: OtlpAttributes,
  logRecords: OtlpLogRecord[],
): OtlpLogsRequest => ({
  resourceLogs: [
    {
      resource: { attributes: resource },
      scopeLogs: [{ scope: { name: 'test', attributes: {} }, logRecords }],
    },
  ],
});

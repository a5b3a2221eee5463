import { Server, ServerCredentials, status as GrpcStatus } from '@grpc/grpc-js';
import type {
  ServerUnaryCall,
  ServiceDefinition,
  UntypedServiceImplementation,
  sendUnaryData,
} from '@grpc/grpc-js';

import { DecodeError } from '../decode/types.ts';
import type { IngestPipeline } from '../ingest/pipeline.ts';
import type { Logger } from '../logger.ts';
import type { CollectorMetrics } from '../metrics/index.ts';
import { HttpError } from '../server/http-error.ts';
import { encodeExportResponse } from './otlp-response.ts';
import type { OtlpSignal } from './otlp-response.ts';

const SERVICES: Record<OtlpSignal, string> = {
  metrics: '/opentelemetry.proto.collector.metrics.v1.MetricsService/Export',
  traces: '/opentelemetry.proto.collector.trace.v1.TraceService/Export',
  logs: '/opentelemetry.proto.collector.logs.v1.LogsService/Export',
};

/** Raw bytes in and out: our own decoders do the protobuf work, as on the HTTP path. */
const createRawService = (signal: OtlpSignal): ServiceDefinition => ({
  Export: {
    path: SERVICES[signal],
    requestStream: false,
    responseStream: false,
    requestSerialize: (value: Uint8Array) => Buffer.from(value),
    requestDeserialize: (bytes: Buffer) => bytes,
    responseSerialize: (value: Uint8Array) => Buffer.from(value),
    responseDeserialize: (bytes: Buffer) => bytes,
  },
});

/** The OTLP spec's mapping: retryable failures are UNAVAILABLE, bad data INVALID_ARGUMENT. */
const toGrpcError = (error: unknown) => {
  if (error instanceof DecodeError || (error instanceof HttpError && error.status < 500)) {
    const status =
      error.status === 429 ? GrpcStatus.RESOURCE_EXHAUSTED : GrpcStatus.INVALID_ARGUMENT;
    return { code: status, details: error.message };
  }
  const details = error instanceof HttpError ? error.message : 'temporary failure, retry later';

  return { code: GrpcStatus.UNAVAILABLE, details };
};

export const startOtlpGrpcServer = async ({
  host,
  port,
  pipeline,
  metrics,
  maxMessageBytes,
  tenant,
  now,
  logger,
}: {
  host: string;
  port: number;
  pipeline: IngestPipeline;
  metrics: CollectorMetrics;
  maxMessageBytes: number;
  tenant: string;
  now: () => bigint;
  logger: Logger;
}) => {
  const server = new Server({
    'grpc.max_receive_message_length': maxMessageBytes,
    'grpc.max_send_message_length': 4 * 1024 * 1024,
  });

  for (const signal of Object.keys(SERVICES) as OtlpSignal[]) {
    const protocol = `otlp_grpc_${signal}`;
    const implementation: UntypedServiceImplementation = {
      Export: (call: ServerUnaryCall<Buffer, Uint8Array>, callback: sendUnaryData<Uint8Array>) => {
        const run = async () => {
          const result = await pipeline.ingest(
            {
              kind: 'otlp',
              signal,
              encoding: 'protobuf',
              body: call.request,
              maxBodyBytes: maxMessageBytes,
              // grpc-js has already undone the message compression.
              contentEncoding: 'identity',
              context: { tenant, source: 'otlp', receivedAtNs: now() },
            },
            protocol,
          );
          metrics.ingestRequests.inc({ protocol, outcome: result.rejected > 0 ? 'partial' : 'ok' });
          callback(
            null,
            encodeExportResponse(signal, 'protobuf', result.rejected, result.errorMessage),
          );
        };
        run().catch((error: unknown) => {
          const grpcError = toGrpcError(error);
          metrics.ingestRequests.inc({ protocol, outcome: GrpcStatus[grpcError.code] });
          if (grpcError.code === GrpcStatus.UNAVAILABLE && !(error instanceof HttpError)) {
            logger.error('otlp grpc ingest failed', { signal, error: String(error) });
          }
          callback(grpcError);
        });
      },
    };
    server.addService(createRawService(signal), implementation);
  }

  const boundPort = await new Promise<number>((resolve, reject) => {
    server.bindAsync(`${host}:${port}`, ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    );
  });

  return {
    port: boundPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.tryShutdown(() => resolve());
      }),
  };
};

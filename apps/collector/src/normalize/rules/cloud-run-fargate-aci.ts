import type { RuleSet } from './types.ts';

/**
 * Managed serverless containers, as their metrics reach us through OTel or Prometheus
 * bridges. Cloud Run keeps its Cloud Monitoring type as the OTel name and becomes
 * `run_googleapis_com:<path with _>` in Google Managed Prometheus; latencies are ms
 * distributions. Fargate (Container Insights) reports memory in MiB, ACI (Azure Monitor) in
 * bytes. CPU there comes as utilization or millicores, which no KPI holds, so it is left
 * unmapped.
 * @see https://cloud.google.com/monitoring/api/metrics_gcp_p_z#gcp-run
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Container-Insights-metrics-ECS.html
 * @see https://learn.microsoft.com/azure/container-instances/monitor-azure-container-instances-reference
 */
const CLOUD_RUN_RESOURCE = {
  workload: ['service_name'],
  instance: ['instance_id'],
  attributes: { revision_name: 'cloud_run.revision', location: 'cloud.region' },
} as const;

export const CLOUD_RUN_RULES: RuleSet = {
  family: 'cloud-run',
  resource: CLOUD_RUN_RESOURCE,
  rules: [
    {
      match: { metric: 'run.googleapis.com/container/startup_latencies' },
      aliases: ['run_googleapis_com:container_startup_latencies'],
      kpi: 'startup_seconds',
      shape: 'histogram',
      convert: 'milliseconds',
      constLabels: { cold: 'true' },
    },
    {
      match: { metric: 'run.googleapis.com/request_latencies' },
      aliases: ['run_googleapis_com:request_latencies'],
      kpi: 'request_duration_seconds',
      shape: 'histogram',
      convert: 'milliseconds',
    },
    {
      match: { metric: 'run.googleapis.com/request_count' },
      aliases: ['run_googleapis_com:request_count'],
      kpi: 'requests_total',
      shape: 'counter',
    },
    {
      match: {
        metric: 'run.googleapis.com/request_count',
        where: [{ label: 'response_code_class', in: ['5xx'] }],
      },
      aliases: ['run_googleapis_com:request_count'],
      kpi: 'errors_total',
      shape: 'counter',
      constLabels: { reason: '5xx' },
    },
    {
      match: { metric: 'run.googleapis.com/container/instance_count' },
      aliases: ['run_googleapis_com:container_instance_count'],
      kpi: 'instances',
      shape: 'gauge',
    },
  ],
};

export const FARGATE_RULES: RuleSet = {
  family: 'aws-fargate',
  resource: { workload: ['ServiceName', 'TaskDefinitionFamily'], instance: ['TaskId'] },
  rules: [
    {
      match: { metric: 'MemoryUtilized' },
      aliases: ['ecs.task.memory.utilized'],
      kpi: 'memory_bytes',
      shape: 'gauge',
      convert: 'mebibytes',
    },
  ],
};

export const ACI_RULES: RuleSet = {
  family: 'azure-container-instances',
  resource: { workload: ['containerGroup'], instance: ['containerName'] },
  rules: [{ match: { metric: 'MemoryUsage' }, kpi: 'memory_bytes', shape: 'gauge' }],
};

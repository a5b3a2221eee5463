import { describe, expect, it } from 'vitest';

import { detectEdgeFromLabels, detectEdgeFromVersion } from './detect-edge.ts';
import { detectOtlpPlatform } from './detect-otlp.ts';
import { detectBatchPlatform, detectPromPlatform, resolveParadigm } from './detect.ts';

describe('detectPromPlatform', () => {
  it('knows each exporter by its family names', () => {
    const cases: [string, string][] = [
      ['DCGM_FI_DEV_GPU_UTIL', 'nvidia-dcgm-exporter'],
      ['nv_inference_request_success', 'nvidia-triton'],
      ['vllm:num_requests_waiting', 'vllm'],
      [':tensorflow:serving:request_count', 'tensorflow-serving'],
      ['seldon_api_executor_server_requests_seconds', 'seldon'],
      ['request_predict_seconds', 'kserve'],
      ['ledger_blockchain_height', 'hyperledger-fabric'],
      ['endorser_proposals_received', 'hyperledger-fabric'],
      ['chain_head_block', 'geth'],
      ['p2p_peers', 'geth'],
      ['net_corda_Flows_Started_Count', 'corda'],
      ['wasmcloud_actor_invocations', 'wasmcloud'],
      ['container_cpu_usage_seconds_total', 'kubelet-cadvisor'],
      ['kubelet_running_pods', 'kubelet-cadvisor'],
      ['node_cpu_seconds_total', 'node-exporter'],
      ['activator_request_count', 'knative'],
      ['revision_request_latencies', 'knative'],
      ['kn_serving_queue_depth', 'knative'],
    ];
    for (const [name, platform] of cases) expect(detectPromPlatform(name), name).toBe(platform);
    expect(detectPromPlatform('process_cpu_seconds_total')).toBeUndefined();
    expect(detectPromPlatform('go_goroutines')).toBeUndefined();
  });
});

describe('detectBatchPlatform', () => {
  it('lets the workload win over the host exporters beside it', () => {
    expect(
      detectBatchPlatform([
        'process_cpu_seconds_total',
        'ledger_blockchain_height',
        'node_load1',
        'node_boot_time_seconds',
      ]),
    ).toBe('hyperledger-fabric');
    expect(detectBatchPlatform(['node_load1', 'process_cpu_seconds_total'])).toBe('node-exporter');
    expect(detectBatchPlatform(['process_cpu_seconds_total'])).toBeUndefined();
  });
});

describe('edge detection', () => {
  it('reads edge node labels and distribution version strings', () => {
    expect(detectEdgeFromLabels({ openyurt_io_is_edge_worker: 'true' })).toBe('openyurt');
    expect(detectEdgeFromLabels({ openyurt_io_is_edge_worker: 'false' })).toBeUndefined();
    expect(detectEdgeFromLabels({ label_superedge_io_edge_node: 'enable' })).toBe('superedge');
    expect(detectEdgeFromLabels({ node_role_kubernetes_io_edge: '' })).toBe('kubeedge');
    expect(detectEdgeFromLabels({ node_kubernetes_io_instance_type: 'k3s' })).toBe('k3s');
    expect(detectEdgeFromLabels({ kubelet_version: 'v1.29.5-kubeedge-v1.19.0' })).toBe('kubeedge');
    expect(detectEdgeFromVersion('v1.30.2+k3s2')).toBe('k3s');
    expect(detectEdgeFromVersion('v1.30.2')).toBeUndefined();
  });
});

describe('detectOtlpPlatform', () => {
  it('reads cloud.platform, including both spellings of Azure values', () => {
    expect(detectOtlpPlatform({ 'cloud.platform': 'aws_lambda' })).toBe('aws-lambda');
    expect(detectOtlpPlatform({ 'cloud.platform': 'gcp_cloud_run' })).toBe('google-cloud-run');
    expect(detectOtlpPlatform({ 'cloud.platform': 'azure.container_instances' })).toBe(
      'azure-container-instances',
    );
    expect(detectOtlpPlatform({ 'cloud.platform': 'azure_container_instances' })).toBe(
      'azure-container-instances',
    );
    expect(
      detectOtlpPlatform({ 'cloud.platform': 'aws_ecs', 'aws.ecs.launchtype': 'FARGATE' }),
    ).toBe('aws-fargate');
    expect(
      detectOtlpPlatform({ 'cloud.platform': 'aws_ecs', 'aws.ecs.launchtype': 'ec2' }),
    ).toBeUndefined();
  });

  it('reads FaaS, Knative, Wasm and runtime names, then Kubernetes', () => {
    expect(detectOtlpPlatform({ 'faas.name': 'f', 'faas.invoked_provider': 'aws' })).toBe(
      'aws-lambda',
    );
    expect(detectOtlpPlatform({ 'kn.service.name': 'hello' })).toBe('knative');
    expect(detectOtlpPlatform({ 'wasmcloud.host.id': 'N1' })).toBe('wasmcloud');
    expect(detectOtlpPlatform({ 'process.executable.name': 'wasmedge' })).toBe('wasmedge');
    expect(detectOtlpPlatform({ 'service.name': 'tritonserver' })).toBe('nvidia-triton');
    expect(detectOtlpPlatform({ 'service.name': 'spinner' })).toBeUndefined();
    expect(detectOtlpPlatform({ 'k8s.pod.name': 'p' })).toBe('kubernetes');
    expect(
      detectOtlpPlatform({
        'k8s.pod.name': 'p',
        'k8s.node.label.openyurt.io/is-edge-worker': 'true',
      }),
    ).toBe('openyurt');
    expect(detectOtlpPlatform({ 'fleetlens.platform': 'cirq', 'k8s.pod.name': 'p' })).toBe('cirq');
    expect(detectOtlpPlatform({ 'fleetlens.platform': 'no-such-platform' })).toBeUndefined();
  });
});

describe('resolveParadigm', () => {
  it('defaults to the catalog’s first paradigm; explicit beats hint; invalid choices are ignored', () => {
    expect(resolveParadigm('k3s')).toBe('edge');
    expect(resolveParadigm('k3s', 'iot')).toBe('iot');
    expect(resolveParadigm('k3s', undefined, 'iot')).toBe('iot');
    expect(resolveParadigm('k3s', 'edge', 'iot')).toBe('edge');
    expect(resolveParadigm('k3s', 'quantum')).toBe('edge');
    expect(resolveParadigm('superedge', undefined, 'iot')).toBe('edge');
    expect(resolveParadigm('kubelet-cadvisor')).toBe('container');
    expect(resolveParadigm('nvidia-triton')).toBe('ai_ml');
    expect(resolveParadigm('unknown')).toBeUndefined();
  });
});

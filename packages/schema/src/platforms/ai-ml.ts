import type { Platform } from '../platform.ts';

/**
 * AI/ML platforms: the document's four (主要平台2) plus the model servers and the GPU
 * exporter whose metrics carry most of the paradigm's live telemetry.
 */
export const AI_ML_PLATFORMS: readonly Platform[] = [
  {
    id: 'kubeflow',
    paradigms: ['ai_ml'],
    displayName: 'Kubeflow',
    kind: 'framework',
    description: { zh: 'Kubernetes原生ML平台', en: 'Kubernetes-native ML platform' },
    documented: true,
  },
  {
    id: 'mlflow',
    paradigms: ['ai_ml'],
    displayName: 'MLflow',
    kind: 'framework',
    description: { zh: 'ML生命周期管理平台', en: 'ML lifecycle management platform' },
    documented: true,
  },
  {
    id: 'seldon',
    paradigms: ['ai_ml'],
    displayName: 'Seldon',
    kind: 'model_server',
    description: { zh: 'ML模型部署平台', en: 'ML model deployment platform' },
    documented: true,
  },
  {
    id: 'tensorflow-serving',
    paradigms: ['ai_ml'],
    displayName: 'TensorFlow Serving',
    kind: 'model_server',
    description: { zh: 'TensorFlow模型服务', en: 'TensorFlow model serving' },
    documented: true,
  },
  {
    id: 'nvidia-triton',
    paradigms: ['ai_ml'],
    displayName: 'NVIDIA Triton Inference Server',
    kind: 'model_server',
    documented: false,
  },
  {
    id: 'kserve',
    paradigms: ['ai_ml'],
    displayName: 'KServe',
    kind: 'model_server',
    documented: false,
  },
  {
    id: 'vllm',
    paradigms: ['ai_ml'],
    displayName: 'vLLM',
    kind: 'model_server',
    documented: false,
  },
  {
    id: 'nvidia-dcgm-exporter',
    paradigms: ['ai_ml'],
    displayName: 'NVIDIA DCGM exporter',
    kind: 'exporter',
    documented: false,
  },
];

import type { Platform } from '../platform.ts';

/** Serverless container platforms (主要平台), plus AWS Lambda, the most common FaaS source. */
export const SERVERLESS_PLATFORMS: readonly Platform[] = [
  {
    id: 'knative',
    paradigms: ['serverless'],
    displayName: 'Knative',
    kind: 'orchestrator',
    description: {
      zh: '基于Kubernetes的无服务器平台',
      en: 'Kubernetes-based serverless platform',
    },
    documented: true,
  },
  {
    id: 'aws-fargate',
    paradigms: ['serverless'],
    displayName: 'AWS Fargate',
    kind: 'managed_service',
    description: { zh: 'AWS托管的容器服务', en: 'Container service managed by AWS' },
    documented: true,
  },
  {
    id: 'azure-container-instances',
    paradigms: ['serverless'],
    displayName: 'Azure Container Instances',
    kind: 'managed_service',
    description: { zh: 'Azure容器实例服务', en: 'Azure container instance service' },
    documented: true,
  },
  {
    id: 'google-cloud-run',
    paradigms: ['serverless'],
    displayName: 'Google Cloud Run',
    kind: 'managed_service',
    description: { zh: 'Google Cloud Run服务', en: 'Google Cloud Run service' },
    documented: true,
  },
  {
    id: 'aws-lambda',
    paradigms: ['serverless'],
    displayName: 'AWS Lambda',
    kind: 'managed_service',
    documented: false,
  },
];

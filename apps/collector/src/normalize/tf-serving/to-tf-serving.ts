import { createPromNormalizer } from '../create-normalizers.ts';
import { TF_SERVING_RULES } from '../rules/tf-serving.ts';

/** A TensorFlow Serving monitoring scrape → requests, errors by status, latency (µs → s). */
export const toTfServingKpis = createPromNormalizer([TF_SERVING_RULES]);

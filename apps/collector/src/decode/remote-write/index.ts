export { decodeRemoteWrite } from './decode-remote-write.ts';
export { findLabelProblem, isMetricName } from './validate-labels.ts';

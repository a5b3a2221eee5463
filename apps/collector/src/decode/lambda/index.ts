export { parseLambdaReport } from './parse-lambda-report.ts';

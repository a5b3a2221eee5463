import type { Operator } from './rule-schema.ts';

export const compareValue = (value: number, operator: Operator, threshold: number): boolean => {
  switch (operator) {
    case '>':
      return value > threshold;
    case '>=':
      return value >= threshold;
    case '<':
      return value < threshold;
    case '<=':
      return value <= threshold;
    case '==':
      return value === threshold;
    case '!=':
      return value !== threshold;
  }
};

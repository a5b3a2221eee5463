'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';

import { useT } from '@/client/preferences.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import type { Rule } from '@/server/routers/alerts.ts';

const condition = (rule: Rule): string => {
  if (rule.kind === 'threshold') {
    const agg = typeof rule.params.agg === 'string' ? rule.params.agg : 'avg';
    return `${agg}(${rule.kpi}) ${rule.operator ?? ''} ${rule.threshold ?? ''}`;
  }
  if (rule.kind === 'absence') return `absent(${rule.kpi})`;
  const quantile = typeof rule.params.quantile === 'number' ? rule.params.quantile : 0.95;
  return `p${Math.round(quantile * 100)}(${rule.kpi}) regression`;
};

export const RulesTable = ({ rules }: { rules: readonly Rule[] }) => {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const remove = useMutation(
    trpc.alerts.deleteRule.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alerts.rules.queryKey() }),
    }),
  );

  return (
    <table data-testid="alert-rules">
      <thead>
        <tr>
          <th>{t('alerts.name')}</th>
          <th>{t('alerts.kind')}</th>
          <th>{t('alerts.condition')}</th>
          <th className="num">{t('alerts.window')}</th>
          <th className="num">{t('alerts.for')}</th>
          <th>{t('alerts.matchers')}</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {rules.map((rule) => (
          <tr key={rule.id} data-testid="rule-row">
            <td>
              {rule.name}
              {rule.builtin && <span className="muted"> ({t('alerts.builtin')})</span>}
            </td>
            <td>{rule.kind}</td>
            <td className="mono">{condition(rule)}</td>
            <td className="num">{rule.windowSeconds} s</td>
            <td className="num">{rule.forSeconds} s</td>
            <td className="mono">{rule.matchers.map((m) => `${m.name}=${m.value}`).join(', ')}</td>
            <td>
              {!rule.builtin && (
                <button
                  type="button"
                  disabled={remove.isPending}
                  onClick={() => remove.mutate({ id: rule.id })}
                >
                  {t('alerts.delete')}
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

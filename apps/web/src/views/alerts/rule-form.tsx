'use client';

import { ALERT_OPERATORS, ALERT_REDUCERS, KPIS } from '@fleetlens/schema';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';

import { useT } from '@/client/preferences.tsx';
import { useTRPC } from '@/client/trpc.tsx';

import { parseMatchers } from './parse-matchers.ts';

const text = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** Threshold and absence rules on any KPI; the collector validates and stores them. */
export const RuleForm = () => {
  const t = useT();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<'threshold' | 'absence'>('threshold');
  const [problem, setProblem] = useState<string | null>(null);
  const create = useMutation(
    trpc.alerts.createRule.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.alerts.rules.queryKey() }),
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const matchers = parseMatchers(text(data, 'matchers'));
    if (matchers === undefined) {
      setProblem(t('alerts.badMatchers'));
      return;
    }
    setProblem(null);
    const by = text(data, 'by');
    const common = {
      name: text(data, 'name'),
      kpi: text(data, 'kpi'),
      windowSeconds: Number(text(data, 'windowSeconds')),
      forSeconds: Number(text(data, 'forSeconds')),
      matchers,
      ...(by === '' ? {} : { by }),
    };
    const operator = ALERT_OPERATORS.find((op) => op === text(data, 'operator')) ?? '>';
    create.mutate(
      kind === 'threshold'
        ? {
            ...common,
            kind,
            operator,
            threshold: Number(text(data, 'threshold')),
            agg: ALERT_REDUCERS.find((agg) => agg === text(data, 'agg')) ?? 'avg',
          }
        : { ...common, kind },
    );
  };

  return (
    <form className="rule-form" onSubmit={submit} data-testid="rule-form">
      <label>
        {t('alerts.name')}
        <input name="name" required maxLength={200} />
      </label>
      <label>
        {t('alerts.kind')}
        <select
          name="kind"
          value={kind}
          onChange={(event) => setKind(event.target.value === 'absence' ? 'absence' : 'threshold')}
        >
          <option value="threshold">{t('alerts.kind.threshold')}</option>
          <option value="absence">{t('alerts.kind.absence')}</option>
        </select>
      </label>
      <label>
        {t('alerts.kpi')}
        <select name="kpi" defaultValue="gpu_utilization_ratio">
          {KPIS.map((kpi) => (
            <option key={kpi.name} value={kpi.name}>
              {kpi.name}
            </option>
          ))}
        </select>
      </label>
      {kind === 'threshold' && (
        <>
          <label>
            {t('alerts.agg')}
            <select name="agg" defaultValue="avg">
              {ALERT_REDUCERS.map((agg) => (
                <option key={agg}>{agg}</option>
              ))}
            </select>
          </label>
          <label>
            {t('alerts.operator')}
            <select name="operator" defaultValue=">">
              {ALERT_OPERATORS.map((op) => (
                <option key={op}>{op}</option>
              ))}
            </select>
          </label>
          <label>
            {t('alerts.threshold')}
            <input name="threshold" type="number" step="any" required defaultValue="0.95" />
          </label>
        </>
      )}
      <label>
        {t('alerts.by')}
        <input name="by" placeholder="instance" maxLength={64} />
      </label>
      <label>
        {t('alerts.windowSeconds')}
        <input name="windowSeconds" type="number" min={1} required defaultValue={300} />
      </label>
      <label>
        {t('alerts.forSeconds')}
        <input name="forSeconds" type="number" min={0} required defaultValue={600} />
      </label>
      <label className="rule-form-wide">
        {t('alerts.matcherText')}
        <input name="matchers" placeholder="platform=nvidia-triton" />
      </label>
      <button type="submit" disabled={create.isPending}>
        {t('alerts.create')}
      </button>
      <span role="status">{create.isSuccess && t('alerts.created')}</span>
      {(problem ?? create.error?.message) !== undefined && (problem ?? create.error) !== null && (
        <span role="alert" className="bad">
          {problem ?? create.error?.message}
        </span>
      )}
    </form>
  );
};

'use client';

import { useQuery } from '@tanstack/react-query';

import { useT } from '@/client/preferences.tsx';
import { useRangeInput } from '@/client/time-range.tsx';
import { useTRPC } from '@/client/trpc.tsx';
import { Panel } from '@/components/panel.tsx';

import { AlertTable } from './alert-table.tsx';
import { RuleForm } from './rule-form.tsx';
import { RulesTable } from './rules-table.tsx';

export const AlertsView = () => {
  const t = useT();
  const trpc = useTRPC();
  const range = useRangeInput();
  const alerts = useQuery(trpc.alerts.list.queryOptions({ range }));
  const rules = useQuery(trpc.alerts.rules.queryOptions());
  const active = (alerts.data ?? []).filter((alert) => alert.state !== 'resolved');
  const resolved = (alerts.data ?? []).filter((alert) => alert.state === 'resolved');

  return (
    <div data-testid="view-alerts">
      <h1>{t('alerts.title')}</h1>
      <div className="grid">
        <Panel
          title={t('alerts.active')}
          loading={alerts.isPending}
          error={alerts.error}
          empty={active.length === 0}
          testId="panel-alerts-active"
          wide
        >
          <AlertTable alerts={active} />
        </Panel>
        <Panel
          title={t('alerts.recent')}
          loading={alerts.isPending}
          error={alerts.error}
          empty={resolved.length === 0}
          testId="panel-alerts-resolved"
          wide
        >
          <AlertTable alerts={resolved} resolved />
        </Panel>
        <Panel
          title={t('alerts.rules')}
          loading={rules.isPending}
          error={rules.error}
          empty={rules.data?.length === 0}
          testId="panel-rules"
          wide
        >
          <RulesTable rules={rules.data ?? []} />
        </Panel>
        <Panel title={t('alerts.newRule')} testId="panel-new-rule" wide>
          <RuleForm />
        </Panel>
      </div>
    </div>
  );
};

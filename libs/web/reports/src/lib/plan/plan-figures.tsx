import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { Plan } from './plan-types';

/** How far the plan is: what everyone who knows of it sees, the coordinator included. */
export function PlanFigures({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const rows = [
    ['PLANNED', plan.figures.planned],
    ['IN_PROGRESS', plan.figures.inProgress],
    ['DONE', plan.figures.done],
    ['DROPPED', plan.figures.dropped],
  ] as const;
  return (
    <div className="kijkje-table-scroll">
      <Table>
        <TableCaption>{t('actionPlan.figures.caption', { status: t(`actionPlan.planStatus.${plan.status}`) })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('actionPlan.fields.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('actionPlan.figures.count')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map(([status, count]) => (
            <TableRow key={status}>
              <TableHeaderCell scope="row">{t(`actionPlan.status.${status}`)}</TableHeaderCell>
              <TableCell>{count}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableHeaderCell scope="row">{t('actionPlan.figures.total')}</TableHeaderCell>
            <TableCell>{plan.figures.total}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}

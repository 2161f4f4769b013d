import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { toLang, formatDateTime } from '@kijkje/web/ui';
import { PARTNERS } from './agenda';
import { answerKey } from './steps';
import type { VisitData } from './visit-page';

const KNOWN = new Set<string>(PARTNERS);

/** The submitted preparation, for the reviewers and the coordinator (and the host afterwards). */
export function PreparationView({ visit }: { visit: VisitData }) {
  const { t, i18n } = useTranslation();
  const lang = toLang(i18n.language);
  const agenda = visit.agenda;
  const assessment = visit.selfAssessment;
  const answers = new Map((assessment?.answers ?? []).map((a) => [a.key, a.text]));
  const partner = (name: string) => (KNOWN.has(name) ? t(`plan.partner.${name}`) : name);

  return (
    <section className="kijkje-section" aria-labelledby="preparation-heading">
      <Heading level={2} id="preparation-heading" tabIndex={-1}>
        {t('preparation.title')}
      </Heading>
      {visit.preparedAt ? (
        <Paragraph>{t('preparation.preparedAt', { date: formatDateTime(visit.preparedAt, i18n.language) })}</Paragraph>
      ) : (
        <Paragraph>{t('preparation.notYet')}</Paragraph>
      )}
      {agenda && (
        <section className="kijkje-section" aria-labelledby="agenda-heading">
          <Heading level={3} id="agenda-heading">
            {t('plan.agenda')}
          </Heading>
          {agenda.length === 0 ? (
            <Paragraph>{t('plan.noItems')}</Paragraph>
          ) : (
            <ol className="kijkje-cards" data-testid="agenda">
              {agenda.map((item, index) => (
                <li key={`${item.startTime}-${index}`} className="kijkje-card">
                  <Paragraph>
                    <strong>{t('plan.timeRange', { start: item.startTime, end: item.endTime })}</strong> {item.topic}
                  </Paragraph>
                  {item.partners.length > 0 && <Paragraph>{t('plan.withPartners', { partners: item.partners.map(partner).join(', ') })}</Paragraph>}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {assessment && (
        <section className="kijkje-section" aria-labelledby="assessment-heading">
          <Heading level={3} id="assessment-heading">
            {t('selfAssessment.title')}
          </Heading>
          {visit.programme.framework.map((section) => (
            <section key={section.theme ?? 'general'} className="kijkje-section">
              <Heading level={4}>{section.theme ?? t('selfAssessment.general')}</Heading>
              {section.questions.map((question) => {
                const text = answers.get(answerKey(section.theme, question.key));
                return (
                  <div key={question.key}>
                    <Heading level={5}>{question[lang]}</Heading>
                    <Paragraph className="kijkje-answer">{text?.trim() ? text : t('selfAssessment.noAnswer')}</Paragraph>
                  </div>
                );
              })}
            </section>
          ))}
        </section>
      )}
    </section>
  );
}

import { preparationSteps, stepFilled, stepFromParam, themeProgress } from './steps';
import { localPath, planChecks, planFilled, planFromVisit, planToSend } from './plan-draft';

const framework = [
  { theme: null, questions: [{ key: 'FOTO_VAN_NU' }, { key: 'STIP_AAN_DE_HORIZON' }] },
  { theme: 'Wmo', questions: [{ key: 'WHAT_GOES_WELL' }, { key: 'WHAT_WORRIES_YOU' }] },
  { theme: 'Jeugd', questions: [{ key: 'WHAT_GOES_WELL' }, { key: 'WHAT_WORRIES_YOU' }] },
];

describe('the steps of the preparation', () => {
  it('has a step per part of the self-assessment, then the plan and the overview', () => {
    expect(preparationSteps(framework).map((step) => [step.number, step.kind])).toEqual([
      [1, 'answers'],
      [2, 'answers'],
      [3, 'answers'],
      [4, 'plan'],
      [5, 'overview'],
    ]);
  });

  it('reads the step from the address and falls back to the first', () => {
    expect(stepFromParam('4', 5)).toBe(4);
    expect(stepFromParam('6', 5)).toBe(1);
    expect(stepFromParam('x', 5)).toBe(1);
    expect(stepFromParam(null, 5)).toBe(1);
  });

  it('counts a theme as filled in once every question has an answer, and leaves the general part out', () => {
    const answers = {
      'general:FOTO_VAN_NU': 'Foto',
      'general:STIP_AAN_DE_HORIZON': 'Stip',
      'theme:Wmo:WHAT_GOES_WELL': 'Goed',
      'theme:Wmo:WHAT_WORRIES_YOU': 'Zorg',
      'theme:Jeugd:WHAT_GOES_WELL': 'Goed',
      'theme:Jeugd:WHAT_WORRIES_YOU': '  ',
    };
    expect(themeProgress(framework, answers)).toEqual({ filled: 1, total: 2 });
    const [general, wmo, jeugd, plan, overview] = preparationSteps(framework);
    const empty = planFromVisit({ location: '', agenda: [] });
    expect([general, wmo, jeugd, plan, overview].map((step) => stepFilled(step, answers, empty))).toEqual([true, true, false, false, null]);
  });
});

describe('the plan as it is sent', () => {
  it('names the server messages about the sorted agenda by the items on screen', () => {
    const plan = planFromVisit({
      startsOn: '2026-05-01',
      location: 'Stadskantoor',
      agenda: [
        { startTime: '13:00', endTime: '14:00', topic: 'Middag', partners: [] },
        { startTime: '09:00', endTime: '10:00', topic: '', partners: [] },
      ],
    });
    const [afternoon, morning] = plan.items;
    expect(planChecks(plan)).toEqual({ [`${morning.key}.topic`]: 'plan.topicRequired' });
    expect(localPath('agenda.1.topic', [morning, afternoon])).toBe(`${afternoon.key}.topic`);
    expect(localPath('startsOn', [morning, afternoon])).toBe('startsOn');
  });

  it('reads the visit times back as Dutch wall-clock times and sends them with the day', () => {
    const plan = planFromVisit({
      startsOn: '2027-10-30',
      startsAt: '2027-10-30T18:00:00.000Z',
      endsAt: '2027-10-31T02:00:00.000Z',
      location: 'Stadhuis',
      agenda: [],
    });
    expect([plan.startTime, plan.endTime]).toEqual(['20:00', '03:00']);
    expect(planToSend(plan).input).toMatchObject({ startsOn: '2027-10-30', startTime: '20:00', endTime: '03:00' });
    expect(planFilled({ ...plan, items: [] })).toBe(false);
    expect(
      planFilled({ ...plan, endTime: '', items: [{ key: 'x', startTime: '20:00', endTime: '21:00', topic: 'Ontvangst', partners: [], others: '' }] }),
    ).toBe(false);
  });
});

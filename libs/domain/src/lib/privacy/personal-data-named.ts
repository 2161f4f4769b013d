import type { PersonalDataLocation } from './personal-data';

/**
 * The part of the personal-data catalogue (PERSONAL_DATA) where the network names a person by name
 * in free text rather than by account (named-in-text): the column holds the name, and which rows
 * name the person is decided by namesPerson. The download lists them; erasure puts the
 * placeholder of a former member in the name's place.
 */
export const NAMED_LOCATIONS: readonly PersonalDataLocation[] = [
  {
    key: 'namedAsSpeaker',
    table: 'meeting_item',
    personColumn: 'speaker',
    scope: 'network',
    export: 'full',
    erasure: 'scrub',
    description: {
      nl: 'Programmaonderdelen van werkbijeenkomsten die u als spreker noemen.',
      en: 'Items of work meeting programmes that name you as the speaker.',
    },
  },
  {
    key: 'namedAsActionOwner',
    table: 'plan_action',
    personColumn: 'owner',
    scope: 'network',
    export: 'full',
    erasure: 'scrub',
    description: {
      nl: 'Acties van verbeterplannen die u noemen als wie de actie uitvoert.',
      en: 'Actions of action plans that name you as who carries them out.',
    },
  },
  {
    key: 'namedOnVisitAgendas',
    table: 'visit',
    personColumn: 'agenda',
    scope: 'network',
    export: 'full',
    erasure: 'scrub',
    description: {
      nl: 'Onderdelen van het programma van een bezoek die u noemen als gesprekspartner.',
      en: 'Items of a visit’s programme that name you as a conversation partner.',
    },
  },
];

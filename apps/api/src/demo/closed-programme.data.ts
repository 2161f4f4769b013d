import type { FindingKind } from '@kijkje/domain';

/** What the closed demo programme is made of: its themes, rounds, findings and report summaries. */

export const THEMES = ['Wmo', 'Jeugd', 'Financiële beheersbaarheid'];

interface DemoFinding {
  kind: FindingKind;
  theme: string;
  tags: string[];
  text: string;
  released: boolean;
  response?: { kind: 'AGREE' | 'CORRECTION' | 'COMMENT'; text: string };
}

/**
 * Findings as reviewers wrote them: they name the municipality and people, so that the harvest
 * shows its anonymisation at work.
 */
export const FINDINGS: Record<string, DemoFinding[]> = {
  Utrecht: [
    {
      kind: 'STRENGTH',
      theme: 'Wmo',
      tags: ['toegang', 'wijkteam'],
      text: 'De toegang via de buurtteams in Utrecht is dichtbij en persoonlijk; inwoners weten de weg.',
      released: true,
      response: { kind: 'AGREE', text: '' },
    },
    {
      kind: 'CONCERN',
      theme: 'Wmo',
      tags: ['wachtlijsten'],
      text: 'De **wachtlijst** voor huishoudelijke hulp loopt op. "We zien het aankomen, maar sturen nog niet bij," zei een teamleider.',
      released: true,
    },
    {
      kind: 'RECOMMENDATION',
      theme: 'Financiële beheersbaarheid',
      tags: ['data', 'sturing'],
      text: 'Koppel de cijfers over kosten aan wat het inwoners oplevert: nu zijn het twee gesprekken.',
      released: true,
    },
    {
      kind: 'OWN_RESPONSIBILITY',
      theme: 'Jeugd',
      tags: ['regie'],
      text: 'Utrecht kan zelf de regie nemen op de afspraken met de huisartsen.',
      released: false,
    },
  ],
  Zwolle: [
    {
      kind: 'STRENGTH',
      theme: 'Jeugd',
      tags: ['samenwerking'],
      text: 'De Zwolse aanpak met de huisartsen werkt: jeugdhulp start eerder en lichter.',
      released: true,
    },
    {
      kind: 'CONCERN',
      theme: 'Wmo',
      tags: ['wachtlijsten', 'toegang'],
      text: 'Ook in Zwolle groeien de wachtlijsten; wethouder Gea Gastvrouw noemde het "het gesprek van de dag".',
      released: true,
      response: { kind: 'CORRECTION', text: 'De wachtlijst is in het voorjaar gehalveerd.' },
    },
    {
      kind: 'RECOMMENDATION',
      theme: 'Financiële beheersbaarheid',
      tags: ['data'],
      text: 'Maak het dashboard eenvoudiger: drie cijfers die ertoe doen in plaats van dertig.',
      released: true,
    },
  ],
  Deventer: [
    {
      kind: 'STRENGTH',
      theme: 'Financiële beheersbaarheid',
      tags: ['sturing', 'data'],
      text: 'Deventer stuurt op een paar heldere indicatoren en bespreekt ze elk kwartaal met de raad.',
      released: true,
    },
    { kind: 'CONCERN', theme: 'Wmo', tags: ['wachtlijsten'], text: 'De wachttijd voor een keukentafelgesprek is opgelopen tot zes weken.', released: true },
    {
      kind: 'OWN_RESPONSIBILITY',
      theme: 'Jeugd',
      tags: ['regie', 'samenwerking'],
      text: 'Het gesprek met de scholen kan de gemeente zelf beginnen, los van de regio.',
      released: true,
    },
  ],
  Arnhem: [
    {
      kind: 'STRENGTH',
      theme: 'Wmo',
      tags: ['toegang'],
      text: 'In Arnhem kent het wijkteam de inwoners bij naam: "We bellen even, dat werkt beter dan een brief."',
      released: true,
    },
    { kind: 'CONCERN', theme: 'Jeugd', tags: ['regie'], text: 'Niemand voelt zich eigenaar van de afspraken met de jeugdhulpaanbieders.', released: true },
    {
      kind: 'RECOMMENDATION',
      theme: 'Financiële beheersbaarheid',
      tags: ['sturing'],
      text: 'Maak zichtbaar welke keuzes de raad heeft: nu lijkt alles vast te liggen.',
      released: true,
    },
  ],
  Nijmegen: [
    {
      kind: 'STRENGTH',
      theme: 'Jeugd',
      tags: ['samenwerking'],
      text: 'Nijmegen werkt met de scholen aan vroegsignalering, en dat zie je terug in de cijfers.',
      released: false,
    },
    {
      kind: 'CONCERN',
      theme: 'Wmo',
      tags: ['wachtlijsten'],
      text: 'De wachtlijst voor begeleiding is lang, en inwoners horen weinig over hoe lang nog.',
      released: false,
    },
    {
      kind: 'RECOMMENDATION',
      theme: 'Wmo',
      tags: ['toegang', 'data'],
      text: 'Laat inwoners online zien waar ze staan; dat scheelt telefoontjes en onzekerheid.',
      released: false,
    },
  ],
  Eindhoven: [
    {
      kind: 'STRENGTH',
      theme: 'Wmo',
      tags: ['toegang'],
      text: 'Het Eindhovense loket in de wijk is goed bereikbaar; inwoners komen zonder afspraak binnen.',
      released: false,
    },
    {
      kind: 'CONCERN',
      theme: 'Jeugd',
      tags: ['regie'],
      text: 'De afspraken met de jeugdhulpaanbieders zijn verspreid over drie afdelingen.',
      released: false,
      response: { kind: 'COMMENT', text: 'Klopt; we brengen ze dit jaar onder bij één team.' },
    },
  ],
  Delft: [
    {
      kind: 'STRENGTH',
      theme: 'Financiële beheersbaarheid',
      tags: ['sturing'],
      text: 'De begroting van het sociaal domein is per doel opgezet; de raad ziet wat elk doel kost.',
      released: false,
    },
    {
      kind: 'RECOMMENDATION',
      theme: 'Wmo',
      tags: ['toegang'],
      text: 'Vraag inwoners na een half jaar hoe het gaat, niet alleen bij de aanvraag.',
      released: false,
    },
  ],
  Groningen: [
    { kind: 'STRENGTH', theme: 'Jeugd', tags: ['samenwerking'], text: 'Wijkteam en scholen hebben één aanspreekpunt per school.', released: false },
    {
      kind: 'CONCERN',
      theme: 'Financiële beheersbaarheid',
      tags: ['data'],
      text: 'De cijfers over de jeugdhulp komen een half jaar te laat om bij te sturen.',
      released: false,
    },
  ],
};

/**
 * Two rounds of four (a round has 4 or 5 municipalities). Each team comes from other
 * municipalities of its own round: Deventer's Ruben Reviewer leads Nijmegen's team in round 1,
 * Arnhem's Aron Arnhem leads Eindhoven's in round 2.
 */
export const ROUNDS: Record<string, string[]> = {
  'Ronde 1': ['Utrecht', 'Zwolle', 'Deventer', 'Nijmegen'],
  'Ronde 2': ['Arnhem', 'Eindhoven', 'Delft', 'Groningen'],
};

/** The visits of the round that have been held and wait for their report; the others are final. */
export const HELD = new Set(['Nijmegen', 'Eindhoven']);

export const SUMMARIES: Record<string, string> = {
  Utrecht:
    'Utrecht heeft een sterke, nabije toegang. De opgave zit in de **samenhang tussen geld en bedoeling**: de cijfers worden verzameld, maar nog niet gebruikt om bij te sturen.',
  Zwolle: 'Zwolle laat zien wat samenwerking met de huisartsen oplevert. Het dashboard kan eenvoudiger, zodat het gesprek over de wachtlijsten op feiten gaat.',
  Deventer:
    'Deventer stuurt met weinig, heldere indicatoren. De wachttijd in de Wmo vraagt aandacht; de gemeente kan zelf het gesprek met de scholen beginnen.',
  Arnhem: 'Arnhem is dichtbij zijn inwoners. De regie op de jeugdhulp kan duidelijker, en de raad kan meer zien van de keuzes die er zijn.',
  Delft: 'Delft begroot per doel. De toegang kan leren van wat inwoners na een half jaar zeggen.',
  Groningen: 'Groningen werkt dicht bij de scholen. Snellere cijfers over de jeugdhulp helpen om op tijd bij te sturen.',
};

import type { Bilingual } from '../errors/app-error';

type Template = (arg: string) => Bilingual;

const TEMPLATES: Record<string, Template> = {
  required: () => ({ nl: 'Dit veld is verplicht.', en: 'This field is required.' }),
  string: () => ({ nl: 'Vul tekst in.', en: 'Enter text.' }),
  minLength: (n) => ({ nl: `Gebruik minstens ${n} tekens.`, en: `Use at least ${n} characters.` }),
  maxLength: (n) => ({ nl: `Gebruik hoogstens ${n} tekens.`, en: `Use at most ${n} characters.` }),
  email: () => ({ nl: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.', en: 'Enter a valid e-mail address, such as name@municipality.nl.' }),
  uuid: () => ({ nl: 'Dit is geen geldige verwijzing.', en: 'This is not a valid reference.' }),
  oneOf: (values) => ({ nl: `Kies een van: ${values}.`, en: `Choose one of: ${values}.` }),
  controlChars: () => ({ nl: 'De tekst bevat ongeldige tekens.', en: 'The text contains invalid characters.' }),
  idempotencyKey: () => ({
    nl: 'De idempotentiesleutel moet 8 tot 100 letters, cijfers, - of _ bevatten.',
    en: 'The idempotency key must be 8 to 100 letters, digits, - or _.',
  }),
  integer: () => ({ nl: 'Vul een geheel getal in.', en: 'Enter a whole number.' }),
  min: (n) => ({ nl: `Vul minstens ${n} in.`, en: `Enter at least ${n}.` }),
  max: (n) => ({ nl: `Vul hoogstens ${n} in.`, en: `Enter at most ${n}.` }),
  date: () => ({ nl: 'Vul een geldige datum in.', en: 'Enter a valid date.' }),
  time: () => ({ nl: 'Vul een tijd in als 09:30.', en: 'Enter a time such as 09:30.' }),
  cbsCode: () => ({ nl: 'Een CBS-code ziet eruit als GM0344.', en: 'A CBS code looks like GM0344.' }),
  token: () => ({ nl: 'Deze link is ongeldig.', en: 'This link is not valid.' }),
  challenge: () => ({ nl: 'Deze inlogpoging is niet geldig; log opnieuw in.', en: 'This sign-in attempt is not valid; sign in again.' }),
  fingerprint: () => ({ nl: 'Dit voorstel is niet herkend; laad de pagina opnieuw.', en: 'This suggestion was not recognised; reload the page.' }),
};

const FALLBACK: Bilingual = { nl: 'Deze waarde is niet geldig.', en: 'This value is not valid.' };

/** Turns a message key written by the rules (`name|arg`) into Dutch and English text. */
export function translateConstraint(message: string): Bilingual {
  const [name, arg = ''] = message.split('|');
  const template = TEMPLATES[name];
  return template ? template(arg) : FALLBACK;
}

/**
 * The platform's privacy and accessibility statements, in Markdown, Dutch and English. They say
 * what Kijkje does today and nothing more: what is not built yet is named as such.
 */
export const PRIVACY = {
  nl: `Kijkje is het platform waarop gemeenten in een netwerk elkaar een kijkje in de keuken geven. Deze verklaring zegt welke persoonsgegevens Kijkje verwerkt, waarvoor en hoe lang.

## Welke gegevens
- **Uw account**: naam, e-mailadres, taalkeuze, een versleutelde vorm van uw wachtwoord (nooit het wachtwoord zelf) en uw meldingsinstellingen.
- **Uw lidmaatschappen**: van welke netwerken u lid bent, met welke rol en voor welke organisatie.
- **Wat u schrijft**: bevindingen, opmerkingen, reacties als gastgemeente, verslagen en zelfevaluaties, met wie het schreef en wanneer.
- **Uw sessies**: wanneer u inlogde, wanneer u Kijkje het laatst gebruikte en welke browser u gebruikte, zodat u op *Mijn account* ziet waar u bent ingelogd.
- **Het logboek**: wie wat deed en wanneer (bijvoorbeeld een bevinding delen of iemand uitnodigen). Dat logboek bewaakt de vertrouwelijkheid van wat gedeeld wordt.

## Waarvoor
Alleen om de collegiale visitaties, werkbijeenkomsten en wat daaruit volgt te laten werken: u uitnodigen, u laten zien wat er voor u klaarstaat, u herinneren aan termijnen en bijhouden wie wat mag zien. Kijkje verkoopt niets, toont geen advertenties en volgt u niet.

## Wie het ziet
Wat u schrijft ziet alleen wie dat volgens de regels van het netwerk mag (het reviewteam, de gastgemeente, de coördinator, en alleen wat de gastgemeente vrijgeeft komt geanonimiseerd in een oogst). Een gepubliceerde oogst noemt geen namen van personen of gemeenten.

## Cookies
Kijkje gebruikt één functionele cookie: de sessiecookie die u ingelogd houdt. Geen analytische of volgcookies, dus ook geen cookiemelding.

## Hoe lang
Uw account blijft bestaan zolang u lid bent van een netwerk. De bewaartermijn per netwerk voor bezoekmateriaal na afloop van een programma wordt nog ingevoerd; tot dan bewaart Kijkje het tot het netwerk het verwijdert.

## Uw rechten
Op *Mijn account* ziet en wijzigt u uw naam, taal, wachtwoord en sessies. Wilt u een volledige kopie van uw gegevens, of dat uw account wordt verwijderd? Vraag het de coördinator van uw netwerk; een knop daarvoor in Kijkje zelf komt eraan.`,
  en: `Kijkje is the platform on which municipalities in a network look in each other's kitchens. This statement says which personal data Kijkje processes, what for and for how long.

## Which data
- **Your account**: name, e-mail address, language, an encrypted form of your password (never the password itself) and your notification settings.
- **Your memberships**: which networks you belong to, with which role and for which organisation.
- **What you write**: findings, comments, replies as host, reports and self-assessments, with who wrote them and when.
- **Your sessions**: when you signed in, when you last used Kijkje and which browser you used, so that *My account* shows where you are signed in.
- **The audit log**: who did what and when (for example sharing a finding or inviting someone). It guards the confidentiality of what is shared.

## What for
Only to make peer reviews, work meetings and what follows from them work: inviting you, showing you what is waiting for you, reminding you of deadlines and keeping track of who may see what. Kijkje sells nothing, shows no advertising and does not track you.

## Who sees it
What you write is seen only by those the network's rules allow (the review team, the host municipality, the coordinator; only what the host releases goes, anonymised, into a harvest). A published harvest names no people and no municipalities.

## Cookies
Kijkje uses one functional cookie: the session cookie that keeps you signed in. No analytics or tracking cookies, and so no cookie banner.

## How long
Your account exists as long as you are a member of a network. A retention period per network for visit material after a programme ends is being introduced; until then Kijkje keeps it until the network removes it.

## Your rights
On *My account* you see and change your name, language, password and sessions. Would you like a full copy of your data, or your account erased? Ask your network's coordinator; a button for it in Kijkje itself is on its way.`,
} as const;

export const ACCESSIBILITY = {
  nl: `Kijkje wil voor iedereen bruikbaar zijn, ook met een schermlezer, alleen een toetsenbord, een vergroting of een smal scherm. Deze verklaring volgt het model van de Nederlandse overheid.

## Status
**Eerste maatregelen genomen (C).** De webapplicatie van Kijkje is nog niet door een onafhankelijke deskundige volledig onderzocht tegen WCAG 2.1 niveau A en AA (EN 301 549). Wel meten we zelf, bij elke wijziging:

- elke pagina in de geautomatiseerde browsertests wordt met axe-core getoetst op de WCAG 2.1 A- en AA-regels; een overtreding laat de test falen;
- de belangrijkste taken (inloggen, een bezoek voorbereiden, bevindingen vastleggen, een verslag schrijven) worden ook met alleen het toetsenbord doorlopen;
- pagina's zijn bruikbaar op 320 pixels breed zonder horizontaal te scrollen;
- de teksten zijn er in het Nederlands en het Engels.

## Wat (nog) niet goed is
- Een volledig handmatig onderzoek door een deskundige ontbreekt; dat plannen we voordat Kijkje breed in gebruik gaat.
- De PDF- en Word-exports van verslagen en oogsten zijn niet getoetst op toegankelijkheid.

## Contact
Loopt u ergens tegenaan? Meld het aan de coördinator van uw netwerk; die geeft het door aan het team van Kijkje. U krijgt binnen vijf werkdagen antwoord.

Deze verklaring is opgesteld op 4 december 2026.`,
  en: `Kijkje means to be usable by everyone, also with a screen reader, a keyboard only, magnification or a narrow screen. This statement follows the Dutch government's model.

## Status
**First measures taken (C).** Kijkje's web application has not yet been fully evaluated by an independent expert against WCAG 2.1 level A and AA (EN 301 549). We do measure it ourselves, with every change:

- every page in the automated browser tests is checked with axe-core against the WCAG 2.1 A and AA rules; a violation fails the test;
- the main tasks (signing in, preparing a visit, capturing findings, writing a report) are also done with the keyboard alone;
- pages work at 320 pixels wide without horizontal scrolling;
- all texts are available in Dutch and English.

## What is not (yet) right
- A full manual evaluation by an expert is missing; we plan it before Kijkje is used widely.
- The PDF and Word exports of reports and harvests have not been checked for accessibility.

## Contact
Something in your way? Tell your network's coordinator, who passes it on to the Kijkje team. You get an answer within five working days.

This statement was drawn up on 4 December 2026.`,
} as const;

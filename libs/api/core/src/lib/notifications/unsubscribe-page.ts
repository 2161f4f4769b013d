import type { Language } from '@kijkje/domain';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const TEXT = {
  nl: {
    title: 'Afmelden',
    confirm: (kind: string) => `Wilt u geen e-mail meer over: ${kind}? U ziet deze meldingen nog wel in Kijkje.`,
    button: 'Afmelden voor deze e-mail',
    done: (kind: string) => `U bent afgemeld. U krijgt geen e-mail meer over: ${kind}. U ziet deze meldingen nog wel in Kijkje.`,
    unknown: 'Deze afmeldlink is ongeldig.',
    settings: 'Meldingsinstellingen in Kijkje',
  },
  en: {
    title: 'Unsubscribe',
    confirm: (kind: string) => `No more e-mail about: ${kind}? You will still see these notifications in Kijkje.`,
    button: 'Unsubscribe from this e-mail',
    done: (kind: string) => `You have been unsubscribed. You will no longer get e-mail about: ${kind}. You will still see these notifications in Kijkje.`,
    unknown: 'This unsubscribe link is not valid.',
    settings: 'Notification settings in Kijkje',
  },
};

/** A small page of its own (no web app needed): what the link does, a button that does it, or what it did. */
export function unsubscribePage(language: Language, kind: string | null, step: 'confirm' | 'done' | 'unknown', settingsLink: string): string {
  const t = TEXT[language];
  const body =
    step === 'unknown' || !kind
      ? `<p>${t.unknown}</p>`
      : step === 'confirm'
        ? `<p>${escape(t.confirm(kind))}</p><form method="post"><button type="submit">${t.button}</button></form>`
        : `<p role="status">${escape(t.done(kind))}</p><p><a href="${escape(settingsLink)}">${t.settings}</a></p>`;
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t.title} - Kijkje</title>
<style>body{font-family:"Noto Sans",Arial,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}h1{color:#01689b}button{font:inherit;padding:.6rem 1rem;background:#01689b;color:#fff;border:0;text-decoration:underline;cursor:pointer}a{color:#01689b}</style>
</head><body><main><h1>Kijkje: ${t.title.toLowerCase()}</h1>${body}</main></body></html>`;
}

// What the access log calls each event (NEN 7513 EventTypeCode), with its action code
// (EventActionCode: C create, R read, view, print or download, U update, D delete, E execute: a
// search or list, or running a function) and the Dutch label the Toegangslog shows.
//
// An event writes one row per client it touched. Events marked `always` write one row even when
// they touched no client: changes to an organisation's affairs, and reading the log itself.

export type ActionCode = 'C' | 'R' | 'U' | 'D' | 'E';

export interface EventSpec {
  code: ActionCode;
  label: string;
  always?: true;
}

export const EVENTS = {
  'case.list': { code: 'E', label: 'Casussen gezocht of bekeken in een lijst' },
  'case.read': { code: 'R', label: 'Casus ingezien' },
  'case.assess': { code: 'R', label: 'Toetsing van een casus ingezien' },
  'case.create': { code: 'C', label: 'Casus geopend' },
  'case.import': { code: 'C', label: 'Dossier geïmporteerd' },
  'case.export': { code: 'R', label: 'Dossier geëxporteerd' },
  'case.route': { code: 'U', label: 'Team of financier van een casus gewijzigd' },
  'client.update': { code: 'U', label: 'Adres of aanhef van een cliënt gewijzigd' },
  'entry.append': { code: 'C', label: 'Item aan het dossier toegevoegd' },
  'deadline.list': { code: 'E', label: 'Termijnen bekeken' },
  'deadline.feed': { code: 'E', label: 'Termijnen opgehaald door een agenda-abonnement' },
  'calendar-feed.create': { code: 'C', label: 'Agenda-abonnement aangemaakt', always: true },
  'calendar-feed.revoke': { code: 'D', label: 'Agenda-abonnement ingetrokken', always: true },
  'notification.list': { code: 'E', label: 'Meldingen bekeken' },
  'notification.read': { code: 'U', label: 'Melding als gelezen gemarkeerd' },
  'mail-delivery.list': { code: 'E', label: 'Herinneringsmails bekeken' },
  'mail-delivery.resend': { code: 'U', label: 'Herinneringsmail opnieuw verstuurd', always: true },
  'team.list': { code: 'E', label: 'Teams bekeken' },
  'team.create': { code: 'C', label: 'Team aangemaakt', always: true },
  'team.assign': { code: 'U', label: 'Gebruiker in een team geplaatst', always: true },
  'letter.list': { code: 'E', label: 'Brieven van een casus bekeken' },
  'letter.read': { code: 'R', label: 'Brief ingezien' },
  'letter.draft': { code: 'C', label: 'Brief opgesteld' },
  'letter.edit': { code: 'U', label: 'Conceptbrief bewerkt' },
  'letter.discard': { code: 'D', label: 'Conceptbrief weggegooid' },
  'letter.approve': { code: 'U', label: 'Brief goedgekeurd en verzonden' },
  'document.download': { code: 'R', label: 'Document gedownload' },
  'allocation.update': { code: 'U', label: 'Toewijzing van de gemeente vastgelegd' },
  'stop-message.read': { code: 'R', label: '307-bericht opgevraagd' },
  'stop-message.send': { code: 'C', label: '307-bericht gemaakt en vastgelegd' },
  // The request to the funder (issue 11): the funder's reads are logged with purpose 'funder-review'.
  'request.submit': { code: 'C', label: 'Verzoek aan de financier ingediend' },
  'request.list': { code: 'E', label: 'Verzoeken aan de financier bekeken in een lijst' },
  'request.read': { code: 'R', label: 'Verzoek aan de financier ingezien' },
  'request.download': { code: 'R', label: 'Verzoek of besluit van de financier gedownload' },
  'request.question': { code: 'C', label: 'Vraag van de financier aan de aanbieder gesteld' },
  'request.answer': { code: 'U', label: 'Vraag van de financier beantwoord' },
  'request.hearing': { code: 'C', label: 'Wederhoor vastgelegd' },
  'request.medical-advice': { code: 'C', label: 'Medisch advies vastgelegd' },
  'request.decide': { code: 'C', label: 'Besluit van de financier vastgelegd en verzonden' },
  'request.objection': { code: 'C', label: 'Bezwaar tegen het besluit van de financier ingediend' },
  'request.withdraw': { code: 'U', label: 'Verzoek aan de financier ingetrokken' },
  'contract.list': { code: 'E', label: 'Contracten met financiers of aanbieders bekeken', always: true },
  'contract.change': { code: 'U', label: 'Contract met een financier of aanbieder vastgelegd of beëindigd', always: true },
  'access-log.read': { code: 'E', label: 'Toegangslog bekeken', always: true },
  'access-log.export': { code: 'R', label: 'Toegangslog gedownload (CSV)', always: true },
  'access-log.verify': { code: 'E', label: 'Hashketens van de toegangslog gecontroleerd' },
  'reminder.run': { code: 'E', label: 'Herinneringen gemaakt en verstuurd' },
  'projection.refresh': { code: 'U', label: 'Termijnoverzicht bijgewerkt' },
  // Security events (decision 0015): signing in, always in the chain of the account's organisation.
  'auth.sign-in': { code: 'E', label: 'Ingelogd (of een poging daartoe)', always: true },
  'auth.api-token': { code: 'C', label: 'API-token aangevraagd (of een poging daartoe)', always: true },
  'auth.invitation-accept': { code: 'U', label: 'Uitnodiging gebruikt: wachtwoord ingesteld', always: true },
  'auth.second-factor-enrol': { code: 'U', label: 'Tweede factor ingesteld', always: true },
  'account.password': { code: 'U', label: 'Eigen wachtwoord gewijzigd', always: true },
  'account.sign-out-everywhere': { code: 'D', label: 'Overal uitgelogd', always: true },
  'account.recovery-codes': { code: 'U', label: 'Nieuwe herstelcodes gemaakt', always: true },
  'api-token.list': { code: 'E', label: 'API-tokens bekeken' },
  'api-token.revoke': { code: 'D', label: 'API-token ingetrokken', always: true },
  // The organisation's accounts (the beheerder, or the operator at the machine).
  'organisation.create': { code: 'C', label: 'Organisatie aangemaakt', always: true },
  'organisation.update': { code: 'U', label: 'Telefoonnummer of klachtencontact van de organisatie gewijzigd', always: true },
  'user.list': { code: 'E', label: 'Gebruikers bekeken' },
  'user.invite': { code: 'C', label: 'Gebruiker uitgenodigd (of nieuwe uitnodiging)', always: true },
  'user.update': { code: 'U', label: 'Rol of status van een gebruiker gewijzigd', always: true },
  'user.second-factor-reset': { code: 'U', label: 'Tweede factor van een gebruiker teruggezet', always: true },
  // Suspension reports to the insurer (issue 11, point 8).
  'suspension-report.create': { code: 'C', label: 'Opschorting gemeld bij Zorgadvies en Bemiddeling' },
  'suspension-report.list': { code: 'E', label: 'Meldingen van opschorting bekeken' },
  'suspension-report.read': { code: 'R', label: 'Melding van opschorting ingezien' },
  'suspension-report.pass-on': { code: 'U', label: 'Melding van opschorting geanonimiseerd doorgestuurd naar Zorginkoop' },
  'suspension-report.read-anonymised': { code: 'E', label: 'Geanonimiseerde meldingen van opschorting bekeken (Zorginkoop)', always: true },
  'funder-dashboard.read': { code: 'E', label: 'Dashboard van de financier bekeken (of als CSV gedownload)', always: true },
  // Tasks (decision 0017); making one is part of the command that caused it.
  'task.list': { code: 'E', label: 'Taken bekeken' },
  'task.complete': { code: 'U', label: 'Taak afgerond', always: true },
  // The care agreement (decision 0018).
  'client.list': { code: 'E', label: 'Cliënten bekeken' },
  'agreement.read': { code: 'R', label: 'Zorgovereenkomst van een cliënt ingezien' },
  'agreement.create': { code: 'C', label: 'Zorgovereenkomst met een nieuwe cliënt vastgelegd' },
  'agreement.end': { code: 'U', label: 'Einde van een zorgovereenkomst vastgelegd' },
  'appointment.plan': { code: 'C', label: 'Afspraak gepland' },
  'appointment.update': { code: 'U', label: 'Afzegging, aanwezigheid of overmacht van een afspraak vastgelegd' },
  'invoice.issue': { code: 'C', label: 'Factuur gemaakt' },
  'invoice.update': { code: 'U', label: 'Herinnering of betaling van een factuur vastgelegd' },
  'support-plan.update': { code: 'C', label: 'Nieuwe versie van het ondersteuningsplan vastgelegd' },
  'support-plan.evaluate': { code: 'C', label: 'Evaluatie van het ondersteuningsplan vastgelegd' },
  // The client's own file (decisions 0020, 0023).
  'client-account.invite': { code: 'C', label: 'Cliënt of vertegenwoordiger uitgenodigd voor het eigen dossier' },
  'client-account.list': { code: 'E', label: 'Accounts van cliënt en vertegenwoordigers bekeken' },
  'entry.withhold': { code: 'C', label: 'Item afgeschermd voor de cliënt' },
  'access-log.read-own': { code: 'E', label: 'Cliënt bekeek wie het dossier inzag' },
  'client-request.make': { code: 'C', label: 'Verzoek van de cliënt ingediend' },
  'client-request.list': { code: 'E', label: 'Verzoeken van cliënten bekeken' },
  'client-request.answer': { code: 'U', label: 'Verzoek van de cliënt beantwoord' },
  'case.transfer': { code: 'R', label: 'Dossier overgedragen aan een volgende aanbieder' },
  'retention.record': { code: 'C', label: 'Uitzondering op bewaren of vernietigen vastgelegd' },
  'case.destroy': { code: 'D', label: 'Dossier vernietigd' },
  /** A page that only leads somewhere (a form, instructions): logged when it is refused. */
  'area.enter': { code: 'E', label: 'Onderdeel geopend' },
} as const satisfies Record<string, EventSpec>;

export type EventType = keyof typeof EVENTS;

/** Whether the event writes a row even when it touched no client. */
export function alwaysLogged(event: EventType): boolean {
  return (EVENTS[event] as EventSpec).always === true;
}

export const EVENT_TYPES = Object.keys(EVENTS) as EventType[];

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENTS, value);
}

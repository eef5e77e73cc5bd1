// Which terms the Algemene termijnenwet extends (decision record 0003). By law it governs terms set
// by statute; applying it to a protocol's or an agreement's own terms is Zorgvuldig's choice, made
// where a later date protects the client and never where it would cost the client. Each deadline
// carries one of these, so its counting and the reason for it are shown beside the date.

import type { CountingChoice } from './types.ts';

/** An objection term: the Atw's own ground. */
export const STATUTORY_TERM: CountingChoice = {
  counting: 'atw',
  reason:
    'Algemene termijnenwet: een bezwaartermijn die op een zaterdag, zondag of feestdag eindigt, loopt door tot de eerstvolgende werkdag.',
};

/** A funder's decision: until it decides, care goes on. */
export const FUNDER_DECISION_TERM: CountingChoice = {
  counting: 'atw',
  reason:
    'Algemene termijnenwet, door Zorgvuldig ook op deze termijn van het protocol toegepast: tot het besluit loopt de zorg door, dus een latere datum benadeelt de cliënt niet.',
};

/**
 * A term counted in working days: weekends and holidays are left out by the term itself. The date's
 * own explanation already says which days count, so the reason says only why nothing is extended.
 */
export const WORKING_DAYS_TERM: CountingChoice = {
  counting: 'plain',
  reason: 'Niet verlengd volgens de Algemene termijnenwet: een termijn in werkdagen eindigt altijd op een werkdag.',
};

/** The provider's notice: the care ends no earlier than the term. */
export const PROVIDER_NOTICE_TERM: CountingChoice = {
  counting: 'atw',
  reason:
    'Algemene termijnenwet, door Zorgvuldig ook op de opzegtermijn van de aanbieder toegepast: de zorg eindigt dan niet op een zaterdag, zondag of feestdag, en de cliënt houdt de zorg eerder langer dan korter.',
};

/** A term within which the client must pay: the client never gets less time. */
export const CLIENT_PAYMENT_TERM: CountingChoice = {
  counting: 'atw',
  reason:
    'Algemene termijnenwet, door Zorgvuldig ook op deze betalingstermijn toegepast: de cliënt krijgt zo nooit minder tijd om te betalen.',
};

/** The client's own notice: extending it would bind the client longer. */
export const CLIENT_OWN_NOTICE_TERM: CountingChoice = {
  counting: 'plain',
  reason:
    'Gewone kalendertelling: de opzegtermijn van de cliënt eindigt op zijn kalenderdag. De Algemene termijnenwet geldt niet voor termijnen uit de overeenkomst, en verlengen zou de cliënt langer aan de overeenkomst binden.',
};

/** A duty of the provider towards the client: extending it would give the provider more time. */
export const PROVIDER_DUTY_TERM: CountingChoice = {
  counting: 'plain',
  reason: 'Gewone kalendertelling: verlengen zou de aanbieder meer tijd geven voor een plicht tegenover de cliënt.',
};

/** A term before an event: nothing to extend. */
export const BACKWARD_TERM: CountingChoice = {
  counting: 'plain',
  reason: 'Gewone kalendertelling: een termijn vóór een gebeurtenis wordt niet verlengd (ook niet onder de Algemene termijnenwet, art. 1 lid 2).',
};

/** A retention term: a minimum in years. */
export const RETENTION_TERM: CountingChoice = {
  counting: 'plain',
  reason: 'Gewone kalendertelling: een bewaartermijn is een minimum in jaren, waarop de Algemene termijnenwet niet van toepassing is.',
};

// The life of a request to the funder (decision record 0013), as a table of what may follow what.
// Every command that changes a request asks `next` first, so an impossible sequence (a second
// decision, an objection on a request that was never decided, a question to a withdrawn request) is
// refused with a Dutch sentence before anything is written.

import { ConflictError } from '../errors.ts';

export const REQUEST_STATES = ['submitted', 'information-requested', 'under-review', 'decided', 'objection', 'closed', 'withdrawn'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

export const DECISION_OUTCOMES = ['accepted', 'accepted-with-conditions', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export type RequestEvent =
  | { kind: 'ask' }
  /** The answer to a question; `stillOpen`: other questions remain unanswered. */
  | { kind: 'answer'; stillOpen: boolean }
  | { kind: 'hear' }
  | { kind: 'advise' }
  | { kind: 'decide' }
  | { kind: 'object' }
  /** The 307 is sent (or the objection decided on): nothing more is to be done on the request. */
  | { kind: 'close' }
  | { kind: 'withdraw' };

/** Dutch, as the pages show a state. */
export const STATE_LABELS: Record<RequestState, string> = {
  submitted: 'Ingediend',
  'information-requested': 'Informatie gevraagd',
  'under-review': 'In behandeling',
  decided: 'Besloten',
  objection: 'Bezwaar',
  closed: 'Afgesloten',
  withdrawn: 'Ingetrokken',
};

const OPEN: readonly RequestState[] = ['submitted', 'information-requested', 'under-review'];

/** The request is still awaiting the funder's decision: one such request per case at a time. */
export function isPending(state: RequestState): boolean {
  return OPEN.includes(state);
}

const REFUSALS: Record<RequestEvent['kind'], string> = {
  ask: 'een vraag kan alleen worden gesteld zolang er nog niet is besloten',
  answer: 'er staat geen vraag open',
  hear: 'wederhoor wordt vastgelegd voordat er is besloten',
  advise: 'het medisch advies wordt gegeven voordat er is besloten',
  decide: 'er is al besloten op dit verzoek, of het is ingetrokken',
  object: 'bezwaar kan alleen tegen een besluit, en één keer',
  close: 'het verzoek is nog niet besloten',
  withdraw: 'alleen een verzoek waarop nog niet is besloten kan worden ingetrokken',
};

function target(state: RequestState, event: RequestEvent): RequestState | undefined {
  switch (event.kind) {
    case 'ask':
      return isPending(state) ? 'information-requested' : undefined;
    case 'answer':
      return state === 'information-requested' ? (event.stillOpen ? 'information-requested' : 'under-review') : undefined;
    case 'hear':
    case 'advise':
      if (state === 'submitted') return 'under-review';
      return isPending(state) ? state : undefined;
    case 'decide':
      // An open question must be answered (or withdrawn by the funder) first: it stops the clock,
      // and the decision would rest on a dossier the funder itself found incomplete. A decision on
      // an objection closes the request.
      if (state === 'submitted' || state === 'under-review') return 'decided';
      return state === 'objection' ? 'closed' : undefined;
    case 'object':
      return state === 'decided' ? 'objection' : undefined;
    case 'close':
      return state === 'decided' ? 'closed' : undefined;
    case 'withdraw':
      return isPending(state) ? 'withdrawn' : undefined;
  }
}

/** The state after `event`, or a ConflictError saying why it cannot happen now. */
export function next(state: RequestState, event: RequestEvent, path = '$'): RequestState {
  const to = target(state, event);
  if (to === undefined) {
    const reason = event.kind === 'decide' && state === 'information-requested' ? 'er staat nog een vraag aan de aanbieder open' : REFUSALS[event.kind];
    throw new ConflictError([{ path, message: `${reason} (het verzoek is: ${STATE_LABELS[state].toLowerCase()})` }]);
  }
  return to;
}

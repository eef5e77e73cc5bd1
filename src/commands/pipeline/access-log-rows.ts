import type { Transaction } from 'kysely';
import { isoSecondInAmsterdam } from '../../clock.ts';
import { canonicalFields, type AccessLogFields } from '../../access-log/chain.ts';
import { EVENTS, type EventType } from '../../access-log/events.ts';
import type { Actor } from '../../policy/actors.ts';
import type { Decision } from '../../policy/policy.ts';
import { appendAccessLog } from '../../store/access-log.ts';
import type { Database } from '../../store/schema.ts';

// Turning what a command did into access-log rows: who (the actor), when, from where, what (the
// event and its action code), to whom (the client and case) and on what ground (the decision).

/**
 * What a row says of the outcome: the policy's decision, or for a security event outside the policy
 * (a sign-in) the same shape with its own reason (decision 0015).
 */
export type LoggedOutcome =
  | Decision
  | { allowed: false; relation: Decision['relation']; purpose: Decision['purpose']; reason: SecurityReason | RuleReason };

/** Why a rule of the domain refused what the policy allowed (decision 0020: a transfer without consent). */
export type RuleReason = 'no-consent' | 'consent-not-written' | 'consent-withdrawn';

/** Why a sign-in was refused, as the access log records it. */
export type SecurityReason = 'wrong-password' | 'wrong-code' | 'blocked' | 'deactivated';

/** A client the command touched, with the chain its row joins (the organisation holding the data). */
export interface ClientTouch {
  organisationId: string;
  clientId: string | null;
  caseId: string | null;
  decision: LoggedOutcome;
}

/** A row for an organisation's chain, as the canonical JSON of its fields. */
export interface AccessLogDoc {
  organisationId: string;
  doc: string;
}

export type AccessLogSink = (trx: Transaction<Database>, docs: readonly AccessLogDoc[]) => Promise<void>;

export const databaseAccessLog: AccessLogSink = appendAccessLog;

function who(actor: Actor): Pick<AccessLogFields, 'userId' | 'userName' | 'userRole' | 'userOrganisationId'> {
  switch (actor.kind) {
    case 'user':
      // A client's or representative's own name never enters the log: its rows must name nobody
      // once the file is destroyed (decision 0023); the account's id is looked up while it exists.
      if (actor.clientId !== undefined) {
        const representative = actor.representative === true;
        return {
          userId: actor.userId,
          userName: representative ? 'wettelijk vertegenwoordiger' : 'cliënt',
          userRole: representative ? 'representative' : 'client',
          userOrganisationId: actor.organisationId,
        };
      }
      return { userId: actor.userId, userName: actor.name, userRole: actor.role, userOrganisationId: actor.organisationId };
    case 'operator':
      return { userId: `os:${actor.osUser}@${actor.host}`, userName: actor.osUser, userRole: 'operator', userOrganisationId: null };
    case 'system':
      return { userId: `system:${actor.job}`, userName: `Zorgvuldig (${actor.job})`, userRole: 'system', userOrganisationId: null };
  }
}

/** The rows for the touches, as the canonical JSON the database chains; one per client and case. */
export function accessLogDocs(
  actor: Actor,
  origin: string,
  event: EventType,
  at: Date,
  touches: readonly ClientTouch[],
): AccessLogDoc[] {
  const common = { ...who(actor), time: isoSecondInAmsterdam(at), actionCode: EVENTS[event].code, eventType: event, networkAddress: origin };
  const seen = new Set<string>();
  return touches.flatMap((touch) => {
    const key = `${touch.organisationId}/${touch.clientId}/${touch.caseId}`;
    if (seen.has(key)) return [];
    seen.add(key);
    const { decision } = touch;
    const fields: AccessLogFields = {
      ...common,
      organisationId: touch.organisationId,
      purpose: decision.purpose,
      relation: decision.relation,
      clientId: touch.clientId,
      caseId: touch.caseId,
      outcome: decision.allowed ? 'allowed' : 'denied',
      reason: decision.allowed ? null : decision.reason,
    };
    return [{ organisationId: touch.organisationId, doc: canonicalFields(fields) }];
  });
}

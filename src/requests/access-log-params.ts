import type { AccessLogQuery } from '../commands/access-log/access-log-query.ts';
import { isEventType } from '../access-log/events.ts';
import { InvalidInputError } from '../domain/errors.ts';
import { dateParam, single, uuidParam } from './query.ts';

// The access log's filters from a query string, for the API (English names) and the Toegangslog
// page (Dutch names) alike: an empty value is no filter, a wrong one a 400 naming the parameter.

type Query = Record<string, string | string[] | undefined>;

export interface AccessLogParamNames {
  from: string;
  until: string;
  user: string;
  client: string;
  caseId: string;
  eventType: string;
}

const MAX_TEXT = 100;

export function accessLogParams(raw: Query, names: AccessLogParamNames): AccessLogQuery {
  const query = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== '' && v !== undefined)) as Query;
  const text = (name: string) => {
    const value = single(query, name)?.trim();
    if (value !== undefined && value.length > MAX_TEXT) throw new InvalidInputError([{ path: `?${name}`, message: `is te lang (maximaal ${MAX_TEXT} tekens)` }]);
    return value === '' ? undefined : value;
  };
  const from = dateParam(query, names.from);
  const until = dateParam(query, names.until);
  if (from !== undefined && until !== undefined && until < from) {
    throw new InvalidInputError([{ path: `?${names.until}`, message: 'ligt vóór het begin van de periode' }]);
  }
  const eventType = single(query, names.eventType);
  if (eventType !== undefined && !isEventType(eventType)) {
    throw new InvalidInputError([{ path: `?${names.eventType}`, message: 'onbekende soort gebeurtenis; kies er een uit de lijst' }]);
  }
  const caseId = uuidParam(single(query, names.caseId), `?${names.caseId}`);
  const user = text(names.user);
  const client = text(names.client);
  return {
    ...(from !== undefined ? { from } : {}),
    ...(until !== undefined ? { until } : {}),
    ...(user !== undefined ? { user } : {}),
    ...(client !== undefined ? { client } : {}),
    ...(caseId !== undefined ? { caseId } : {}),
    ...(eventType !== undefined ? { eventType } : {}),
  };
}

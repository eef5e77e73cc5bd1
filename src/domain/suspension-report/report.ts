import { currentEntries } from '../dossier/corrections.ts';
import type { DossierDocument, Ground, IsoDate, RegimeId } from '../dossier/types.ts';

// A suspension report (seed 002, 'Zorgopschorting', step 4: 'De zorgaanbieder kan de problematiek
// melden bij Zorgadvies en Bemiddeling'): what the provider tells the insurer's zorgadviseurs about
// a suspension, taken from the dossier as it stands when reported, with the provider's own words.
// The insurer reads it as it is; what goes on to Zorginkoop is its anonymised form (anonymise.ts).

/** Who the report is about: everything anonymise.ts removes. */
export interface ReportIdentity {
  /** The client's name, the representative's, and the allocation's family name when present. */
  names: string[];
  birthDate: IsoDate;
  /** Postal addresses, their lines separated by ", ". */
  addresses: string[];
  bsn: string | null;
}

export interface ReportedIncident {
  date: IsoDate;
  ground: Ground;
  description: string;
}

export interface SuspensionReportContent {
  regime: RegimeId;
  providerName: string;
  reportedOn: IsoDate;
  identity: ReportIdentity;
  /** The provider's account of the problems and what it asks of Zorgadvies. */
  summary: string;
  /** The suspension period agreed with the GP, when the dossier records one. */
  period: { start: IsoDate; end: IsoDate; scope: string } | null;
  incidents: ReportedIncident[];
}

/** The report's content from the dossier (corrections applied) and the provider's summary. */
export function reportContent(doc: DossierDocument, providerName: string, summary: string, reportedOn: IsoDate): SuspensionReportContent {
  const entries = currentEntries(doc.entries);
  const { client, allocation } = doc;
  const names = [client.name, client.representative?.name, allocation && [allocation.familyNamePrefix, allocation.familyName].filter(Boolean).join(' ')];
  const addresses = [client.address, client.representative?.address];
  const period = entries.filter((e) => e.type === 'suspension-period').at(-1);
  return {
    regime: doc.regime,
    providerName,
    reportedOn,
    identity: {
      names: names.filter((n): n is string => typeof n === 'string' && n !== ''),
      birthDate: client.birthDate,
      addresses: addresses.filter((a): a is string => a !== undefined && a !== ''),
      bsn: allocation?.bsn ?? null,
    },
    summary,
    period: period === undefined ? null : { start: period.start, end: period.end, scope: period.scope },
    incidents: entries.flatMap((e) => (e.type === 'incident' ? [{ date: e.date, ground: e.ground, description: e.description }] : [])),
  };
}

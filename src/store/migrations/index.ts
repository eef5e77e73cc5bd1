import type { Migration, MigrationProvider } from 'kysely';
import * as initial from './0001-initial.ts';
import * as caseProjection from './0002-case-projection.ts';
import * as sessions from './0003-sessions.ts';
import * as documents from './0004-documents.ts';
import * as reminders from './0005-reminders.ts';
import * as accessLog from './0006-access-log.ts';
import * as accounts from './0009-accounts.ts';
import * as funderRequests from './0010-funder-requests.ts';
import * as careAgreement from './0011-care-agreement.ts';
import * as clientAccess from './0012-client-access.ts';
import * as scale from './0014-scale.ts';
import * as suspensionReports from './0015-suspension-reports.ts';
import * as destroyableSuspensionReports from './0016-destroyable-suspension-reports.ts';
import * as letterParticulars from './0017-letter-particulars.ts';
import * as requestInbox from './0018-request-inbox.ts';
import * as requestWithdrawal from './0019-request-withdrawal.ts';
import * as responsibleUser from './0020-responsible-user.ts';
import * as careLaw from './0022-care-law.ts';

// Migrations are listed here in order rather than read from the folder, so the same list runs on
// PGlite and PostgreSQL from source or bundle alike. Never edit a released migration: add one.
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-case-projection': caseProjection,
  '0003-sessions': sessions,
  '0004-documents': documents,
  '0005-reminders': reminders,
  '0006-access-log': accessLog,
  '0009-accounts': accounts,
  '0010-funder-requests': funderRequests,
  '0011-care-agreement': careAgreement,
  '0012-client-access': clientAccess,
  '0014-scale': scale,
  '0015-suspension-reports': suspensionReports,
  '0016-destroyable-suspension-reports': destroyableSuspensionReports,
  '0017-letter-particulars': letterParticulars,
  '0018-request-inbox': requestInbox,
  '0019-request-withdrawal': requestWithdrawal,
  '0020-responsible-user': responsibleUser,
  '0022-care-law': careLaw,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

/** Every migration's name, oldest first. */
export const migrationNames: readonly string[] = Object.keys(migrations);

export const latestMigration = migrationNames.at(-1) as string;

import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { CLIENT_NOT_FOUND, loadClient, readAgreement, type AgreementView } from './agreement.ts';

/** A client's care agreement with everything recorded about it and what follows from it today. */
export const readClientAgreement = command({
  action: 'agreement.read',
  event: 'agreement.read',
  notFound: CLIENT_NOT_FOUND,
  load: (tx, clientId: string) => loadClient(tx, clientId, false),
  run: (tx, client, _clientId, ctx): Promise<AgreementView> => readAgreement(tx, client.agreement, todayOf(ctx)),
});

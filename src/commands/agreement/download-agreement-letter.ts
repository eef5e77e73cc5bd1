import { invoiceLetter, planCopyLetter, type InvoiceLetter } from '../../domain/agreement/letters.ts';
import { invoiceState } from '../../domain/agreement/invoices.ts';
import { nextPlanEvaluation, planVersionOn } from '../../domain/agreement/support-plan.ts';
import { InvalidInputError } from '../../domain/errors.ts';
import { renderOffThread } from '../../documents/render-pool.ts';
import { invoiceClient, listInvoices, loadPlan } from '../../store/agreement.ts';
import { isUuid } from '../../store/ids.ts';
import { findSender } from '../../store/letters.ts';
import { todayOf } from '../pipeline/context.ts';
import { command } from '../pipeline/execute.ts';
import { CLIENT_NOT_FOUND, invoiceFacts, loadClient, planOf } from './agreement.ts';

export type AgreementLetterRequest = { clientId: string; letter: 'support-plan' } | { invoiceId: string; letter: InvoiceLetter };

/**
 * A letter of the care agreement as PDF, from the stored records as they are today: an invoice, its
 * payment reminder or its notice of interest and costs, or the client's copy of the support plan.
 * A letter the records do not support is refused with the reason.
 */
export const downloadAgreementLetter = command({
  action: 'agreement.read',
  event: 'document.download',
  notFound: CLIENT_NOT_FOUND,
  async load(tx, input: AgreementLetterRequest) {
    const clientId = 'clientId' in input ? input.clientId : isUuid(input.invoiceId) ? await invoiceClient(tx, input.invoiceId) : undefined;
    return clientId === undefined ? undefined : loadClient(tx, clientId, false);
  },
  async run(tx, client, input, ctx): Promise<Buffer> {
    const today = todayOf(ctx);
    const sender = await findSender(tx, client.organisationId);
    if (input.letter === 'support-plan') {
      const plan = planOf(await loadPlan(tx, client.clientId));
      const version = planVersionOn(plan, today);
      if (version === undefined) throw new InvalidInputError([{ path: '$.letter', message: 'er is nog geen ondersteuningsplan' }]);
      return renderOffThread({ kind: 'letter', letter: planCopyLetter(client.agreement.client, sender, version, nextPlanEvaluation(plan, today), today), draft: false });
    }
    const invoice = (await listInvoices(tx, client.clientId)).find((i) => 'invoiceId' in input && i.id === input.invoiceId)!;
    // On a worker thread, like every PDF (decision 0022).
    return renderOffThread({ kind: 'letter', letter: invoiceLetter(input.letter, client.agreement.client, sender, invoice, invoiceState(invoiceFacts(invoice), today), today), draft: false });
  },
});

import { create } from 'xmlbuilder2';
import type { StopMessage } from '../domain/stop-message/stop-message.ts';

// The 307 as XML, element for element in the order of WMO307.xsd / JW307.xsd (release 3.2): the
// message's own elements in its namespace, the basisschema's composite parts in the base namespace.

export function stopMessageXml(message: StopMessage): string {
  const { standard, header, client, product } = message;
  const m = (name: string) => `${standard.messagePrefix}:${name}`;
  const b = (name: string) => `${standard.basePrefix}:${name}`;
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(standard.messageNamespace, m('Bericht'), {
    [`xmlns:${standard.basePrefix}`]: standard.baseNamespace,
  });

  const head = root.ele(m('Header'));
  head.ele(m('BerichtCode')).txt(standard.messageCode);
  head.ele(m('BerichtVersie')).txt(standard.version.major);
  head.ele(m('BerichtSubversie')).txt(standard.version.minor);
  head.ele(m('Afzender')).txt(header.sender);
  head.ele(m('Ontvanger')).txt(header.receiver);
  const identification = head.ele(m('BerichtIdentificatie'));
  identification.ele(standard.baseNamespace, b('Identificatie')).txt(header.id);
  identification.ele(standard.baseNamespace, b('Dagtekening')).txt(header.date);
  const xsd = head.ele(m('XsdVersie'));
  xsd.ele(standard.baseNamespace, b('BasisschemaXsdVersie')).txt(standard.version.baseXsd);
  xsd.ele(standard.baseNamespace, b('BerichtXsdVersie')).txt(standard.version.messageXsd);

  const person = root.ele(m('Client'));
  person.ele(m('Bsn')).txt(client.bsn);
  person.ele(m('Geboortedatum')).ele(standard.baseNamespace, b('Datum')).txt(client.birthDate);
  person.ele(m('Geslacht')).txt(client.gender);
  const name = person.ele(m('Naam'));
  const surname = name.ele(standard.baseNamespace, b('Geslachtsnaam'));
  surname.ele(standard.baseNamespace, b('Achternaam')).txt(client.familyName);
  if (client.familyNamePrefix !== undefined) surname.ele(standard.baseNamespace, b('Voorvoegsel')).txt(client.familyNamePrefix);
  if (client.initials !== undefined) name.ele(standard.baseNamespace, b('Voorletters')).txt(client.initials);

  const stop = person.ele(m('StopProducten')).ele(m('StopProduct'));
  stop.ele(m('ToewijzingNummer')).txt(String(product.allocationNumber));
  const productElement = stop.ele(m('Product'));
  productElement.ele(standard.baseNamespace, b('Categorie')).txt(product.category);
  if (product.code !== undefined) productElement.ele(standard.baseNamespace, b('Code')).txt(product.code);
  if (product.allocationStartDate !== undefined) stop.ele(m('ToewijzingIngangsdatum')).txt(product.allocationStartDate);
  stop.ele(m('Begindatum')).txt(product.startDate);
  stop.ele(m('RedenBeeindiging')).txt(product.reasonCode);
  stop.ele(m('Einddatum')).txt(product.endDate);
  stop.ele(m('StatusAanlevering')).txt(product.status);

  return root.end({ prettyPrint: true });
}

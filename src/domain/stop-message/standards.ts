// The two iStandaarden a 307 'stop zorg' message can be in, as data (release 3.2; the XSDs in
// ../shared/istandaarden). The same code means different things in iWmo and iJw (33 is 'voortijdig
// door aanbieder' in iJw and does not exist in iWmo), so each standard keeps its own lists.

import type { CareLaw } from '../dossier/types.ts';

export interface StandardDefinition {
  /** Dutch name, for messages. */
  name: string;
  /** Namespace prefix of the message and of the basisschema. */
  messagePrefix: 'wmo307' | 'jw307';
  basePrefix: 'iwmo' | 'ijw';
  messageNamespace: string;
  baseNamespace: string;
  /** BerichtCode of the 307. */
  messageCode: string;
  version: { major: string; minor: string; baseXsd: string; messageXsd: string };
  /** RedenBeeindiging (iWmo WMO588, iJw JZ588). */
  endReasons: Readonly<Record<string, string>>;
  /** The reason for a termination the provider started. */
  providerTerminationReason: string;
  /** Productcategorie. */
  productCategories: readonly string[];
}

export const STANDARDS: Readonly<Record<CareLaw, StandardDefinition>> = {
  wmo: {
    name: 'iWmo',
    messagePrefix: 'wmo307',
    basePrefix: 'iwmo',
    messageNamespace: 'http://www.istandaarden.nl/iwmo/3_2/wmo307/schema',
    baseNamespace: 'http://www.istandaarden.nl/iwmo/3_2/basisschema/schema',
    messageCode: '420',
    version: { major: '3', minor: '2', baseXsd: '1.0.0', messageXsd: '1.0.0' },
    endReasons: {
      '02': 'Overlijden',
      '19': 'Levering volgens plan beëindigd',
      '20': 'Levering is tijdelijk beëindigd',
      '21': 'Levering is eenzijdig door cliënt beëindigd',
      '22': 'Levering is eenzijdig door aanbieder beëindigd',
      '23': 'Levering is in overeenstemming voortijdig beëindigd',
      '31': 'Verhuizing naar een andere gemeente',
      '36': 'Geïnitieerd door de gemeente',
      '37': 'In verband met wijzigingsverzoek',
      '38': 'Overstap naar andere aanbieder',
      '39': 'Uitstroom naar ander domein',
    },
    providerTerminationReason: '22',
    productCategories: ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18'],
  },
  jeugdwet: {
    name: 'iJw',
    messagePrefix: 'jw307',
    basePrefix: 'ijw',
    messageNamespace: 'http://www.istandaarden.nl/ijw/3_2/jw307/schema',
    baseNamespace: 'http://www.istandaarden.nl/ijw/3_2/basisschema/schema',
    messageCode: '440',
    version: { major: '3', minor: '2', baseXsd: '1.0.0', messageXsd: '1.0.0' },
    endReasons: {
      '02': 'Overlijden',
      '20': 'Levering is tijdelijk beëindigd',
      '31': 'Levering is volgens plan beëindigd',
      '32': 'Voortijdig afgesloten: eenzijdig door de cliënt',
      '33': 'Voortijdig afgesloten: eenzijdig door de aanbieder',
      '34': 'Voortijdig afgesloten: in overeenstemming',
      '35': 'Voortijdig afgesloten: wegens externe omstandigheden',
      '36': 'Geïnitieerd door de gemeente',
      '37': 'In verband met wijzigingsverzoek',
      '38': 'Overstap naar andere aanbieder',
      '39': 'Uitstroom naar ander domein',
    },
    providerTerminationReason: '33',
    productCategories: [
      '31', '32', '33', '34', '35', '36', '37', '38', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50',
      '51', '52', '53', '54', '55',
    ],
  },
};

/** COD046 Geslacht. */
export const GENDER_CODES = { unknown: '0', male: '1', female: '2' } as const;

// Schema pieces the API's routes share. They document the API (OpenAPI); the commands validate.

export const idParams = { type: 'object', properties: { id: { type: 'string', format: 'uuid' } }, required: ['id'] } as const;

export const errorResponses = {
  400: { description: 'Ongeldige invoer: `issues` noemt per veld het JSON-pad en de reden. Er is niets gewijzigd.' },
  401: { description: 'Geen of een ongeldig API-token.' },
  403: { description: 'Deze gebruiker mag dit niet.' },
  404: { description: 'Bestaat niet, of hoort bij een organisatie waar deze gebruiker niets mee te maken heeft.' },
} as const;

export const noContent = { 204: { description: 'Gedaan.', type: 'null' }, ...errorResponses } as const;

export const paging = {
  limit: { type: 'integer', minimum: 1, maximum: 100, default: 25 },
  offset: { type: 'integer', minimum: 0, default: 0 },
} as const;

/** A list paged by its index (keyset, decision 0022): `next` in the answer is the cursor of the page after, `after` asks for it. */
export const keysetPaging = {
  ...paging,
  after: {
    type: 'string',
    description: 'De cursor `next` uit het vorige antwoord: de pagina die daarna komt (stabiel als er intussen rijen bijkomen, even snel op elke diepte). Gaat voor `offset`.',
  },
} as const;

const ref = { id: { type: 'string', format: 'uuid' }, name: { type: 'string' } } as const;

/** A case in a list, as `GET /api/cases` gives it; the case itself (`GET /api/cases/:id`) adds its entries. */
export const caseSummary = {
  type: 'object',
  properties: {
    id: { type: 'string', format: 'uuid' },
    organisationId: { type: 'string', format: 'uuid' },
    client: { type: 'object', additionalProperties: true, description: 'De cliënt zoals in het uitwisselformaat.' },
    regime: { type: 'string' },
    careLaw: { type: ['string', 'null'], enum: ['wmo', 'jeugdwet', null], description: 'Bij Bijlage 6: de wet waaronder de zorg valt (beslissing 0031); anders null.' },
    procedure: { type: 'string' },
    status: { type: 'string' },
    careStarted: { type: ['string', 'null'], format: 'date' },
    entryCount: { type: 'integer' },
    canSubmit: { type: 'boolean' },
    nextDeadline: { type: ['string', 'null'], format: 'date' },
    createdAt: { type: 'string', format: 'date-time' },
    team: { description: 'Het team van de aanbieder dat de casus behandelt; null zonder team.', type: ['object', 'null'], properties: ref, required: ['id', 'name'] },
    responsible: {
      description:
        'Wie verantwoordelijk is voor de casus (beslissing 0026); null als nog niemand is gekozen. `active` is false als die persoon is gedeactiveerd: ' +
        'die blijft genoemd tot de regievoerder een ander kiest (beslissing 0030).',
      type: ['object', 'null'],
      properties: { ...ref, active: { type: 'boolean' } },
      required: ['id', 'name', 'active'],
    },
  },
  required: ['id', 'organisationId', 'client', 'regime', 'careLaw', 'procedure', 'status', 'careStarted', 'entryCount', 'canSubmit', 'nextDeadline', 'createdAt', 'team', 'responsible'],
} as const;

export type IdParams = { Params: { id: string } };
export type Query = Record<string, string | string[] | undefined>;

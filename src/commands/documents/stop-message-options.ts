/** The options of a 307 as the HTTP API takes them: its date and message id. */
export interface StopMessageOptions {
  date?: string;
  id?: string;
}

/** How the HTTP API names the options: as query parameters. */
export const QUERY_NAMES = { date: '?date', id: '?id' };

import { parseDossierDocument, untilToday } from '../domain/dossier/validate.ts';
import { buildStopMessage } from '../domain/stop-message/stop-message.ts';
import { stopMessageXml } from '../documents/stop-message-xml.ts';

// `zorgvuldig stop-message FILE.json [--date JJJJ-MM-DD] [--id ID]`: the iWmo/iJw 307 for an
// interchange document with an accepted termination, on stdout. Reads only the file.

export const STOP_MESSAGE_USAGE = `  stop-message BESTAND.json [--date JJJJ-MM-DD] [--id ID]
                                      print het iWmo/iJw 307-bericht (stop zorg) na een geaccepteerde beëindiging`;

export const STOP_MESSAGE_OPTIONS = { date: { type: 'string' }, id: { type: 'string' } } as const;

export function stopMessage(input: unknown, options: { date?: string; id?: string }, today: string): string {
  const message = buildStopMessage(parseDossierDocument(input, untilToday(today)), {
    today,
    optionNames: { date: '--date', id: '--id' },
    ...(options.date !== undefined ? { date: options.date } : {}),
    ...(options.id !== undefined ? { id: options.id } : {}),
  });
  return stopMessageXml(message);
}

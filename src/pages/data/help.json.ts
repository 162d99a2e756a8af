// /data/help.json — the reporting channels and support services the reports name, each with its verbatim snippet.
import { getHelp } from '../../evidence/queries.ts';
import { publicHelpChannel } from '../../evidence/helpExports.ts';
import { jsonResponse } from '../../evidence/respond.ts';

export const GET = async () => jsonResponse((await getHelp()).map(publicHelpChannel));

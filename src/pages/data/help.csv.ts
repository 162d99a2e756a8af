// /data/help.csv — the same records as help.json, one row each.
import { getHelp } from '../../evidence/queries.ts';
import { helpCsv, publicHelpChannel } from '../../evidence/helpExports.ts';
import { csvResponse } from '../../evidence/respond.ts';

export const GET = async () => csvResponse(helpCsv((await getHelp()).map(publicHelpChannel)));

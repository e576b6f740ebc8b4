// /data/<file>.json: the JSON twins of the data tables. (see src/lib/downloads.ts)
import { downloadEndpoint } from '../../lib/downloads.ts';

export const { getStaticPaths, GET } = downloadEndpoint(/^data\/(?<file>[^/]+)\.json$/);

// /data/<file>.csv: the data tables as CSV. (see src/lib/downloads.ts)
import { downloadEndpoint } from '../../lib/downloads.ts';

export const { getStaticPaths, GET } = downloadEndpoint(/^data\/(?<file>[^/]+)\.csv$/);

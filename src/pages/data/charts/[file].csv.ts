// /data/charts/<figure>.csv: the data of each chart. (see src/lib/downloads.ts)
import { downloadEndpoint } from '../../../lib/downloads.ts';

export const { getStaticPaths, GET } = downloadEndpoint(/^data\/charts\/(?<file>[^/]+)\.csv$/);

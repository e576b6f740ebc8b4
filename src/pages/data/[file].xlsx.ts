// /data/<file>.xlsx: every data table in one Excel workbook, a sheet per table. (see src/lib/downloads.ts)
import { downloadEndpoint } from '../../lib/downloads.ts';

export const { getStaticPaths, GET } = downloadEndpoint(/^data\/(?<file>[^/]+)\.xlsx$/);

// /data/charts/<lang>/<figure>.svg: each chart as an SVG file of its own. (see src/lib/downloads.ts)
import { downloadEndpoint } from '../../../../lib/downloads.ts';

export const { getStaticPaths, GET } = downloadEndpoint(/^data\/charts\/(?<lang>zh|en)\/(?<file>[^/]+)\.svg$/);

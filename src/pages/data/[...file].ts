// /data/*: the downloadable data files and chart images (see src/lib/downloads.ts), one static file each.
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads } from '../../lib/downloads.ts';

export const getStaticPaths = (() => downloads().map((d) => ({ params: { file: d.path.replace(/^data\//, '') }, props: { download: d } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { download } = props as { download: ReturnType<typeof downloads>[number] };
  return new Response(download.body(), { headers: { 'Content-Type': download.type } });
};

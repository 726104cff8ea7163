import { exportResponse } from '../../../_lib/exports';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ view: string }> }): Promise<Response> {
  return exportResponse(request, (await params).view);
}

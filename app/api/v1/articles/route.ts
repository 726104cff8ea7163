import { serve } from '../../_lib/serve';

export const dynamic = 'force-dynamic';
export const GET = serve('/api/v1/articles');

/** Where the two APIs live on the sandbox: one port, one path prefix each. */

/** PayQuicker base path; the spec's paths (`/payments/jobs`, `/auth/connect/token`) follow it. */
export const PAYQUICKER_PATH = '/payquicker/api/v2';

/**
 * ABConnect base path, standing for the vendor's `https://portal.abconnect.co/api`; the spec's paths
 * start with `/api/` again, so a full URL is `…/abconnect/api/api/job/2000000/payment` like the
 * vendor's `…/api/api/job/…`. The identity server's token endpoint is `…/abconnect/api/connect/token`.
 */
export const ABCONNECT_PATH = '/abconnect/api';

// The answer shapes every route of the sub2api-shaped console shares (backend/internal/pkg/response/
// response.go and pagination): `{code: 0, message: 'success', data}`, service errors with the HTTP status
// as `code` and a reason, paginated lists `{items, total, page, page_size, pages}`, times as ISO strings.
import type { Context } from 'hono';

export const iso = (ms: string | number | null | undefined) =>
  ms === null || ms === undefined ? undefined : new Date(Number(ms)).toISOString();

export const ok = (c: Context, data: unknown, status: 200 | 201 = 200) =>
  c.json({ code: 0, message: 'success', data }, status);

/** infraerrors.ToHTTP: the HTTP status doubles as `code`, the reason names the error. */
export const fail = (
  c: Context,
  status: 400 | 401 | 403 | 404 | 409 | 429,
  message: string,
  reason?: string,
) => c.json({ code: status, message, ...(reason ? { reason } : {}) }, status);

/** `page` (1-based) and `page_size` (default 20, at most 100). */
export function page(c: Context): { page: number; pageSize: number; offset: number } {
  const p = Math.max(1, Number.parseInt(c.req.query('page') ?? '1', 10) || 1);
  const size = Math.min(100, Math.max(1, Number.parseInt(c.req.query('page_size') ?? '20', 10) || 20));
  return { page: p, pageSize: size, offset: (p - 1) * size };
}

export const paginated = (items: unknown[], total: number, p: { page: number; pageSize: number }) => ({
  items,
  total,
  page: p.page,
  page_size: p.pageSize,
  pages: Math.max(1, Math.ceil(total / p.pageSize)),
});

// new-api common.GetPageQuery: `p` (1-based) and `page_size` (older token lists: `size`), answered as
// common.PageInfo `{page, page_size, total, items}` inside `{success, message, data}`.
import type { Context } from 'hono';

export interface Page {
  page: number;
  pageSize: number;
  offset: number;
}

export function pageQuery(c: Context): Page {
  const page = Math.max(1, Number.parseInt(c.req.query('p') ?? '1', 10) || 1);
  const raw = c.req.query('page_size') ?? c.req.query('size') ?? '10';
  const pageSize = Math.min(100, Math.max(1, Number.parseInt(raw, 10) || 10));
  return { page, pageSize, offset: (page - 1) * pageSize };
}

export function pageInfo<T>(page: Page, total: number, items: T[]) {
  return { success: true, message: '', data: { page: page.page, page_size: page.pageSize, total, items } };
}

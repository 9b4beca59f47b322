// Trade numbers as facts: a full trade number never enters Facts. At the boundary it becomes its mask
// (last 4 kept, `USR…1832`) and its tail, which is what the user compares with their receipt.
import type { Order } from '../core/index.js';
import { maskTradeNo } from '../core/mask/index.js';

export function tradeNoFacts(tradeNo: string): Pick<Order, 'tradeNo' | 'tradeNoTail'> {
  return { tradeNo: maskTradeNo(tradeNo), tradeNoTail: tradeNo.slice(-4) };
}

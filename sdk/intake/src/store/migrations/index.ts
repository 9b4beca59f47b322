// Every migration, in version order. Adding one = a new file `NNNN_name.ts` here plus one line below;
// never edit a migration that has been released (databases out there already ran it).

import type { Migration } from '../types.js';
import init from './0001_init.js';
import forwardDeliveries from './0002_forward_deliveries.js';
import ticketReconcile from './0003_ticket_reconcile.js';

export const MIGRATIONS: readonly Migration[] = [init, forwardDeliveries, ticketReconcile];

// Promise wording that no user-facing copy may contain (refund, compensation, credit or a time nobody
// configured): the core, widget and extension catalogs' tests and the help site's page lint scan with these
// same patterns.
export const PROMISE_ZH =
  /保证|一定|承诺|必定|必将|肯定会|立即到账|马上到账|即时到账|秒到|全额退款|包退|包赔|会退款|退款将|会补偿|补偿您|会到账|\d+\s*(?:个)?(?:小时|分钟|天|工作日)内/;
export const PROMISE_EN =
  /guarantee|promise|will be (?:refunded|credited|compensated)|we will (?:credit|refund|compensate)|refund(?:ed)? in full|full refund|compensat(?:e|ion) (?:you|will)|instantly|immediately credited|within \d+|definitely|certainly/i;

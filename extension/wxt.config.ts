import { defineConfig } from 'wxt';

export default defineConfig({
  manifest: {
    name: '充值到账自查 Topup Doctor',
    permissions: ['storage'],
  },
});

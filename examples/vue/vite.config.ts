import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      // Rapport's tags are custom elements: Vue renders them as they are.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('rapport-') } },
    }),
  ],
});

// Lint rules that keep each process in its lane: src/shared is pure (no electron, node or DOM),
// the renderer never reaches into main or node, and only src/main/electron imports 'electron'.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'zlib', 'worker_threads'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ThrowStatement > Literal', message: 'Throw an AppError with a code, never a bare string.' }],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', ...nodeBuiltins, 'better-sqlite3', 'react', 'react-dom', '@tiptap/*'], message: 'src/shared is pure: no electron, node, DOM or UI imports.' },
          { group: ['**/main/**', '**/renderer/**', '**/preload/**'], message: 'src/shared must not import process code.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*', ...nodeBuiltins, 'better-sqlite3'], message: 'The renderer talks to main only through window.api.' },
          { group: ['**/main/**', '**/preload/**'], message: 'The renderer must not import main or preload code.' },
        ],
      }],
    },
  },
  {
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/electron/**'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', 'electron/*'], message: "Only src/main/electron imports 'electron'." },
          { group: ['**/renderer/**'], message: 'main must not import renderer code.' },
        ],
      }],
    },
  },
  {
    // One door to SQLite (src/main/db/sqlite.ts), so Electron's nativeBinding reaches every connection.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/db/sqlite.ts', 'src/main/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'better-sqlite3', allowTypeImports: true, message: 'Open connections with openSqlite() from src/main/db/sqlite.ts.' }],
      }],
    },
  },
  {
    // electron-builder hooks are loaded with require().
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/preload/**/*.ts', 'tests/**/*.ts', 'bench/**/*.{ts,js,mjs}', 'bin/**/*.js', 'scripts/**/*.{ts,mjs}', 'tests/**/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);

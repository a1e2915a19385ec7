// CSS imports are bundled by esbuild (build.mjs); they export nothing.
declare module "*.css";

/** Vite's `?url` imports: the built file's URL (the pdf.js worker, served from the app itself). */
declare module '*?url' {
  const url: string;
  export default url;
}

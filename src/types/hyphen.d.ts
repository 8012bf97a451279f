/** The part of the `hyphen` package (no bundled types) that src/lib/readability.ts uses. */
declare module 'hyphen/es/index.js' {
  interface HyphenateOptions {
    hyphenChar?: string;
    minWordLength?: number;
  }
  const hyphenEs: {
    hyphenateSync(text: string, options?: HyphenateOptions): string;
  };
  export default hyphenEs;
}

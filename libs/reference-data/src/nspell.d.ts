// The part of nspell (hunspell in JavaScript) that gazetteer.ts uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean;
  }
  function nspell(aff: Buffer | string, dic?: Buffer | string): NSpell;
  export default nspell;
}

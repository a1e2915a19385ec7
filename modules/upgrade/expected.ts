/**
 * The upgrade module needs nothing from other modules: an upgrade handler (node/upgrades) reaches
 * the keepers it migrates itself, and the rules schedule is the app's (chain/rules.ts).
 */
export {};

// What this process knows about users may have changed since a kept answer was made: a counter that
// every change to a user or a token moves on (api-tokens.ts keeps token answers stamped with it).
let generation = 0;

export const actorGeneration = (): number => generation;

/** Forgets every token's actor this process keeps; call with any change that may alter one. */
export function forgetTokenActors(): void {
  generation++;
}

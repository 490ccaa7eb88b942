// The causal engine: pure and browser-safe (see model.ts). Import from here.
export * from "./model";
export * from "./project";
export * from "./analyse";
export { roundToSum } from "./round";

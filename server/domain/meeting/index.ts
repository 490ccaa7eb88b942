// Meeting mode's pure rules: slide order and action rules. Import from here.
export * from "./slides";
export * from "./actions";

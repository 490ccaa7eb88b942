export * from "./assess";
export * from "./csv";
export * from "./dates";
export * from "./format";
export * from "./lead-lag";
export * from "./misalignment";
export * from "./progress";
export * from "./types";

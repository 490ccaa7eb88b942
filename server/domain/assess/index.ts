export * from "./rubric";
export * from "./aggregate";
export * from "./ml-test-score";
export * from "./visibility";
export * from "./exemption";
export * from "./round-rules";
export * from "./statistics";
export * from "./rubric-edit";

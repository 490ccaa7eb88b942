// Pure Steer rules: comparing rounds and the workspace trend. Browser-safe.
export * from "./compare";
export * from "./workspace-trend";

// What projectProcedure already loaded about the project a service acts on.
export type { ProjectRef } from "../../db/hot-lookups";

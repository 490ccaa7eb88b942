// Input pieces the learn procedures share.
import { z } from "zod";

export const zChapterSlug = z.string().trim().min(1, "is required").max(80, "must be at most 80 characters");

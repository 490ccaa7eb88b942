import { z } from "zod";
import { judgePassword } from "../../../auth/password-strength";
import { zEmail, zPassword, zPersonName } from "../../inputs";

export const ZSignUpRequestSchema = z
  .object({ name: zPersonName, email: zEmail, password: zPassword })
  .superRefine((v, ctx) => {
    const reason = judgePassword(v.password, [v.email, v.name, "causeway"]);
    if (reason) ctx.addIssue({ code: "custom", path: ["password"], message: reason });
  });

export const ZUpdateNameRequestSchema = z.object({ name: zPersonName });

export const ZChangePasswordRequestSchema = z
  .object({ currentPassword: z.string().min(1, "is required").max(200, "must be at most 200 characters"), newPassword: zPassword })
  .superRefine((v, ctx) => {
    if (v.newPassword === v.currentPassword) ctx.addIssue({ code: "custom", path: ["newPassword"], message: "must differ from your current password" });
    const reason = judgePassword(v.newPassword, ["causeway"]);
    if (reason) ctx.addIssue({ code: "custom", path: ["newPassword"], message: reason });
  });

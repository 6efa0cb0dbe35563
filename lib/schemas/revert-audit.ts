import { z } from "zod";
import { idField } from "./form-state";

export const revertAuditSchema = z.object({ auditId: idField("رقم السجل") });
